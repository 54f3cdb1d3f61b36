"""Wagtail's own accessibility checker (the userbar's "Checks") on demo releases."""

import io
import re

from django.core.management import call_command

import pytest
from playwright.sync_api import expect

from newsroom.models import PressReleasePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_wagtail_accessibility_checker_finds_no_issues_on_demo_releases(
    page, django_user_model
):
    call_command("load_demo_content", stdout=io.StringIO())
    django_user_model.objects.create_superuser(
        "checker", "checker@coalition.example.org", "a-long-test-password"
    )
    page.goto("/admin/login/")
    page.fill("#id_username", "checker")
    page.fill("#id_password", "a-long-test-password")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    releases = PressReleasePage.objects.live().order_by("-release_date")
    with_hero = releases.filter(hero_image__isnull=False).first()
    newest = releases.exclude(pk=with_hero.pk).first()
    for release in (with_hero, newest):
        page.goto(release.url)
        count = page.locator("[data-content-checker-count]").first
        # The userbar runs axe with Wagtail's rule set after the page loads and
        # writes the number of issues into its "Checks" item.
        expect(count).to_have_text(re.compile(r"^\d+$"), timeout=30_000)
        assert count.text_content() == "0", f"checker issues on {release.url}"
