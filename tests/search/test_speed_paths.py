"""The rank window and the cached counts: fast paths that must not change
what a reader gets (every match once, exact counts, nothing unpublished)."""

from __future__ import annotations

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from modelsearch.backends.database import SearchBackend as stock_backend
from modelsearch.query import And, Phrase, PlainText
from wagtail.models import PageViewRestriction
from wagtail.search.models import IndexEntry

from newsroom.models import Quote
from search import backends, engine
from search.cache import generation
from search.ranking import has_phrase, split_at_window
from search.text import parse_query
from tests.factories import OrganizationFactory, TopicFactory, make_release, site_pages


def test_split_at_window():
    assert split_at_window(0, 10, 100) == (slice(0, 10), None)
    assert split_at_window(95, 105, 100) == (slice(95, 100), slice(100, 105))
    assert split_at_window(120, 130, 100) == (None, slice(120, 130))
    assert split_at_window(0, None, 3) == (slice(0, 3), slice(3, None))
    assert split_at_window(None, 2, 3) == (slice(0, 2), None)


def test_has_phrase():
    assert has_phrase(Phrase("a b"))
    assert has_phrase(And([PlainText("a"), Phrase("b c")]))
    assert not has_phrase(PlainText("a b"))


class RankWindowTests(TestCase):
    """A backend with a window of three over eight matching quotes."""

    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.org = OrganizationFactory(name="Cedar Valley Voices", slug="cedar")
        cls.other = OrganizationFactory(name="Harbor Aid Network", slug="harbor")
        texts = [
            "Marmot.",
            "Marmot marmot marmot, the marmot said.",
            "A marmot in the meadow.",
            "Marmot marmot.",
            "The meadow was quiet, and then a marmot.",
            "Marmot marmot marmot marmot.",
            "Only the meadow here.",
            "Marmot, meadow, marmot.",
            "Marmot at last.",
        ]
        for n, text in enumerate(texts):
            make_release(
                title=f"Release {n}",
                quotes=[
                    {
                        "text": text,
                        "speaker": f"Speaker {n}",
                        "organization": cls.org if n % 2 else cls.other,
                    }
                ],
            )

    def setUp(self):
        self.window = backends.SearchBackend({"RANK_WINDOW": 3})
        self.exact = backends.SearchBackend({"RANK_WINDOW": 0})
        self.stock = stock_backend({})
        self.query = PlainText("marmot", operator="and")

    def newest_matches(self, queryset, n=None):
        """Primary keys of matching quotes, newest index entry first."""
        matching = {q.pk for q in self.stock.search(self.query, queryset)[:100]}
        entries = IndexEntry.objects.filter(
            content_type__model="quote",
            object_id__in=[str(pk) for pk in matching],
        ).order_by("-id")
        return [int(e.object_id) for e in entries][:n]

    def assertRankedLike(self, got, expected):
        """Same order on PostgreSQL; SQLite breaks BM25 ties its own way."""
        if connection.vendor == "postgresql":
            self.assertEqual(got, expected)
        else:
            self.assertCountEqual(got, expected)

    def check(self, queryset):
        results = self.window.search(self.query, queryset)
        everything = [q.pk for q in results[0:50]]
        matching = self.newest_matches(queryset)
        # Counts are exact and every match appears exactly once.
        self.assertEqual(results.count(), len(matching))
        self.assertCountEqual(everything, matching)
        # Pages join up with no gaps or repeats, across the window's edge.
        pages = [
            q.pk
            for start, stop in ((0, 2), (2, 4), (4, 5), (5, 50))
            for q in self.window.search(self.query, queryset)[start:stop]
        ]
        self.assertEqual(pages, everything)
        # The window holds the three newest matches, ranked by relevance.
        newest = matching[:3]
        ranked = [q.pk for q in self.stock.search(self.query, queryset)[:50]]
        stock_order = [pk for pk in ranked if pk in newest]
        self.assertRankedLike(everything[:3], stock_order)
        # The older matches follow, newest first.
        self.assertEqual(everything[3:], matching[3:])
        return everything

    def test_window_over_all_quotes(self):
        everything = self.check(Quote.objects.all())
        self.assertEqual(len(everything), 8)

    def test_window_over_a_filtered_queryset(self):
        everything = self.check(Quote.objects.filter(organization=self.other))
        self.assertEqual(len(everything), 4)

    def test_a_narrow_filter_is_ranked_exactly(self):
        """Five candidate quotes, window of five: searched from the
        candidates and ranked like Wagtail, not by recency."""
        narrow = backends.SearchBackend({"RANK_WINDOW": 5})
        queryset = Quote.objects.filter(organization=self.other)
        got = [q.pk for q in narrow.search(self.query, queryset)[:50]]
        stock = [q.pk for q in self.stock.search(self.query, queryset)[:50]]
        self.assertEqual(len(got), 4)
        self.assertRankedLike(got, stock)
        self.assertEqual(narrow.search(self.query, queryset).count(), 4)

    def test_no_window_ranks_every_match_like_wagtail(self):
        exact = [q.pk for q in self.exact.search(self.query, Quote.objects.all())[:50]]
        stock = [q.pk for q in self.stock.search(self.query, Quote.objects.all())[:50]]
        self.assertRankedLike(exact, stock)

    def test_a_window_larger_than_the_match_is_exact(self):
        wide = backends.SearchBackend({"RANK_WINDOW": 50})
        got = [q.pk for q in wide.search(self.query, Quote.objects.all())[:50]]
        stock = [q.pk for q in self.stock.search(self.query, Quote.objects.all())[:50]]
        self.assertRankedLike(got, stock)

    def test_the_most_relevant_old_quote_can_fall_outside_the_window(self):
        """The documented trade-off: with more matches than the window, the
        best-scoring quote overall is not first if it is older."""
        best = next(iter(self.exact.search(self.query, Quote.objects.all())[:1]))
        newest = self.newest_matches(Quote.objects.all(), 3)
        first_page = [
            q.pk for q in self.window.search(self.query, Quote.objects.all())[:3]
        ]
        self.assertEqual(best.pk in first_page, best.pk in newest)


class CachedCountsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.topic = TopicFactory(name="Detention", slug="detention")
        make_release(
            title="Osprey release",
            topics=[cls.topic],
            quotes=[{"text": "Osprey words", "speaker": "Ada Lune"}],
        )

    def run_search(self, text="Osprey"):
        return engine.run(parse_query(text), engine.Filters())

    def test_repeated_search_reads_counts_from_the_cache(self):
        with CaptureQueriesContext(connection) as first:
            outcome = self.run_search()
        with CaptureQueriesContext(connection) as second:
            again = self.run_search()
        self.assertEqual(
            (again.release_count, again.quote_count),
            (outcome.release_count, outcome.quote_count),
        )
        self.assertEqual(again.facets.keys(), outcome.facets.keys())
        # The generation, and the privacy restrictions the (lazy) pages of
        # results are filtered by; no counting or facet queries.
        sql = [q["sql"] for q in second]
        self.assertEqual(len(sql), 2, sql)
        self.assertEqual(
            sorted("search_indexgeneration" in q for q in sql), [False, True]
        )
        self.assertEqual(sorted("pageviewrestriction" in q for q in sql), [False, True])
        self.assertGreater(len(first), 3)

    def test_publishing_changes_the_counts_at_once(self):
        self.assertEqual(self.run_search().quote_count, 1)
        before = generation()
        release = make_release(
            title="Second osprey release",
            quotes=[{"text": "More osprey words", "speaker": "Bo Lin"}],
        )
        self.assertGreater(generation(), before)
        outcome = self.run_search()
        self.assertEqual((outcome.release_count, outcome.quote_count), (2, 2))
        release.unpublish()
        outcome = self.run_search()
        self.assertEqual((outcome.release_count, outcome.quote_count), (1, 1))

    def test_making_a_release_private_changes_the_counts_at_once(self):
        outcome = self.run_search()
        self.assertEqual((outcome.release_count, outcome.quote_count), (1, 1))
        release = outcome.releases[0:1][0]
        PageViewRestriction.objects.create(
            page=release, restriction_type=PageViewRestriction.LOGIN
        )
        outcome = self.run_search()
        self.assertEqual((outcome.release_count, outcome.quote_count), (0, 0))
        self.assertEqual(outcome.facets.get("topic", []), [])

    def test_renaming_a_topic_updates_the_facet(self):
        labels = [f.label for f in self.run_search().facets["topic"]]
        self.assertEqual(labels, ["Detention"])
        self.topic.name = "Immigration detention"
        self.topic.save()
        labels = [f.label for f in self.run_search().facets["topic"]]
        self.assertEqual(labels, ["Immigration detention"])


class SearchPageQueryCountTests(TestCase):
    """The search page's queries do not grow with the quotes or organizations
    on it: ten quotes from ten organizations cost what two from two cost."""

    @classmethod
    def setUpTestData(cls):
        site_pages()
        for prefix, n in (("Puffin", 2), ("Gannet", 10)):
            organizations = [
                OrganizationFactory(name=f"{prefix} Organization {i}") for i in range(n)
            ]
            for r in range(2):
                make_release(
                    title=f"{prefix} release {r}",
                    issuers=organizations,
                    topics=[TopicFactory(name=f"{prefix} topic {r}")],
                    quotes=[
                        {
                            "text": f"{prefix} words number {i}.",
                            "speaker": f"Speaker {prefix} {i}",
                            "organization": organization,
                        }
                        for i, organization in enumerate(organizations)
                    ],
                )

    def queries_for(self, q):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/search/", {"q": q})
        self.assertEqual(response.status_code, 200)
        return response, len(queries)

    def test_query_count_is_flat(self):
        self.queries_for("release")  # one-off lookups (site, content types)
        small, few = self.queries_for("puffin")
        large, many = self.queries_for("gannet")
        self.assertEqual(small.context["outcome"].quote_count, 4)
        self.assertEqual(large.context["outcome"].quote_count, 20)
        self.assertContains(large, "words number 9.")
        self.assertEqual(many, few)
