"""The fast backend subclasses return what Wagtail's own backend returns."""

from __future__ import annotations

from django.db import connection
from django.test import TestCase

from modelsearch.backends.database import SearchBackend as stock_backend
from modelsearch.query import And, Phrase, PlainText
from wagtail.search.backends import get_search_backend

from newsroom.models import Quote
from search import engine
from search.text import parse_query
from tests.factories import OrganizationFactory, make_release, site_pages

QUERIES = [
    PlainText("marmot", operator="and"),
    PlainText("marmot badger", operator="and"),
    Phrase("marmot meadow"),
    And([PlainText("meadow", operator="and"), Phrase("marmot meadow")]),
    PlainText("nothingmatchesthis", operator="and"),
]


class FastBackendTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.org = OrganizationFactory(name="Cedar Valley Voices", slug="cedar")
        cls.other = OrganizationFactory(name="Harbor Aid Network", slug="harbor")
        texts = [
            "Marmot meadow marmot marmot, said the marmot.",
            "A badger and a marmot met in the meadow.",
            "Marmot meadow protections matter.",
            "The badger badger badger spoke.",
            "Meadow, marmot, meadow.",
            "Nothing about animals here.",
        ]
        for n in range(3):
            make_release(
                title=f"Marmot release {n}" if n != 1 else "Harbor statement",
                summary="Marmot meadow news." if n == 0 else "Other news.",
                issuers=[cls.org if n % 2 else cls.other],
                quotes=[
                    {
                        "text": text,
                        "speaker": f"Speaker {n}{i}",
                        "organization": cls.org if (n + i) % 2 else cls.other,
                    }
                    for i, text in enumerate(texts)
                ],
            )
        make_release(
            title="Draft marmot release",
            quotes=[{"text": "Marmot secret marmot", "speaker": "Hidden Person"}],
            publish=False,
        )

    def assertSameRanking(self, fast, stock, msg=None):
        """Same order on PostgreSQL; on SQLite the subclass breaks ties of
        BM25 by index entry rather than by primary key, so same rows."""
        if connection.vendor == "postgresql":
            self.assertEqual(fast, stock, msg)
        else:
            self.assertCountEqual(fast, stock, msg)

    def setUp(self):
        self.fast = get_search_backend()
        self.stock = stock_backend({})

    def test_fast_backend_selected(self):
        expected = {
            "sqlite": "FastSQLiteSearchBackend",
            "postgresql": "FastPostgresSearchBackend",
        }[connection.vendor]
        self.assertEqual(type(self.fast).__name__, expected)
        self.assertNotEqual(type(self.stock).__name__, expected)

    def test_quote_pages_count_and_order_match_stock(self):
        for query in QUERIES:
            fast = self.fast.search(query, Quote.objects.all())
            stock = self.stock.search(query, Quote.objects.all())
            self.assertEqual(fast.count(), stock.count(), query)
            pages = [(0, 50)]
            if connection.vendor == "postgresql":
                pages += [(0, 4), (2, 7)]
            for start, stop in pages:
                self.assertSameRanking(
                    [q.pk for q in fast[start:stop]],
                    [q.pk for q in stock[start:stop]],
                    (query, start, stop),
                )

    def test_filtered_and_date_ordered_match_stock(self):
        qs = Quote.objects.filter(organization=self.org)
        for query in QUERIES:
            self.assertSameRanking(
                [q.pk for q in self.fast.search(query, qs)[:20]],
                [q.pk for q in self.stock.search(query, qs)[:20]],
            )
            dated = qs.order_by("-release_date")
            self.assertEqual(
                [
                    q.pk
                    for q in self.fast.search(query, dated, order_by_relevance=False)
                ],
                [
                    q.pk
                    for q in self.stock.search(query, dated, order_by_relevance=False)
                ],
            )

    def test_facets_match_stock(self):
        for query in QUERIES:
            for field in ("year", "organization_id", "release_id"):
                self.assertEqual(
                    dict(self.fast.search(query, Quote.objects.all()).facet(field)),
                    dict(self.stock.search(query, Quote.objects.all()).facet(field)),
                )

    def test_grouped_counts_match_facets(self):
        for query in QUERIES:
            results = self.fast.search(
                query, Quote.objects.all(), order_by_relevance=False
            )
            grouped = results.grouped_counts("organization_id", "year", "release_id")
            self.assertEqual(sum(grouped.values()), results.count())
            per_org = {}
            for (org, _year, _release), n in grouped.items():
                per_org[org] = per_org.get(org, 0) + n
            self.assertEqual(per_org, dict(results.facet("organization_id")))

    def test_releases_match_stock(self):
        releases = engine.public_releases()
        for query in QUERIES:
            # SQLite's subclass ranks by plain BM25 (no title-length norm).
            self.assertSameRanking(
                [p.pk for p in self.fast.search(query, releases)[:10]],
                [p.pk for p in self.stock.search(query, releases)[:10]],
            )

    def test_autocomplete_matches_stock(self):
        for prefix in ("Spea", "Speaker 1", "Hid"):
            self.assertSameRanking(
                [q.pk for q in self.fast.autocomplete(prefix, Quote)[:50]],
                [q.pk for q in self.stock.autocomplete(prefix, Quote)[:50]],
            )

    def test_nothing_unpublished(self):
        quotes = self.fast.search(PlainText("secret"), Quote.objects.all())
        self.assertEqual(quotes.count(), 0)
        self.assertEqual(list(quotes[:10]), [])
        outcome = engine.run(parse_query("marmot"), engine.Filters())
        titles = [r.title for r in outcome.releases[0:10]]
        self.assertNotIn("Draft marmot release", titles)
        self.assertTrue(titles)
        self.assertNotIn(
            "Hidden Person", [q.speaker_name for q in outcome.quotes[0:50]]
        )
        self.assertEqual(outcome.quote_count, 12)

    def test_index_entries_match_stock(self):
        from wagtail.search.models import IndexEntry

        from newsroom.models import PressReleasePage

        def snapshot():
            return sorted(
                IndexEntry.objects.values_list(
                    *(
                        f.attname
                        for f in IndexEntry._meta.concrete_fields
                        if f.name not in ("id", "title_norm")
                    )
                ),
                key=lambda row: (row[0], row[1]),
            )

        def index_with(backend):
            IndexEntry.objects.all().delete()
            backend.add_bulk(Quote, list(Quote.objects.select_related("organization")))
            backend.add_bulk(PressReleasePage, list(PressReleasePage.objects.all()))
            return snapshot()

        stock = index_with(self.stock)
        fast = index_with(self.fast)
        self.assertEqual(len(fast), Quote.objects.count() + 4)
        self.assertEqual(fast, stock)
        # Re-adding updates in place.
        self.fast.add_bulk(Quote, list(Quote.objects.all()))
        self.assertEqual(snapshot(), stock)
