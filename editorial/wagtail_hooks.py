"""Wire the editorial workflow into Wagtail's admin."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.widgets import Button

from newsroom.models import PressReleasePage

from . import admin_views
from .dashboard import (
    AwaitingApprovalPanel,
    OverdueReleasesPanel,
    RecentlyPublishedPanel,
    UpcomingEmbargoesPanel,
)


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [
        path(
            "editorial/releases/<int:page_id>/preview-links/",
            admin_views.preview_links,
            name="editorial_preview_links",
        ),
        path(
            "editorial/releases/<int:page_id>/preview-links/<int:link_id>/revoke/",
            admin_views.revoke_preview_link,
            name="editorial_revoke_preview_link",
        ),
    ]


@hooks.register("register_page_header_buttons")
def preview_links_button(page, user, view_name, next_url=None):
    if page.specific_class is not PressReleasePage:
        return
    if not page.permissions_for_user(user).can_publish():
        return
    yield Button(
        "Journalist preview links",
        reverse("editorial_preview_links", args=[page.pk]),
        icon_name="link",
        priority=62,
    )


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.extend(
        [
            OverdueReleasesPanel(),
            AwaitingApprovalPanel(),
            UpcomingEmbargoesPanel(),
            RecentlyPublishedPanel(),
        ]
    )


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    actions.register_action(
        "editorial.preview_link_created", "Create preview link", "Preview link created"
    )
    actions.register_action(
        "editorial.preview_link_revoked", "Revoke preview link", "Preview link revoked"
    )
