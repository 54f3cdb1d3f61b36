"""The public search page: both result kinds, highlighting, facets, filters."""

from __future__ import annotations

import datetime

from django.test import TestCase
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from newsroom.models import OrganizationKind, Quote
from tests.factories import OrganizationFactory, TopicFactory, make_release, site_pages


def when(year: int, month: int = 3, day: int = 1) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, 12))


class SearchPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.alliance = OrganizationFactory(
            name="Prairie Workers Alliance", short_name="PWA", slug="prairie-workers"
        )
        cls.clinic = OrganizationFactory(
            name="Lakeshore Legal Clinic",
            short_name="LLC",
            slug="lakeshore-legal",
            kind=OrganizationKind.LEGAL,
        )
        cls.detention = TopicFactory(name="Detention", slug="detention")
        cls.daca = TopicFactory(name="DACA", slug="daca")
        cls.detainers = make_release(
            title="County ends detainer agreement",
            summary="The county board voted to end its detainer agreement with "
            "federal immigration authorities on Tuesday.",
            issuers=[cls.alliance],
            topics=[cls.detention],
            release_date=when(2022),
            quotes=[
                {
                    "text": "The detainer program tears families apart in our county.",
                    "speaker": "Marisol Quintero",
                    "title": "organizing director",
                    "organization": cls.alliance,
                },
                {
                    "text": "The detainer agreement never made anyone safer.",
                    "speaker": "Tobias Wren",
                    "title": "staff attorney",
                    "organization": cls.clinic,
                },
            ],
        )
        cls.dreamers = make_release(
            title="Dreamers rally at the statehouse",
            summary="Hundreds of young immigrants rallied for DACA protections.",
            issuers=[cls.clinic],
            topics=[cls.daca],
            release_date=when(2023),
            quotes=[
                {
                    "text": "Our clients cannot wait for reform.",
                    "speaker": "Tobias Wren",
                    "title": "staff attorney",
                    "organization": cls.clinic,
                }
            ],
        )

    def get(self, **params):
        response = self.client.get("/search/", params)
        self.assertEqual(response.status_code, 200)
        return response

    def test_empty_query_renders_prompt(self):
        response = self.get()
        self.assertContains(response, "Search every release")
        self.assertContains(response, '<meta name="robots" content="noindex">')

    def test_finds_releases_and_quotes(self):
        response = self.get(q="detainer")
        self.assertEqual(response.context["outcome"].release_count, 1)
        self.assertEqual(response.context["outcome"].quote_count, 2)
        self.assertContains(response, "Marisol Quintero")
        quote = Quote.objects.get(speaker_name="Marisol Quintero")
        self.assertContains(response, f'{self.detainers.url}#{quote.anchor}"')
        self.assertContains(response, "<mark>detainer</mark>")

    def test_speaker_name_finds_quotes(self):
        response = self.get(q="Quintero")
        quotes = [r["quote"] for r in response.context["quote_results"]]
        self.assertEqual([q.speaker_name for q in quotes], ["Marisol Quintero"])

    def test_organization_name_finds_quotes(self):
        response = self.get(q="Lakeshore", type="quote")
        self.assertEqual(response.context["outcome"].quote_count, 2)
        self.assertEqual(response.context["release_results"], [])

    def test_facet_counts(self):
        response = self.get(q="detainer")
        facets = {
            name: {f.value: f.count for f in values}
            for name, values in response.context["outcome"].facets.items()
        }
        self.assertEqual(facets["type"], {"release": 1, "quote": 2})
        # Release issued by the alliance + one quote each.
        self.assertEqual(
            facets["organization"], {"prairie-workers": 2, "lakeshore-legal": 1}
        )
        self.assertEqual(facets["year"], {"2022": 3})
        self.assertEqual(facets["topic"], {"detention": 3})
        self.assertEqual(facets["kind"], {"immigrant_rights": 2, "legal": 1})

    def test_filters_combine_and_stay_in_url(self):
        response = self.get(q="Wren", organization="lakeshore-legal", year="2023")
        outcome = response.context["outcome"]
        self.assertEqual(outcome.quote_count, 1)
        self.assertEqual(
            [r["release"] for r in response.context["release_results"]],
            [self.dreamers],
        )
        self.assertContains(response, "Organization: Lakeshore Legal Clinic")
        facet_urls = [f.url for values in outcome.facets.values() for f in values]
        self.assertTrue(all("organization=lakeshore-legal" in u for u in facet_urls))

    def test_topic_and_kind_filters(self):
        outcome = self.get(q="Wren", topic="daca").context["outcome"]
        self.assertEqual(outcome.quote_count, 1)
        outcome = self.get(q="detainer", kind="legal").context["outcome"]
        self.assertEqual((outcome.release_count, outcome.quote_count), (0, 1))
        outcome = self.get(q="Wren", kind="legal").context["outcome"]
        self.assertEqual(outcome.quote_count, 2)

    def test_bad_filter_values_are_reported(self):
        response = self.get(q="detainer", year="20x2", kind="nope", topic="zzz")
        self.assertContains(response, "is not a year")
        self.assertContains(response, "is not a kind of organization")
        self.assertEqual(response.context["outcome"].quote_count, 2)

    def test_sort_by_date(self):
        response = self.get(q="Wren", sort="date", type="quote")
        dates = [r["quote"].release_date for r in response.context["quote_results"]]
        self.assertEqual(dates, sorted(dates, reverse=True))
        self.assertEqual(len(dates), 2)

    def test_release_snippet_is_highlighted(self):
        response = self.get(q="statehouse")
        result = response.context["release_results"][0]
        self.assertIn("<mark>statehouse</mark>", result["title"])

    def test_promotions_and_query_logging(self):
        query = Query.get("dreamers")
        SearchPromotion.objects.create(
            query=query, page=self.detainers, description="Our pick.", sort_order=0
        )
        response = self.get(q="Dreamers")
        self.assertContains(response, "picks-heading")
        self.assertEqual(
            response.context["promotions"][0]["title"], self.detainers.title
        )
        self.assertEqual(Query.get("dreamers").hits, 1)
        self.get(q="dreamers", page="2")
        self.assertEqual(Query.get("dreamers").hits, 1)

    def test_private_promotion_not_shown(self):
        draft = make_release(title="Unannounced plan", publish=False)
        SearchPromotion.objects.create(query=Query.get("plan"), page=draft)
        response = self.get(q="plan")
        self.assertEqual(response.context["promotions"], [])
        self.assertNotContains(response, "Unannounced plan")

    def test_pages_beyond_one_kind_show_only_the_other(self):
        response = self.get(q="Wren", page="2")
        self.assertEqual(response.context["quote_results"], [])
        self.assertEqual(response.context["release_results"], [])
        self.assertContains(response, "Nothing matched")

    def test_pagination_and_bad_page_numbers(self):
        for page in ["0", "-1", "abc", "9999999999", "2.5", "\u0662"]:
            response = self.get(q="Wren", page=page)
            self.assertEqual(response.context["quote_page"].number, 1)

    def test_highlighting_escapes_content_and_query(self):
        make_release(
            title="Statement <script>alert(1)</script>",
            summary="A <b>bold</b> claim about <script>alert('x')</script> safety.",
            quotes=[
                {
                    "text": "We said <script>alert(2)</script> and meant it.",
                    "speaker": "Ines <img src=x onerror=alert(3)> Park",
                }
            ],
        )
        response = self.get(q="alert")
        content = response.content.decode()
        self.assertNotIn("<script>alert", content)
        self.assertNotIn("<img src=x", content)
        self.assertNotIn("<b>bold", content)
        self.assertIn("&gt;<mark>alert</mark>(2)&lt;/script&gt;", content)
        self.assertGreater(response.context["outcome"].quote_count, 0)
        response = self.get(q='<script>alert("x")</script> <mark>')
        content = response.content.decode()
        self.assertNotIn("<script>alert", content)
        self.assertNotIn("<mark>&lt;", content)
        self.assertIn("&lt;script&gt;alert", content)


class PublicationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()

    def search(self, q):
        outcome = self.client.get("/search/", {"q": q}).context["outcome"]
        return outcome.release_count, outcome.quote_count

    def test_drafts_and_embargoed_never_appear(self):
        make_release(
            title="Zanzibar draft",
            quotes=[{"text": "Zanzibar words", "speaker": "Ada Lune"}],
            publish=False,
        )
        make_release(
            title="Zanzibar embargo",
            quotes=[{"text": "Zanzibar words", "speaker": "Ada Lune"}],
            go_live_at=timezone.now() + datetime.timedelta(days=3),
        )
        self.assertEqual(self.search("Zanzibar"), (0, 0))
        response = self.client.get("/search/suggest/", {"q": "Zanz"})
        self.assertEqual(response.json()["releases"], [])
        response = self.client.get("/search/suggest/", {"q": "Ada"})
        self.assertEqual(response.json()["speakers"], [])

    def test_unpublish_removes_results(self):
        release = make_release(
            title="Quokka release",
            quotes=[{"text": "Quokka statement", "speaker": "Ada Lune"}],
        )
        self.assertEqual(self.search("Quokka"), (1, 1))
        release.unpublish()
        self.assertEqual(self.search("Quokka"), (0, 0))

    def test_private_release_disappears(self):
        release = make_release(
            title="Narwhal release",
            quotes=[{"text": "Narwhal statement", "speaker": "Ada Lune"}],
        )
        PageViewRestriction.objects.create(
            page=release, restriction_type=PageViewRestriction.LOGIN
        )
        self.assertEqual(self.search("Narwhal"), (0, 0))

    def test_republish_updates_quotes(self):
        release = make_release(
            title="Heron release",
            quotes=[{"text": "Heron first words", "speaker": "Ada Lune"}],
        )
        body = release.body.raw_data
        body[-1]["value"]["text"] = "Pelican second words"
        release.body = body
        release.save_revision().publish()
        self.assertEqual(self.search("Heron")[1], 0)
        self.assertEqual(self.search("Pelican"), (1, 1))

    def test_delete_removes_quotes(self):
        release = make_release(
            title="Ibis release",
            quotes=[{"text": "Ibis statement", "speaker": "Ada Lune"}],
        )
        release.delete()
        self.assertEqual(self.search("Ibis"), (0, 0))

    def test_organization_rename_reflected(self):
        org = OrganizationFactory(name="Old Harbor Network", short_name="OHN")
        make_release(
            title="Harbor release",
            quotes=[
                {"text": "Plain words.", "speaker": "Ada Lune", "organization": org}
            ],
        )
        self.assertEqual(self.search("Harbor")[1], 1)
        org.name = "Bright Meadow Network"
        org.save()
        self.assertEqual(self.search("Meadow")[1], 1)
        self.assertEqual(self.search("Harbor")[1], 0)
