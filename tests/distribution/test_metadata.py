"""Head metadata on every page and the NewsArticle JSON-LD of releases."""

from __future__ import annotations

import json

from django.test import TestCase
from django.utils.dateparse import parse_datetime

from newsroom.models import PressReleasePage

from .helpers import LEAK, build_newsroom, first_quote, head_of, one
from .schema_org import validate


class ReleaseMetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def setUp(self):
        self.response = self.client.get(self.n.lead.url)
        self.assertEqual(self.response.status_code, 200)
        self.head = head_of(self.response)

    def test_canonical_description_and_opengraph(self):
        url = f"http://localhost{self.n.lead.url}"
        canonical = [link for link in self.head.links if link.get("rel") == "canonical"]
        self.assertEqual([c["href"] for c in canonical], [url])
        self.assertEqual(one(self.head, "description"), self.n.lead.summary)
        self.assertEqual(one(self.head, "og:type"), "article")
        self.assertEqual(one(self.head, "og:title"), self.n.lead.title)
        self.assertEqual(one(self.head, "og:url"), url)
        self.assertEqual(one(self.head, "og:description"), self.n.lead.summary)
        self.assertEqual(
            one(self.head, "og:site_name"), "Prairie Fictional Immigrant Coalition"
        )

    def test_article_times_and_tags(self):
        self.assertEqual(
            parse_datetime(one(self.head, "article:published_time")),
            self.n.lead.first_published_at,
        )
        self.assertEqual(
            parse_datetime(one(self.head, "article:modified_time")),
            self.n.lead.last_published_at,
        )
        self.assertEqual(self.head.meta["article:tag"], ["Detention"])

    def test_og_image_is_a_rendition_of_the_hero_with_its_size(self):
        rendition = self.n.lead.hero_image.get_rendition("fill-1200x630")
        self.assertEqual(one(self.head, "og:image"), f"http://localhost{rendition.url}")
        self.assertEqual(one(self.head, "og:image:width"), "1200")
        self.assertEqual(one(self.head, "og:image:height"), "630")
        self.assertEqual(
            one(self.head, "og:image:alt"),
            "Volunteers hold signs outside the county building",
        )
        self.assertEqual(one(self.head, "twitter:card"), "summary_large_image")
        self.assertEqual(one(self.head, "twitter:image"), one(self.head, "og:image"))
        self.assertEqual(one(self.head, "twitter:title"), self.n.lead.title)

    def test_release_without_hero_uses_its_first_quote_card(self):
        head = head_of(self.client.get(self.n.second.url))
        quote = first_quote(self.n.second)
        self.assertEqual(
            one(head, "og:image"),
            f"http://localhost/quotes/{self.n.second.pk}/{quote.anchor}/card.png",
        )
        self.assertEqual(one(head, "og:image:width"), "1200")
        self.assertEqual(one(head, "og:image:height"), "630")

    def test_feed_links_in_head(self):
        alternates = {
            (link["type"], link["href"])
            for link in self.head.links
            if link.get("rel") == "alternate"
        }
        self.assertIn(("application/rss+xml", "/feeds/releases.rss"), alternates)
        self.assertIn(("application/atom+xml", "/feeds/releases.atom"), alternates)

    def jsonld(self) -> dict:
        self.assertEqual(len(self.head.jsonld), 1)
        return json.loads(self.head.jsonld[0])

    def test_jsonld_is_valid_schema_org(self):
        data = self.jsonld()
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(validate(data), [])

    def test_jsonld_news_article_fields(self):
        data = self.jsonld()
        lead = self.n.lead
        self.assertEqual(data["@type"], "NewsArticle")
        self.assertEqual(data["headline"], lead.title)
        self.assertEqual(data["alternativeHeadline"], lead.subtitle)
        self.assertEqual(data["dateline"], lead.dateline)
        self.assertTrue(data["dateline"].startswith("CHICAGO, Ill. — "))
        self.assertEqual(parse_datetime(data["datePublished"]), lead.first_published_at)
        self.assertEqual(parse_datetime(data["dateModified"]), lead.last_published_at)
        self.assertEqual(
            data["publisher"],
            {
                "@type": "Organization",
                "name": "Prairie Fictional Immigrant Coalition",
                "url": "http://localhost/",
            },
        )
        self.assertEqual(
            [a["name"] for a in data["author"]], ["Lakeshore Worker Center"]
        )
        self.assertEqual(data["keywords"], ["Detention"])
        self.assertEqual(data["image"]["@type"], "ImageObject")
        self.assertEqual((data["image"]["width"], data["image"]["height"]), (1200, 630))

    def test_jsonld_quotations(self):
        quotes = self.jsonld()["hasPart"]
        self.assertEqual([q["@type"] for q in quotes], ["Quotation", "Quotation"])
        first = quotes[0]
        self.assertTrue(first["text"].startswith("Families in this county"))
        person = first["spokenByCharacter"]
        self.assertEqual(person, first["creator"])
        self.assertEqual(person["@type"], "Person")
        self.assertEqual(person["name"], "Fredrick Tamsin")
        self.assertEqual(person["jobTitle"], "senior policy counsel")
        self.assertEqual(person["affiliation"]["@type"], "Organization")
        self.assertEqual(
            person["affiliation"]["name"],
            "Illinois Fictional Coalition for Immigrant and Refugee Rights",
        )
        self.assertEqual(
            person["affiliation"]["url"], "http://localhost/members/ifcirr/"
        )
        anchor = first_quote(self.n.lead).anchor
        self.assertEqual(first["url"], f"http://localhost{self.n.lead.url}#{anchor}")

    def test_jsonld_cannot_break_out_of_its_script(self):
        page = PressReleasePage.objects.get(pk=self.n.second.pk)
        page.title = "Advocates </script><script>alert(1)</script> testify"
        page.save_revision().publish()
        html = self.client.get(page.url).content.decode()
        self.assertNotIn("</script><script>alert(1)", html)
        head = head_of(self.client.get(page.url))
        self.assertEqual(json.loads(head.jsonld[0])["headline"], page.title)


class SchemaValidatorTests(TestCase):
    """The vocabulary table catches the mistakes it exists to catch."""

    def test_rejects_wrong_property_and_type(self):
        bad = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "x",
            "hasPart": [
                {
                    "@type": "Quotation",
                    "text": "x",
                    "speaker": {"@type": "Person", "name": "A"},
                    "spokenByCharacter": {"@type": "Person", "title": "B"},
                }
            ],
            "publisher": {"@type": "Company", "name": "C"},
            "author": {"@type": "Place", "name": "D"},
        }
        problems = validate(bad)
        self.assertIn("$.hasPart[0]: Quotation has no property 'speaker'", problems)
        self.assertIn(
            "$.hasPart[0].spokenByCharacter: Person has no property 'title'", problems
        )
        self.assertTrue(any("unknown @type 'Company'" in p for p in problems))
        self.assertTrue(any("$.author: 'Place' is not one of" in p for p in problems))


class OtherPagesMetadataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def test_every_page_has_canonical_description_og_and_twitter(self):
        for url in (
            "/",
            "/newsroom/",
            "/members/",
            "/members/ifcirr/",
            self.n.lead.url,
            f"/quotes/{self.n.lead.pk}/{first_quote(self.n.lead).anchor}/",
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                head = head_of(response)
                canonical = [
                    link["href"]
                    for link in head.links
                    if link.get("rel") == "canonical"
                ]
                self.assertEqual(len(canonical), 1)
                self.assertTrue(canonical[0].startswith("http://localhost/"))
                for key in (
                    "description",
                    "og:title",
                    "og:type",
                    "og:url",
                    "og:site_name",
                    "twitter:card",
                    "twitter:title",
                ):
                    self.assertEqual(len(head.meta.get(key, [])), 1, key)

    def test_profile_links_its_feeds_and_canonical(self):
        head = head_of(self.client.get("/members/ifcirr/"))
        canonical = [
            link["href"] for link in head.links if link.get("rel") == "canonical"
        ]
        self.assertEqual(canonical, ["http://localhost/members/ifcirr/"])
        alternates = {
            link["href"] for link in head.links if link.get("rel") == "alternate"
        }
        self.assertIn("/feeds/organizations/ifcirr.rss", alternates)
        self.assertIn("/feeds/organizations/ifcirr.atom", alternates)
        self.assertEqual(one(head, "og:title"), self.n.quoted.name)

    def test_filtered_newsroom_links_topic_feed(self):
        head = head_of(self.client.get("/newsroom/?topic=detention"))
        alternates = {
            link["href"] for link in head.links if link.get("rel") == "alternate"
        }
        self.assertIn("/feeds/topics/detention.rss", alternates)
        self.assertIn("/feeds/topics/detention.atom", alternates)
        head = head_of(self.client.get("/newsroom/?topic=nonexistent"))
        alternates = {
            link["href"] for link in head.links if link.get("rel") == "alternate"
        }
        self.assertNotIn("/feeds/topics/nonexistent.rss", alternates)
        head = head_of(self.client.get("/newsroom/?organization=ifcirr"))
        alternates = {
            link["href"] for link in head.links if link.get("rel") == "alternate"
        }
        self.assertIn("/feeds/organizations/ifcirr.rss", alternates)


class PreviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def test_release_preview_has_metadata_of_the_draft(self):
        for release in (self.n.draft, self.n.edited):
            page = PressReleasePage.objects.get(pk=release.pk)
            draft = page.get_latest_revision_as_object()
            with self.subTest(page=draft.title):
                response = draft.make_preview_request()
                self.assertEqual(response.status_code, 200)
                head = head_of(response)
                data = json.loads(head.jsonld[0])
                self.assertEqual(data["headline"], draft.title)
                self.assertEqual(validate(data), [])
                self.assertIn(LEAK, data["hasPart"][0]["text"])
