"""An editor imports a pasted release, fixes a match and lands in the editor."""

import re

from django.contrib.auth import get_user_model

import pytest

from newsroom.models import PressReleasePage
from tests.browser.conftest import assert_no_serious_axe_violations
from tests.factories import site_pages
from tests.importer.helpers import CORPUS, create_registry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_imports_a_pasted_release_and_fixes_an_organization(page, axe):
    site_pages()
    create_registry()
    get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    text = (CORPUS / "09-no-headline.txt").read_text(encoding="utf-8")

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("pw")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.get_by_role("link", name="Import a release").click()
    page.wait_for_url(re.compile(r"/admin/import-release/$"))
    page.get_by_label("Paste the release").fill(text)
    page.get_by_role("button", name="Review the import").click()

    page.get_by_role("heading", name="What will be imported").wait_for()
    assert (
        "Parents and teachers gathered"
        in page.locator(".importer-source-text").inner_text()
    )
    warnings = page.locator(".importer-warnings").first.inner_text()
    assert "No headline found" in warnings
    assert "Aurora Parents United Committee" in warnings
    # The same warning is on the quote it is about.
    card = page.locator("[data-importer-quote]", has_text="Beatriz Solano")
    notes = card.get_by_role("list", name="Check this quote")
    assert "is not in the registry" in notes.inner_text()
    assert_no_serious_axe_violations(axe, page)

    chooser = page.get_by_label("Organization for the quote by Beatriz Solano")
    chooser.select_option(label="Lakeshore Immigrant Alliance")
    page.get_by_role("button", name="Create draft").click()

    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    release = PressReleasePage.objects.get()
    assert f"/admin/pages/{release.pk}/edit/" in page.url
    assert release.live is False
    first = next(b.value for b in release.body if b.block_type == "quote")
    assert first["organization"].name == "Lakeshore Immigrant Alliance"
    assert "Beatriz Solano" in page.content()

    # What the review flagged is waiting in the editor as open comments.
    page.get_by_role("button", name="Toggle comments").click()
    comment = page.locator(".comment", has_text="Aurora Parents United Committee")
    comment.first.wait_for()
    assert "the organization was set to “Lakeshore Immigrant Alliance”" in (
        comment.first.inner_text()
    )
    assert page.locator(".comment", has_text="Riverbend Immigrant Youth").count() == 1
