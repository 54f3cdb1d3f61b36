from django.urls import include, path

from . import feeds, sitemaps, views
from .api import api_router

distribution_patterns = [
    path("feeds/releases.rss", feeds.ReleasesFeed(), name="feed_rss"),
    path("feeds/releases.atom", feeds.ReleasesAtomFeed(), name="feed_atom"),
    path(
        "feeds/organizations/<slug:slug>.rss",
        feeds.OrganizationReleasesFeed(),
        name="organization_feed_rss",
    ),
    path(
        "feeds/organizations/<slug:slug>.atom",
        feeds.OrganizationReleasesAtomFeed(),
        name="organization_feed_atom",
    ),
    path(
        "feeds/topics/<slug:slug>.rss",
        feeds.TopicReleasesFeed(),
        name="topic_feed_rss",
    ),
    path(
        "feeds/topics/<slug:slug>.atom",
        feeds.TopicReleasesAtomFeed(),
        name="topic_feed_atom",
    ),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("news-sitemap.xml", sitemaps.news_sitemap, name="news_sitemap"),
    path(
        "quotes/<int:release_id>/<slug:anchor>/",
        views.quote_permalink,
        name="quote",
    ),
    path(
        "quotes/<int:release_id>/<slug:anchor>/card.png",
        views.quote_card,
        name="quote_card",
    ),
    path("contacts/<int:pk>.vcf", views.contact_card, name="contact_vcard"),
]

# The API router reverses its own "distribution_api:…" names, so it is
# included at the top level rather than inside the "distribution" namespace.
urlpatterns = [
    path("", include((distribution_patterns, "distribution"))),
    path("api/v2/", api_router.urls),
]
