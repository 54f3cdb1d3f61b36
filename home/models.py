from django.db import models

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Page


class HomePage(Page):
    """What the coalition is, its latest and featured releases, and search."""

    intro = models.TextField(
        blank=True,
        help_text="Two or three sentences on what the coalition is. Separate "
        "paragraphs with a blank line.",
    )
    featured_release = models.ForeignKey(
        "newsroom.PressReleasePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown prominently; only shown while it is live.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        PageChooserPanel("featured_release", "newsroom.PressReleasePage"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["newsroom.NewsroomIndexPage", "newsroom.MemberDirectoryPage"]
    max_count = 1
    template = "home/home_page.html"

    def get_context(self, request, *args, **kwargs):
        from newsroom.models import (
            MemberDirectoryPage,
            NewsroomIndexPage,
            Organization,
            PressReleasePage,
        )

        context = super().get_context(request, *args, **kwargs)
        live = PressReleasePage.objects.live().public().order_by("-release_date")
        featured = None
        if self.featured_release_id:
            featured = live.filter(pk=self.featured_release_id).first()
        latest = live.exclude(pk=featured.pk) if featured else live
        context.update(
            featured=featured,
            latest=list(latest.prefetch_related("issuers__organization")[:5]),
            member_count=Organization.objects.current().filter(status="member").count(),
            newsroom=NewsroomIndexPage.objects.live().public().first(),
            directory=MemberDirectoryPage.objects.live().public().first(),
        )
        return context
