"""Factories for test data: organizations, topics and published releases."""

from __future__ import annotations

import datetime
import uuid

from django.utils import timezone

import factory
import wagtail_factories

from home.models import HomePage
from newsroom.models import (
    MediaContact,
    MembershipStatus,
    NewsroomIndexPage,
    Organization,
    OrganizationKind,
    PressReleasePage,
    ReleaseIssuer,
    Topic,
)
from newsroom.setup import ensure_site_structure


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Riverside Immigrant Alliance {n}")
    short_name = factory.Sequence(lambda n: f"RIA{n}")
    slug = factory.Sequence(lambda n: f"riverside-immigrant-alliance-{n}")
    kind = OrganizationKind.IMMIGRANT_RIGHTS
    city = "Chicago"
    state = "IL"
    website = "https://riverside.example.org"
    description = "A fictional organization used in tests."
    status = MembershipStatus.MEMBER
    live = True


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage


def site_pages() -> tuple[HomePage, NewsroomIndexPage, object]:
    """The home page, newsroom and member directory, created when missing."""
    return ensure_site_structure("Test Coalition")


def quote_value(
    text: str = "We will keep organizing until every family is safe.",
    speaker: str = "Dana Whitfield",
    title: str = "executive director",
    organization: Organization | None = None,
    organization_name: str = "",
    city: str = "",
) -> dict:
    return {
        "text": text,
        "speaker_name": speaker,
        "speaker_title": title,
        "organization": organization.pk if organization else None,
        "organization_name": "" if organization else organization_name,
        "city": city,
    }


def quote_block(**kwargs) -> dict:
    return {"type": "quote", "value": quote_value(**kwargs), "id": str(uuid.uuid4())}


def paragraph_block(html: str) -> dict:
    return {"type": "paragraph", "value": html, "id": str(uuid.uuid4())}


def make_release(
    *,
    title: str = "Coalition urges fair hearings",
    quotes: list[dict] | None = None,
    body: list[dict] | None = None,
    issuers: list[Organization] = (),
    topics: list[Topic] = (),
    release_date: datetime.datetime | None = None,
    publish: bool = True,
    go_live_at: datetime.datetime | None = None,
    parent: NewsroomIndexPage | None = None,
    summary: str = "Advocates from across the state gathered on Tuesday.",
    **fields,
) -> PressReleasePage:
    """Create a release under the newsroom; publish it unless told not to.

    ``quotes`` is a list of keyword dicts for ``quote_value``.
    """
    if parent is None:
        parent = site_pages()[1]
    blocks = list(body or [paragraph_block("<p>Context for the release.</p>")])
    blocks += [quote_block(**q) for q in (quotes or [])]
    release = PressReleasePage(
        title=title,
        summary=summary,
        dateline_city=fields.pop("dateline_city", "Washington"),
        dateline_state=fields.pop("dateline_state", "DC"),
        release_date=release_date or timezone.now(),
        body=blocks,
        live=False,
        go_live_at=go_live_at,
        **fields,
    )
    release.issuers = [ReleaseIssuer(organization=o) for o in issuers]
    release.topics = list(topics)
    release.media_contacts = [
        MediaContact(
            name="Sam Ortiz",
            organization="Test Coalition",
            email="press@coalition.example.org",
            phone="(312) 555-0142",
        )
    ]
    parent.add_child(instance=release)
    revision = release.save_revision()
    if publish:
        revision.publish()
        release.refresh_from_db()
    return release
