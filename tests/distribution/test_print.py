"""The print stylesheet makes a release print like a wire release."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.test import TestCase

from .helpers import build_newsroom

PRINT_CSS = Path(settings.BASE_DIR) / "static" / "css" / "print.css"


def rule(css: str, selector: str) -> str:
    """The declarations of the first rule whose selector list has ``selector``."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        if selector in [s.strip() for s in selectors.split(",")]:
            return body
    raise AssertionError(f"no rule for {selector}")


class PrintStylesheetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.n = build_newsroom()

    def test_release_links_print_css_for_print_only(self):
        html = self.client.get(self.n.lead.url).content.decode()
        self.assertIn(
            '<link rel="stylesheet" href="/static/css/print.css" media="print">', html
        )
        # The parts the stylesheet styles are on the page, in wire order.
        positions = [
            html.index('class="release__title"'),
            html.index('class="release__dateline"'),
            html.index('class="quote"'),
            html.index('class="release__end"'),
            html.index('class="release__contacts"'),
        ]
        self.assertEqual(positions, sorted(positions))

    def test_key_rules(self):
        css = PRINT_CSS.read_text()
        hidden = rule(css, ".site-header")
        self.assertIn("display: none", hidden)
        for selector in (".site-footer", ".quote__share", ".contact__vcard", "nav"):
            self.assertIn("display: none", rule(css, selector))
        self.assertIn("text-transform: uppercase", rule(css, ".release__dateline"))
        self.assertIn("break-inside: avoid", rule(css, ".quote"))
        self.assertIn("break-inside: avoid", rule(css, ".release__contacts"))
        end = rule(css, ".release__end")
        self.assertIn("display: block", end)
        self.assertIn("text-align: center", end)
        links = rule(css, '.release__body a[href^="http"]::after')
        self.assertIn('content: " (" attr(href) ")"', links)
        self.assertIn("@page", css)
