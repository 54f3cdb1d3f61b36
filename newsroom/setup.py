"""Create the page tree a newsroom needs: home, newsroom and member directory."""

from __future__ import annotations

from django.db import transaction

from wagtail.models import Page, Site

from editorial.roles import ensure_editorial_setup
from home.models import HomePage

from .models import MemberDirectoryPage, NewsroomIndexPage


@transaction.atomic
def ensure_site_structure(
    site_name: str = "Coalition Newsroom",
) -> tuple[HomePage, NewsroomIndexPage, MemberDirectoryPage]:
    """Return the home, newsroom and directory pages, creating what is missing.

    Wagtail's installer leaves a placeholder "Welcome" page as the site root;
    it is replaced by a real ``HomePage``. Safe to call repeatedly.
    """
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(title=site_name, slug="home-page", live=True)
        )
        placeholder = (
            Page.objects.filter(depth=2, content_type__model="page")
            .exclude(pk=home.pk)
            .first()
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=site_name,
            )
        else:
            site.root_page = home
            site.site_name = site_name
            site.save()
        if placeholder is not None and not placeholder.get_children().exists():
            placeholder.delete()
        home.refresh_from_db()
        home.slug = "home"
        home.save_revision().publish()
        home.refresh_from_db()

    newsroom = NewsroomIndexPage.objects.first()
    if newsroom is None:
        newsroom = home.add_child(
            instance=NewsroomIndexPage(
                title="Newsroom",
                slug="newsroom",
                intro="Statements and press releases from the coalition and "
                "its member organizations.",
            )
        )
        newsroom.save_revision().publish()

    directory = MemberDirectoryPage.objects.first()
    if directory is None:
        directory = home.add_child(
            instance=MemberDirectoryPage(
                title="Member organizations",
                slug="members",
                intro="The organizations that make up the coalition.",
            )
        )
        directory.save_revision().publish()
    ensure_editorial_setup()
    return home, newsroom, directory
