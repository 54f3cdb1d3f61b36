"""Share cards: real 1200x630 PNGs, stored once, redrawn when inputs change."""

from __future__ import annotations

import io
from pathlib import Path
from unittest import mock

from django.test import SimpleTestCase, TestCase

from PIL import Image

from distribution import cards
from distribution.models import ShareCard
from newsroom.models import Organization, PressReleasePage, Quote

from .helpers import build_newsroom, first_quote, make_image

ARABIC = "نحن نطالب بالعدالة لكل العائلات المهاجرة في هذه المدينة الكبيرة اليوم"
CHINESE = "我们要求为这座城市的每一个移民家庭伸张正义，今天的投票是一个开始。" * 2  # noqa: RUF001
CYRILLIC = "Мы требуем справедливости для каждой семьи иммигрантов в этом городе"


class WrappingTests(SimpleTestCase):
    width = cards.TEXT_WIDTH

    def font(self, text=""):
        return cards.typeface(46)

    def assert_fits(self, lines, font):
        for line in lines:
            self.assertLessEqual(font.getlength(line), self.width, line)

    def test_lines_break_at_spaces_and_keep_every_word(self):
        text = "Every family in this state deserves a fair hearing " * 6
        font = self.font()
        lines = cards.wrap(text, font, self.width)
        self.assertGreater(len(lines), 2)
        self.assert_fits(lines, font)
        self.assertEqual(" ".join(lines).split(), text.split())

    def test_a_word_wider_than_the_line_is_broken_inside(self):
        word = "Antidisestablishmentarianism" * 4
        font = self.font()
        lines = cards.wrap(f"Before {word} after", font, self.width)
        self.assert_fits(lines, font)
        self.assertEqual("".join(lines).replace(" ", ""), f"Before{word}after")
        self.assertGreater(len(lines), 2)

    def test_non_latin_text_wraps_within_the_line(self):
        for text in (ARABIC, CHINESE, CYRILLIC):
            with self.subTest(text=text[:10]):
                font = self.font(text)
                lines = cards.wrap(text, font, self.width)
                self.assertGreater(len(lines), 1)
                self.assert_fits(lines, font)
                self.assertEqual("".join(lines).replace(" ", ""), text.replace(" ", ""))

    def test_cjk_runs_use_a_cjk_font_and_the_rest_dejavu(self):
        face = cards.typeface(40)
        self.assertTrue(face.base.path.endswith("DejaVuSans.ttf"))
        runs = face.runs(f"“{CHINESE[:5]}” said {ARABIC[:4]}")
        if cards._cjk_font_path():
            self.assertIn(Path(face.cjk.path), cards.CJK_FONTS)
            self.assertEqual(
                [(text, font is face.cjk) for text, font in runs],
                [("“", False), (CHINESE[:5], True), (f"” said {ARABIC[:4]}", False)],
            )
        else:
            self.assertEqual(len(runs), 1)
        self.assertEqual(
            "".join(text for text, _ in runs), f"“{CHINESE[:5]}” said {ARABIC[:4]}"
        )
        self.assertTrue(cards.needs_cjk(CHINESE))
        self.assertFalse(cards.needs_cjk(CYRILLIC))

    def test_arabic_is_right_to_left(self):
        self.assertTrue(cards.is_rtl(ARABIC))
        self.assertFalse(cards.is_rtl(CYRILLIC))

    def test_long_quote_is_shortened_at_a_word_with_an_ellipsis(self):
        words = [f"word{i}" for i in range(400)]
        layout = cards.layout_quote(" ".join(words))
        self.assertEqual(layout.size, cards.QUOTE_SIZES[-1])
        last = layout.lines[-1]
        self.assertTrue(last.endswith("…”"), last)
        shown = " ".join(layout.lines)[1:-2].split()
        self.assertEqual(shown, words[: len(shown)])
        self.assertLess(len(shown), len(words))
        self.assert_fits(layout.lines, layout.font)
        max_lines = (cards.QUOTE_BOTTOM - cards.QUOTE_TOP) // layout.line_height
        self.assertLessEqual(len(layout.lines), max_lines)

    def test_short_quote_uses_the_largest_size(self):
        layout = cards.layout_quote("We won.")
        self.assertEqual(layout.size, cards.QUOTE_SIZES[0])
        self.assertEqual(layout.lines, ["“We won.”"])


class ShareCardTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def card_url(self, quote: Quote) -> str:
        return f"/quotes/{quote.release_id}/{quote.anchor}/card.png"

    def fetch(self, quote: Quote) -> Image.Image:
        response = self.client.get(self.card_url(quote))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "image/png")
        image = Image.open(io.BytesIO(response.content))
        image.load()
        return image

    def test_card_is_a_real_png_of_the_right_size(self):
        image = self.fetch(first_quote(self.n.lead))
        self.assertEqual(image.format, "PNG")
        self.assertEqual(image.size, (1200, 630))
        # Not a blank canvas: text was drawn.
        self.assertGreater(len(image.convert("L").getcolors(65536)), 10)

    def test_card_is_generated_once_and_stored(self):
        quote = first_quote(self.n.lead)
        with mock.patch(
            "distribution.cards.render_card", wraps=cards.render_card
        ) as render:
            self.fetch(quote)
            self.fetch(quote)
            self.client.get(f"/quotes/{quote.release_id}/{quote.anchor}/")
        self.assertEqual(render.call_count, 1)
        card = ShareCard.objects.get(quote=quote)
        self.assertTrue(card.image.storage.exists(card.image.name))
        self.assertEqual((card.width, card.height), (1200, 630))

    def edit_quote_text(self, release: PressReleasePage, text: str) -> None:
        page = PressReleasePage.objects.get(pk=release.pk)
        body = page.body.raw_data
        next(b for b in body if b["type"] == "quote")["value"]["text"] = text
        page.body = body
        page.save_revision().publish()

    def test_card_is_redrawn_after_the_quote_is_edited(self):
        quote = first_quote(self.n.lead)
        before = self.client.get(self.card_url(quote)).content
        card = ShareCard.objects.get(quote=quote)
        old_name, old_hash = card.image.name, card.content_hash
        self.edit_quote_text(self.n.lead, "A different sentence entirely.")
        quote.refresh_from_db()
        self.assertEqual(quote.pk, first_quote(self.n.lead).pk)
        after = self.client.get(self.card_url(quote)).content
        self.assertNotEqual(before, after)
        card.refresh_from_db()
        self.assertNotEqual(card.content_hash, old_hash)
        self.assertNotEqual(card.image.name, old_name)
        self.assertFalse(card.image.storage.exists(old_name))
        self.assertEqual(ShareCard.objects.filter(quote=quote).count(), 1)

    def test_card_is_redrawn_after_the_organization_is_renamed(self):
        quote = first_quote(self.n.lead)
        self.fetch(quote)
        old_hash = ShareCard.objects.get(quote=quote).content_hash
        organization = Organization.objects.get(pk=self.n.quoted.pk)
        organization.name = "Illinois Fictional Alliance for Refugee Rights"
        organization.save_revision().publish()
        self.fetch(quote)
        card = ShareCard.objects.get(quote=quote)
        self.assertNotEqual(card.content_hash, old_hash)
        quote.refresh_from_db()
        self.assertEqual(
            card.content_hash,
            cards.inputs_hash(
                cards.card_inputs(quote, "Prairie Fictional Immigrant Coalition")
            ),
        )

    def test_logo_is_drawn_when_present(self):
        quote = first_quote(self.n.lead)
        without = self.fetch(quote)
        organization = Organization.objects.get(pk=self.n.quoted.pk)
        organization.logo = make_image("Logo", size=(300, 300), colour="red")
        organization.save()
        with_logo = self.fetch(quote)
        corner = (1200 - cards.MARGIN - 40, 630 - cards.MARGIN - 20)
        self.assertNotEqual(without.getpixel(corner), with_logo.getpixel(corner))
        self.assertEqual(with_logo.convert("RGB").getpixel(corner), (255, 0, 0))

    def test_non_latin_quote_renders(self):
        self.edit_quote_text(self.n.second, f"{ARABIC}\n\n{CHINESE}\n\n{CYRILLIC}")
        image = self.fetch(first_quote(self.n.second))
        self.assertEqual(image.size, (1200, 630))

    def test_card_is_deleted_with_its_quote(self):
        quote = first_quote(self.n.lead)
        self.fetch(quote)
        card = ShareCard.objects.get(quote=quote)
        name = card.image.name
        PressReleasePage.objects.get(pk=self.n.lead.pk).unpublish()
        self.assertFalse(ShareCard.objects.filter(pk=card.pk).exists())
        self.assertFalse(card.image.storage.exists(name))
        self.assertEqual(self.client.get(self.card_url(quote)).status_code, 404)

    def test_no_cards_for_unpublished_quotes(self):
        for release in (self.n.draft, self.n.embargoed, self.n.private):
            self.assertFalse(Quote.objects.filter(release=release).exists())
        self.assertFalse(
            ShareCard.objects.filter(
                quote__release__in=[self.n.draft, self.n.embargoed, self.n.private]
            ).exists()
        )
