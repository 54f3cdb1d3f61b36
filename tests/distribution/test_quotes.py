"""Quote permalink pages and the AP-style "copy with attribution" text."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from django.test import SimpleTestCase, TestCase

from distribution.attribution import ap_quote, copy_text
from newsroom.models import PressReleasePage, Quote

from .helpers import LEAK, build_newsroom, first_quote, head_of
from .schema_org import validate


class ApQuoteTests(SimpleTestCase):
    def test_period_becomes_comma_inside_the_quotes(self):
        self.assertEqual(
            ap_quote(
                "We will not stop.",
                "Fred Tsao, senior policy counsel at the Illinois Coalition for "
                "Immigrant and Refugee Rights",
            ),
            "“We will not stop,” said Fred Tsao, senior policy counsel at the "
            "Illinois Coalition for Immigrant and Refugee Rights.",
        )

    def test_question_and_exclamation_marks_stay(self):
        self.assertEqual(
            ap_quote("Why wait?", "Ana Ruiz"), "“Why wait?” said Ana Ruiz."
        )
        self.assertEqual(ap_quote("Enough!", "Ana Ruiz"), "“Enough!” said Ana Ruiz.")

    def test_missing_final_punctuation_gets_a_comma(self):
        self.assertEqual(ap_quote("We won", "Ana Ruiz"), "“We won,” said Ana Ruiz.")

    def test_each_paragraph_opens_only_the_last_closes(self):
        self.assertEqual(
            ap_quote("First paragraph.\n\nSecond paragraph.\n\nThird.", "Ana Ruiz"),
            "“First paragraph.\n\n“Second paragraph.\n\n“Third,” said Ana Ruiz.",
        )

    def test_copy_text_ends_with_the_link(self):
        self.assertEqual(
            copy_text("Yes.", "Ana Ruiz", "https://example.org/quotes/1/quote-ab/"),
            "“Yes,” said Ana Ruiz.\n\nhttps://example.org/quotes/1/quote-ab/",
        )


class TextareaParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.textareas: list[dict] = []
        self.links: list[dict] = []
        self.buttons: list[dict] = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "textarea":
            self._current = {"attrs": attrs, "text": ""}
            self.textareas.append(self._current)
        elif tag == "a":
            self.links.append(attrs)
        elif tag == "button":
            self.buttons.append(attrs)

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._current = None

    def handle_data(self, data):
        if self._current is not None:
            self._current["text"] += data


class QuotePermalinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()
        cls.quote = first_quote(cls.n.lead)
        cls.url = f"/quotes/{cls.n.lead.pk}/{cls.quote.anchor}/"

    def test_permalink_shows_quote_speaker_organization_and_release(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "distribution/quote_permalink.html")
        html = response.content.decode()
        self.assertInHTML(
            "<blockquote class='quote__text' cite='http://localhost"
            f"{self.n.lead.url}#{self.quote.anchor}'>"
            "<p>Families in this county can breathe easier tonight.</p>"
            "<p>We will keep watching to make sure the county keeps its word.</p>"
            "</blockquote>",
            html,
        )
        self.assertIn('<span class="quote__speaker">Fredrick Tamsin</span>', html)
        self.assertIn(
            '<a class="quote__org" href="/members/ifcirr/">Illinois Fictional '
            "Coalition for Immigrant and Refugee Rights</a>",
            html,
        )
        self.assertIn(
            f'<a class="quote-page__release" href="http://localhost{self.n.lead.url}'
            f'#{self.quote.anchor}">{self.n.lead.title}</a>',
            html,
        )

    def test_copy_text_is_selectable_without_javascript(self):
        parser = TextareaParser()
        parser.feed(self.client.get(self.url).content.decode())
        self.assertEqual(len(parser.textareas), 1)
        textarea = parser.textareas[0]
        self.assertIn("readonly", textarea["attrs"])
        self.assertEqual(
            textarea["text"],
            "“Families in this county can breathe easier tonight.\n\n"
            "“We will keep watching to make sure the county keeps its word,” said "
            "Fredrick Tamsin, senior policy counsel at Illinois Fictional Coalition "
            "for Immigrant and Refugee Rights in Chicago.\n\n"
            f"http://localhost{self.url}",
        )
        # The copy button is hidden until copy.js shows it.
        copy_buttons = [b for b in parser.buttons if "data-copy-target" in b]
        self.assertEqual(len(copy_buttons), 1)
        self.assertIn("hidden", copy_buttons[0])
        self.assertEqual(copy_buttons[0]["data-copy-target"], "quote-copy-text")

    def test_permalink_uses_card_as_og_image(self):
        html = self.client.get(self.url).content.decode()
        self.assertIn(
            f'<meta property="og:image" content="http://localhost{self.url}card.png">',
            html,
        )
        self.assertIn('<meta property="og:image:width" content="1200">', html)
        self.assertIn('<meta property="og:image:height" content="630">', html)
        self.assertIn(f'<link rel="canonical" href="http://localhost{self.url}">', html)
        self.assertIn('<script src="/static/js/copy.js" defer></script>', html)

    def test_release_links_each_published_quote_to_its_permalink(self):
        html = self.client.get(self.n.lead.url).content.decode()
        for quote in Quote.objects.filter(release=self.n.lead):
            url = f"/quotes/{self.n.lead.pk}/{quote.anchor}/"
            self.assertIn(f'<a class="quote__share" href="{url}">', html)

    def test_profile_links_quotes_to_their_permalinks(self):
        html = self.client.get("/members/ifcirr/").content.decode()
        self.assertIn(f'href="{self.url}"', html)

    def test_permalink_is_stable_across_republishing(self):
        page = PressReleasePage.objects.get(pk=self.n.lead.pk)
        page.title = "County ends detainer agreement for good"
        page.save_revision().publish()
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "County ends detainer agreement for good")

    def test_unpublished_quotes_have_no_permalink(self):
        for release in (self.n.draft, self.n.embargoed, self.n.private):
            block = next(release.quote_blocks(), None) or next(
                PressReleasePage.objects.get(pk=release.pk)
                .get_latest_revision_as_object()
                .quote_blocks()
            )
            url = f"/quotes/{release.pk}/quote-{block.id[:8]}/"
            with self.subTest(release=release.title):
                self.assertEqual(self.client.get(url).status_code, 404)
                self.assertEqual(self.client.get(url + "card.png").status_code, 404)

    def test_unpublishing_removes_the_permalink(self):
        PressReleasePage.objects.get(pk=self.n.lead.pk).unpublish()
        self.assertEqual(self.client.get(self.url).status_code, 404)

    def test_bad_addresses_are_404_not_500(self):
        for url in (
            "/quotes/999999/quote-deadbeef/",
            f"/quotes/{self.n.lead.pk}/quote-00000000/",
            f"/quotes/{self.n.lead.pk}/%00/",
            "/quotes/abc/quote-1/",
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 404)

    def test_unpublished_edit_does_not_reach_permalink(self):
        quote = first_quote(self.n.edited)
        response = self.client.get(f"/quotes/{self.n.edited.pk}/{quote.anchor}/")
        self.assertContains(response, "A good day for the city.")
        self.assertNotContains(response, LEAK)


class QuotePermalinkJsonLdTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def test_permalink_has_a_valid_quotation(self):
        quote = first_quote(self.n.lead)
        url = f"/quotes/{self.n.lead.pk}/{quote.anchor}/"
        head = head_of(self.client.get(url))
        data = json.loads(head.jsonld[0])
        self.assertEqual(validate(data), [])
        self.assertEqual(data["@type"], "Quotation")
        self.assertEqual(data["url"], f"http://localhost{url}")
        self.assertEqual(data["spokenByCharacter"]["name"], "Fredrick Tamsin")
        self.assertEqual(
            data["spokenByCharacter"]["affiliation"]["url"],
            "http://localhost/members/ifcirr/",
        )
        self.assertEqual(data["isPartOf"]["@type"], "NewsArticle")
        self.assertEqual(data["isPartOf"]["url"], f"http://localhost{self.n.lead.url}")
        self.assertEqual(data["image"]["url"], f"http://localhost{url}card.png")
