"""Find every public URL the site answers, for the embargo leak test.

URLs come from three places, so that a channel added later (a feed, a sitemap,
an API, quote permalinks) is covered without touching the test:

1. the URL configuration, walked with ``get_resolver()``; each pattern's
   parameters are filled with real ids and slugs of existing objects,
   including the ones that must stay hidden;
2. the page tree: every live page, its sitemap entries and, for routable
   pages, each sub-route filled the same way;
3. query-string variants that search, suggest and filter endpoints react to.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.html import escape
from django.utils.regex_helper import normalize

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

# Never public: the admin sites. Everything else is probed.
PRIVATE_PREFIXES = ("admin/", "django-admin/")
MAX_COMBINATIONS = 60


def iter_url_regexes(
    patterns: Iterable, prefix: str = ""
) -> Iterator[tuple[str, URLPattern]]:
    """Yield (full regex, leaf pattern) for every leaf of a URL configuration."""
    for pattern in patterns:
        regex = pattern.pattern.regex.pattern.removeprefix("^")
        if isinstance(pattern, URLResolver):
            yield from iter_url_regexes(pattern.url_patterns, prefix + regex)
        else:
            yield prefix + regex, pattern


def candidates_for(name: str, group_regex: str, pools: dict[str, list[str]]) -> list:
    lowered = name.lower()
    numeric = "0-9" in group_regex or "\\d" in group_regex
    if numeric or lowered in {"pk", "id"} or lowered.endswith(("_id", "_pk")):
        return pools["ids"]
    if "token" in lowered or "signature" in lowered or "key" in lowered:
        return pools["tokens"]
    if "anchor" in lowered:
        return pools.get("anchors", []) + pools["slugs"][:5]
    if "slug" in lowered:
        return pools["slugs"]
    if "filename" in lowered or "file" in lowered:
        return pools["filenames"]
    if lowered in {"path", "_0"}:
        return pools["paths"]
    return pools["slugs"] + pools["ids"][:10]


def fill(fmt: str, params: list[str], regex: str, pools: dict) -> Iterator[str]:
    groups = dict(re.findall(r"\(\?P<(\w+)>([^)]*)\)", regex))
    anchor = [p for p in params if "anchor" in p.lower()]
    others = [p for p in params if p not in anchor]
    if len(anchor) == 1 and len(others) == 1 and pools.get("anchor_pairs"):
        # A URL naming a quote by its release and anchor: probe real pairs.
        for release_id, quote in pools["anchor_pairs"]:
            values = {others[0]: release_id, anchor[0]: quote}
            yield "/" + fmt % values
        return
    choices = [candidates_for(p, groups.get(p, ""), pools) for p in params]
    for values in itertools.islice(itertools.product(*choices), MAX_COMBINATIONS):
        yield "/" + fmt % dict(zip(params, values, strict=True))


def urls_from_urlconf(pools: dict) -> tuple[set[str], set[str]]:
    """(URLs of patterns without parameters, URLs filled with ids and slugs)."""
    fixed, filled = set(), set()
    for regex, _pattern in iter_url_regexes(get_resolver().url_patterns):
        if regex.startswith(PRIVATE_PREFIXES):
            continue
        for fmt, params in normalize(regex):
            if fmt.startswith(PRIVATE_PREFIXES):
                continue
            (filled if params else fixed).update(fill(fmt, params, regex, pools))
    return fixed, filled


def urls_from_page_tree(pools: dict) -> tuple[set[str], set[str]]:
    """(live pages and their sitemap entries, routable sub-routes filled in)."""
    urls, subroutes = set(), set()
    for page in Page.objects.live().specific():
        url = page.get_url()
        if not url:
            continue
        urls.add(url)
        for entry in page.get_sitemap_urls():
            location = entry["location"]
            urls.add(re.sub(r"^https?://[^/]+", "", location))
        if isinstance(page, RoutablePageMixin):
            for regex, _pattern in iter_url_regexes(page.get_resolver().url_patterns):
                for fmt, params in normalize(regex):
                    for sub in fill(fmt, params, regex, pools):
                        (subroutes if params else urls).add(url.rstrip("/") + sub)
    return urls, subroutes


def query_variants(urls: Iterable[str], marker: str, extra: list[dict]) -> set[str]:
    """Each URL as is and with the searches and filters listed.

    Pass the marker in lower case: the leak check tells an echo of the query
    apart from stored text, which is capitalized (see ``scrub_echoes``)."""
    queries = [
        {"q": marker},
        {"q": marker[:4]},
        {"search": marker},
        {"query": marker},
        {"term": marker[:4]},
        {"format": "json"},
        {"page": "2"},
        *extra,
    ]
    result = set()
    for url in urls:
        result.add(url)
        for query in queries:
            separator = "&" if "?" in url else "?"
            result.add(url + separator + urlencode(query))
    return result


def discover_public_urls(
    pools: dict, marker: str, extra_queries: list[dict]
) -> set[str]:
    """Every URL to probe. Query variants go to the URLs that take no
    parameters (where listings, searches, feeds and API endpoints live) and to
    live pages; URLs filled with ids and slugs are probed as they are."""
    fixed, filled = urls_from_urlconf(pools)
    pages, subroutes = urls_from_page_tree(pools)
    return (
        query_variants(sorted(fixed | pages), marker, extra_queries)
        | filled
        | subroutes
    )


def scrub_echoes(body: str, url: str) -> str:
    """Remove what a page merely echoes from the request: its query values and
    path segments, as whole words (so a leaked slug that merely starts with an
    echoed word, like ``marker-scheduled-announcement``, is still caught)."""
    parsed = urlsplit(url)
    values = [v for _, v in parse_qsl(parsed.query)]
    values += [segment for segment in parsed.path.split("/") if segment]
    for value in sorted(set(values), key=len, reverse=True):
        for form in {value, escape(value), quote_plus(value), quote(value)}:
            body = re.sub(rf"(?<![\w-]){re.escape(form)}(?![\w-])", "", body)
    return body
