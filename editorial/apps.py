from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Roles, approval workflow, embargoes and journalist preview links."""

    name = "editorial"
