"""Embargo wording, the admin and preview banners, and scheduled publishing."""

from __future__ import annotations

import datetime
from unittest import mock

from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Revision

from editorial.dashboard import overdue_release_revisions
from editorial.embargo import embargo_label, embargo_time
from newsroom.models import PressReleasePage, Quote
from tests.editorial.helpers import make_editor, make_lead, release_form_data
from tests.factories import make_release, site_pages

UTC = datetime.UTC


class EmbargoWordingTests(TestCase):
    def test_winter_time_in_new_york(self):
        moment = datetime.datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
        self.assertEqual(embargo_time(moment), "Dec. 1, 2026, 10:00 a.m. EST")
        self.assertEqual(
            embargo_label(moment), "EMBARGOED UNTIL Dec. 1, 2026, 10:00 a.m. EST"
        )

    def test_summer_time_and_afternoon(self):
        moment = datetime.datetime(2026, 7, 4, 18, 30, tzinfo=UTC)
        self.assertEqual(embargo_time(moment), "July 4, 2026, 2:30 p.m. EDT")

    def test_midnight_and_noon(self):
        self.assertEqual(
            embargo_time(datetime.datetime(2026, 9, 15, 4, 0, tzinfo=UTC)),
            "Sept. 15, 2026, 12:00 a.m. EDT",
        )
        self.assertEqual(
            embargo_time(datetime.datetime(2026, 3, 2, 17, 5, tzinfo=UTC)),
            "March 2, 2026, 12:05 p.m. EST",
        )

    @override_settings(TIME_ZONE="America/Chicago")
    def test_time_zone_is_a_setting(self):
        moment = datetime.datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
        self.assertEqual(embargo_time(moment), "Dec. 1, 2026, 9:00 a.m. CST")


class EmbargoBannerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.lead = make_lead()
        cls.go_live = timezone.now() + datetime.timedelta(days=3)
        cls.release = make_release(
            title="Shelter funding vote", publish=False, go_live_at=cls.go_live
        )

    def setUp(self):
        self.client.force_login(self.lead)

    def test_admin_edit_view_shows_the_embargo(self):
        response = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.release.pk])
        )
        self.assertContains(response, embargo_label(self.go_live))

    def test_admin_preview_shows_the_embargo_and_is_noindex(self):
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.release.pk])
        data = release_form_data(
            self.release.title, slug=self.release.slug, go_live_at=self.go_live
        )
        self.assertEqual(self.client.post(url, data).json()["is_valid"], True)
        response = self.client.get(url)
        self.assertContains(response, embargo_label(self.go_live))
        self.assertContains(response, '<meta name="robots" content="noindex">')

    def test_no_banner_once_live(self):
        live = make_release(title="Already out")
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[live.pk]))
        self.assertNotContains(response, "EMBARGOED UNTIL")
        public = self.client.get(live.url)
        self.assertNotContains(public, "EMBARGOED")
        self.assertNotContains(public, 'name="robots"')


class ScheduledPublishingTests(TestCase):
    """A lead schedules a release in the admin; ``publish_scheduled`` does the rest."""

    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.lead = make_lead()

    def schedule(self, title: str, go_live: datetime.datetime) -> PressReleasePage:
        release = make_release(title=title, publish=False)
        self.client.force_login(self.lead)
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[release.pk]),
            release_form_data(
                title,
                slug=release.slug,
                go_live_at=go_live,
                quotes=[
                    {"text": "Families deserve due process.", "speaker": "Rosa Imani"},
                    {"text": "We will be watching.", "speaker": "Tomas Whitcomb"},
                ],
                action_publish="1",
            ),
        )
        release.refresh_from_db()
        self.assertFalse(release.live)
        self.assertIsNotNone(release.scheduled_revision)
        return release

    def test_not_published_before_its_time(self):
        release = self.schedule(
            "Hearing set for Friday", timezone.now() + datetime.timedelta(hours=1)
        )
        call_command("publish_scheduled", stdout=mock.MagicMock())
        release.refresh_from_db()
        self.assertFalse(release.live)
        self.assertFalse(Quote.objects.filter(release=release).exists())

    def test_published_by_the_command_once_due(self):
        go_live = timezone.now() + datetime.timedelta(minutes=30)
        release = self.schedule("Council adopts welcoming ordinance", go_live)
        later = go_live + datetime.timedelta(minutes=1)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("publish_scheduled", stdout=mock.MagicMock())
        release.refresh_from_db()
        self.assertTrue(release.live)
        self.assertEqual(
            sorted(
                Quote.objects.filter(release=release).values_list(
                    "speaker_name", flat=True
                )
            ),
            ["Rosa Imani", "Tomas Whitcomb"],
        )
        self.assertEqual(self.client.get(release.url).status_code, 200)

    def test_run_scheduler_publishes_due_releases(self):
        go_live = timezone.now() + datetime.timedelta(minutes=10)
        release = self.schedule("Statement on detention standards", go_live)
        later = go_live + datetime.timedelta(seconds=5)
        with mock.patch("django.utils.timezone.now", return_value=later):
            call_command("run_scheduler", times=1, every=1, stdout=mock.MagicMock())
        release.refresh_from_db()
        self.assertTrue(release.live)
        self.assertEqual(Quote.objects.filter(release=release).count(), 2)


class DashboardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.lead = make_lead()
        cls.editor = make_editor()

    def scheduled(self, title: str, delta: datetime.timedelta) -> PressReleasePage:
        release = make_release(title=title, publish=False)
        release.go_live_at = timezone.now() + datetime.timedelta(days=1)
        revision = release.save_revision()
        revision.publish()
        Revision.objects.filter(pk=revision.pk).update(
            approved_go_live_at=timezone.now() + delta
        )
        return release

    def test_panels_list_upcoming_awaiting_and_recent(self):
        upcoming = self.scheduled(
            "Rally planned at capitol", datetime.timedelta(days=2)
        )
        make_release(title="Coalition welcomes ruling")
        waiting = make_release(title="Draft for approval", publish=False)
        self.client.force_login(self.editor)
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[waiting.pk]),
            release_form_data(waiting.title, slug=waiting.slug, action_submit="1"),
        )
        self.client.force_login(self.lead)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Upcoming embargo lifts")
        self.assertContains(response, upcoming.title)
        revision = upcoming.scheduled_revision
        self.assertContains(response, embargo_time(revision.approved_go_live_at))
        self.assertContains(response, "Releases awaiting approval")
        self.assertContains(response, "Draft for approval")
        self.assertContains(response, "Recently published releases")
        self.assertContains(response, "Coalition welcomes ruling")
        self.assertNotContains(response, "Overdue scheduled releases")

    def test_overdue_warning_only_after_five_minutes(self):
        self.scheduled("Two minutes late", -datetime.timedelta(minutes=2))
        self.client.force_login(self.lead)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, "Overdue scheduled releases")
        late = self.scheduled("Ten minutes late", -datetime.timedelta(minutes=10))
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Overdue scheduled releases")
        self.assertContains(response, late.title)
        self.assertEqual(
            [int(r.object_id) for r in overdue_release_revisions()], [late.pk]
        )
