"""What journalists and the public see: listings, filters, profiles."""

import datetime

from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from newsroom.models import Organization, PressReleasePage, Quote
from tests.factories import OrganizationFactory, TopicFactory, make_release, site_pages


def at(year: int, month: int = 6, day: int = 1) -> datetime.datetime:
    return datetime.datetime(year, month, day, 10, tzinfo=datetime.UTC)


class OrganizationProfileTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        cls.org = OrganizationFactory(name="Mesa Verde Families United")
        cls.other = OrganizationFactory(name="Granite State Welcome Center")
        cls.old = make_release(
            title="Older release",
            release_date=at(2022),
            quotes=[{"organization": cls.org, "text": "Older words of ours."}],
        )
        cls.new = make_release(
            title="Newer release",
            release_date=at(2024),
            quotes=[
                {"organization": cls.org, "text": "Newer words of ours."},
                {"organization": cls.other, "text": "Words of the other group."},
            ],
        )
        cls.issued_only = make_release(
            title="Issued but not quoted", issuers=[cls.org], release_date=at(2023)
        )
        make_release(
            title="Draft release",
            publish=False,
            quotes=[{"organization": cls.org, "text": "Draft words never shown."}],
        )
        make_release(
            title="Embargoed release",
            go_live_at=timezone.now() + datetime.timedelta(days=3),
            quotes=[{"organization": cls.org, "text": "Embargoed words."}],
        )
        private = make_release(
            title="Private release",
            quotes=[{"organization": cls.org, "text": "Private words."}],
        )
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="secret"
        )
        cls.unpublished = make_release(
            title="Withdrawn release",
            quotes=[{"organization": cls.org, "text": "Withdrawn words."}],
        )
        cls.unpublished.unpublish()

    def profile(self, organization: Organization):
        return self.client.get(f"/members/{organization.slug}/")

    def test_profile_lists_exactly_its_live_quotes_newest_first(self):
        response = self.profile(self.org)
        self.assertEqual(response.status_code, 200)
        quotes = list(response.context["quotes"])
        self.assertEqual(
            [q.text for q in quotes], ["Newer words of ours.", "Older words of ours."]
        )
        html = response.content.decode()
        for hidden in (
            "Draft words",
            "Embargoed words",
            "Private words",
            "Withdrawn words",
            "Words of the other group",
        ):
            self.assertNotIn(hidden, html)

    def test_each_quote_links_to_its_anchor_in_the_release(self):
        response = self.profile(self.org)
        quote = Quote.objects.get(text="Newer words of ours.")
        self.assertContains(response, f'href="{self.new.url}#{quote.anchor}"')
        release_page = self.client.get(self.new.url)
        self.assertContains(release_page, f'id="{quote.anchor}"')

    def test_profile_lists_releases_it_issued_or_was_quoted_in(self):
        response = self.profile(self.org)
        titles = [r.title for r in response.context["releases"]]
        self.assertEqual(
            titles, ["Newer release", "Issued but not quoted", "Older release"]
        )

    def test_unknown_or_draft_organization_is_404(self):
        self.assertEqual(self.client.get("/members/no-such-group/").status_code, 404)
        draft = OrganizationFactory(name="Not Yet Public", live=False)
        self.assertEqual(self.profile(draft).status_code, 404)

    def test_query_count_does_not_grow_with_quotes(self):
        few = OrganizationFactory(name="Few Quotes Org")
        many = OrganizationFactory(name="Many Quotes Org")
        make_release(title="Few", quotes=[{"organization": few}] * 5)
        for n in range(5):
            make_release(title=f"Many {n}", quotes=[{"organization": many}] * 10)
        self.profile(few)  # warm caches (site root paths)
        with CaptureQueriesContext(connection) as five:
            self.assertEqual(self.profile(few).status_code, 200)
        with self.assertNumQueries(len(five)):
            response = self.profile(many)
        self.assertEqual(len(response.context["quotes"]), 50)


class ReleaseQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        site_pages()
        orgs = [OrganizationFactory() for _ in range(10)]
        cls.small = make_release(
            title="Five quotes",
            issuers=orgs[:2],
            topics=[TopicFactory()],
            quotes=[{"organization": orgs[i % 5]} for i in range(5)],
        )
        cls.large = make_release(
            title="Fifty quotes",
            issuers=orgs[:2],
            topics=[TopicFactory()],
            quotes=[{"organization": orgs[i % 10]} for i in range(50)],
        )

    def test_release_page_queries_do_not_grow_with_quotes(self):
        self.client.get(self.small.url)
        with CaptureQueriesContext(connection) as five:
            self.assertEqual(self.client.get(self.small.url).status_code, 200)
        with self.assertNumQueries(len(five)):
            response = self.client.get(self.large.url)
        self.assertEqual(response.content.decode().count('<figure class="quote"'), 50)


class NewsroomIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home, cls.newsroom, _ = site_pages()
        cls.org = OrganizationFactory(name="Bayou Workers Alliance", slug="bayou")
        cls.topic = TopicFactory(name="Detention", slug="detention")
        make_release(title="Alpha 2022", release_date=at(2022), issuers=[cls.org])
        make_release(title="Beta 2023", release_date=at(2023), topics=[cls.topic])
        make_release(
            title="Gamma 2024",
            release_date=at(2024),
            quotes=[{"organization": cls.org}],
            topics=[cls.topic],
        )
        make_release(title="Draft 2024", release_date=at(2024), publish=False)

    def titles(self, query: dict) -> list[str]:
        response = self.client.get(self.newsroom.url, query)
        self.assertEqual(response.status_code, 200)
        return [r.title for r in response.context["releases"]]

    def test_lists_live_releases_newest_first(self):
        self.assertEqual(self.titles({}), ["Gamma 2024", "Beta 2023", "Alpha 2022"])

    def test_filters_by_organization_issued_or_quoted(self):
        self.assertEqual(
            self.titles({"organization": "bayou"}), ["Gamma 2024", "Alpha 2022"]
        )

    def test_filters_by_topic_and_year_combined(self):
        self.assertEqual(
            self.titles({"topic": "detention"}), ["Gamma 2024", "Beta 2023"]
        )
        self.assertEqual(
            self.titles({"topic": "detention", "year": "2023"}), ["Beta 2023"]
        )

    def test_unknown_values_give_an_explained_empty_result(self):
        for query, message in (
            ({"organization": "nobody"}, "No organization in the registry matches"),
            ({"topic": "<script>"}, "There is no topic called"),
            ({"year": "20x4"}, "is not a year"),
            ({"year": "99999999999999999999"}, "is not a year"),
        ):
            with self.subTest(query=query):
                response = self.client.get(self.newsroom.url, query)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, message)
                self.assertEqual(list(response.context["releases"]), [])
                self.assertNotContains(response, "<script>")

    def test_bad_page_numbers_fall_back_to_a_real_page(self):
        for page in ("0", "-1", "abc", "999"):
            with self.subTest(page=page):
                self.assertEqual(len(self.titles({"page": page})), 3)

    def test_pagination_keeps_filters(self):
        for n in range(12):
            make_release(title=f"Extra {n}", release_date=at(2021), topics=[self.topic])
        response = self.client.get(self.newsroom.url, {"topic": "detention"})
        self.assertContains(response, "?topic=detention&amp;page=2")


class DirectoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        _, _, cls.directory = site_pages()
        OrganizationFactory(name="Faith Org", kind="faith", state="AZ")
        OrganizationFactory(name="Labor Org", kind="labor", state="TX")
        OrganizationFactory(name="Former Org", status="former")
        OrganizationFactory(name="Draft Org", live=False)

    def names(self, query: dict) -> list[str]:
        response = self.client.get(self.directory.url, query)
        self.assertEqual(response.status_code, 200)
        return [o.name for o in response.context["organizations"]]

    def test_lists_current_live_organizations(self):
        self.assertEqual(self.names({}), ["Faith Org", "Labor Org"])

    def test_filters_by_kind_and_state(self):
        self.assertEqual(self.names({"kind": "faith"}), ["Faith Org"])
        self.assertEqual(self.names({"state": "tx"}), ["Labor Org"])
        self.assertEqual(self.names({"kind": "nonsense"}), [])
        self.assertContains(
            self.client.get(self.directory.url, {"state": "ZZ"}),
            "is not a U.S. state code",
        )


class HomePageTests(TestCase):
    def test_home_shows_featured_latest_member_count_and_search(self):
        home, _, _ = site_pages()
        OrganizationFactory(name="One")
        OrganizationFactory(name="Two")
        OrganizationFactory(name="Gone", status="former")
        featured = make_release(title="The featured one", release_date=at(2022))
        make_release(title="The latest one", release_date=at(2024))
        home.featured_release = featured
        home.save_revision().publish()
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["member_count"], 2)
        self.assertEqual(response.context["featured"], featured)
        self.assertContains(response, "The latest one")
        self.assertContains(response, 'role="search"')

    def test_page_titles_name_the_coalition_once(self):
        site_pages()
        release = make_release(title="Vigil at the courthouse")
        # The default CoalitionSettings.coalition_name.
        self.assertContains(self.client.get("/"), "<title>Coalition Newsroom</title>")
        self.assertContains(
            self.client.get(release.url),
            "<title>Vigil at the courthouse | Coalition Newsroom</title>",
        )

    def test_unpublished_featured_release_is_not_shown(self):
        home, _, _ = site_pages()
        featured = make_release(title="Pulled release")
        home.featured_release = featured
        home.save_revision().publish()
        featured.unpublish()
        response = self.client.get("/")
        self.assertIsNone(response.context["featured"])
        self.assertNotContains(response, "Pulled release")


class DemoContentTests(TestCase):
    def test_demo_content_is_believable_and_idempotent(self):
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
        counts = self.counts()
        self.assertGreaterEqual(counts["organizations"], 15)
        self.assertGreaterEqual(counts["releases"], 10)
        self.assertGreaterEqual(counts["quotes"], 40)
        years = {
            d.year
            for d in PressReleasePage.objects.live().dates("release_date", "year")
        }
        self.assertGreaterEqual(len(years), 2)
        kinds = set(Organization.objects.values_list("kind", flat=True))
        self.assertGreaterEqual(len(kinds), 5)

        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual(self.counts(), counts)

    def counts(self) -> dict:
        from django.contrib.auth import get_user_model

        from wagtail.models import Page, Revision

        from images.models import CustomImage

        return {
            "organizations": Organization.objects.count(),
            "releases": PressReleasePage.objects.live().count(),
            "quotes": Quote.objects.count(),
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "images": CustomImage.objects.count(),
            "users": get_user_model().objects.count(),
        }


class NewsroomTimeZoneTests(TestCase):
    def test_a_late_new_years_eve_release_belongs_to_the_newsroom_local_year(self):
        import zoneinfo

        _, newsroom, _ = site_pages()
        new_york = zoneinfo.ZoneInfo("America/New_York")
        late = datetime.datetime(2023, 12, 31, 23, 30, tzinfo=new_york)  # 2024 UTC
        make_release(
            title="Year-end statement",
            release_date=late,
            quotes=[{"organization_name": "Test Org"}],
        )
        self.assertEqual(Quote.objects.get().year, 2023)
        response = self.client.get(newsroom.url, {"year": "2023"})
        self.assertEqual(
            [r.title for r in response.context["releases"]], ["Year-end statement"]
        )
