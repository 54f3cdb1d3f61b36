"""The newsroom's domain: organizations, topics, releases and their quotes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    PublishingPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from editorial.panels import EmbargoPanel

from .apstyle import STATE_CHOICES, STATE_NAMES, ap_date, dateline
from .blocks import (
    ReleaseBodyBlock,
    attribution_text,
    quote_paragraphs,
)

if TYPE_CHECKING:
    from django.http import HttpRequest

RELEASES_PER_PAGE = 10
QUOTES_PER_PROFILE_PAGE = 100


def paginate(items, page_number: str | None, per_page: int):
    """Return a page of ``items``; a bad page number gives the nearest page."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


# --- Snippets -----------------------------------------------------------------


class Topic(index.Indexed, models.Model):
    """A policy area releases are filed under, e.g. "Detention" or "DACA"."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(
        max_length=80, unique=True, help_text="Used in URLs, e.g. /newsroom/?topic="
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OrganizationKind(models.TextChoices):
    IMMIGRANT_RIGHTS = "immigrant_rights", "Immigrant-rights group"
    COMMUNITY = "community", "Community-based organization"
    LEGAL = "legal", "Legal advocacy"
    FAITH = "faith", "Faith"
    LABOR = "labor", "Labor"
    ELECTED_OFFICE = "elected_office", "Elected office / municipal"
    OTHER = "other", "Other"


class MembershipStatus(models.TextChoices):
    MEMBER = "member", "Member"
    PARTNER = "partner", "Partner"
    FORMER = "former", "Former member"


class OrganizationQuerySet(models.QuerySet):
    def live(self) -> OrganizationQuerySet:
        return self.filter(live=True)

    def current(self) -> OrganizationQuerySet:
        """Live members and partners: who the directory lists."""
        return self.live().exclude(status=MembershipStatus.FORMER)


class Organization(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A member of the coalition (or a partner), as listed in its registry."""

    name = models.CharField(
        max_length=200,
        help_text="Full legal or public name, e.g. “Illinois Coalition for "
        "Immigrant and Refugee Rights”. Must be unique, whatever the case.",
    )
    short_name = models.CharField(
        max_length=60,
        blank=True,
        help_text="Acronym or short form used in quotes, e.g. “ICIRR”.",
    )
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="The last part of the organization's profile URL. "
        "Changing it breaks existing links.",
    )
    kind = models.CharField(
        max_length=32,
        choices=OrganizationKind.choices,
        default=OrganizationKind.IMMIGRANT_RIGHTS,
    )
    city = models.CharField(max_length=100, blank=True)
    state = models.CharField(
        max_length=2, choices=STATE_CHOICES, blank=True, help_text="U.S. state."
    )
    website = models.URLField(blank=True, help_text="The organization's own site.")
    logo = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A square logo works best.",
    )
    description = models.TextField(
        blank=True,
        help_text="The organization's “About” boilerplate, two or three "
        "sentences, shown on its profile.",
    )
    status = models.CharField(
        "membership status",
        max_length=16,
        choices=MembershipStatus.choices,
        default=MembershipStatus.MEMBER,
    )
    date_joined = models.DateField(
        null=True, blank=True, help_text="When the organization joined the coalition."
    )

    objects = OrganizationQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
                FieldPanel("kind"),
            ],
            heading="Identity",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("state")]),
                FieldPanel("website"),
                FieldPanel("logo"),
                FieldPanel("description"),
            ],
            heading="Profile",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("status"), FieldPanel("date_joined")])],
            heading="Membership",
        ),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("short_name", boost=3),
        index.SearchField("description"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
        index.AutocompleteField("short_name"),
        index.FilterField("kind"),
        index.FilterField("state"),
        index.FilterField("status"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="newsroom_organization_name_ci_unique",
                violation_error_message="An organization with this name is "
                "already in the registry.",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        self.name = " ".join((self.name or "").split())
        if not self.slug and self.name:
            self.slug = slugify(self.name)[:200]
        clash = (
            Organization.objects.filter(name__iexact=self.name)
            .exclude(pk=self.pk)
            .first()
        )
        if clash is not None:
            raise ValidationError(
                {
                    "name": f"“{clash.name}” is already in the registry. Names "
                    "must be unique regardless of capitalization; edit the "
                    "existing organization instead."
                }
            )

    @property
    def location(self) -> str:
        return ", ".join(p for p in (self.city, STATE_NAMES.get(self.state, "")) if p)

    def get_absolute_url(self) -> str:
        directory = MemberDirectoryPage.objects.live().public().first()
        if directory is None:
            return ""
        return directory.url + directory.reverse_subpage(
            "organization", args=[self.slug]
        )

    def get_preview_template(self, request, mode_name):
        return "newsroom/organization_profile.html"

    def get_preview_context(self, request, mode_name):
        return {
            "organization": self,
            "quotes": [],
            "releases": [],
            "is_preview": True,
        }


# --- Site settings ------------------------------------------------------------


@register_setting(icon="site")
class CoalitionSettings(BaseSiteSetting):
    """Who publishes this newsroom: name and the "About" shown under releases."""

    coalition_name = models.CharField(max_length=200, default="Coalition Newsroom")
    short_name = models.CharField(max_length=60, blank=True)
    tagline = models.CharField(max_length=250, blank=True)
    about = models.TextField(
        "about the coalition",
        blank=True,
        help_text="Boilerplate shown under every release, two or three sentences.",
    )
    press_email = models.EmailField(
        blank=True, help_text="General press inquiries address, shown in the footer."
    )

    panels = [
        FieldPanel("coalition_name"),
        FieldPanel("short_name"),
        FieldPanel("tagline"),
        FieldPanel("about"),
        FieldPanel("press_email"),
    ]

    class Meta:
        verbose_name = "coalition settings"


# --- Pages --------------------------------------------------------------------


class ReleaseIssuer(Orderable):
    """An organization that issued a release (a co-signer of the release)."""

    page = ParentalKey(
        "newsroom.PressReleasePage", on_delete=models.CASCADE, related_name="issuers"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="issued_releases"
    )

    panels = [FieldPanel("organization")]

    class Meta(Orderable.Meta):
        verbose_name = "issuing organization"


class MediaContact(Orderable):
    """Who journalists should call about a release."""

    page = ParentalKey(
        "newsroom.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="media_contacts",
    )
    name = models.CharField(max_length=120)
    organization = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True, help_text="e.g. 312-555-0142")

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("organization")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    def __str__(self) -> str:
        return self.name


class PressReleasePage(Page):
    """A press release: dateline, headline, lede, body with quotes, contacts."""

    subtitle = models.CharField(max_length=250, blank=True)
    dateline_city = models.CharField(
        "dateline city",
        max_length=100,
        blank=True,
        help_text="Where the release is issued from, e.g. “Washington”.",
    )
    dateline_state = models.CharField(
        "dateline state",
        max_length=2,
        choices=STATE_CHOICES,
        blank=True,
        help_text="Shown in AP style, e.g. “D.C.” or “Ill.”.",
    )
    release_date = models.DateTimeField(
        default=timezone.now,
        db_index=True,
        help_text="The date on the release. To publish later, use the "
        "go-live date under Settings instead.",
    )
    summary = models.TextField(
        "lede",
        help_text="The opening paragraph: who, what, when, where, why. Also "
        "used as the summary in listings, feeds and search results.",
    )
    body = StreamField(ReleaseBodyBlock(), blank=True)
    topics = ParentalManyToManyField(
        "newsroom.Topic", blank=True, related_name="releases"
    )
    hero_image = models.ForeignKey(
        "images.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional photo shown above the release and in share previews.",
    )

    content_panels = [
        EmbargoPanel(),
        *Page.content_panels,
        FieldPanel("subtitle"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("dateline_city"), FieldPanel("dateline_state")]
                ),
                FieldPanel("release_date"),
            ],
            heading="Dateline",
        ),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultipleChooserPanel(
            "issuers",
            chooser_field_name="organization",
            heading="Issuing organizations",
            label="Organization",
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel("media_contacts", heading="Media contacts", label="Contact"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("subtitle", boost=2),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("dateline_city"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields(
            "issuers",
            [
                index.RelatedFields(
                    "organization",
                    [index.SearchField("name"), index.SearchField("short_name")],
                )
            ],
        ),
        index.FilterField("release_date"),
        index.AutocompleteField("title"),
    ]

    parent_page_types = ["newsroom.NewsroomIndexPage"]
    subpage_types: list[str] = []
    template = "newsroom/press_release_page.html"

    class Meta:
        verbose_name = "press release"

    @property
    def dateline(self) -> str:
        return dateline(
            self.dateline_city,
            self.dateline_state,
            timezone.localtime(self.release_date) if self.release_date else None,
        )

    @property
    def date_display(self) -> str:
        return ap_date(timezone.localtime(self.release_date))

    def quote_blocks(self) -> Iterator:
        """The quote blocks of the body, in order."""
        for block in self.body:
            if block.block_type == "quote":
                yield block

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["issuers"] = [
            issuer.organization
            for issuer in self.issuers.select_related("organization")
        ]
        context["release_topics"] = list(self.topics.all())
        context["contacts"] = list(self.media_contacts.all())
        return context


class NewsroomIndexPage(Page):
    """All live releases, newest first, filterable by organization, topic, year."""

    intro = models.TextField(blank=True, help_text="One or two sentences.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsroom.PressReleasePage"]
    template = "newsroom/newsroom_index_page.html"

    class Meta:
        verbose_name = "newsroom"

    def releases(self):
        return (
            PressReleasePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-release_date", "-pk")
        )

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        releases = self.releases()
        filters, problems = [], []

        org_slug = request.GET.get("organization", "").strip()
        if org_slug:
            organization = Organization.objects.live().filter(slug=org_slug).first()
            if organization is None:
                problems.append(
                    f"No organization in the registry matches “{org_slug}”."
                )
                releases = releases.none()
            else:
                filters.append(("organization", organization.name))
                releases = releases.filter(
                    Q(issuers__organization=organization)
                    | Q(quote_records__organization=organization)
                ).distinct()
        # Only topics of public releases: a topic created for an embargoed
        # release must not show up (or be confirmed) before the release does.
        public_topics = Topic.objects.filter(
            releases__in=self.releases().values("pk")
        ).distinct()
        topic_slug = request.GET.get("topic", "").strip()
        if topic_slug:
            topic = public_topics.filter(slug=topic_slug).first()
            if topic is None:
                problems.append(f"There is no topic called “{topic_slug}”.")
                releases = releases.none()
            else:
                filters.append(("topic", topic.name))
                releases = releases.filter(topics=topic)
        year = request.GET.get("year", "").strip()
        if year:
            if year.isdigit() and len(year) == 4:
                filters.append(("year", year))
                releases = releases.filter(release_date__year=int(year))
            else:
                problems.append(f"“{year[:20]}” is not a year; use four digits.")
                releases = releases.none()

        page = paginate(
            releases.prefetch_related("issuers__organization"),
            request.GET.get("page"),
            RELEASES_PER_PAGE,
        )
        context.update(
            releases=page,
            active_filters=filters,
            filter_problems=problems,
            organizations=Organization.objects.live().only("name", "slug"),
            topics=public_topics,
            years=self.releases().dates("release_date", "year", order="DESC"),
            selected={"organization": org_slug, "topic": topic_slug, "year": year},
        )
        return context


class MemberDirectoryPage(RoutablePageMixin, Page):
    """The registry made public: member list and a profile per organization."""

    intro = models.TextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "newsroom/member_directory_page.html"

    class Meta:
        verbose_name = "member directory"

    @path("")
    def directory(self, request: HttpRequest):
        organizations = Organization.objects.current().select_related("logo")
        problems = []
        kind = request.GET.get("kind", "").strip()
        if kind:
            if kind in OrganizationKind.values:
                organizations = organizations.filter(kind=kind)
            else:
                problems.append(f"“{kind[:40]}” is not a kind of organization.")
                organizations = organizations.none()
        state = request.GET.get("state", "").strip().upper()
        if state:
            if state in STATE_NAMES:
                organizations = organizations.filter(state=state)
            else:
                problems.append(f"“{state[:40]}” is not a U.S. state code.")
                organizations = organizations.none()
        states = (
            Organization.objects.current()
            .exclude(state="")
            .values_list("state", flat=True)
            .distinct()
            .order_by("state")
        )
        return self.render(
            request,
            context_overrides={
                "organizations": list(organizations),
                "filter_problems": problems,
                "kinds": OrganizationKind.choices,
                "states": [(code, STATE_NAMES[code]) for code in states],
                "selected": {"kind": kind, "state": state},
            },
        )

    @path("<slug:slug>/", name="organization")
    def organization(self, request: HttpRequest, slug: str):
        organization = get_object_or_404(
            Organization.objects.live().select_related("logo"), slug=slug
        )
        quotes = (
            Quote.objects.public()
            .filter(organization=organization)
            .select_related("release")
        )
        quote_page = paginate(quotes, request.GET.get("page"), QUOTES_PER_PROFILE_PAGE)
        releases = (
            PressReleasePage.objects.live()
            .public()
            .filter(
                Q(issuers__organization=organization)
                | Q(quote_records__organization=organization)
            )
            .distinct()
            .order_by("-release_date")
        )
        return self.render(
            request,
            template="newsroom/organization_profile.html",
            context_overrides={
                "organization": organization,
                "quotes": quote_page,
                "releases": list(releases),
            },
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base is None:
            return urls
        for organization in Organization.objects.current().only("slug"):
            urls.append(
                {
                    "location": base
                    + self.reverse_subpage("organization", args=[organization.slug])
                }
            )
        return urls


# --- The quote index ------------------------------------------------------------


class QuoteQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def public(self) -> QuoteQuerySet:
        """Quotes of live releases that anyone may read."""
        return self.filter(
            release__in=PressReleasePage.objects.live().public().values("pk")
        )


class Quote(index.Indexed, models.Model):
    """One quote of the *live* version of a release, as a row of its own.

    Rows are written when a release is published and removed when it is
    unpublished or deleted (see ``newsroom.quotes``), so drafts and embargoed
    revisions never appear here. Organization profiles, search, feeds and
    the API read quotes from this table instead of walking StreamFields.
    """

    release = models.ForeignKey(
        PressReleasePage, on_delete=models.CASCADE, related_name="quote_records"
    )
    block_id = models.CharField(max_length=64)
    anchor = models.CharField(max_length=40)
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField()
    speaker_name = models.CharField(max_length=120)
    speaker_title = models.CharField(max_length=160, blank=True)
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    organization_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Free-text organization for speakers outside the registry.",
    )
    city = models.CharField(max_length=100, blank=True)
    release_date = models.DateTimeField(db_index=True)
    # Denormalized so search can filter and facet on them with FilterFields,
    # which every Wagtail search backend supports (see docs/search.md).
    organization_kind = models.CharField(max_length=32, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(default=0, db_index=True)

    objects = QuoteQuerySet.as_manager()

    search_fields = [
        index.SearchField("text"),
        index.SearchField("speaker_name", boost=2),
        index.SearchField("speaker_title"),
        index.SearchField("organization_name"),
        index.SearchField("city"),
        index.RelatedFields(
            "organization",
            [
                index.SearchField("name", boost=2),
                index.SearchField("short_name", boost=2),
            ],
        ),
        index.AutocompleteField("speaker_name"),
        index.FilterField("organization"),
        index.FilterField("organization_kind"),
        index.FilterField("year"),
        index.FilterField("release"),
        index.FilterField("release_date"),
    ]

    class Meta:
        ordering = ["-release_date", "release_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["release", "block_id"], name="newsroom_quote_unique_block"
            )
        ]

    def __str__(self) -> str:
        return f"{self.speaker_name}: {self.text[:60]}"

    def get_absolute_url(self) -> str:
        """The quote inside its release."""
        return f"{self.release.url}#{self.anchor}"

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().select_related("organization")

    @cached_property
    def organization_display(self) -> str:
        if self.organization_id and self.organization is not None:
            return self.organization.name
        return self.organization_name

    def attribution(self) -> str:
        return attribution_text(
            self.speaker_name, self.speaker_title, self.organization_display, self.city
        )

    @property
    def paragraphs(self) -> list[str]:
        return quote_paragraphs(self.text)
