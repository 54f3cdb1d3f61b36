"""An editor drafts a release with two quotes, submits it; a lead approves it.

Everything goes through the real admin UI in Chromium, StreamField included.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_serious_axe_violations
from tests.editorial.helpers import make_editor, make_lead
from tests.factories import site_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Coalition praises new language access rule"


def log_in(page, username: str) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def log_out(page) -> None:
    page.context.clear_cookies()


def add_quote(page, index: int, text: str, speaker: str, organization: str) -> None:
    page.locator("button[title='Insert a block']").last.click()
    page.get_by_role("option", name=re.compile(r"^Quote")).first.click()
    page.locator(f"[name='body-{index}-value-text']").fill(text)
    page.locator(f"[name='body-{index}-value-speaker_name']").fill(speaker)
    page.locator(f"[name='body-{index}-value-organization_name']").fill(organization)


def test_editor_drafts_and_submits_lead_approves_and_it_goes_live(page, axe):
    _, newsroom, _ = site_pages()
    make_editor("edna")
    make_lead("leo")

    log_in(page, "edna")
    page.goto(f"/admin/pages/add/newsroom/pressreleasepage/{newsroom.pk}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill(
        "Advocates said the rule will help thousands of families in court."
    )
    page.locator("#id_dateline_city").fill("Chicago")
    add_quote(
        page,
        0,
        "Nobody should lose a case because they could not follow the hearing.",
        "Marisol Quintero",
        "Prairie Legal Defense Collaborative",
    )
    add_quote(
        page,
        1,
        "Interpreters are a right, not a favor.",
        "Dev Okafor",
        "Lakeshore Worker Center",
    )
    # The "Submit to Lead approval" action sits in the action menu's drop-up.
    page.locator("[data-w-dropdown-target='toggle']").filter(
        has=page.locator(".icon-arrow-up")
    ).last.click()
    page.get_by_role("button", name=re.compile("Submit to Lead approval")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$|/admin/pages/\d+/$"))
    assert "submitted" in page.content().lower()

    from newsroom.models import PressReleasePage

    release = PressReleasePage.objects.get(title=TITLE)
    assert not release.live
    assert len(list(release.get_latest_revision_as_object().quote_blocks())) == 2
    assert page.request.get(f"/newsroom/{release.slug}/").status == 404

    log_out(page)
    log_in(page, "leo")
    assert TITLE in page.content()  # dashboard: awaiting approval
    page.goto(f"/admin/pages/{release.pk}/edit/")
    page.locator("[data-w-dropdown-target='toggle']").filter(
        has=page.locator(".icon-arrow-up")
    ).last.click()
    page.get_by_role("button", name=re.compile(r"^\s*Approve and Publish\s*$")).click()
    expect(page.locator(".messages")).to_contain_text(
        re.compile("has been updated|approved|published", re.IGNORECASE)
    )

    release.refresh_from_db()
    assert release.live
    page.goto(release.url)
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    quotes = page.locator("figure.quote")
    assert quotes.count() == 2
    assert "Marisol Quintero" in quotes.first.inner_text()
    assert "Dev Okafor" in quotes.last.inner_text()
    assert "EMBARGOED" not in page.content()
    assert_no_serious_axe_violations(axe, page)
