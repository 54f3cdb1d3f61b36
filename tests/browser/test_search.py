"""A journalist searches for a speaker and lands on the quote in its release."""

import re

import pytest

from newsroom.models import Quote
from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories import OrganizationFactory, make_release, site_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_speaker_and_follow_quote_to_its_anchor(page, axe):
    site_pages()
    organization = OrganizationFactory(name="Sierra Foothills Immigrant Network")
    release = make_release(
        title="Advocates seek county language access plan",
        issuers=[organization],
        quotes=[
            {
                "organization": organization,
                "speaker": "Octavia Marchetti",
                "title": "policy director",
                "text": "Every resident deserves to understand the county's "
                "notices in their own language.",
            }
        ],
    )
    quote = Quote.objects.get(release=release)

    page.goto("/search/")
    search_box = page.locator("#page-search-q")
    search_box.fill("Octav")
    suggestion = page.get_by_role("option", name=re.compile("Octavia Marchetti"))
    suggestion.wait_for()
    assert search_box.get_attribute("aria-expanded") == "true"
    search_box.press("ArrowDown")
    assert search_box.get_attribute("aria-activedescendant")
    search_box.press("Escape")
    assert search_box.get_attribute("aria-expanded") == "false"

    search_box.fill("Octavia Marchetti")
    search_box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Octavia"))
    assert_no_serious_axe_violations(axe, page)

    results = page.get_by_role("region", name=re.compile("Quotes"))
    assert "Octavia" in results.locator("mark").first.inner_text()
    results.get_by_role(
        "link", name="Advocates seek county language access plan"
    ).click()
    page.wait_for_url(re.compile(rf"#{quote.anchor}$"))
    target = page.locator(f"#{quote.anchor}")
    assert "Every resident deserves" in target.inner_text()
    assert_no_serious_axe_violations(axe, page)
