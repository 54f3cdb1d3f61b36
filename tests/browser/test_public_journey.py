"""A reader's journey: home, newsroom, a release, a quote's organization."""

import re

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories import OrganizationFactory, make_release, site_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_walks_from_home_to_an_organization_profile(page, axe):
    site_pages()
    organization = OrganizationFactory(name="Prairie Legal Defense Collaborative")
    make_release(
        title="Judges asked to expand interpreter access",
        issuers=[organization],
        quotes=[
            {
                "organization": organization,
                "speaker": "Imani Castellanos",
                "text": "Nobody should lose a case because they could not "
                "understand the hearing.",
            }
        ],
    )

    page.goto("/")
    assert_no_serious_axe_violations(axe, page)

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Newsroom"
    ).click()
    page.wait_for_url(re.compile(r"/newsroom/$"))
    assert_no_serious_axe_violations(axe, page)

    page.get_by_role("link", name="Judges asked to expand interpreter access").click()
    page.wait_for_url(re.compile(r"/newsroom/judges-asked"))
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Judges asked to expand interpreter access"
    )
    assert_no_serious_axe_violations(axe, page)

    quote = page.locator("figure.quote").first
    assert "Imani Castellanos" in quote.inner_text()
    quote.get_by_role("link", name="Prairie Legal Defense Collaborative").click()
    page.wait_for_url(re.compile(rf"/members/{organization.slug}/$"))
    assert (
        page.get_by_role("heading", level=1)
        .inner_text()
        .startswith("Prairie Legal Defense Collaborative")
    )
    assert "Nobody should lose a case" in page.content()
    assert_no_serious_axe_violations(axe, page)

    page.get_by_role(
        "link", name="Judges asked to expand interpreter access"
    ).first.click()
    page.wait_for_url(re.compile(r"/newsroom/judges-asked"))
