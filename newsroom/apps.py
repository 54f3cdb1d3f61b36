from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    """The domain: organizations, topics, releases, quotes and the directory."""

    name = "newsroom"

    def ready(self) -> None:
        from . import signal_handlers  # noqa: F401
