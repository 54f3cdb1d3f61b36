import contextlib

from django import template

from newsroom.apstyle import ap_date as format_ap_date
from newsroom.apstyle import ap_state

register = template.Library()


@register.filter
def ap_date(value) -> str:
    """``{{ release.release_date|ap_date }}`` gives "March 29, 2022"."""
    from django.utils import timezone

    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        value = timezone.localtime(value)
    return format_ap_date(value)


@register.filter
def ap_state_name(code: str) -> str:
    return ap_state(code)


@register.simple_tag(takes_context=True)
def organization_url(context, organization) -> str:
    """The public profile URL of an organization, or "" when it has none.

    The directory page is looked up once per request, so a release with fifty
    quotes costs one query for this, not fifty.
    """
    if organization is None or not getattr(organization, "live", False):
        return ""
    request = context.get("request")
    cache_holder = request if request is not None else context
    base = getattr(cache_holder, "_directory_base_url", None)
    if base is None:
        from newsroom.models import MemberDirectoryPage

        directory = MemberDirectoryPage.objects.live().public().first()
        base = directory.get_url(request) if directory else ""
        with contextlib.suppress(AttributeError):
            cache_holder._directory_base_url = base
    if not base:
        return ""
    return f"{base}{organization.slug}/"


@register.simple_tag(takes_context=True)
def site_links(context) -> dict:
    """URLs of the newsroom and member directory, looked up once per request."""
    request = context.get("request")
    cached = getattr(request, "_site_links", None)
    if cached is not None:
        return cached
    from newsroom.models import MemberDirectoryPage, NewsroomIndexPage

    newsroom = NewsroomIndexPage.objects.live().public().first()
    directory = MemberDirectoryPage.objects.live().public().first()
    links = {
        "newsroom": newsroom.get_url(request) if newsroom else "",
        "directory": directory.get_url(request) if directory else "",
    }
    if request is not None:
        request._site_links = links
    return links
