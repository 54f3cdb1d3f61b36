"""Benchmark the importer's parser and organization matcher.

Prints the median time to parse every release of the test corpora, to
match 500 unknown names against a 300-organization registry (the matcher
must stay well under a second for a large paste), and to parse hostile
inputs at the 200,000-character limit (each must stay under the 4 seconds
docs/importer.md promises):

    .venv/bin/python bench/importer.py [--repeat 7]

No database is needed: the parser and matcher are pure Python.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings.test")


def timed(fn, repeat: int) -> tuple[float, float]:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), max(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import django

    django.setup()
    from importer.evaluation import corpus_files, load_matcher
    from importer.matching import OrganizationEntry, OrganizationMatcher
    from importer.parser import parse_release

    folders = sorted(
        path.parent for path in (ROOT / "tests" / "importer").glob("*/registry.json")
    )
    releases = [
        (path.read_text(encoding="utf-8"), path.name, load_matcher(folder))
        for folder in folders
        for path in corpus_files(folder)
    ]

    def parse_all():
        for text, name, matcher in releases:
            parse_release(text, source=name, matcher=matcher)

    entries = [
        OrganizationEntry(i, f"Organization Number {i} for Testing Speed ({i})", "")
        for i in range(300)
    ]

    def match_many():
        # A fresh matcher each time: building its indexes is part of an import.
        registry = OrganizationMatcher(entries)
        for i in range(500):
            registry.match(f"Some Unknown Group Called {i}")

    from importer.sources import MAX_TEXT_CHARS

    said = "said Ana Ruiz, director of Organization Number 3 for Testing Speed"
    hostile = {
        "one paragraph of attributions": f"“We will keep going,” {said}. ",
        "an attribution per paragraph": f"“We will keep going,” {said}.\n\n",
        "statement headers": "Ana Ruiz, Director, Group Four, said:\nWe are here.\n\n",
        "unbalanced quotation marks": "“ said ",
        "capitalized words, no punctuation": "Alpha Beta Gamma Delta ",
        "a line of commas": "Ana, ",
        "possessives and surnames": "Ana Ruiz's son left. “He is proud,” Ruiz says. ",
    }
    hostile_matcher = OrganizationMatcher(entries)

    print(f"{'case':<48}{'median ms':>12}{'max ms':>10}")
    median, worst = timed(parse_all, args.repeat)
    print(
        f"{f'parse {len(releases)} releases ({len(folders)} sets)':<48}"
        f"{median:>12.1f}{worst:>10.1f}"
    )
    median, worst = timed(match_many, args.repeat)
    print(
        f"{'load 300 organizations, match 500 names':<48}{median:>12.1f}{worst:>10.1f}"
    )
    for name, unit in hostile.items():
        text = (unit * (MAX_TEXT_CHARS // len(unit) + 1))[:MAX_TEXT_CHARS]
        median, worst = timed(
            lambda text=text: parse_release(
                text, source="hostile.txt", matcher=hostile_matcher
            ),
            max(3, args.repeat // 2),
        )
        print(f"{f'200,000 chars: {name}':<48}{median:>12.1f}{worst:>10.1f}")


if __name__ == "__main__":
    main()
