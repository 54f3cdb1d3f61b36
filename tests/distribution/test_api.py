"""The read-only JSON API: releases, organizations and quotes."""

from __future__ import annotations

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsroom.models import PressReleasePage
from tests.factories import make_release

from .helpers import LEAK, build_newsroom, first_quote


class ApiTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def get_json(self, url: str, status: int = 200) -> dict:
        response = self.client.get(url, HTTP_ACCEPT="application/json")
        self.assertEqual(response.status_code, status, response.content[:300])
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()


class ReleasesEndpointTests(ApiTestCase):
    def test_listing_has_only_live_public_releases(self):
        data = self.get_json("/api/v2/pages/")
        self.assertEqual(data["meta"]["total_count"], 3)
        self.assertEqual(
            {item["id"] for item in data["items"]},
            {self.n.lead.pk, self.n.second.pk, self.n.edited.pk},
        )
        for item in data["items"]:
            self.assertEqual(item["meta"]["type"], "newsroom.PressReleasePage")

    def test_drafts_embargoed_and_private_are_absent(self):
        for params in ("", "?fields=*", "?search=ZZLEAK", "?limit=50"):
            response = self.client.get(f"/api/v2/pages/{params}")
            self.assertNotIn(LEAK, response.content.decode())
        for release in (self.n.draft, self.n.embargoed, self.n.private):
            with self.subTest(release=release.title):
                self.get_json(f"/api/v2/pages/{release.pk}/", status=404)
        # Other page types are not served either.
        self.get_json(f"/api/v2/pages/{self.n.lead.get_parent().pk}/", status=404)
        self.get_json("/api/v2/pages/?type=home.HomePage", status=400)

    def test_unpublished_edits_are_absent(self):
        data = self.get_json(f"/api/v2/pages/{self.n.edited.pk}/")
        self.assertEqual(data["title"], "Council approves welcoming ordinance")
        self.assertNotIn(LEAK, str(data))

    def test_structured_quotes(self):
        data = self.get_json(f"/api/v2/pages/{self.n.lead.pk}/")
        self.assertEqual(data["dateline"], self.n.lead.dateline)
        self.assertEqual(data["summary"], self.n.lead.summary)
        self.assertEqual(
            [i["slug"] for i in data["issuers"]], ["lakeshore-worker-center"]
        )
        self.assertEqual(
            data["topics"],
            [{"id": self.n.topic.pk, "name": "Detention", "slug": "detention"}],
        )
        quote = data["quotes"][0]
        anchor = first_quote(self.n.lead).anchor
        self.assertEqual(quote["speaker"], "Fredrick Tamsin")
        self.assertEqual(quote["title"], "senior policy counsel")
        self.assertEqual(
            quote["organization"],
            {
                "id": self.n.quoted.pk,
                "name": "Illinois Fictional Coalition for Immigrant and Refugee Rights",
                "slug": "ifcirr",
            },
        )
        self.assertEqual(quote["city"], "Chicago")
        self.assertEqual(quote["anchor"], anchor)
        self.assertEqual(
            quote["permalink"], f"http://localhost/quotes/{self.n.lead.pk}/{anchor}/"
        )
        self.assertEqual(
            quote["paragraphs"],
            [
                "Families in this county can breathe easier tonight.",
                "We will keep watching to make sure the county keeps its word.",
            ],
        )
        self.assertEqual(data["hero_image"]["width"], 1200)
        self.assertEqual(data["hero_image"]["height"], 630)
        self.assertEqual(data["meta"]["html_url"], f"http://localhost{self.n.lead.url}")
        self.assertIn("body", data)

    def test_filters(self):
        def ids(query: str) -> set[int]:
            return {i["id"] for i in self.get_json(f"/api/v2/pages/?{query}")["items"]}

        self.assertEqual(ids("organization=ifcirr"), {self.n.lead.pk, self.n.second.pk})
        self.assertEqual(
            ids(f"organization={self.n.issuer.pk}"), {self.n.lead.pk, self.n.edited.pk}
        )
        self.assertEqual(ids("topic=detention"), {self.n.lead.pk, self.n.edited.pk})
        self.assertEqual(ids("search=interpreters"), {self.n.second.pk})
        self.assertEqual(ids("search=breathe easier"), {self.n.lead.pk})
        page = PressReleasePage.objects.get(pk=self.n.second.pk)
        page.release_date = timezone.now() - datetime.timedelta(days=40)
        page.save_revision().publish()
        since = (timezone.now() - datetime.timedelta(days=10)).date().isoformat()
        self.assertEqual(ids(f"date_from={since}"), {self.n.lead.pk, self.n.edited.pk})
        self.assertEqual(ids(f"date_to={since}"), {self.n.second.pk})

    def test_bad_parameters_are_400_not_500(self):
        for query in (
            "organization=nobody",
            "topic=nothing",
            "date_from=yesterday",
            "date_to=2024-13-45",
            "limit=abc",
            "offset=-1",
            "order=nonsense",
            "bogus=1",
            "search=%00",
        ):
            with self.subTest(query=query):
                self.get_json(f"/api/v2/pages/?{query}", status=400)

    def test_page_size_is_capped(self):
        data = self.get_json("/api/v2/pages/?limit=50")
        self.assertEqual(len(data["items"]), 3)
        message = self.get_json("/api/v2/pages/?limit=51", status=400)["message"]
        self.assertEqual(message, "limit cannot be higher than 50")
        data = self.get_json("/api/v2/pages/?limit=1&offset=1")
        self.assertEqual(len(data["items"]), 1)
        self.assertEqual(data["meta"]["total_count"], 3)

    def test_default_page_size(self):
        for index in range(22):
            make_release(title=f"Bulk release {index}")
        data = self.get_json("/api/v2/pages/")
        self.assertEqual(len(data["items"]), 20)
        self.assertEqual(data["meta"]["total_count"], 25)


class OrganizationsEndpointTests(ApiTestCase):
    def test_only_live_organizations(self):
        self.n.bystander.live = False
        self.n.bystander.save()
        data = self.get_json("/api/v2/organizations/")
        slugs = {item["slug"] for item in data["items"]}
        self.assertEqual(slugs, {"lakeshore-worker-center", "ifcirr"})
        self.get_json(f"/api/v2/organizations/{self.n.bystander.pk}/", status=404)

    def test_detail_and_search(self):
        data = self.get_json(f"/api/v2/organizations/{self.n.quoted.pk}/")
        self.assertEqual(data["profile_url"], "http://localhost/members/ifcirr/")
        self.assertEqual(data["website"], "https://ifcirr.example.org")
        data = self.get_json("/api/v2/organizations/?search=lakeshore")
        self.assertEqual(
            [i["slug"] for i in data["items"]], ["lakeshore-worker-center"]
        )
        self.get_json("/api/v2/organizations/?limit=51", status=400)


class QuotesEndpointTests(ApiTestCase):
    def test_only_public_quotes(self):
        data = self.get_json("/api/v2/quotes/?limit=50")
        self.assertEqual(data["meta"]["total_count"], 4)
        self.assertNotIn(LEAK, str(data))
        self.assertEqual(
            {item["release"]["id"] for item in data["items"]},
            {self.n.lead.pk, self.n.second.pk, self.n.edited.pk},
        )

    def test_quote_fields(self):
        quote = first_quote(self.n.lead)
        data = self.get_json(f"/api/v2/quotes/{quote.pk}/")
        self.assertEqual(data["speaker"], "Fredrick Tamsin")
        self.assertEqual(data["organization"]["slug"], "ifcirr")
        self.assertEqual(data["anchor"], quote.anchor)
        self.assertEqual(
            data["release"],
            {
                "id": self.n.lead.pk,
                "title": self.n.lead.title,
                "html_url": f"http://localhost{self.n.lead.url}#{quote.anchor}",
            },
        )
        self.assertTrue(data["copy_text"].startswith("“Families in this county"))
        self.assertTrue(data["share_card"].endswith("/card.png"))

    def test_search_and_filters(self):
        def speakers(query: str) -> list[str]:
            items = self.get_json(f"/api/v2/quotes/?{query}")["items"]
            return sorted(item["speaker"] for item in items)

        self.assertEqual(speakers("search=organizing"), ["Rosa Delgado"])
        self.assertEqual(speakers("search=tamsin"), ["Fredrick Tamsin"])
        self.assertEqual(
            speakers("organization=ifcirr"), ["Amina Qureshi", "Fredrick Tamsin"]
        )
        self.assertEqual(speakers("topic=language-access"), ["Amina Qureshi"])
        self.assertEqual(
            speakers(f"release={self.n.lead.pk}"), ["Fredrick Tamsin", "Rosa Delgado"]
        )
        tomorrow = (timezone.now() + datetime.timedelta(days=1)).date().isoformat()
        self.assertEqual(speakers(f"date_from={tomorrow}"), [])
        self.get_json("/api/v2/quotes/?release=abc", status=400)
        self.get_json("/api/v2/quotes/?limit=1000", status=400)

    def test_private_release_quotes_are_absent(self):
        self.get_json(f"/api/v2/quotes/?release={self.n.private.pk}")
        data = self.get_json(f"/api/v2/quotes/?release={self.n.private.pk}")
        self.assertEqual(data["items"], [])


class ApiQueryCountTests(ApiTestCase):
    """Listing queries do not grow with the number of releases or quotes."""

    def count(self, url: str) -> int:
        self.client.get(url)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_listings_are_constant(self):
        urls = [
            "/api/v2/pages/",
            "/api/v2/pages/?fields=*",
            "/api/v2/quotes/",
            "/api/v2/organizations/?fields=*",
        ]
        baseline = {url: self.count(url) for url in urls}
        for index in range(5):
            make_release(
                title=f"More {index}",
                issuers=[self.n.issuer, self.n.quoted],
                topics=[self.n.topic, self.n.other_topic],
                quotes=[
                    {"organization": self.n.quoted, "text": f"Q{q}"} for q in range(4)
                ],
            )
        for url in urls:
            with self.subTest(url=url), self.assertNumQueries(baseline[url]):
                self.client.get(url)
