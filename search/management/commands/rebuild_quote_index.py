"""Rebuild the quote table and its search index from live public releases."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from newsroom.quotes import rebuild_all


class Command(BaseCommand):
    help = (
        "Recompute every quote row from the live, public version of each "
        "release and refresh the search index, printing progress."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=200,
            help="Releases read per batch (default 200).",
        )

    def handle(self, *args, batch_size: int = 200, **options):
        started = time.perf_counter()

        def progress(done: int, total: int, stored: int) -> None:
            self.stdout.write(
                f"{done}/{total} releases, {stored} quotes "
                f"({time.perf_counter() - started:.1f}s)"
            )

        releases, quotes = rebuild_all(batch_size=max(batch_size, 1), progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Rebuilt the quote index: {quotes} quotes from {releases} "
                f"releases in {time.perf_counter() - started:.1f}s."
            )
        )
