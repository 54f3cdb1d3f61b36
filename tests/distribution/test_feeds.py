"""RSS and Atom feeds, parsed as XML and checked field by field."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils.dateparse import parse_datetime

from newsroom.models import PressReleasePage
from tests.factories import make_release

from .helpers import LEAK, NS, build_newsroom, parse_xml

FEEDS = [
    "/feeds/releases.rss",
    "/feeds/releases.atom",
    "/feeds/organizations/ifcirr.rss",
    "/feeds/organizations/ifcirr.atom",
    "/feeds/topics/detention.rss",
    "/feeds/topics/detention.atom",
]


class RssFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def rss_items(self, url: str) -> list:
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/rss+xml"))
        root = parse_xml(response)
        self.assertEqual(root.tag, "rss")
        self.assertEqual(root.get("version"), "2.0")
        return root.find("channel"), root.findall("channel/item")

    def test_all_releases_feed_lists_live_public_releases_newest_first(self):
        channel, items = self.rss_items("/feeds/releases.rss")
        self.assertEqual(
            channel.findtext("title"),
            "Prairie Fictional Immigrant Coalition: press releases",
        )
        self.assertEqual(channel.findtext("link"), "http://localhost/newsroom/")
        self.assertEqual(channel.findtext("language"), "en")
        self_link = channel.find("atom:link", NS)
        self.assertEqual(self_link.get("rel"), "self")
        self.assertEqual(self_link.get("href"), "http://localhost/feeds/releases.rss")
        # Newest first by publication: the lead was published first.
        self.assertEqual(
            [item.findtext("title") for item in items],
            [self.n.edited.title, self.n.second.title, self.n.lead.title],
        )
        self.assertEqual(len(items), 3)

    def test_item_fields(self):
        _, items = self.rss_items("/feeds/releases.rss")
        lead = self.n.lead
        item = next(i for i in items if i.findtext("title") == lead.title)
        self.assertEqual(item.findtext("link"), f"http://localhost{lead.url}")
        guid = item.find("guid")
        self.assertEqual(guid.get("isPermaLink"), "false")
        self.assertEqual(
            guid.text,
            f"tag:localhost,{lead.first_published_at:%Y-%m-%d}:release:{lead.pk}",
        )
        self.assertEqual(
            parsedate_to_datetime(item.findtext("pubDate")),
            lead.first_published_at.replace(microsecond=0),
        )
        self.assertEqual(item.findtext("description"), lead.summary)
        self.assertEqual(
            item.findtext("dc:creator", namespaces=NS), "Lakeshore Worker Center"
        )
        self.assertEqual([c.text for c in item.findall("category")], ["Detention"])
        content = item.findtext("content:encoded", namespaces=NS)
        self.assertIn("<strong>CHICAGO, Ill. —", content)
        self.assertIn(
            "<p>Families in this county can breathe easier tonight.</p>", content
        )
        self.assertIn(
            "— Fredrick Tamsin, senior policy counsel at Illinois Fictional "
            "Coalition for Immigrant and Refugee Rights in Chicago",
            content,
        )
        self.assertIn("<p>Context for the release.</p>", content)
        self.assertIn("###", content)
        enclosure = item.find("enclosure")
        self.assertEqual(enclosure.get("type"), "image/png")
        self.assertTrue(enclosure.get("url").startswith("http://localhost/media/"))
        self.assertIn(".fill-1200x630", enclosure.get("url"))
        self.assertGreater(int(enclosure.get("length")), 0)

    def test_item_without_hero_image_has_no_enclosure(self):
        _, items = self.rss_items("/feeds/releases.rss")
        second = next(i for i in items if i.findtext("title") == self.n.second.title)
        self.assertIsNone(second.find("enclosure"))
        self.assertIsNone(second.find("dc:creator", NS))

    def test_guid_is_stable_when_title_and_slug_change(self):
        _, before = self.rss_items("/feeds/releases.rss")
        guid = next(
            i.findtext("guid")
            for i in before
            if i.findtext("title") == self.n.second.title
        )
        page = PressReleasePage.objects.get(pk=self.n.second.pk)
        page.title = "Advocates testify again"
        page.slug = "advocates-testify-again"
        page.save_revision().publish()
        _, after = self.rss_items("/feeds/releases.rss")
        item = next(
            i for i in after if i.findtext("title") == "Advocates testify again"
        )
        self.assertEqual(item.findtext("guid"), guid)
        self.assertTrue(item.findtext("link").endswith("/advocates-testify-again/"))

    def test_organization_feed_has_releases_issued_by_or_quoting_it(self):
        channel, items = self.rss_items("/feeds/organizations/ifcirr.rss")
        self.assertIn("Illinois Fictional Coalition", channel.findtext("title"))
        self.assertEqual(channel.findtext("link"), "http://localhost/members/ifcirr/")
        self.assertEqual(
            {i.findtext("title") for i in items},
            {self.n.lead.title, self.n.second.title},
        )
        _, issuer_items = self.rss_items(
            "/feeds/organizations/lakeshore-worker-center.rss"
        )
        self.assertEqual(
            {i.findtext("title") for i in issuer_items},
            {self.n.lead.title, self.n.edited.title},
        )
        _, none = self.rss_items("/feeds/organizations/harbor-faith.rss")
        self.assertEqual(none, [])

    def test_topic_feed(self):
        channel, items = self.rss_items("/feeds/topics/detention.rss")
        self.assertEqual(
            channel.findtext("link"), "http://localhost/newsroom/?topic=detention"
        )
        self.assertEqual(
            {i.findtext("title") for i in items},
            {self.n.lead.title, self.n.edited.title},
        )

    def test_unknown_organization_or_topic_is_404(self):
        for url in (
            "/feeds/organizations/nobody.rss",
            "/feeds/topics/nothing.atom",
        ):
            self.assertEqual(self.client.get(url).status_code, 404)

    def test_draft_organization_has_no_feed(self):
        self.n.bystander.live = False
        self.n.bystander.save()
        self.assertEqual(
            self.client.get("/feeds/organizations/harbor-faith.rss").status_code, 404
        )

    def test_nothing_unpublished_in_any_feed(self):
        for url in FEEDS:
            with self.subTest(url=url):
                body = self.client.get(url).content.decode()
                self.assertNotIn(LEAK, body)
        body = self.client.get("/feeds/releases.rss").content.decode()
        self.assertIn("A good day for the city.", body)


class AtomFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def test_atom_entry_fields(self):
        response = self.client.get("/feeds/releases.atom")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        root = parse_xml(response)
        self.assertEqual(root.tag, "{http://www.w3.org/2005/Atom}feed")
        self.assertEqual(root.get("{http://www.w3.org/XML/1998/namespace}lang"), "en")
        self.assertEqual(
            root.find("atom:link[@rel='self']", NS).get("href"),
            "http://localhost/feeds/releases.atom",
        )
        entries = root.findall("atom:entry", NS)
        self.assertEqual(len(entries), 3)
        lead = self.n.lead
        entry = next(
            e for e in entries if e.findtext("atom:title", namespaces=NS) == lead.title
        )
        self.assertEqual(
            entry.findtext("atom:id", namespaces=NS),
            f"tag:localhost,{lead.first_published_at:%Y-%m-%d}:release:{lead.pk}",
        )
        self.assertEqual(
            entry.find("atom:link[@rel='alternate']", NS).get("href"),
            f"http://localhost{lead.url}",
        )
        self.assertEqual(
            parse_datetime(entry.findtext("atom:published", namespaces=NS)),
            lead.first_published_at,
        )
        self.assertEqual(
            parse_datetime(entry.findtext("atom:updated", namespaces=NS)),
            lead.last_published_at,
        )
        self.assertEqual(
            entry.findtext("atom:author/atom:name", namespaces=NS),
            "Lakeshore Worker Center",
        )
        summary = entry.find("atom:summary", NS)
        self.assertEqual(summary.text, lead.summary)
        content = entry.find("atom:content", NS)
        self.assertEqual(content.get("type"), "html")
        self.assertIn("This is what organizing looks like.", content.text)
        enclosure = entry.find("atom:link[@rel='enclosure']", NS)
        self.assertEqual(enclosure.get("type"), "image/png")
        self.assertGreater(int(enclosure.get("length")), 0)
        self.assertEqual(
            [c.get("term") for c in entry.findall("atom:category", NS)], ["Detention"]
        )

    def test_updated_date_follows_republishing(self):
        page = PressReleasePage.objects.get(pk=self.n.lead.pk)
        page.summary = "Updated lede."
        page.save_revision().publish()
        page.refresh_from_db()
        root = parse_xml(self.client.get("/feeds/releases.atom"))
        entry = next(
            e
            for e in root.findall("atom:entry", NS)
            if e.findtext("atom:title", namespaces=NS) == page.title
        )
        self.assertEqual(
            parse_datetime(entry.findtext("atom:updated", namespaces=NS)),
            page.last_published_at,
        )
        self.assertEqual(
            parse_datetime(entry.findtext("atom:published", namespaces=NS)),
            page.first_published_at,
        )
        self.assertLess(page.first_published_at, page.last_published_at)


class FeedQueryCountTests(TestCase):
    """A feed's queries do not grow with its releases or their quotes."""

    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def count(self, url: str) -> int:
        self.client.get(url)  # renditions and caches warmed
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def add_release(self, index: int) -> None:
        make_release(
            title=f"Extra release {index}",
            issuers=[self.n.quoted],
            topics=[self.n.topic],
            body=[
                {
                    "type": "paragraph",
                    "value": '<p>See <a linktype="page" id="'
                    f'{self.n.lead.pk}">the earlier release</a>.</p>',
                    "id": f"p{index}",
                }
            ],
            quotes=[
                {"organization": self.n.quoted, "text": f"Quote {q}."} for q in range(5)
            ],
        )

    def test_query_count_is_constant(self):
        self.add_release(0)
        baseline = {url: self.count(url) for url in FEEDS}
        for index in range(1, 5):
            self.add_release(index)
        for url in FEEDS:
            with self.subTest(url=url), self.assertNumQueries(baseline[url]):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_internal_links_in_full_text_are_absolute(self):
        make_release(
            title="Linked release",
            body=[
                {
                    "type": "paragraph",
                    "value": f'<p>See <a linktype="page" id="{self.n.lead.pk}">'
                    "the earlier release</a>.</p>",
                    "id": "linked",
                }
            ],
        )
        root = parse_xml(self.client.get("/feeds/releases.rss"))
        item = next(
            i
            for i in root.findall("channel/item")
            if i.findtext("title") == "Linked release"
        )
        self.assertIn(
            f'<a href="http://localhost{self.n.lead.url}">the earlier release</a>',
            item.findtext("content:encoded", namespaces=NS),
        )
