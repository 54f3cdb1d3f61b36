from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Public search over releases and individual quotes."""

    name = "search"

    def ready(self):
        from .cache import connect_signals

        connect_signals()
