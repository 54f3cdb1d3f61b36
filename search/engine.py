"""Search over releases and quotes through Wagtail's search API.

Only features every Wagtail search backend offers are used: ``search()`` with
query objects, filters on ``FilterField``s, ``order_by`` on a filter field
with ``order_by_relevance=False``, ``facet()`` and ``autocomplete()``.
Facet counts that need relations (topics, issuing organizations) are read
from the database for the ids the search matched, which works the same
whatever the backend. See docs/search.md.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import ExtractYear

from wagtail.search.backends import get_search_backend

from newsroom.models import (
    Organization,
    OrganizationKind,
    PressReleasePage,
    Quote,
    ReleaseIssuer,
    Topic,
)

from .cache import cached
from .text import ParsedQuery

RESULT_TYPES = {"release": "Releases", "quote": "Quotes"}
SORTS = {"relevance": "Relevance", "date": "Newest first"}


@dataclass
class Filters:
    organization: Organization | None = None
    kind: str = ""
    topic: Topic | None = None
    year: int | None = None
    type: str = ""
    sort: str = "relevance"
    problems: list[str] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return dict(OrganizationKind.choices).get(self.kind, "")

    @property
    def active(self) -> bool:
        return bool(self.organization or self.kind or self.topic or self.year)


def parse_filters(params) -> Filters:
    """Read filters from the query string; unknown values become problems."""
    filters = Filters()
    slug = params.get("organization", "").strip()[:200]
    if slug:
        filters.organization = Organization.objects.live().filter(slug=slug).first()
        if filters.organization is None:
            filters.problems.append(f"No organization matches “{slug[:60]}”.")
    kind = params.get("kind", "").strip()[:40]
    if kind:
        if kind in OrganizationKind.values:
            filters.kind = kind
        else:
            filters.problems.append(f"“{kind}” is not a kind of organization.")
    topic = params.get("topic", "").strip()[:80]
    if topic:
        filters.topic = Topic.objects.filter(slug=topic).first()
        if filters.topic is None:
            filters.problems.append(f"There is no topic called “{topic[:60]}”.")
    year = params.get("year", "").strip()[:20]
    if year:
        if year.isascii() and year.isdigit() and len(year) == 4:
            filters.year = int(year)
        else:
            filters.problems.append(f"“{year}” is not a year; use four digits.")
    kind_of_result = params.get("type", "").strip()
    if kind_of_result in RESULT_TYPES:
        filters.type = kind_of_result
    elif kind_of_result:
        filters.problems.append("Result type must be “release” or “quote”.")
    sort = params.get("sort", "").strip()
    if sort in SORTS:
        filters.sort = sort
    elif sort:
        filters.problems.append("Sort must be “relevance” or “date”.")
    return filters


def public_releases():
    return PressReleasePage.objects.live().public()


def release_queryset(filters: Filters):
    """Live public releases narrowed by the filters (before searching)."""
    releases = public_releases()
    if filters.organization is not None:
        releases = releases.filter(
            id__in=_ids(
                ReleaseIssuer.objects.filter(organization=filters.organization),
                "page_id",
            )
        )
    if filters.kind:
        releases = releases.filter(
            id__in=_ids(
                ReleaseIssuer.objects.filter(organization__kind=filters.kind),
                "page_id",
            )
        )
    if filters.topic is not None:
        releases = releases.filter(
            id__in=_ids(
                PressReleasePage.topics.through.objects.filter(topic=filters.topic),
                "pressreleasepage_id",
            )
        )
    if filters.year is not None:
        releases = releases.filter(release_date__year=filters.year)
    return releases


def quote_queryset(filters: Filters):
    """Quotes (the table holds only live public ones) narrowed by the filters."""
    quotes = Quote.objects.all()
    if filters.organization is not None:
        quotes = quotes.filter(organization=filters.organization)
    if filters.kind:
        quotes = quotes.filter(organization_kind=filters.kind)
    if filters.topic is not None:
        quotes = quotes.filter(
            release__in=_ids(
                PressReleasePage.topics.through.objects.filter(topic=filters.topic),
                "pressreleasepage_id",
            )
        )
    if filters.year is not None:
        quotes = quotes.filter(year=filters.year)
    return quotes


def _ids(queryset, column: str) -> list[int]:
    # A plain list: search backends outside the database cannot take subqueries.
    return list(queryset.values_list(column, flat=True).distinct())


def search_releases(
    query: ParsedQuery, filters: Filters, *, ordered: bool = True, releases=None
):
    """``releases``: the filtered queryset, when the caller built it already
    (building it reads view restrictions and filter ids)."""
    qs = release_queryset(filters) if releases is None else releases
    if filters.sort == "date" or not ordered:
        if ordered:
            qs = qs.order_by("-release_date")
        return qs.search(query.as_search_query(), order_by_relevance=False)
    return qs.search(query.as_search_query())


def search_quotes(
    query: ParsedQuery, filters: Filters, *, ordered: bool = True, related=False
):
    qs = quote_queryset(filters)
    if related:
        qs = qs.select_related("release", "organization")
    if filters.sort == "date" or not ordered:
        if ordered:
            qs = qs.order_by("-release_date")
        return qs.search(query.as_search_query(), order_by_relevance=False)
    return qs.search(query.as_search_query())


def _quote_facets(results) -> tuple[Counter, Counter, Counter]:
    """Matching quotes per year, per organization and per topic.

    The database backends of ``search.backends`` group the match in the
    database (``grouped_counts``), returning one row per group rather than
    one per quote; other backends get ``facet()`` per field, and topics are
    counted from the matching quotes' releases.
    """
    if hasattr(results, "grouped_counts"):
        years: Counter = Counter()
        organizations: Counter = Counter()
        for (year, organization), n in results.grouped_counts(
            "year", "organization_id"
        ).items():
            years[year] += n
            organizations[organization] += n
        topics = Counter(
            {
                topic: n
                for (topic,), n in results.grouped_counts("release__topics").items()
                if topic
            }
        )
        return years, organizations, topics
    per_release = Counter(results.facet("release_id"))
    topics = Counter()
    for release, topic in PressReleasePage.topics.through.objects.filter(
        pressreleasepage_id__in=list(per_release)
    ).values_list("pressreleasepage_id", "topic_id"):
        topics[topic] += per_release[release]
    return (
        Counter(results.facet("year")),
        Counter(results.facet("organization_id")),
        topics,
    )


class KnownCount:
    """Search results with a count we already know, for Django's Paginator."""

    def __init__(self, results, count: int):
        self.results = results
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, key):
        return self.results[key]


@dataclass
class FacetValue:
    param: str
    value: str
    label: str
    count: int
    url: str = ""


@dataclass
class Outcome:
    releases: KnownCount
    quotes: KnownCount
    release_count: int
    quote_count: int
    facets: dict[str, list[FacetValue]]


def run(query: ParsedQuery, filters: Filters) -> Outcome:
    """Search both kinds and count facets for the current filters.

    Counts and facets are cached per index generation (``search.cache``);
    the pages of results are searched every time.
    """
    key = (
        tuple(query.terms),
        tuple(tuple(phrase) for phrase in query.phrases),
        filters.organization.pk if filters.organization else None,
        filters.kind,
        filters.topic.pk if filters.topic else None,
        filters.year,
        filters.type,
    )
    releases = release_queryset(filters)
    release_count, quote_count, facets = cached(
        key, lambda: count_and_facet(query, filters, releases)
    )
    want_releases = filters.type in ("", "release")
    want_quotes = filters.type in ("", "quote")
    releases = KnownCount(
        search_releases(query, filters, releases=releases) if want_releases else [],
        release_count if want_releases else 0,
    )
    quotes = KnownCount(
        search_quotes(query, filters, related=True) if want_quotes else [],
        quote_count if want_quotes else 0,
    )
    return Outcome(releases, quotes, release_count, quote_count, facets)


def count_and_facet(
    query: ParsedQuery, filters: Filters, releases=None
) -> tuple[int, int, dict[str, list[FacetValue]]]:
    """How many releases and quotes match, and the facets."""
    release_ids = list(
        search_releases(query, filters, ordered=False, releases=releases)
        .facet("id")
        .keys()
    )
    quote_unordered = search_quotes(query, filters, ordered=False)
    quote_years, per_org, quote_topics = _quote_facets(quote_unordered)
    quote_count = sum(quote_years.values())
    release_count = len(release_ids)

    want_releases = filters.type in ("", "release")
    want_quotes = filters.type in ("", "quote")

    organizations: Counter = Counter()
    kinds: Counter = Counter()
    topics: Counter = Counter()
    years: Counter = Counter()
    if want_releases and release_ids:
        for row in (
            ReleaseIssuer.objects.filter(page_id__in=release_ids)
            .values("organization_id")
            .annotate(n=Count("page_id", distinct=True))
        ):
            organizations[row["organization_id"]] += row["n"]
        for row in (
            ReleaseIssuer.objects.filter(page_id__in=release_ids)
            .values("organization__kind")
            .annotate(n=Count("page_id", distinct=True))
        ):
            kinds[row["organization__kind"]] += row["n"]
        for row in (
            PressReleasePage.topics.through.objects.filter(
                pressreleasepage_id__in=release_ids
            )
            .values("topic_id")
            .annotate(n=Count("id"))
        ):
            topics[row["topic_id"]] += row["n"]
        for row in (
            PressReleasePage.objects.filter(id__in=release_ids)
            .annotate(y=ExtractYear("release_date"))
            .values("y")
            .annotate(n=Count("id"))
        ):
            years[row["y"]] += row["n"]
    if want_quotes and quote_count:
        # Kinds follow from organizations (organization_kind is copied from
        # the organization), which saves one pass over the match.
        per_org = {key: n for key, n in per_org.items() if key}
        kind_of = dict(
            Organization.objects.filter(pk__in=list(per_org)).values_list("pk", "kind")
        )
        for key, n in per_org.items():
            organizations[key] += n
            if kind_of.get(key):
                kinds[kind_of[key]] += n
        years.update(quote_years)
        topics.update(quote_topics)

    facets: dict[str, list[FacetValue]] = {}
    if filters.type == "":
        facets["type"] = [
            FacetValue("type", "release", "Releases", release_count),
            FacetValue("type", "quote", "Quotes", quote_count),
        ]
    if filters.organization is None and organizations:
        names = Organization.objects.filter(pk__in=list(organizations)).only(
            "name", "slug"
        )
        facets["organization"] = sorted(
            (
                FacetValue("organization", o.slug, o.name, organizations[o.pk])
                for o in names
            ),
            key=lambda f: (-f.count, f.label),
        )[:15]
    if not filters.kind and kinds:
        labels = dict(OrganizationKind.choices)
        facets["kind"] = sorted(
            (
                FacetValue("kind", k, labels[k], n)
                for k, n in kinds.items()
                if k in labels
            ),
            key=lambda f: (-f.count, f.label),
        )
    if filters.topic is None and topics:
        facets["topic"] = sorted(
            (
                FacetValue("topic", t.slug, t.name, topics[t.pk])
                for t in Topic.objects.filter(pk__in=list(topics))
            ),
            key=lambda f: (-f.count, f.label),
        )
    if filters.year is None and years:
        facets["year"] = [
            FacetValue("year", str(y), str(y), n)
            for y, n in sorted(years.items(), reverse=True)
            if y
        ]
    return release_count, quote_count, facets


def suggest(prefix: ParsedQuery, request=None, limit: int = 5) -> dict[str, list[dict]]:
    """Organizations, speakers and release titles starting with ``prefix``."""
    text = " ".join(prefix.all_words)
    if not text:
        return {"organizations": [], "speakers": [], "releases": []}
    organizations = [
        {"label": o.name, "value": o.name}
        for o in get_search_backend().autocomplete(text, Organization.objects.live())[
            :limit
        ]
    ]
    speakers, seen = [], set()
    for quote in Quote.objects.autocomplete(text)[: limit * 6]:
        key = quote.speaker_name.casefold()
        if key in seen:
            continue
        seen.add(key)
        speakers.append({"label": quote.speaker_name, "value": quote.speaker_name})
        if len(speakers) >= limit:
            break
    releases = [
        {"label": r.title, "value": r.title, "url": r.get_url(request)}
        for r in public_releases().autocomplete(text)[:limit]
    ]
    return {"organizations": organizations, "speakers": speakers, "releases": releases}
