"""In a browser: from a release to a quote's permalink, then copy it."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories import OrganizationFactory, make_release, site_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_journalist_copies_a_quote_with_attribution(page, axe):
    site_pages()
    organization = OrganizationFactory(
        name="Prairie Legal Defense Collaborative", slug="prairie-legal"
    )
    make_release(
        title="Judges asked to expand interpreter access",
        quotes=[
            {
                "organization": organization,
                "speaker": "Imani Castellanos",
                "title": "staff attorney",
                "text": "Nobody should lose a case because they could not "
                "understand the hearing.",
            }
        ],
    )
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/newsroom/judges-asked-to-expand-interpreter-access/")
    page.get_by_role("link", name=re.compile("^Share or cite")).first.click()
    page.wait_for_url(re.compile(r"/quotes/\d+/quote-[0-9a-f]{8}/$"))
    assert_no_serious_axe_violations(axe, page)

    expected = (
        "“Nobody should lose a case because they could not understand the "
        "hearing,” said Imani Castellanos, staff attorney at Prairie Legal "
        "Defense Collaborative.\n\n"
        # Absolute URLs come from the Wagtail site (localhost:80 in tests).
        f"http://localhost{urlparse(page.url).path}"
    )
    textarea = page.get_by_label("Quote with attribution")
    assert textarea.input_value() == expected
    button = page.get_by_role("button", name="Copy quote")
    assert button.is_visible()
    button.click()
    page.get_by_role("status").filter(has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == expected

    card = page.get_by_role("img", name=re.compile("Share card"))
    card.scroll_into_view_if_needed()
    assert (
        page.evaluate(
            "(img) => img.complete && img.naturalWidth", card.element_handle()
        )
        == 1200
    )
