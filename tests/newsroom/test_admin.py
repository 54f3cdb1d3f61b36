"""Communications staff at work in the admin: releases and the registry."""

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from newsroom.models import (
    MemberDirectoryPage,
    NewsroomIndexPage,
    Organization,
    PressReleasePage,
    Quote,
)
from tests.factories import OrganizationFactory, TopicFactory, make_release, site_pages
from tests.forms import release_form_data


def organization_form_data(**overrides) -> dict:
    data = {
        "name": "New Horizons Center",
        "short_name": "NHC",
        "slug": "new-horizons-center",
        "kind": "community",
        "city": "Denver",
        "state": "CO",
        "website": "https://horizons.example.org",
        "description": "A fictional community center.",
        "status": "member",
        "date_joined": "2020-05-01",
        "logo": "",
    }
    data.update(overrides)
    return data


class ReleaseAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.newsroom, cls.directory = site_pages()
        cls.organization = OrganizationFactory(name="Lakeshore Worker Center")
        cls.topic = TopicFactory(name="Detention", slug="detention")

    def setUp(self):
        self.login()

    def add_url(self, parent: Page) -> str:
        return reverse(
            "wagtailadmin_pages:add",
            args=["newsroom", "pressreleasepage", parent.pk],
        )

    def test_release_with_quotes_is_created_and_published_through_the_admin(self):
        data = release_form_data(
            title="Council votes to end detainer contract",
            slug="council-ends-detainer-contract",
            issuers=[self.organization],
            topics=[self.topic],
            quotes=[
                {
                    "text": "This vote keeps families together.",
                    "speaker": "Rosa Delgado",
                    "title": "organizing director",
                    "organization": self.organization,
                    "city": "Chicago",
                },
                {
                    "text": "We will watch how it is carried out.",
                    "speaker": "Owen Marsh",
                    "organization_name": "Office of Alderperson Marsh",
                },
            ],
            action="action-publish",
        )
        response = self.client.post(self.add_url(self.newsroom), data)
        self.assertEqual(response.status_code, 302, response.content[:3000])

        release = PressReleasePage.objects.get(slug="council-ends-detainer-contract")
        self.assertTrue(release.live)
        self.assertEqual(
            [q.speaker_name for q in Quote.objects.filter(release=release)],
            ["Rosa Delgado", "Owen Marsh"],
        )
        self.assertEqual(list(release.topics.all()), [self.topic])
        self.assertEqual(
            [i.organization for i in release.issuers.all()], [self.organization]
        )
        page = self.client.get(release.url)
        self.assertContains(page, "This vote keeps families together.")
        self.assertContains(page, "CHICAGO, Ill. — March 29, 2024")

    def test_quote_needs_an_organization_or_a_name(self):
        data = release_form_data(
            title="Missing organization",
            slug="missing-organization",
            quotes=[{"text": "Words.", "speaker": "Lee Park"}],
            action="action-publish",
        )
        response = self.client.post(self.add_url(self.newsroom), data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response, "Choose an organization from the registry or type its name."
        )
        self.assertFalse(PressReleasePage.objects.filter(slug="missing-organization"))

    def test_release_cannot_be_added_under_the_home_page(self):
        response = self.client.get(self.add_url(self.home))
        self.assertIn(response.status_code, (302, 403))
        self.assertNotContains(
            response, "page-edit-form", status_code=response.status_code
        )

    def test_release_preview_renders_quotes(self):
        release = make_release(title="Preview me", quotes=[{"speaker": "Ana Ruiz"}])
        data = release_form_data(
            title="Preview me",
            slug=release.slug,
            quotes=[
                {
                    "text": "Unsaved words in preview.",
                    "speaker": "Ana Ruiz",
                    "organization": self.organization,
                }
            ],
        )
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[release.pk])
        response = self.client.post(preview_url, data)
        self.assertJSONEqual(response.content, {"is_valid": True, "is_available": True})
        response = self.client.get(preview_url)
        self.assertContains(response, "Unsaved words in preview.")
        self.assertContains(response, "Lakeshore Worker Center")


class OrganizationAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.organization = OrganizationFactory(
            name="Desert Sanctuary Network", kind="faith", state="AZ"
        )
        OrganizationFactory(name="Harbor Legal Aid", kind="legal", state="CA")

    def setUp(self):
        self.login()

    def test_organization_is_created_and_published(self):
        url = reverse("wagtailsnippets_newsroom_organization:add")
        response = self.client.post(
            url, {**organization_form_data(), "action-publish": "1"}
        )
        self.assertEqual(response.status_code, 302)
        organization = Organization.objects.get(slug="new-horizons-center")
        self.assertTrue(organization.live)
        self.assertEqual(organization.revisions.count(), 1)

    def test_duplicate_name_in_other_case_is_refused_with_a_clear_message(self):
        url = reverse("wagtailsnippets_newsroom_organization:add")
        response = self.client.post(
            url,
            {
                **organization_form_data(name="DESERT sanctuary NETWORK", slug="dsn-2"),
                "action-publish": "1",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "is already in the registry")
        self.assertEqual(
            Organization.objects.filter(
                name__iexact="desert sanctuary network"
            ).count(),
            1,
        )

    def test_database_refuses_case_insensitive_duplicates_too(self):
        from django.db import IntegrityError, transaction

        with self.assertRaises(IntegrityError), transaction.atomic():
            Organization.objects.create(
                name="desert sanctuary network", slug="another-slug"
            )

    def test_listing_filters_by_kind_state_and_status(self):
        url = reverse("wagtailsnippets_newsroom_organization:list")
        response = self.client.get(url, {"kind": "faith"})
        self.assertContains(response, "Desert Sanctuary Network")
        self.assertNotContains(response, "Harbor Legal Aid")
        response = self.client.get(url, {"state": "CA"})
        self.assertContains(response, "Harbor Legal Aid")
        self.assertNotContains(response, "Desert Sanctuary Network")
        response = self.client.get(url, {"status": "former"})
        self.assertNotContains(response, "Harbor Legal Aid")
        response = self.client.get(url, {"q": "Harbor"})
        self.assertContains(response, "Harbor Legal Aid")

    def test_usage_view_lists_releases_that_quote_it(self):
        release = make_release(
            title="Faith leaders welcome asylum seekers",
            quotes=[{"organization": self.organization}],
        )
        url = reverse(
            "wagtailsnippets_newsroom_organization:usage", args=[self.organization.pk]
        )
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, release.title)

    def test_drafts_of_organizations_keep_revisions(self):
        url = reverse(
            "wagtailsnippets_newsroom_organization:edit", args=[self.organization.pk]
        )
        data = organization_form_data(
            name="Desert Sanctuary Network", slug=self.organization.slug, city="Tucson"
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        self.organization.refresh_from_db()
        self.assertTrue(self.organization.has_unpublished_changes)
        self.assertNotEqual(self.organization.city, "Tucson")  # live stays as was
        self.assertEqual(self.organization.latest_revision.as_object().city, "Tucson")


class PageTreeTests(WagtailPageTestCase):
    def test_setup_creates_a_single_tree(self):
        site_pages()
        site_pages()
        self.assertEqual(NewsroomIndexPage.objects.count(), 1)
        self.assertEqual(MemberDirectoryPage.objects.count(), 1)


class OrganizationLockingTests(WagtailPageTestCase):
    def test_a_locked_organization_cannot_be_saved_by_someone_else(self):
        site_pages()
        organization = OrganizationFactory(name="Locked Legal Aid", city="Austin")
        owner = self.create_superuser("owner")
        other = self.create_superuser("other")

        self.client.force_login(owner)
        lock_url = reverse(
            "wagtailsnippets_newsroom_organization:lock", args=[organization.pk]
        )
        self.assertEqual(self.client.post(lock_url).status_code, 302)
        organization.refresh_from_db()
        self.assertTrue(organization.locked)
        self.assertEqual(organization.locked_by, owner)

        self.client.force_login(other)
        edit_url = reverse(
            "wagtailsnippets_newsroom_organization:edit", args=[organization.pk]
        )
        response = self.client.post(
            edit_url,
            {
                **organization_form_data(
                    name="Locked Legal Aid", slug=organization.slug
                ),
                "city": "Dallas",
                "action-publish": "1",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "locked", status_code=200)
        organization.refresh_from_db()
        self.assertEqual(organization.city, "Austin")
        self.assertEqual(organization.revisions.count(), 0)
