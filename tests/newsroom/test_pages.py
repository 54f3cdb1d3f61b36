"""Page types: where they can be created, that they render and preview."""

from django.test import TestCase

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from newsroom.models import MemberDirectoryPage, NewsroomIndexPage, PressReleasePage
from tests.factories import OrganizationFactory, make_release, site_pages


class PageTreeRulesTests(WagtailPageTestCase):
    def test_release_only_under_newsroom(self):
        self.assertAllowedParentPageTypes(PressReleasePage, {NewsroomIndexPage})
        self.assertAllowedSubpageTypes(PressReleasePage, set())

    def test_newsroom_and_directory_only_under_home(self):
        self.assertAllowedParentPageTypes(NewsroomIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(MemberDirectoryPage, {HomePage})

    def test_home_only_at_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {NewsroomIndexPage, MemberDirectoryPage}
        )

    def test_release_cannot_be_created_under_home(self):
        self.assertCanNotCreateAt(HomePage, PressReleasePage)
        self.assertCanCreateAt(NewsroomIndexPage, PressReleasePage)


class RenderAndPreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.newsroom, cls.directory = site_pages()
        cls.organization = OrganizationFactory(name="Lakeshore Worker Center")
        cls.release = make_release(
            title="County ends detainer agreement",
            issuers=[cls.organization],
            quotes=[
                {"organization": cls.organization, "speaker": "Rosa Delgado"},
                {"organization_name": "Office of Councilmember Park"},
            ],
        )

    def setUp(self):
        self.login()

    def test_every_page_type_renders(self):
        for page in (self.home, self.newsroom, self.directory, self.release):
            with self.subTest(page=page):
                self.assertPageIsRenderable(page)

    def test_every_page_type_previews(self):
        # The release is previewed with real StreamField form data in
        # test_admin.ReleaseAdminTests (the editor's StreamField is JS-driven).
        for page in (self.home, self.newsroom, self.directory):
            with self.subTest(page=page):
                self.assertPageIsPreviewable(page)

    def test_directory_profile_route_renders(self):
        self.assertPageIsRoutable(self.directory, f"{self.organization.slug}/")
        self.assertPageIsRenderable(self.directory, f"{self.organization.slug}/")


class ReleaseRenderingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.organization = OrganizationFactory(
            name="Illinois Fictional Coalition for Refugee Rights"
        )
        cls.release = make_release(
            title="Statehouse passes language access bill",
            dateline_city="Washington",
            dateline_state="DC",
            quotes=[
                {
                    "organization": cls.organization,
                    "speaker": "Fredrick Tamsin",
                    "title": "senior policy counsel",
                    "city": "Chicago",
                    "text": "First paragraph.\n\nSecond paragraph.",
                },
                {"organization_name": "Office of Councilmember Park"},
            ],
        )

    def test_quote_is_a_figure_with_blockquote_caption_and_anchor(self):
        response = self.client.get(self.release.url)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        block_id = next(self.release.quote_blocks()).id
        self.assertIn(f'<figure class="quote" id="quote-{block_id[:8]}">', html)
        self.assertInHTML(
            "<blockquote class='quote__text'><p>First paragraph.</p>"
            "<p>Second paragraph.</p></blockquote>",
            html,
        )
        profile = f"/members/{self.organization.slug}/"
        self.assertIn(
            f'<a class="quote__org" href="{profile}">{self.organization.name}</a>', html
        )
        self.assertIn("senior policy counsel", html)

    def test_free_text_organization_is_not_linked(self):
        html = self.client.get(self.release.url).content.decode()
        self.assertIn(
            '<span class="quote__org">Office of Councilmember Park</span>', html
        )

    def test_dateline_in_ap_style(self):
        html = self.client.get(self.release.url).content.decode()
        date = self.release.date_display
        self.assertIn(f"WASHINGTON, D.C. — {date}", html)

    def test_release_has_landmarks_and_one_h1(self):
        html = self.client.get(self.release.url).content.decode()
        self.assertEqual(html.count("<h1"), 1)
        self.assertIn('<main id="main"', html)
        self.assertIn('class="skip-link" href="#main"', html)
        self.assertIn("###", html)


class CoalitionAboutTests(TestCase):
    def test_about_boilerplate_from_site_settings_is_under_every_release(self):
        from wagtail.models import Site

        from newsroom.models import CoalitionSettings

        site_pages()
        settings = CoalitionSettings.for_site(Site.objects.get(is_default_site=True))
        settings.coalition_name = "Lantern Test Coalition"
        settings.about = "The Lantern Test Coalition unites forty fictional groups."
        settings.save()
        for title in ("First release", "Second release"):
            release = make_release(title=title)
            response = self.client.get(release.url)
            self.assertContains(response, "About Lantern Test Coalition")
            self.assertContains(response, "unites forty fictional groups")
