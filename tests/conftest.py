import pytest

from tests.factories import site_pages


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
