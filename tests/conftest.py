import pytest

from tests.factories import site_pages


def restore_wagtail_roots() -> None:
    """Put back what Wagtail's migrations create and a transactional flush erases.

    A transactional test (the browser tests) ends by emptying every table,
    including the default locale, the root collection and the root page,
    which only migrations make; the next transactional test needs them.
    """
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code="en")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(title="Root", slug="root")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty cache: a rolled-back test leaves its
    cached search counts behind under a generation number that the next test
    reuses (the generation row is rolled back with everything else)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _wagtail_roots_for_transactional_tests(request):
    marker = request.node.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        restore_wagtail_roots()


@pytest.fixture
def site(db):
    """Home, newsroom and member directory pages."""
    return site_pages()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "admin", "admin@example.org", "password"
    )
    client.force_login(user)
    client.user = user
    return client
