from django.apps import AppConfig


class ImporterConfig(AppConfig):
    """Turns a release written in plain text or Word into a structured draft."""

    name = "importer"
