"""THE LEAK TEST: nothing unpublished reaches any public URL.

A unique marker word is planted in everything that must stay hidden: a release
scheduled for later (title, summary, quote text, speaker, hero image title), a
draft, a password-protected release, unpublished edits to a live release and to
a live organization, and a draft organization. Then every public URL the site
has is discovered (see ``url_discovery``) and fetched anonymously; the marker
must appear in none of them.
"""

from __future__ import annotations

import datetime

from django.core.files.base import ContentFile
from django.test import TestCase
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction

from editorial.models import PreviewLink
from images.models import CustomImage
from newsroom.blocks import quote_anchor
from newsroom.models import (
    MediaContact,
    Organization,
    PressReleasePage,
    Quote,
    Topic,
)
from tests.editorial.url_discovery import discover_public_urls, scrub_echoes
from tests.factories import OrganizationFactory, TopicFactory, make_release, site_pages

# Stored capitalized; probed in lower case, so echoes can be told from leaks.
MARKER = "Zorblaxian"
PROBE = MARKER.lower()


def secret_quote(organization: Organization) -> dict:
    return {
        "text": f"The {MARKER} plan changes everything for our families.",
        "speaker": f"Ilse {MARKER}",
        "organization": organization,
    }


class EmbargoLeakTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        _, cls.newsroom, cls.directory = site_pages()
        cls.organization = OrganizationFactory(name="Lakeshore Worker Center")
        cls.organization.save_revision().publish()
        cls.topic = TopicFactory(name="Detention", slug="detention")
        cls.secret_topic = Topic.objects.create(
            name=f"{MARKER} policy", slug=f"{PROBE}-policy"
        )
        cls.public_release = make_release(
            title="Coalition welcomes court ruling",
            issuers=[cls.organization],
            topics=[cls.topic],
            quotes=[{"text": "A good day.", "organization": cls.organization}],
        )
        cls.image = CustomImage.objects.create(
            title=f"{MARKER} rally photo", file=get_test_image_file()
        )
        get_document_model().objects.create(
            title=f"{MARKER} briefing",
            file=ContentFile(b"Briefing notes for reporters.", name="briefing.txt"),
        )

        # 1. Scheduled: approved to go live in two days.
        go_live = timezone.now() + datetime.timedelta(days=2)
        cls.scheduled = make_release(
            title=f"{MARKER} scheduled announcement",
            summary=f"Summary of the {MARKER} announcement.",
            quotes=[secret_quote(cls.organization)],
            issuers=[cls.organization],
            topics=[cls.topic, cls.secret_topic],
            hero_image=cls.image,
            publish=False,
            go_live_at=go_live,
        )
        cls.scheduled.save_revision().publish()
        # 2. A draft nobody has published.
        cls.draft = make_release(
            title=f"{MARKER} draft statement",
            summary=f"{MARKER} draft summary.",
            quotes=[secret_quote(cls.organization)],
            issuers=[cls.organization],
            publish=False,
        )
        # 3. Published, but behind a password.
        cls.private = make_release(
            title=f"{MARKER} members-only briefing",
            summary=f"{MARKER} private summary.",
            quotes=[secret_quote(cls.organization)],
            issuers=[cls.organization],
        )
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type="password", password="members"
        )
        # 4. Unpublished edits to a live release and a live organization.
        draft_edit = cls.public_release.get_latest_revision_as_object()
        draft_edit.title = f"{MARKER} rewritten headline"
        draft_edit.summary = f"{MARKER} rewritten lede."
        draft_edit.save_revision()
        org_edit = Organization.objects.get(pk=cls.organization.pk)
        org_edit.description = f"{MARKER} new boilerplate."
        org_edit.save_revision()
        # 5. An organization still in draft.
        draft_org = OrganizationFactory(
            name=f"{MARKER} Alliance", slug=f"{PROBE}-alliance", live=False
        )
        draft_org.save_revision()
        # 6. A journalist preview link exists for the scheduled release.
        PreviewLink.objects.create(
            release=cls.scheduled,
            recipient_name="Ana Ruiz",
            expires_at=go_live,
        )

    def pools(self) -> dict[str, list[str]]:
        ids = set()
        for model in (
            Page,
            Quote,
            Organization,
            Topic,
            CustomImage,
            PreviewLink,
            MediaContact,
        ):
            ids.update(model.objects.values_list("pk", flat=True))
        # Quote anchors of every release, hidden ones included, from their
        # latest revisions: quote permalinks and share cards are probed too.
        anchors, anchor_pairs = set(), []
        for release in PressReleasePage.objects.all():
            latest = release.get_latest_revision_as_object()
            for block in latest.quote_blocks():
                anchors.add(quote_anchor(block.id))
                anchor_pairs.append((str(release.pk), quote_anchor(block.id)))
        ids.update(get_document_model().objects.values_list("pk", flat=True))
        slugs = set(Page.objects.values_list("slug", flat=True))
        slugs |= set(Organization.objects.values_list("slug", flat=True))
        slugs |= set(Topic.objects.values_list("slug", flat=True))
        filenames = [doc.filename for doc in get_document_model().objects.all()] + [
            "briefing.txt"
        ]
        return {
            "ids": [str(i) for i in sorted(ids)],
            "slugs": [*sorted(slugs), PROBE],
            "tokens": ["A" * 43, "not-a-token"],
            "anchors": sorted(anchors),
            "anchor_pairs": anchor_pairs,
            "filenames": filenames,
            "paths": [""],
        }

    def extra_queries(self) -> list[dict]:
        return [
            {"organization": self.organization.slug},
            {"organization": f"{PROBE}-alliance"},
            {"topic": self.topic.slug},
            {"topic": self.secret_topic.slug},
            {"year": str(timezone.localtime().year)},
        ]

    def body_of(self, response) -> str:
        if getattr(response, "streaming", False):
            content = b"".join(response.streaming_content)
        else:
            content = response.content
        headers = "\n".join(f"{k}: {v}" for k, v in response.items())
        return headers + "\n" + content.decode("utf-8", errors="replace")

    def test_the_secrets_are_really_there_to_be_leaked(self):
        """Guard against a vacuous pass: the marker is stored where it should be."""
        self.assertFalse(PressReleasePage.objects.get(pk=self.scheduled.pk).live)
        self.assertIsNotNone(self.scheduled.scheduled_revision)
        self.assertIn(MARKER, self.scheduled.title)
        self.assertFalse(Quote.objects.filter(speaker_name__contains=MARKER).exists())
        self.assertIn(
            MARKER,
            PressReleasePage.objects.get(pk=self.public_release.pk)
            .get_latest_revision_as_object()
            .title,
        )

    def test_no_public_url_shows_anything_unpublished(self):
        urls = discover_public_urls(self.pools(), PROBE, self.extra_queries())

        must_cover = {
            "/",
            self.newsroom.url,
            self.directory.url,
            self.public_release.url,
            f"{self.directory.url}{self.organization.slug}/",
            f"/search/?q={PROBE}",
            f"/preview/{self.scheduled.pk}/{'A' * 43}/",
            "/feeds/releases.rss",
            "/sitemap.xml",
            "/news-sitemap.xml",
            "/api/v2/pages/",
        }
        hidden_anchor = quote_anchor(next(self.scheduled.quote_blocks()).id)
        must_cover |= {
            f"/quotes/{self.scheduled.pk}/{hidden_anchor}/",
            f"/quotes/{self.scheduled.pk}/{hidden_anchor}/card.png",
        }
        self.assertLessEqual(must_cover, urls, "discovery missed a known channel")
        self.assertGreaterEqual(len(urls), 150)

        leaks, errors = [], []
        for url in sorted(urls):
            response = self.client.get(url)
            if response.status_code >= 500:
                errors.append(f"{url} -> {response.status_code}")
            if PROBE in scrub_echoes(self.body_of(response), url).lower():
                leaks.append(f"{url} ({response.status_code})")
            location = response.get("Location", "")
            if response.status_code in (301, 302) and location.startswith("/"):
                followed = self.client.get(location)
                if PROBE in scrub_echoes(self.body_of(followed), location).lower():
                    leaks.append(f"{url} -> {location}")
        self.maxDiff = None
        self.assertEqual(leaks, [], f"{len(leaks)} URLs leak the marker")
        self.assertEqual(errors, [], "server errors while probing")
