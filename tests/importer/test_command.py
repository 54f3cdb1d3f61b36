"""`manage.py import_release`: drafts, dry-run JSON, folders and bad input."""

import io
import json
import shutil
from unittest import mock

from django.core.management import CommandError, call_command

import pytest

from importer import create as create_module
from newsroom.models import Organization, PressReleasePage, Quote
from tests.factories import site_pages
from tests.importer.helpers import CORPUS, create_registry, docx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(site):
    return create_registry()


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_release", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_release", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_dry_run_json_prints_the_parse_and_writes_nothing(registry):
    path = CORPUS / "02-title-at-org-in-city.txt"
    out, _ = run(str(path), "--dry-run", "--json")

    data = json.loads(out)
    assert list(data) == ["releases"]
    (release,) = data["releases"]
    assert list(release) == [
        "source", "title", "subtitle", "date", "dateline", "summary",
        "quotes", "contacts", "warnings",
    ]  # fmt: skip
    expected = json.loads(
        (CORPUS / "02-title-at-org-in-city.expected.json").read_text(encoding="utf-8")
    )
    assert release["quotes"] == expected["quotes"]
    assert list(release["quotes"][0]) == [
        "text", "speaker", "title", "organization", "organization_id", "city",
    ]  # fmt: skip
    assert release["dateline"] == {"city": "Washington", "state": "DC"}
    assert not PressReleasePage.objects.exists()


def test_import_creates_an_unpublished_draft_with_structured_quotes(registry):
    out, _ = run(str(CORPUS / "06-statement-block-marks.txt"))

    page = PressReleasePage.objects.get()
    assert "Created draft" in out
    assert page.live is False and page.has_unpublished_changes
    assert page.get_latest_revision() is not None
    assert page.title == "Statement on the Governor's Budget Proposal"
    assert (page.dateline_city, page.dateline_state) == ("Springfield", "IL")
    assert page.release_date.date().isoformat() == "2024-01-09"
    assert page.summary.startswith("Coalition members responded Tuesday")
    quotes = [block.value for block in page.body if block.block_type == "quote"]
    assert [q["speaker_name"] for q in quotes] == [
        "Danielle Fontaine",
        "Pastor Luis Anaya",
    ]
    assert quotes[0]["organization"] == registry[9001]
    assert quotes[0]["organization_name"] == ""
    assert quotes[0]["text"].count("\n\n") == 2
    # Drafts never reach the public quote index.
    assert not Quote.objects.exists()


def test_unmatched_organization_becomes_the_free_text_name(registry):
    run(str(CORPUS / "09-no-headline.txt"))
    page = PressReleasePage.objects.get()
    assert page.title == create_module.PLACEHOLDER_TITLE
    first = next(b.value for b in page.body if b.block_type == "quote")
    assert first["organization"] is None
    assert first["organization_name"] == "Aurora Parents United Committee"
    assert Organization.objects.count() == len(registry)  # none invented


def test_notes_become_comments_only_for_an_import_with_a_user(
    registry, django_user_model
):
    run(str(CORPUS / "09-no-headline.txt"))
    # No author to give them: the notes are the command's warnings only.
    assert not PressReleasePage.objects.get().wagtail_admin_comments.exists()

    editor = django_user_model.objects.create_user("editor")
    run(str(CORPUS / "09-no-headline.txt"), "--user", "editor")
    page = PressReleasePage.objects.latest("pk")
    (comment, *_) = page.wagtail_admin_comments.order_by("pk")
    assert comment.user == editor
    assert "Aurora Parents United Committee" in comment.text
    assert "In the import review" not in comment.text


def test_contacts_and_section_breaks_are_kept(registry):
    run(str(CORPUS / "05-split-quote.txt"))
    page = PressReleasePage.objects.get()
    assert [c.name for c in page.media_contacts.all()] == [
        "Maya Lindqvist",
        "Ravi Shankar",
    ]
    kinds = [block.block_type for block in page.body]
    assert kinds.count("section_break") == 2


def test_docx_file_is_imported(registry, tmp_path):
    path = tmp_path / "statement.docx"
    path.write_bytes(
        docx_bytes((CORPUS / "06-statement-block-marks.txt").read_text("utf-8"))
    )
    out, _ = run(str(path), "--dry-run", "--json")
    (release,) = json.loads(out)["releases"]
    assert [q["speaker"] for q in release["quotes"]] == [
        "Danielle Fontaine",
        "Pastor Luis Anaya",
    ]


def make_bad_files(folder):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 40)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    with (folder / "huge.txt").open("wb") as handle:  # sparse: no disk used
        handle.truncate(50 * 1024 * 1024)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "is empty"),
        ("binary.txt", "not a text file"),
        ("broken.docx", "not a valid Word document"),
        ("huge.txt", "the limit is 5.0 MB"),
    ],
)
def test_bad_files_get_a_clear_message_and_create_nothing(
    site, tmp_path, name, message
):
    make_bad_files(tmp_path)
    _, err = run_failing(str(tmp_path / name))
    assert message in err
    assert not PressReleasePage.objects.exists()


def test_release_without_quotes_is_refused_unless_allowed(registry):
    path = str(CORPUS / "11-no-quotes.txt")
    _, err = run_failing(path)
    assert "No quotes were found" in err
    assert not PressReleasePage.objects.exists()

    run(path, "--allow-no-quotes")
    assert PressReleasePage.objects.count() == 1


def test_folder_import_is_recursive_with_progress_and_summary(registry, tmp_path):
    nested = tmp_path / "archive" / "2023"
    nested.mkdir(parents=True)
    for source in sorted(CORPUS.glob("0[1-5]*.txt")):
        shutil.copy(source, nested / source.name)
    shutil.copy(CORPUS / "10-markdown.md", tmp_path / "archive" / "tenants.md")
    make_bad_files(tmp_path)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a release: skipped

    out, err = run_failing(str(tmp_path))

    assert PressReleasePage.objects.count() == 6
    assert PressReleasePage.objects.filter(live=True).count() == 0
    assert "6 release(s) created" in out
    assert "4 failed" in out
    assert "[####" in err and "10/10" in err
    for name in ("empty.txt", "binary.txt", "broken.docx", "huge.txt"):
        assert name in err


def test_a_failure_while_saving_leaves_nothing_half_written(registry):
    path = str(CORPUS / "01-said-name-title-org.txt")
    with (
        mock.patch.object(
            PressReleasePage, "save_revision", side_effect=RuntimeError("disk full")
        ),
    ):
        _, err = run_failing(path, str(CORPUS / "03-name-title-of-org-said.txt"))
    assert "disk full" in err
    assert not PressReleasePage.objects.exists()
    assert site_pages()[1].get_children_count() == 0
