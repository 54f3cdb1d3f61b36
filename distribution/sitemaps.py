"""The site map (Wagtail's) and a Google News sitemap of recent releases.

Google News wants only articles published in the last two days, at most
1,000 of them, each with the publication's name and language:
https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
"""

from __future__ import annotations

import datetime

from django.http import HttpRequest
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from newsroom.models import CoalitionSettings, PressReleasePage

NEWS_WINDOW = datetime.timedelta(days=2)
NEWS_MAX_ENTRIES = 1000


@require_safe
def sitemap(request: HttpRequest):
    return wagtail_sitemap(request)


def recent_releases(now: datetime.datetime | None = None):
    since = (now or timezone.now()) - NEWS_WINDOW
    return (
        PressReleasePage.objects.live()
        .public()
        .filter(first_published_at__gte=since)
        .order_by("-first_published_at", "-pk")
    )[:NEWS_MAX_ENTRIES]


@require_safe
def news_sitemap(request: HttpRequest):
    coalition = CoalitionSettings.for_request(request).coalition_name
    entries = [
        {
            "location": release.get_full_url(request),
            "title": release.title,
            "published": release.first_published_at,
        }
        for release in recent_releases()
    ]
    return render(
        request,
        "distribution/news_sitemap.xml",
        {"entries": entries, "publication_name": coalition, "language": "en"},
        content_type="application/xml; charset=utf-8",
    )
