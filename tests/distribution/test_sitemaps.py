"""sitemap.xml and the Google News sitemap, parsed as XML."""

from __future__ import annotations

import datetime
from unittest import mock

from django.test import TestCase
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from newsroom.models import PressReleasePage
from tests.factories import make_release

from .helpers import LEAK, NS, build_newsroom, parse_xml


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def test_sitemap_lists_public_pages_and_profiles(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        root = parse_xml(response)
        self.assertEqual(root.tag, f"{{{NS['sm']}}}urlset")
        locations = [
            u.findtext("sm:loc", namespaces=NS) for u in root.findall("sm:url", NS)
        ]
        for page in (self.n.lead, self.n.second, self.n.edited):
            self.assertIn(f"http://localhost{page.url}", locations)
        self.assertIn("http://localhost/newsroom/", locations)
        self.assertIn("http://localhost/members/ifcirr/", locations)
        self.assertNotIn(LEAK, response.content.decode())
        for hidden in (self.n.draft, self.n.embargoed, self.n.private):
            self.assertFalse(any(f"/{hidden.slug}/" in loc for loc in locations))
        lead = next(
            u
            for u in root.findall("sm:url", NS)
            if u.findtext("sm:loc", namespaces=NS).endswith(self.n.lead.url)
        )
        self.assertEqual(
            lead.findtext("sm:lastmod", namespaces=NS),
            timezone.localtime(self.n.lead.last_published_at).date().isoformat(),
        )


class NewsSitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()
        old = PressReleasePage.objects.get(pk=cls.n.second.pk)
        old.first_published_at = timezone.now() - datetime.timedelta(days=3)
        old.save(update_fields=["first_published_at"])

    def entries(self):
        response = self.client.get("/news-sitemap.xml")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/xml"))
        root = parse_xml(response)
        self.assertEqual(root.tag, f"{{{NS['sm']}}}urlset")
        return response, root.findall("sm:url", NS)

    def test_fields_of_each_entry(self):
        _, entries = self.entries()
        lead = next(
            e
            for e in entries
            if e.findtext("sm:loc", namespaces=NS)
            == f"http://localhost{self.n.lead.url}"
        )
        news = lead.find("news:news", NS)
        self.assertEqual(
            news.findtext("news:publication/news:name", namespaces=NS),
            "Prairie Fictional Immigrant Coalition",
        )
        self.assertEqual(
            news.findtext("news:publication/news:language", namespaces=NS), "en"
        )
        self.assertEqual(news.findtext("news:title", namespaces=NS), self.n.lead.title)
        self.assertEqual(
            parse_datetime(news.findtext("news:publication_date", namespaces=NS)),
            self.n.lead.first_published_at,
        )

    def test_only_last_two_days_and_only_public(self):
        response, entries = self.entries()
        locations = {e.findtext("sm:loc", namespaces=NS) for e in entries}
        self.assertEqual(
            locations,
            {
                f"http://localhost{self.n.lead.url}",
                f"http://localhost{self.n.edited.url}",
            },
        )
        self.assertNotIn(LEAK, response.content.decode())

    def test_at_most_1000_entries(self):
        with mock.patch("distribution.sitemaps.NEWS_MAX_ENTRIES", 2):
            make_release(title="Third recent release")
            _, entries = self.entries()
        self.assertEqual(len(entries), 2)
        from distribution.sitemaps import NEWS_MAX_ENTRIES

        self.assertEqual(NEWS_MAX_ENTRIES, 1000)
