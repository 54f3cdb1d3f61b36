"""The permission matrix: each role tries each action on releases and organizations.

Every action goes through the admin views with the POST data the admin itself
sends, and each test asserts the resulting state, not just a status code.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.models import (
    GroupPagePermission,
    Revision,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowState,
)

from editorial.roles import EDITORS, LEADS, WORKFLOW_NAME
from newsroom.models import Organization, PressReleasePage
from tests.editorial.helpers import (
    make_editor,
    make_lead,
    organization_form_data,
    release_form_data,
)
from tests.factories import OrganizationFactory, make_release, site_pages

ORG_URLS = "wagtailsnippets_newsroom_organization"


class RolesSetupTests(TestCase):
    def test_groups_created_by_migration(self):
        self.assertTrue(Group.objects.filter(name=EDITORS).exists())
        self.assertTrue(Group.objects.filter(name=LEADS).exists())
        leads = Group.objects.get(name=LEADS)
        editors = Group.objects.get(name=EDITORS)
        self.assertTrue(leads.permissions.filter(codename="publish_organization"))
        self.assertFalse(editors.permissions.filter(codename="publish_organization"))
        self.assertTrue(editors.permissions.filter(codename="access_admin"))

    def test_page_permissions_and_workflow_follow_the_newsroom(self):
        _, newsroom, _ = site_pages()
        editor_perms = set(
            GroupPagePermission.objects.filter(
                group__name=EDITORS, page=newsroom
            ).values_list("permission__codename", flat=True)
        )
        lead_perms = set(
            GroupPagePermission.objects.filter(
                group__name=LEADS, page=newsroom
            ).values_list("permission__codename", flat=True)
        )
        self.assertEqual(editor_perms, {"add_page", "change_page"})
        self.assertEqual(
            lead_perms,
            {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        )
        workflow = Workflow.objects.get(name=WORKFLOW_NAME)
        self.assertEqual(WorkflowPage.objects.get(page=newsroom).workflow, workflow)
        self.assertTrue(
            WorkflowContentType.objects.filter(
                workflow=workflow, content_type__model="organization"
            ).exists()
        )
        task = workflow.tasks.get().specific
        self.assertEqual(list(task.groups.values_list("name", flat=True)), [LEADS])

    def test_setup_is_idempotent(self):
        from editorial.roles import ensure_editorial_setup

        site_pages()
        before = GroupPagePermission.objects.count()
        ensure_editorial_setup()
        ensure_editorial_setup()
        self.assertEqual(GroupPagePermission.objects.count(), before)
        self.assertEqual(Workflow.objects.filter(name=WORKFLOW_NAME).count(), 1)


class ReleaseMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.newsroom = site_pages()[1]
        cls.editor = make_editor()
        cls.lead = make_lead()

    def as_user(self, role: str):
        user = {"editor": self.editor, "lead": self.lead}[role]
        self.client.force_login(user)
        return user

    def edit(self, release, **kwargs):
        return self.client.post(
            reverse("wagtailadmin_pages:edit", args=[release.pk]),
            release_form_data(
                kwargs.pop("title", release.title), slug=release.slug, **kwargs
            ),
        )

    def submitted_release(self, title: str) -> PressReleasePage:
        release = make_release(title=title, publish=False)
        self.as_user("editor")
        self.edit(release, action_submit="1")
        release.refresh_from_db()
        self.assertEqual(
            release.workflow_states.filter(status="in_progress").count(), 1
        )
        return release

    def test_create(self):
        for role in ("editor", "lead"):
            with self.subTest(role=role):
                self.as_user(role)
                response = self.client.post(
                    reverse(
                        "wagtailadmin_pages:add",
                        args=["newsroom", "pressreleasepage", self.newsroom.pk],
                    ),
                    release_form_data(f"Release drafted by {role}"),
                )
                self.assertEqual(response.status_code, 302)
                release = PressReleasePage.objects.get(
                    title=f"Release drafted by {role}"
                )
                self.assertFalse(release.live)

    def test_edit(self):
        for role in ("editor", "lead"):
            with self.subTest(role=role):
                release = make_release(title=f"Edit me {role}", publish=False)
                self.as_user(role)
                self.edit(release, title=f"Edited by {role}")
                release.refresh_from_db()
                self.assertEqual(
                    release.get_latest_revision_as_object().title, f"Edited by {role}"
                )

    def test_submit(self):
        for role in ("editor", "lead"):
            with self.subTest(role=role):
                release = make_release(title=f"Submit {role}", publish=False)
                self.as_user(role)
                self.edit(release, action_submit="1")
                state = WorkflowState.objects.get(
                    object_id=str(release.pk), status="in_progress"
                )
                self.assertEqual(state.workflow.name, WORKFLOW_NAME)
                release.refresh_from_db()
                self.assertFalse(release.live)

    def test_approve(self):
        expected = {"editor": False, "lead": True}
        for role, goes_live in expected.items():
            with self.subTest(role=role):
                release = self.submitted_release(f"Approve {role}")
                self.as_user(role)
                self.edit(
                    release, action_workflow_action="1", workflow_action_name="approve"
                )
                release.refresh_from_db()
                self.assertIs(release.live, goes_live)

    def test_publish(self):
        expected = {"editor": False, "lead": True}
        for role, goes_live in expected.items():
            with self.subTest(role=role):
                release = make_release(title=f"Publish {role}", publish=False)
                self.as_user(role)
                self.edit(release, action_publish="1")
                release.refresh_from_db()
                self.assertIs(release.live, goes_live)

    def test_unpublish(self):
        expected = {"editor": True, "lead": False}
        for role, still_live in expected.items():
            with self.subTest(role=role):
                release = make_release(title=f"Unpublish {role}")
                self.as_user(role)
                self.client.post(
                    reverse("wagtailadmin_pages:unpublish", args=[release.pk])
                )
                release.refresh_from_db()
                self.assertIs(release.live, still_live)

    def test_delete_live_release(self):
        expected = {"editor": True, "lead": False}
        for role, still_there in expected.items():
            with self.subTest(role=role):
                release = make_release(title=f"Delete {role}")
                self.as_user(role)
                self.client.post(
                    reverse("wagtailadmin_pages:delete", args=[release.pk])
                )
                self.assertIs(
                    PressReleasePage.objects.filter(pk=release.pk).exists(),
                    still_there,
                )

    def test_editor_may_delete_only_an_unpublished_draft_they_own(self):
        user = self.as_user("editor")
        draft = make_release(title="Abandoned draft", publish=False, owner=user)
        self.client.post(reverse("wagtailadmin_pages:delete", args=[draft.pk]))
        self.assertFalse(PressReleasePage.objects.filter(pk=draft.pk).exists())

    def test_schedule(self):
        go_live = timezone.now() + datetime.timedelta(days=2)
        expected = {"editor": False, "lead": True}
        for role, scheduled in expected.items():
            with self.subTest(role=role):
                release = make_release(title=f"Schedule {role}", publish=False)
                self.as_user(role)
                self.edit(release, go_live_at=go_live, action_publish="1")
                release.refresh_from_db()
                self.assertFalse(release.live)
                self.assertIs(
                    Revision.page_revisions.filter(
                        object_id=str(release.pk), approved_go_live_at__isnull=False
                    ).exists(),
                    scheduled,
                )


class OrganizationMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.editor = make_editor()
        cls.lead = make_lead()

    def login(self, role: str):
        self.client.force_login({"editor": self.editor, "lead": self.lead}[role])

    def draft_org(self, name: str) -> Organization:
        org = OrganizationFactory(name=name, slug=name.lower().replace(" ", "-"))
        org.live = False
        org.save()
        org.save_revision()
        return org

    def edit(self, org, **kwargs):
        return self.client.post(
            reverse(f"{ORG_URLS}:edit", args=[org.pk]),
            organization_form_data(kwargs.pop("name", org.name), org.slug, **kwargs),
        )

    def test_create_never_publishes_for_editors(self):
        for role, live in (("editor", False), ("lead", True)):
            with self.subTest(role=role):
                self.login(role)
                response = self.client.post(
                    reverse(f"{ORG_URLS}:add"),
                    organization_form_data(
                        f"Desert Voices {role}",
                        f"desert-voices-{role}",
                        action_publish="1",
                    ),
                )
                self.assertEqual(response.status_code, 302)
                org = Organization.objects.get(slug=f"desert-voices-{role}")
                self.assertIs(org.live, live)

    def test_edit(self):
        for role in ("editor", "lead"):
            with self.subTest(role=role):
                org = self.draft_org(f"Mesa Workers {role}")
                self.login(role)
                self.edit(org, name=f"Mesa Workers Center {role}")
                org.refresh_from_db()
                self.assertEqual(
                    org.get_latest_revision_as_object().name,
                    f"Mesa Workers Center {role}",
                )

    def test_submit(self):
        for role in ("editor", "lead"):
            with self.subTest(role=role):
                org = self.draft_org(f"Valley Allies {role}")
                self.login(role)
                self.edit(org, action_submit="1")
                org.refresh_from_db()
                self.assertEqual(org.workflow_states.get().status, "in_progress")
                self.assertFalse(org.live)

    def test_approve(self):
        for role, live in (("editor", False), ("lead", True)):
            with self.subTest(role=role):
                org = self.draft_org(f"Harbor Families {role}")
                self.login("editor")
                self.edit(org, action_submit="1")
                self.login(role)
                self.edit(
                    org, action_workflow_action="1", workflow_action_name="approve"
                )
                org.refresh_from_db()
                self.assertIs(org.live, live)

    def test_publish(self):
        for role, live in (("editor", False), ("lead", True)):
            with self.subTest(role=role):
                org = self.draft_org(f"Canyon Legal {role}")
                self.login(role)
                self.edit(org, action_publish="1")
                org.refresh_from_db()
                self.assertIs(org.live, live)

    def test_unpublish(self):
        for role, live in (("editor", True), ("lead", False)):
            with self.subTest(role=role):
                org = OrganizationFactory()
                org.save_revision().publish()
                self.login(role)
                self.client.post(reverse(f"{ORG_URLS}:unpublish", args=[org.pk]))
                org.refresh_from_db()
                self.assertIs(org.live, live)

    def test_delete_is_for_superusers_only(self):
        for role in ("editor", "lead"):
            with self.subTest(role=role):
                org = OrganizationFactory()
                self.login(role)
                self.client.post(reverse(f"{ORG_URLS}:delete", args=[org.pk]))
                self.assertTrue(Organization.objects.filter(pk=org.pk).exists())

    def test_schedule(self):
        go_live = timezone.now() + datetime.timedelta(days=1)
        for role, scheduled in (("editor", False), ("lead", True)):
            with self.subTest(role=role):
                org = self.draft_org(f"Plains Coalition {role}")
                self.login(role)
                data = organization_form_data(org.name, org.slug, action_publish="1")
                data["go_live_at"] = timezone.localtime(go_live).strftime(
                    "%Y-%m-%d %H:%M"
                )
                self.client.post(reverse(f"{ORG_URLS}:edit", args=[org.pk]), data)
                org.refresh_from_db()
                self.assertFalse(org.live)
                self.assertIs(org.scheduled_revision is not None, scheduled)
