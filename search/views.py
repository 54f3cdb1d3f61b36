"""Public search over releases and quotes, and suggestions as you type."""

from __future__ import annotations

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from . import engine
from .text import highlight, parse_query

RELEASES_PER_PAGE = 5
QUOTES_PER_PAGE = 10
SUMMARY_SNIPPET_LENGTH = 240


def _page(items, number: str | None, per_page: int):
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def _page_number(raw: str | None) -> int:
    """A page number from the URL; anything odd means page 1."""
    raw = (raw or "").strip()
    if raw.isascii() and raw.isdigit() and len(raw) <= 6:
        return max(int(raw), 1)
    return 1


def _on_page(page, number: int):
    """The page's items, or none when this kind has fewer pages than asked
    for (the other kind may still have results there)."""
    return page if number <= page.paginator.num_pages else []


def _promotions(query_text: str, request: HttpRequest) -> list[dict]:
    """Editor's picks for this query: only live, public pages or links."""
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query_text)
        )
        .select_related("page")
        .order_by("sort_order")
    )
    if not picks:
        return []
    visible = set(
        Page.objects.live()
        .public()
        .filter(pk__in=[p.page_id for p in picks if p.page_id])
        .values_list("pk", flat=True)
    )
    out = []
    for pick in picks:
        if pick.page_id:
            if pick.page_id not in visible:
                continue
            out.append(
                {
                    "title": pick.page.title,
                    "url": pick.page.get_url(request),
                    "description": pick.description,
                }
            )
        elif pick.external_link_url:
            out.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return out


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    query = parse_query(request.GET.get("q", ""))
    filters = engine.parse_filters(request.GET)
    number = _page_number(request.GET.get("page"))
    context = {
        "search_query": query.display,
        "query": query,
        "filters": filters,
        "sorts": engine.SORTS,
        "result_types": engine.RESULT_TYPES,
    }
    if query:
        outcome = engine.run(query, filters)
        releases = _page(outcome.releases, number, RELEASES_PER_PAGE)
        quotes = _page(outcome.quotes, number, QUOTES_PER_PAGE)
        words = query.all_words
        for values in outcome.facets.values():
            for facet in values:
                params = request.GET.copy()
                params.pop("page", None)
                params[facet.param] = facet.value
                facet.url = "?" + params.urlencode()
        context.update(
            outcome=outcome,
            release_page=releases,
            quote_page=quotes,
            release_results=[
                {
                    "release": release,
                    "title": highlight(release.title, words),
                    "snippet": highlight(
                        release.summary, words, limit=SUMMARY_SNIPPET_LENGTH
                    ),
                }
                for release in _on_page(releases, number)
            ],
            quote_results=[
                {
                    "quote": quote,
                    "text": highlight(quote.text, words, limit=400),
                    "speaker": highlight(quote.speaker_name, words),
                    "organization": highlight(quote.organization_display, words),
                }
                for quote in _on_page(quotes, number)
            ],
            page_obj=releases
            if releases.paginator.num_pages >= quotes.paginator.num_pages
            else quotes,
            total=outcome.release_count * (filters.type in ("", "release"))
            + outcome.quote_count * (filters.type in ("", "quote")),
            promotions=_promotions(query.display, request)
            if number == 1 and not filters.active
            else [],
        )
        if number == 1:
            Query.get(query.display).add_hit()
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    query = parse_query(request.GET.get("q", ""))
    data = engine.suggest(query, request=request) if query else {}
    return JsonResponse(
        {
            "query": query.display,
            "organizations": data.get("organizations", []),
            "speakers": data.get("speakers", []),
            "releases": data.get("releases", []),
        }
    )
