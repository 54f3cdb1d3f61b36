"""Publish due scheduled releases every N seconds (for `make demo` and servers
without cron). Production normally runs `manage.py publish_scheduled` from
cron or a systemd timer every minute instead; see docs/editorial.md."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run Wagtail's publish_scheduled in a loop, every --every seconds."

    def add_arguments(self, parser):
        parser.add_argument("--every", type=int, default=60)
        parser.add_argument(
            "--times", type=int, default=0, help="Stop after this many runs (0: never)."
        )

    def handle(self, *args, every: int, times: int, **options):
        runs = 0
        while True:
            call_command("publish_scheduled", stdout=self.stdout)
            runs += 1
            if times and runs >= times:
                return
            time.sleep(max(every, 1))
