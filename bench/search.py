"""Benchmark search over a synthetic newsroom.

Builds releases, quotes and organizations straight into the database (bulk
inserts, bypassing treebeard's one-page-at-a-time ``add_child``), times the
quote index rebuild and release indexing, then reports p50/p95 latencies of
typical searches. Needs DATABASE_URL pointing at a throwaway database:

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/search.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python \
        bench/search.py --releases 1000 --quotes 10000 --orgs 50

The database is wiped of pages, organizations and quotes first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings.test")

WORDS = [
    "policy",
    "county",
    "state",
    "federal",
    "community",
    "rights",
    "hearing",
    "court",
    "judge",
    "immigration",
    "detention",
    "asylum",
    "visa",
    "worker",
    "labor",
    "union",
    "church",
    "school",
    "health",
    "housing",
    "border",
    "ruling",
    "agency",
    "program",
    "budget",
    "council",
    "mayor",
    "governor",
    "senate",
    "bill",
    "law",
    "vote",
    "rally",
    "march",
    "coalition",
    "member",
    "partner",
    "report",
    "data",
    "access",
    "language",
    "interpreter",
    "notice",
    "deadline",
    "appeal",
]
COMMON = "families"  # in every quote
RARE = "quetzal"  # in about one quote in a thousand
FIRST = [
    "Ana",
    "Luis",
    "Maya",
    "Omar",
    "Iris",
    "Tomas",
    "Nadia",
    "Ravi",
    "Elena",
    "Kofi",
    "Lena",
    "Sami",
]
LAST = [
    "Reyes",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Haddad",
    "Varga",
    "Castellanos",
    "Brandt",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--orgs", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20, help="Timings per run.")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument(
        "--backend",
        default="",
        help="Search backend for the searches, e.g. modelsearch.backends.database "
        "for Wagtail's own (baseline); the default is the configured one.",
    )
    parser.add_argument(
        "--rank-window",
        type=int,
        default=None,
        help="RANK_WINDOW for search.backends (0 ranks every match: the "
        "baseline for the window); the default is the configured one.",
    )
    return parser.parse_args()


def setup_django(backend="", rank_window=None):
    url = os.environ.get("DATABASE_URL", "")
    if not url or "work/main" in url:
        sys.exit("Set DATABASE_URL to a throwaway database (never the main one).")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if backend or rank_window is not None:
        from django.conf import settings

        params = {"BACKEND": backend or "search.backends"}
        if rank_window is not None:
            params["RANK_WINDOW"] = rank_window
        settings.WAGTAILSEARCH_BACKENDS = {"default": params}


def build(args) -> dict:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone

    from wagtail.models import Locale, Page

    from newsroom.models import (
        Organization,
        OrganizationKind,
        PressReleasePage,
        Quote,
        ReleaseIssuer,
        Topic,
    )
    from newsroom.setup import ensure_site_structure

    rng = random.Random(args.seed)
    started = time.perf_counter()
    Quote.objects.all()._raw_delete(Quote.objects.db)
    _, newsroom, _ = ensure_site_structure("Bench Coalition")
    with transaction.atomic():
        ReleaseIssuer.objects.all().delete()
        PressReleasePage.topics.through.objects.all().delete()
        old = list(PressReleasePage.objects.values_list("pk", flat=True))
        if old:
            with connection.cursor() as cursor:
                table = PressReleasePage._meta.db_table
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608
            Page.objects.filter(pk__in=old).delete()
        Organization.objects.all().delete()
        kinds = OrganizationKind.values
        orgs = Organization.objects.bulk_create(
            Organization(
                name=f"Bench Organization {i}",
                short_name=f"BO{i}",
                slug=f"bench-org-{i}",
                kind=kinds[i % len(kinds)],
                live=True,
            )
            for i in range(args.orgs)
        )
        topics = [
            Topic.objects.get_or_create(
                slug=f"bench-topic-{i}", defaults={"name": f"Bench topic {i}"}
            )[0]
            for i in range(12)
        ]
        newsroom = Page.objects.get(pk=newsroom.pk)
        ct = ContentType.objects.get_for_model(PressReleasePage)
        locale = Locale.get_default()
        now = timezone.now()
        per_release = args.quotes // max(args.releases, 1)
        extra = args.quotes - per_release * args.releases
        page_rows, child_rows = [], []
        quote_total = 0
        for i in range(args.releases):
            n_quotes = per_release + (1 if i < extra else 0)
            blocks = [
                {
                    "type": "paragraph",
                    "id": str(uuid.uuid4()),
                    "value": "<p>" + " ".join(rng.choices(WORDS, k=40)) + "</p>",
                }
            ]
            for _ in range(n_quotes):
                quote_total += 1
                words = [*rng.choices(WORDS, k=25), COMMON]
                if quote_total % 1000 == 0:
                    words.append(RARE)
                if quote_total % 50 == 0:
                    words += ["language", "access"]
                rng.shuffle(words)
                blocks.append(
                    {
                        "type": "quote",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "text": " ".join(words).capitalize() + ".",
                            "speaker_name": (
                                f"{rng.choice(FIRST)} {rng.choice(LAST)}{i % 97}"
                            ),
                            "speaker_title": "director",
                            "organization": rng.choice(orgs).pk,
                            "organization_name": "",
                            "city": "",
                        },
                    }
                )
            date = now - timezone.timedelta(days=rng.randint(0, 365 * 6))
            slug = f"bench-release-{i}"
            page_rows.append(
                Page(
                    title=(
                        f"Coalition statement on {rng.choice(WORDS)} "
                        f"{rng.choice(WORDS)} {i}"
                    ),
                    draft_title="x",
                    slug=slug,
                    content_type=ct,
                    path=newsroom._get_path(newsroom.path, newsroom.depth + 1, i + 1),
                    depth=newsroom.depth + 1,
                    numchild=0,
                    url_path=f"{newsroom.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=date,
                    last_published_at=date,
                    locale=locale,
                    translation_key=uuid.uuid4(),
                )
            )
            child_rows.append(
                (date, json.dumps(blocks), " ".join(rng.choices(WORDS, k=30)))
            )
        Page.objects.bulk_create(page_rows, batch_size=1000)
        Page.objects.filter(pk=newsroom.pk).update(numchild=args.releases)
        pages = list(
            Page.objects.filter(
                path__startswith=newsroom.path, depth=newsroom.depth + 1
            )
            .order_by("path")
            .values_list("pk", flat=True)
        )
        table = PressReleasePage._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, subtitle, dateline_city, "  # noqa: S608
                "dateline_state, release_date, summary, body, hero_image_id) "
                "VALUES (%s, '', 'Chicago', 'IL', %s, %s, %s, NULL)",
                [
                    (pk, date, summary, body)
                    for pk, (date, body, summary) in zip(pages, child_rows, strict=True)
                ],
            )
        ReleaseIssuer.objects.bulk_create(
            (
                ReleaseIssuer(page_id=pk, organization=rng.choice(orgs), sort_order=0)
                for pk in pages
            ),
            batch_size=2000,
        )
        through = PressReleasePage.topics.through
        through.objects.bulk_create(
            (through(pressreleasepage_id=pk, topic=rng.choice(topics)) for pk in pages),
            batch_size=2000,
        )
    return {"build_s": time.perf_counter() - started, "orgs": orgs, "topics": topics}


def index(args) -> dict:
    from wagtail.search.backends import get_search_backend

    from newsroom.models import PressReleasePage
    from newsroom.quotes import rebuild_all

    started = time.perf_counter()
    releases, quotes = rebuild_all(batch_size=500)
    quote_s = time.perf_counter() - started
    backend = get_search_backend()
    started = time.perf_counter()
    ids = list(PressReleasePage.objects.order_by("pk").values_list("pk", flat=True))
    for i in range(0, len(ids), 1000):
        backend.add_bulk(
            PressReleasePage,
            list(PressReleasePage.objects.filter(pk__in=ids[i : i + 1000])),
        )
    page_s = time.perf_counter() - started
    from django.db import connection

    if connection.vendor == "postgresql":
        # What autovacuum would do soon after a bulk load; without fresh
        # statistics the planner nests loops over the whole index.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {
        "releases": releases,
        "quotes": quotes,
        "quote_index_s": quote_s,
        "release_index_s": page_s,
    }


def cases():
    from newsroom.models import Organization, Quote
    from search import engine
    from search.text import parse_query

    org = Organization.objects.order_by("pk").first()
    speaker = (
        Quote.objects.order_by("pk").values_list("speaker_name", flat=True).first()
    )

    def page_of_results(q, **filters):
        query = parse_query(q)
        f = engine.Filters(**filters)
        list(engine.search_quotes(query, f, related=True)[:10])
        list(engine.search_releases(query, f)[:5])

    def whole_page(q):
        # What the search view does: counts and facets, then a page of each.
        outcome = engine.run(parse_query(q), engine.Filters())
        list(outcome.quotes[0:10])
        list(outcome.releases[0:5])

    # (function, cached): counts and facets are cached per index generation
    # (search.cache); every case runs with an empty cache unless marked.
    return {
        "common word": (lambda: page_of_results(COMMON), False),
        "rare word": (lambda: page_of_results(RARE), False),
        "phrase": (lambda: page_of_results('"language access"'), False),
        "speaker name": (lambda: page_of_results(speaker), False),
        "org filter": (lambda: page_of_results("families", organization=org), False),
        "facet counts": (
            lambda: engine.run(parse_query("quetzal policy"), engine.Filters()),
            False,
        ),
        "facet counts (common)": (
            lambda: engine.run(parse_query("families"), engine.Filters()),
            False,
        ),
        "facet counts (phrase)": (
            lambda: engine.run(parse_query('"language access"'), engine.Filters()),
            False,
        ),
        "whole page (common)": (lambda: whole_page(COMMON), False),
        "whole page (common) cached": (lambda: whole_page(COMMON), True),
        "whole page (phrase) cached": (
            lambda: whole_page('"language access"'),
            True,
        ),
        "suggestions": (lambda: engine.suggest(parse_query("Bench Org")), False),
        "suggestions (speaker)": (
            lambda: engine.suggest(parse_query("Omar Re")),
            False,
        ),
    }


def measure(args) -> dict:
    from django.core.cache import cache

    results = {}
    for name, (fn, cached) in cases().items():
        p50s, p95s = [], []
        for _ in range(args.runs):
            fn()  # warm the database's buffers (and the cache, when cached)
            timings = []
            for _ in range(args.repeat):
                if not cached:
                    cache.clear()
                started = time.perf_counter()
                fn()
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            p50s.append(statistics.median(timings))
            p95s.append(timings[max(0, round(0.95 * len(timings)) - 1)])
        results[name] = (statistics.median(p50s), statistics.median(p95s))
    return results


def main():
    args = parse_args()
    setup_django(args.backend, args.rank_window)
    from django.db import connection

    from wagtail.search.backends import get_search_backend

    print(
        f"database: {connection.vendor}; size: {args.releases} releases, "
        f"{args.quotes} quotes, {args.orgs} organizations; "
        f"backend: {type(get_search_backend()).__name__}, rank window: "
        f"{getattr(get_search_backend(), 'rank_window', '-')}"
    )
    if not args.skip_build:
        built = build(args)
        print(f"synthetic data built in {built['build_s']:.1f}s")
        timing = index(args)
        print(
            f"quote index rebuild: {timing['quote_index_s']:.1f}s "
            f"({timing['quotes']} quotes from {timing['releases']} releases); "
            f"release indexing: {timing['release_index_s']:.1f}s"
        )
    print(f"latency over {args.runs} runs x {args.repeat} searches (median of runs):")
    print(f"{'search':<28}{'p50 ms':>10}{'p95 ms':>10}")
    for name, (p50, p95) in measure(args).items():
        print(f"{name:<28}{p50:>10.1f}{p95:>10.1f}")


if __name__ == "__main__":
    main()
