"""Journalist preview links: created by leads, private, expiring, revocable, logged."""

from __future__ import annotations

import datetime

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from editorial.embargo import embargo_label
from editorial.models import PreviewLink, PreviewVisit
from tests.editorial.helpers import local_input, make_editor, make_lead
from tests.factories import make_release, site_pages


def preview_path(link: PreviewLink, token: str | None = None, release_id=None) -> str:
    return reverse(
        "editorial:preview",
        args=[release_id or link.release_id, token or link.token],
    )


class PublicPreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.go_live = timezone.now() + datetime.timedelta(days=2)
        cls.release = make_release(
            title="Governor signs driver's license bill",
            publish=False,
            go_live_at=cls.go_live,
        )
        cls.release.save_revision().publish()  # scheduled
        cls.other = make_release(title="Unrelated draft", publish=False)
        cls.link = PreviewLink.objects.create(
            release=cls.release,
            recipient_name="Ana Ruiz",
            outlet="Lakeview Tribune",
            email="ana@tribune.example.com",
            expires_at=cls.go_live,
        )

    def test_shows_latest_revision_with_banner_noindex_and_no_store(self):
        latest = self.release.get_latest_revision_as_object()
        latest.title = "Governor signs license bill, advocates cheer"
        latest.save_revision()
        response = self.client.get(
            preview_path(self.link), HTTP_USER_AGENT="NewsBot/1.0"
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Governor signs license bill, advocates cheer")
        self.assertContains(response, embargo_label(self.go_live))
        self.assertContains(response, '<meta name="robots" content="noindex">')
        self.assertEqual(response["Cache-Control"], "private, no-store")
        self.assertIn("noindex", response["X-Robots-Tag"])

    def test_each_visit_is_recorded(self):
        self.client.get(preview_path(self.link), REMOTE_ADDR="203.0.113.9")
        self.client.get(preview_path(self.link), REMOTE_ADDR="203.0.113.9")
        visits = PreviewVisit.objects.filter(link=self.link)
        self.assertEqual(visits.count(), 2)
        visit = visits.first()
        self.assertNotIn("203.0.113.9", visit.ip_hash)
        self.assertEqual(len(visit.ip_hash), 64)
        self.assertLess(abs(visit.visited_at - timezone.now()).total_seconds(), 60)

    def test_expired_link_is_404(self):
        self.link.expires_at = timezone.now() - datetime.timedelta(seconds=1)
        self.link.save()
        self.assertEqual(self.client.get(preview_path(self.link)).status_code, 404)
        self.assertFalse(PreviewVisit.objects.exists())

    def test_revoked_link_is_404(self):
        self.link.revoked_at = timezone.now()
        self.link.save()
        self.assertEqual(self.client.get(preview_path(self.link)).status_code, 404)

    def test_tampered_token_is_404(self):
        token = self.link.token
        tampered = ("B" if token[0] != "B" else "C") + token[1:]
        for bad in (tampered, token[:-1], token + "x", "short", "a" * 200):
            with self.subTest(token=bad):
                response = self.client.get(f"/preview/{self.release.pk}/{bad}/")
                self.assertEqual(response.status_code, 404)

    def test_token_for_another_release_is_404(self):
        response = self.client.get(preview_path(self.link, release_id=self.other.pk))
        self.assertEqual(response.status_code, 404)
        self.assertNotContains(response, "Unrelated draft", status_code=404)

    def test_tokens_are_long_random_and_unique(self):
        tokens = {
            PreviewLink.objects.create(
                release=self.release, recipient_name=f"R{i}", expires_at=self.go_live
            ).token
            for i in range(20)
        }
        self.assertEqual(len(tokens), 20)
        self.assertTrue(all(len(t) >= 43 for t in tokens))

    def test_post_is_not_allowed(self):
        self.assertEqual(self.client.post(preview_path(self.link)).status_code, 405)


class PreviewLinkAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.lead = make_lead()
        cls.editor = make_editor()
        cls.go_live = timezone.now() + datetime.timedelta(days=1)
        cls.release = make_release(
            title="Statement on asylum ruling", publish=False, go_live_at=cls.go_live
        )
        cls.url = reverse("editorial_preview_links", args=[cls.release.pk])

    def test_lead_creates_lists_and_revokes(self):
        self.client.force_login(self.lead)
        edit = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.release.pk])
        )
        self.assertContains(edit, self.url)

        response = self.client.post(
            self.url,
            {
                "recipient_name": "Mo Bellamy",
                "outlet": "Metro Public Radio",
                "email": "mo@radio.example.org",
                "expires_at": local_input(self.go_live),
            },
        )
        self.assertRedirects(response, self.url)
        link = PreviewLink.objects.get(recipient_name="Mo Bellamy")
        self.assertEqual(link.release_id, self.release.pk)
        self.assertEqual(link.created_by, self.lead)

        self.client.logout()
        self.client.get(preview_path(link))
        self.client.force_login(self.lead)
        listing = self.client.get(self.url)
        self.assertContains(listing, "Mo Bellamy")
        self.assertContains(listing, "Metro Public Radio")
        self.assertContains(listing, preview_path(link))
        self.assertContains(listing, embargo_label(self.go_live))
        self.assertEqual(listing.context["links"][0].visits.count(), 1)

        revoke = reverse(
            "editorial_revoke_preview_link", args=[self.release.pk, link.pk]
        )
        self.client.post(revoke)
        link.refresh_from_db()
        self.assertIsNotNone(link.revoked_at)
        self.assertEqual(self.client.get(preview_path(link)).status_code, 404)
        self.assertEqual(
            set(
                PageLogEntry.objects.filter(page=self.release).values_list(
                    "action", flat=True
                )
            )
            & {"editorial.preview_link_created", "editorial.preview_link_revoked"},
            {"editorial.preview_link_created", "editorial.preview_link_revoked"},
        )

    def test_expiry_must_be_in_the_future(self):
        self.client.force_login(self.lead)
        response = self.client.post(
            self.url,
            {
                "recipient_name": "Late Reporter",
                "expires_at": local_input(timezone.now() - datetime.timedelta(hours=1)),
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(PreviewLink.objects.exists())

    def test_editors_cannot_create_or_revoke(self):
        link = PreviewLink.objects.create(
            release=self.release, recipient_name="Ana Ruiz", expires_at=self.go_live
        )
        self.client.force_login(self.editor)
        edit = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.release.pk])
        )
        self.assertNotContains(edit, self.url)
        self.client.post(
            self.url, {"recipient_name": "X", "expires_at": "2030-01-01 10:00"}
        )
        self.client.post(
            reverse("editorial_revoke_preview_link", args=[self.release.pk, link.pk])
        )
        self.assertEqual(PreviewLink.objects.count(), 1)
        link.refresh_from_db()
        self.assertIsNone(link.revoked_at)
        self.client.logout()
        self.assertNotEqual(self.client.get(self.url).status_code, 200)
