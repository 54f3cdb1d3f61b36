from django.apps import AppConfig


class ImagesConfig(AppConfig):
    """The project's image model: Wagtail's, plus alt text and a photo credit."""

    name = "images"
