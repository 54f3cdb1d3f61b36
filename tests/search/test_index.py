"""The quote index: rebuild command, suggestions and constant query counts."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.search.backends import get_search_backend

from newsroom.models import Quote
from tests.factories import OrganizationFactory, make_release, site_pages


class RebuildCommandTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.org = OrganizationFactory(name="Cedar Valley Voices", slug="cedar")
        cls.release = make_release(
            title="Cedar release",
            quotes=[
                {
                    "text": "Marmot words",
                    "speaker": "Lena Ochoa",
                    "organization": cls.org,
                },
                {"text": "Badger words", "speaker": "Ravi Das"},
            ],
        )
        make_release(
            title="Draft release",
            quotes=[{"text": "Marmot secret", "speaker": "Hidden Person"}],
            publish=False,
        )

    def test_rebuild_restores_table_and_index(self):
        ids_before = set(Quote.objects.values_list("pk", flat=True))
        Quote.objects.all().update(text="stale", year=0)
        Quote.objects.create(
            release=self.release,
            block_id="gone",
            anchor="quote-gone",
            text="Orphan marmot",
            speaker_name="Nobody",
            release_date=self.release.release_date,
        )
        out = StringIO()
        call_command("rebuild_quote_index", stdout=out)
        self.assertIn("1/1 releases, 2 quotes", out.getvalue())
        self.assertIn("Rebuilt the quote index", out.getvalue())
        self.assertEqual(set(Quote.objects.values_list("pk", flat=True)), ids_before)
        hits = list(Quote.objects.search("Marmot"))
        self.assertEqual([q.speaker_name for q in hits], ["Lena Ochoa"])
        self.assertEqual(
            Quote.objects.get(speaker_name="Lena Ochoa").year,
            self.release.release_date.year,
        )

    def test_bulk_sync_keeps_index_in_step(self):
        body = self.release.body.raw_data
        body[-1]["value"]["text"] = "Wolverine words"
        self.release.body = body
        self.release.save_revision().publish()
        backend = get_search_backend()
        self.assertEqual(len(backend.search("Wolverine", Quote)), 1)
        self.assertEqual(len(backend.search("Badger", Quote)), 0)


class SuggestTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.org = OrganizationFactory(name="Tamarack Justice Project", slug="tamarack")
        make_release(
            title="Tamarack families speak out",
            quotes=[
                {"text": "One", "speaker": "Tamsin Reyes", "organization": cls.org},
                {"text": "Two", "speaker": "Tamsin Reyes", "organization": cls.org},
            ],
        )

    def test_suggests_organizations_speakers_and_titles(self):
        data = self.client.get("/search/suggest/", {"q": "Tam"}).json()
        self.assertEqual([o["label"] for o in data["organizations"]], [self.org.name])
        self.assertEqual([s["label"] for s in data["speakers"]], ["Tamsin Reyes"])
        self.assertEqual(
            [r["label"] for r in data["releases"]], ["Tamarack families speak out"]
        )
        self.assertTrue(data["releases"][0]["url"].startswith("/newsroom/"))

    def test_empty_prefix(self):
        data = self.client.get("/search/suggest/", {"q": "  ** "}).json()
        self.assertEqual(data["speakers"], [])


class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        org = OrganizationFactory(name="Birch Hollow Alliance", slug="birch")
        make_release(
            title="Few",
            quotes=[
                {
                    "text": f"Ocelot few {i}",
                    "speaker": f"Few Speaker {i}",
                    "organization": org,
                }
                for i in range(5)
            ],
        )
        make_release(
            title="Many",
            quotes=[
                {
                    "text": f"Jaguar many {i}",
                    "speaker": f"Many Speaker {i}",
                    "organization": org,
                }
                for i in range(50)
            ],
        )

    def count(self, q):
        with CaptureQueriesContext(connection) as ctx:
            response = self.client.get("/search/", {"q": q, "type": "quote"})
        self.assertEqual(response.status_code, 200)
        return len(ctx.captured_queries), len(response.context["quote_results"])

    def test_query_count_constant(self):
        # Warm caches (site root paths, settings) and create the logged queries.
        self.count("Ocelot")
        self.count("Jaguar")
        few, shown_few = self.count("Ocelot")
        many, shown_many = self.count("Jaguar")
        self.assertEqual((shown_few, shown_many), (5, 10))
        self.assertEqual(few, many)
