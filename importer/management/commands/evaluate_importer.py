"""python manage.py evaluate_importer [CORPUS_FOLDER]: the parser's accuracy."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from importer.evaluation import evaluate

DEFAULT_CORPUS = Path(settings.BASE_DIR) / "tests" / "importer" / "corpus"


class Command(BaseCommand):
    help = (
        "Parse every release of a corpus folder and compare the quotes with "
        "its expected JSON. Reads no database: the registry is registry.json."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("folder", nargs="?", default=str(DEFAULT_CORPUS))

    def handle(self, *args, **options) -> None:
        folder = Path(options["folder"])
        if not (folder / "registry.json").exists():
            raise CommandError(f"{folder} has no registry.json; is it a corpus?")
        self.stdout.write(evaluate(folder).report())
