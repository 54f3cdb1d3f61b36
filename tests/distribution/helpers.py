"""A newsroom with public releases and several kinds that must stay hidden.

Everything hidden carries ``LEAK`` in its title and quotes, so a test can
assert that no public output mentions it.
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils import timezone

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction, Site

from images.models import CustomImage
from newsroom.models import (
    CoalitionSettings,
    Organization,
    PressReleasePage,
    Quote,
    Topic,
)
from tests.factories import OrganizationFactory, TopicFactory, make_release, site_pages

LEAK = "ZZLEAK"

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def parse_xml(response) -> ET.Element:
    return ET.fromstring(response.content)  # noqa: S314 - our own output


def make_image(title: str = "Rally", size=(1600, 1000), colour="navy") -> CustomImage:
    return CustomImage.objects.create(
        title=title,
        description="Volunteers hold signs outside the county building",
        credit="Photo: Ana Ruiz",
        file=get_test_image_file(f"{title.lower()}.png", colour=colour, size=size),
    )


@dataclass
class Newsroom:
    issuer: Organization
    quoted: Organization
    bystander: Organization
    topic: Topic
    other_topic: Topic
    lead: PressReleasePage
    second: PressReleasePage
    draft: PressReleasePage
    embargoed: PressReleasePage
    private: PressReleasePage
    edited: PressReleasePage


def build_newsroom() -> Newsroom:
    site_pages()
    settings = CoalitionSettings.for_site(Site.objects.get(is_default_site=True))
    settings.coalition_name = "Prairie Fictional Immigrant Coalition"
    settings.save()
    issuer = OrganizationFactory(
        name="Lakeshore Worker Center", slug="lakeshore-worker-center"
    )
    quoted = OrganizationFactory(
        name="Illinois Fictional Coalition for Immigrant and Refugee Rights",
        short_name="IFCIRR",
        slug="ifcirr",
        website="https://ifcirr.example.org",
    )
    bystander = OrganizationFactory(name="Harbor Faith Network", slug="harbor-faith")
    topic = TopicFactory(name="Detention", slug="detention")
    other_topic = TopicFactory(name="Language access", slug="language-access")
    now = timezone.now()
    lead = make_release(
        title="County ends detainer agreement",
        subtitle="Vote follows two years of organizing",
        summary="The county board voted 9-2 on Tuesday to end its detainer deal.",
        issuers=[issuer],
        topics=[topic],
        hero_image=make_image(),
        dateline_city="Chicago",
        dateline_state="IL",
        release_date=now - datetime.timedelta(hours=3),
        quotes=[
            {
                "organization": quoted,
                "speaker": "Fredrick Tamsin",
                "title": "senior policy counsel",
                "city": "Chicago",
                "text": "Families in this county can breathe easier tonight.\n\n"
                "We will keep watching to make sure the county keeps its word.",
            },
            {
                "organization": issuer,
                "speaker": "Rosa Delgado",
                "title": "executive director",
                "text": "This is what organizing looks like.",
            },
        ],
    )
    second = make_release(
        title="Advocates testify on language access",
        summary="Advocates urged lawmakers to fund interpreters in every court.",
        topics=[other_topic],
        release_date=now - datetime.timedelta(hours=1),
        quotes=[
            {
                "organization": quoted,
                "speaker": "Amina Qureshi",
                "title": "",
                "text": "Justice should not depend on the language you speak?",
            }
        ],
    )
    draft = make_release(
        title=f"{LEAK} draft release",
        summary=f"{LEAK} draft lede",
        issuers=[bystander],
        topics=[topic],
        publish=False,
        quotes=[{"organization": quoted, "text": f"{LEAK} draft quote"}],
    )
    embargoed = make_release(
        title=f"{LEAK} embargoed release",
        summary=f"{LEAK} embargoed lede",
        issuers=[bystander],
        topics=[topic],
        go_live_at=now + datetime.timedelta(days=1),
        quotes=[{"organization": quoted, "text": f"{LEAK} embargoed quote"}],
    )
    private = make_release(
        title=f"{LEAK} private release",
        summary=f"{LEAK} private lede",
        issuers=[bystander],
        topics=[topic],
        quotes=[{"organization": quoted, "text": f"{LEAK} private quote"}],
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    edited = make_release(
        title="Council approves welcoming ordinance",
        summary="The city council approved the ordinance on Monday.",
        topics=[topic],
        release_date=now - datetime.timedelta(hours=2),
        quotes=[{"organization": issuer, "text": "A good day for the city."}],
    )
    revision_page = PressReleasePage.objects.get(pk=edited.pk)
    revision_page.title = f"{LEAK} unpublished title"
    body = revision_page.body.raw_data
    for block in body:
        if block["type"] == "quote":
            block["value"]["text"] = f"{LEAK} unpublished quote edit"
    revision_page.body = body
    revision_page.save_revision()
    for page in (lead, second, draft, embargoed, private, edited):
        page.refresh_from_db()
    return Newsroom(
        issuer=issuer,
        quoted=quoted,
        bystander=bystander,
        topic=topic,
        other_topic=other_topic,
        lead=lead,
        second=second,
        draft=draft,
        embargoed=embargoed,
        private=private,
        edited=edited,
    )


def first_quote(release: PressReleasePage) -> Quote:
    return Quote.objects.filter(release=release).order_by("position").first()


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content", ""))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data


def head_of(response) -> HeadParser:
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def one(head: HeadParser, key: str) -> str:
    values = head.meta.get(key, [])
    assert len(values) == 1, f"{key}: {values}"
    return values[0]
