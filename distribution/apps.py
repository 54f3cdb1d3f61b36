from django.apps import AppConfig


class DistributionConfig(AppConfig):
    """Feeds, sitemaps, metadata, quote permalinks, share cards and the API."""

    name = "distribution"

    def ready(self) -> None:
        from . import signal_handlers  # noqa: F401
