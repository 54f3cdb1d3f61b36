"""python manage.py import_release FILE_OR_FOLDER… [--dry-run --json]"""

from __future__ import annotations

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from importer.create import ImportCreateError, create_draft
from importer.matching import OrganizationMatcher
from importer.services import NoQuotesError, check_importable, parse_text
from importer.sources import SUPPORTED_EXTENSIONS, ImportSourceError, read_path


def collect_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files named on the command line, folders walked recursively."""
    files: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUPPORTED_EXTENSIONS
                    and not p.name.startswith((".", "~$"))
                    and ".expected." not in p.name
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{raw}: no such file or folder.")
    return files, problems


class Progress:
    """A one-line text progress bar on stderr."""

    WIDTH = 30

    def __init__(self, stream, total: int, enabled: bool) -> None:
        self.stream, self.total, self.enabled = stream, total, enabled

    def update(self, done: int, name: str) -> None:
        if not self.enabled:
            return
        filled = int(self.WIDTH * done / max(self.total, 1))
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} {name[:40]:<40}", ending="")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("")


class Command(BaseCommand):
    help = (
        "Import press releases (.txt, .md, .docx) as draft releases in the "
        "newsroom. Folders are imported recursively. Nothing is published."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse only; write nothing."
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print the parsed releases as JSON on stdout.",
        )
        parser.add_argument(
            "--allow-no-quotes",
            action="store_true",
            help="Create drafts for releases in which no quote was found.",
        )
        parser.add_argument(
            "--user", help="Username recorded as the drafts' owner and author."
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Hide the progress bar."
        )

    def handle(self, *args, **options) -> None:
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user called “{options['user']}”.")
        files, failures = collect_files(options["paths"])
        if not files and not failures:
            raise CommandError("No .txt, .md or .docx files found.")
        matcher = OrganizationMatcher.from_registry()
        progress = Progress(
            self.stderr,
            len(files),
            enabled=len(files) > 1 and not options["no_progress"],
        )
        parsed, created, warned = [], 0, 0
        for done, path in enumerate(files, start=1):
            progress.update(done - 1, path.name)
            try:
                text = read_path(path)
                release = parse_text(text, str(path), matcher)
                if not options["dry_run"]:
                    check_importable(
                        release, allow_no_quotes=options["allow_no_quotes"]
                    )
                    page = create_draft(release, user=user, matcher=matcher)
                    created += 1
                    if not options["json"]:
                        self.stdout.write(
                            f"Created draft “{page.title}” (id {page.pk})"
                        )
                parsed.append(release)
                if release.warnings:
                    warned += 1
            except (ImportSourceError, NoQuotesError, ImportCreateError) as error:
                failures.append(f"{path}: {error}")
            except Exception as error:
                # One bad file must not stop a folder of hundreds; the draft's
                # transaction was rolled back, so nothing is half-written.
                failures.append(f"{path}: could not be imported ({error}).")
            progress.update(done, path.name)
        progress.finish()

        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {"releases": [release.as_dict() for release in parsed]},
                    indent=2,
                    ensure_ascii=False,
                )
            )
        elif options["verbosity"] > 1 or len(files) == 1:
            for release in parsed:
                for warning in release.warnings:
                    self.stderr.write(f"{release.source}: {warning}")
        for failure in failures:
            self.stderr.write(f"Failed: {failure}")
        verb = "parsed" if options["dry_run"] else "created"
        count = len(parsed) if options["dry_run"] else created
        summary = (
            f"{count} release(s) {verb}, {warned} with warnings, "
            f"{len(failures)} failed."
        )
        (self.stderr if options["json"] else self.stdout).write(summary)
        if failures:
            raise CommandError(f"{len(failures)} file(s) could not be imported.")
