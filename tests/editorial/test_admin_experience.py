"""Locking, revisions (compare, roll back) and the audit log of approvals."""

from __future__ import annotations

from django.test import TestCase
from django.urls import reverse

from wagtail.models import PageLogEntry

from newsroom.models import PressReleasePage
from tests.editorial.helpers import make_editor, make_lead, release_form_data
from tests.factories import make_release, site_pages


class LockingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.editor = make_editor()
        cls.lead = make_lead()

    def test_release_locked_by_a_lead_cannot_be_edited_by_an_editor(self):
        release = make_release(title="Locked statement", publish=False)
        self.client.force_login(self.lead)
        self.client.post(reverse("wagtailadmin_pages:lock", args=[release.pk]))
        release.refresh_from_db()
        self.assertTrue(release.locked)
        self.assertEqual(release.locked_by, self.lead)

        self.client.force_login(self.editor)
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[release.pk]),
            release_form_data("Sneaky edit", slug=release.slug),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "locked")
        release.refresh_from_db()
        self.assertEqual(
            release.get_latest_revision_as_object().title, "Locked statement"
        )

    def test_release_in_moderation_is_locked_for_editors(self):
        release = make_release(title="Awaiting a lead", publish=False)
        self.client.force_login(self.editor)
        edit_url = reverse("wagtailadmin_pages:edit", args=[release.pk])
        self.client.post(
            edit_url,
            release_form_data(release.title, slug=release.slug, action_submit="1"),
        )
        self.client.post(
            edit_url, release_form_data("Changed after submit", slug=release.slug)
        )
        release.refresh_from_db()
        self.assertEqual(
            release.get_latest_revision_as_object().title, "Awaiting a lead"
        )


class RevisionsAndAuditLogTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.editor = make_editor()
        cls.lead = make_lead()

    def test_approval_flow_is_in_the_audit_log(self):
        release = make_release(title="Coalition sues over raids", publish=False)
        edit_url = reverse("wagtailadmin_pages:edit", args=[release.pk])
        self.client.force_login(self.editor)
        self.client.post(
            edit_url,
            release_form_data(release.title, slug=release.slug, action_submit="1"),
        )
        self.client.force_login(self.lead)
        self.client.post(
            edit_url,
            release_form_data(
                release.title,
                slug=release.slug,
                action_workflow_action="1",
                workflow_action_name="approve",
            ),
        )
        release.refresh_from_db()
        self.assertTrue(release.live)
        entries = PageLogEntry.objects.filter(page=release)
        self.assertTrue(
            entries.filter(action="wagtail.workflow.start", user=self.editor).exists()
        )
        self.assertTrue(
            entries.filter(action="wagtail.workflow.approve", user=self.lead).exists()
        )
        self.assertTrue(
            entries.filter(action="wagtail.publish", user=self.lead).exists()
        )

        history = self.client.get(
            reverse("wagtailadmin_pages:history", args=[release.pk])
        )
        self.assertContains(history, "Approved")
        self.assertContains(history, "Published")
        self.assertContains(history, self.lead.get_full_name() or self.lead.username)

    def test_revisions_compare_and_roll_back(self):
        release = make_release(title="First headline")
        first = release.live_revision
        edited = release.get_latest_revision_as_object()
        edited.title = "Second headline"
        second = edited.save_revision(user=self.lead)
        self.client.force_login(self.lead)

        compare = self.client.get(
            reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[release.pk, first.pk, second.pk],
            )
        )
        self.assertContains(compare, '<span class="deletion">First</span>')
        self.assertContains(compare, '<span class="addition">Second</span>')

        revert = self.client.get(
            reverse("wagtailadmin_pages:revisions_revert", args=[release.pk, first.pk])
        )
        self.assertContains(revert, "First headline")
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[release.pk]),
            release_form_data("First headline", slug=release.slug, action_publish="1"),
        )
        release = PressReleasePage.objects.get(pk=release.pk)
        self.assertEqual(release.title, "First headline")
        self.assertEqual(release.revisions.count(), 3)
