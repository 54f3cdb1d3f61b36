"""Dashboard panels for communications staff."""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.admin.ui.components import Component
from wagtail.models import Revision, WorkflowState

from newsroom.models import PressReleasePage

from .embargo import embargo_time

OVERDUE_AFTER = datetime.timedelta(minutes=5)
LIST_LENGTH = 8


def scheduled_release_revisions():
    """Release revisions approved to go live later (Wagtail's schedule)."""
    return (
        Revision.page_revisions.filter(
            approved_go_live_at__isnull=False,
            content_type=ContentType.objects.get_for_model(PressReleasePage),
        )
        .select_related("user")
        .order_by("approved_go_live_at")
    )


def overdue_release_revisions(now: datetime.datetime | None = None):
    """Scheduled releases whose time passed more than five minutes ago.

    ``publish_scheduled`` clears ``approved_go_live_at`` when it publishes, so
    anything left here means the scheduler is not running.
    """
    now = now or timezone.now()
    return scheduled_release_revisions().filter(
        approved_go_live_at__lt=now - OVERDUE_AFTER
    )


def _rows(revisions) -> list[dict]:
    revisions = list(revisions[:LIST_LENGTH])
    pages = PressReleasePage.objects.in_bulk([int(r.object_id) for r in revisions])
    return [
        {
            "page": pages.get(int(r.object_id)),
            "title": r.object_str,
            "when": embargo_time(r.approved_go_live_at),
            "at": r.approved_go_live_at,
        }
        for r in revisions
        if int(r.object_id) in pages
    ]


class EditorialPanel(Component):
    template_name = "editorial/admin/dashboard_panel.html"
    heading = ""
    panel_id = ""
    empty_text = ""
    order = 100

    def rows(self) -> list[dict]:
        raise NotImplementedError

    def get_context_data(self, parent_context=None):
        return {
            "heading": self.heading,
            "panel_id": self.panel_id,
            "rows": self.rows(),
            "empty_text": self.empty_text,
            "warning": getattr(self, "warning", False),
        }


class OverdueReleasesPanel(EditorialPanel):
    heading = "Overdue scheduled releases"
    panel_id = "editorial-overdue"
    order = 50
    warning = True

    def rows(self):
        return _rows(overdue_release_revisions())

    def render_html(self, parent_context=None):
        if not overdue_release_revisions().exists():
            return ""
        return super().render_html(parent_context)


class AwaitingApprovalPanel(EditorialPanel):
    heading = "Releases awaiting approval"
    panel_id = "editorial-awaiting"
    empty_text = "No releases are waiting for a lead's approval."
    order = 60

    def rows(self):
        states = (
            WorkflowState.objects.active()
            .filter(content_type=ContentType.objects.get_for_model(PressReleasePage))
            .select_related("requested_by")
            .order_by("-created_at")[:LIST_LENGTH]
        )
        states = list(states)
        pages = PressReleasePage.objects.in_bulk([int(s.object_id) for s in states])
        return [
            {
                "page": pages[int(s.object_id)],
                "title": pages[int(s.object_id)].get_admin_display_title(),
                "when": "submitted by "
                + (
                    s.requested_by.get_full_name() or s.requested_by.get_username()
                    if s.requested_by
                    else "someone"
                ),
            }
            for s in states
            if int(s.object_id) in pages
        ]


class UpcomingEmbargoesPanel(EditorialPanel):
    heading = "Upcoming embargo lifts"
    panel_id = "editorial-upcoming"
    empty_text = "No releases are scheduled."
    order = 70

    def rows(self):
        return _rows(
            scheduled_release_revisions().filter(
                approved_go_live_at__gte=timezone.now() - OVERDUE_AFTER
            )
        )


class RecentlyPublishedPanel(EditorialPanel):
    heading = "Recently published releases"
    panel_id = "editorial-recent"
    empty_text = "Nothing published yet."
    order = 80

    def rows(self):
        pages = (
            PressReleasePage.objects.live()
            .exclude(last_published_at__isnull=True)
            .order_by("-last_published_at")[:LIST_LENGTH]
        )
        return [
            {
                "page": page,
                "title": page.title,
                "when": embargo_time(page.last_published_at),
            }
            for page in pages
        ]
