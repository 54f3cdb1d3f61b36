from django.core.management.base import BaseCommand

from newsroom.setup import ensure_site_structure


class Command(BaseCommand):
    help = "Create the home page, newsroom and member directory if missing."

    def handle(self, *args, **options):
        home, newsroom, directory = ensure_site_structure()
        self.stdout.write(
            self.style.SUCCESS(
                f"Site ready: {home.url or '/'} · {newsroom.url} · {directory.url}"
            )
        )
