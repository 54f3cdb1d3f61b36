"""A read-only JSON API (Wagtail API v2) for releases, organizations and quotes.

Only live public content is reachable: releases are live and not behind a
view restriction, organizations are live, and quotes come from the quote
table, which holds only the quotes of live public releases. Each listing is
paginated with ``limit``/``offset`` and ``limit`` is capped at ``LIMIT_MAX``,
so no client gets everything in one request. See docs/api.md.
"""

from __future__ import annotations

import datetime
from collections import OrderedDict

from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from wagtail.api import APIField
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from rest_framework import serializers
from rest_framework.filters import BaseFilterBackend

from newsroom.models import Organization, PressReleasePage, Quote, Topic

from .attribution import copy_text
from .feeds import release_queryset
from .utils import absolute, organization_profile_url, quote_card_path, quote_path

LIMIT_MAX = 50
LIMIT_DEFAULT = 20
HERO_SPEC = "fill-1200x630"


class CappedPagination(WagtailPagination):
    """Wagtail's limit/offset pagination with this API's own cap."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
            if offset < 0:
                raise ValueError
        except ValueError as e:
            raise BadRequestError("offset must be a positive integer") from e
        try:
            limit = int(request.GET.get("limit", LIMIT_DEFAULT))
            if limit < 0:
                raise ValueError
        except ValueError as e:
            raise BadRequestError("limit must be a positive integer") from e
        if limit > LIMIT_MAX:
            raise BadRequestError(f"limit cannot be higher than {LIMIT_MAX}")
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]


# --- Shared representations ----------------------------------------------------


def organization_dict(organization: Organization | None) -> dict | None:
    if organization is None:
        return None
    return {
        "id": organization.pk,
        "name": organization.name,
        "slug": organization.slug,
    }


def quote_dict(quote: Quote, request) -> dict:
    permalink = absolute(request, quote_path(quote))
    attribution = quote.attribution()
    return OrderedDict(
        [
            ("id", quote.pk),
            ("text", quote.text),
            ("paragraphs", quote.paragraphs),
            ("speaker", quote.speaker_name),
            ("title", quote.speaker_title),
            (
                "organization",
                organization_dict(quote.organization)
                if quote.organization_id
                else None,
            ),
            ("organization_name", quote.organization_display),
            ("city", quote.city),
            ("anchor", quote.anchor),
            ("attribution", attribution),
            ("copy_text", copy_text(quote.text, attribution, permalink)),
            ("permalink", permalink),
            ("share_card", absolute(request, quote_card_path(quote))),
        ]
    )


class WholeObjectField(serializers.Field):
    """A read-only field computed from the whole object being serialized."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class QuotesField(WholeObjectField):
    """The structured quotes of a release, read from the quote table."""

    def to_representation(self, release):
        request = self.context.get("request")
        return [quote_dict(q, request) for q in release.quote_records.all()]


class OrganizationsField(WholeObjectField):
    """The organizations that issued a release."""

    def to_representation(self, release):
        return [organization_dict(i.organization) for i in release.issuers.all()]


class TopicsField(WholeObjectField):
    def to_representation(self, release):
        return [
            {"id": t.pk, "name": t.name, "slug": t.slug} for t in release.topics.all()
        ]


class HeroImageField(WholeObjectField):
    def to_representation(self, release):
        image = release.hero_image
        if image is None:
            return None
        rendition = image.get_rendition(HERO_SPEC)
        return {
            "url": absolute(self.context.get("request"), rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.description,
            "credit": image.credit,
        }


class QuoteOrganizationField(WholeObjectField):
    def to_representation(self, quote):
        return organization_dict(quote.organization) if quote.organization_id else None


class QuoteReleaseField(WholeObjectField):
    def to_representation(self, quote):
        release = quote.release
        request = self.context.get("request")
        return {
            "id": release.pk,
            "title": release.title,
            "html_url": absolute(request, f"{release.get_url(request)}#{quote.anchor}"),
        }


class MethodField(WholeObjectField):
    """A value computed by ``func(instance, request)``."""

    def __init__(self, func, **kwargs):
        self.func = func
        super().__init__(**kwargs)

    def to_representation(self, instance):
        return self.func(instance, self.context.get("request"))


# --- Filters ---------------------------------------------------------------------


def _date_param(request, name: str, *, end: bool = False) -> datetime.datetime | None:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        moment = parse_datetime(raw)
        if moment is None:
            day = parse_date(raw)
            if day is None:
                raise ValueError
            moment = datetime.datetime.combine(
                day, datetime.time.max if end else datetime.time.min
            )
    except ValueError as e:
        raise BadRequestError(
            f"{name} must be a date (YYYY-MM-DD) or an ISO 8601 date-time"
        ) from e
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _lookup_param(request, name: str, queryset):
    """The object named by ``?<name>=`` (an id or a slug), or None when absent.

    An unknown value is a 400 with a message, not an empty result.
    """
    value = request.GET.get(name, "").strip()
    if not value:
        return None
    lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
    found = queryset.filter(**lookup).first()
    if found is None:
        raise BadRequestError(f"no {name} matches '{value[:60]}'")
    return found


def _organization_param(request) -> Organization | None:
    return _lookup_param(request, "organization", Organization.objects.live())


def _topic_param(request) -> Topic | None:
    return _lookup_param(request, "topic", Topic.objects.all())


def _terms(request) -> list[str]:
    query = request.GET.get("search", "")
    if "\x00" in query:
        raise BadRequestError("search must not contain null characters")
    return query.split()[:10]


class ReleaseFilter(BaseFilterBackend):
    """?organization=, ?topic=, ?date_from=, ?date_to=, ?search=."""

    def filter_queryset(self, request, queryset, view):
        organization = _organization_param(request)
        if organization is not None:
            queryset = queryset.filter(
                pk__in=PressReleasePage.objects.filter(
                    Q(issuers__organization=organization)
                    | Q(quote_records__organization=organization)
                ).values("pk")
            )
        topic = _topic_param(request)
        if topic is not None:
            queryset = queryset.filter(pk__in=topic.releases.values("pk"))
        start = _date_param(request, "date_from")
        if start is not None:
            queryset = queryset.filter(release_date__gte=start)
        end = _date_param(request, "date_to", end=True)
        if end is not None:
            queryset = queryset.filter(release_date__lte=end)
        for term in _terms(request):
            matches = PressReleasePage.objects.filter(
                Q(title__icontains=term)
                | Q(subtitle__icontains=term)
                | Q(summary__icontains=term)
                | Q(quote_records__text__icontains=term)
                | Q(quote_records__speaker_name__icontains=term)
            ).values("pk")
            queryset = queryset.filter(pk__in=matches)
        return queryset


class QuoteFilter(BaseFilterBackend):
    """?organization=, ?topic=, ?release=, ?date_from=, ?date_to=, ?search=."""

    def filter_queryset(self, request, queryset, view):
        organization = _organization_param(request)
        if organization is not None:
            queryset = queryset.filter(organization=organization)
        topic = _topic_param(request)
        if topic is not None:
            queryset = queryset.filter(release__in=topic.releases.values("pk"))
        release = request.GET.get("release", "").strip()
        if release:
            if not release.isdigit():
                raise BadRequestError("release must be a page id")
            queryset = queryset.filter(release_id=int(release))
        start = _date_param(request, "date_from")
        if start is not None:
            queryset = queryset.filter(release_date__gte=start)
        end = _date_param(request, "date_to", end=True)
        if end is not None:
            queryset = queryset.filter(release_date__lte=end)
        for term in _terms(request):
            queryset = queryset.filter(
                Q(text__icontains=term)
                | Q(speaker_name__icontains=term)
                | Q(speaker_title__icontains=term)
                | Q(organization__name__icontains=term)
                | Q(organization_name__icontains=term)
            )
        return queryset


class OrganizationFilter(BaseFilterBackend):
    """?kind=, ?state=, ?status=, ?search=."""

    def filter_queryset(self, request, queryset, view):
        for name in ("kind", "state", "status"):
            value = request.GET.get(name, "").strip()
            if value:
                queryset = queryset.filter(
                    **{name: value.upper() if name == "state" else value}
                )
        for term in _terms(request):
            queryset = queryset.filter(
                Q(name__icontains=term)
                | Q(short_name__icontains=term)
                | Q(description__icontains=term)
                | Q(city__icontains=term)
            )
        return queryset


# --- Endpoints -------------------------------------------------------------------


FILTER_PARAMETERS = frozenset(
    ["organization", "topic", "date_from", "date_to", "release"]
)


class ReleasesAPIViewSet(PagesAPIViewSet):
    """Live public press releases with structured quotes."""

    model = PressReleasePage
    pagination_class = CappedPagination
    filter_backends = [ReleaseFilter, OrderingFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        FILTER_PARAMETERS
    )
    body_fields = [
        *PagesAPIViewSet.body_fields,
        "subtitle",
        APIField("dateline", serializer=serializers.CharField(read_only=True)),
        "release_date",
        "summary",
        APIField("issuers", serializer=OrganizationsField()),
        APIField("topics", serializer=TopicsField()),
        APIField("quotes", serializer=QuotesField()),
        APIField("hero_image", serializer=HeroImageField()),
        "body",
    ]
    meta_fields = [*PagesAPIViewSet.meta_fields, "last_published_at"]
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "release_date",
        "dateline",
        "summary",
        "issuers",
        "topics",
        "quotes",
    ]
    # Rendering a body converts its StreamField (a query per release), so it
    # is only served on the detail view.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "body"]
    name = "pages"

    def get_queryset(self):
        if self.request.GET.get("type") not in (None, "", "newsroom.PressReleasePage"):
            raise BadRequestError("this API only serves newsroom.PressReleasePage")
        # The feeds' queryset: live public releases with everything prefetched.
        return (
            release_queryset().select_related("locale").order_by("-release_date", "-pk")
        )

    def get_object(self):
        # The queryset is already specific (PressReleasePage).
        return BaseAPIViewSet.get_object(self)


class OrganizationsAPIViewSet(BaseAPIViewSet):
    """Live organizations in the coalition's registry."""

    model = Organization
    pagination_class = CappedPagination
    filter_backends = [OrganizationFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["kind", "state", "status"]
    )
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "name",
        "short_name",
        "slug",
        "kind",
        "city",
        "state",
        "website",
        "description",
        "status",
        APIField(
            "profile_url",
            serializer=MethodField(
                lambda org, request: organization_profile_url(request, org) or None
            ),
        ),
    ]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "name",
        "short_name",
        "slug",
        "kind",
        "city",
        "state",
    ]
    name = "organizations"

    def get_queryset(self):
        return Organization.objects.live().order_by("name", "pk")


class QuotesAPIViewSet(BaseAPIViewSet):
    """Quotes of live public releases."""

    model = Quote
    pagination_class = CappedPagination
    filter_backends = [QuoteFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        FILTER_PARAMETERS
    )
    body_fields = [
        *BaseAPIViewSet.body_fields,
        "text",
        APIField(
            "paragraphs", serializer=MethodField(lambda quote, _: quote.paragraphs)
        ),
        APIField("speaker", serializer=MethodField(lambda q, _: q.speaker_name)),
        APIField("title", serializer=MethodField(lambda q, _: q.speaker_title)),
        APIField("organization", serializer=QuoteOrganizationField()),
        APIField(
            "organization_name",
            serializer=MethodField(lambda q, _: q.organization_display),
        ),
        "city",
        "anchor",
        "release_date",
        APIField("release", serializer=QuoteReleaseField()),
        APIField("attribution", serializer=MethodField(lambda q, _: q.attribution())),
        APIField(
            "copy_text",
            serializer=MethodField(
                lambda q, request: copy_text(
                    q.text, q.attribution(), absolute(request, quote_path(q))
                )
            ),
        ),
        APIField(
            "permalink",
            serializer=MethodField(lambda q, r: absolute(r, quote_path(q))),
        ),
        APIField(
            "share_card",
            serializer=MethodField(lambda q, r: absolute(r, quote_card_path(q))),
        ),
    ]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "text",
        "speaker",
        "title",
        "organization",
        "organization_name",
        "city",
        "anchor",
        "release_date",
        "release",
        "permalink",
    ]
    name = "quotes"

    def get_queryset(self):
        return (
            Quote.objects.public()
            .select_related("release", "organization")
            .order_by("-release_date", "release_id", "position")
        )


api_router = WagtailAPIRouter("distribution_api")
api_router.register_endpoint("pages", ReleasesAPIViewSet)
api_router.register_endpoint("organizations", OrganizationsAPIViewSet)
api_router.register_endpoint("quotes", QuotesAPIViewSet)
