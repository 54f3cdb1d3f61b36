"""The admin's "Import a release": paste or upload, review, fix, create."""

import re

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageLogEntry

import pytest

from newsroom.models import PressReleasePage
from tests.importer.helpers import CORPUS, create_registry, docx_bytes

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/import-release/"
CREATE_URL = "/admin/import-release/create/"


@pytest.fixture
def registry(site):
    return create_registry()


def corpus_text(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def review(client, text: str):
    response = client.post(IMPORT_URL, {"text": text})
    assert response.status_code == 200
    return response


def test_editor_without_add_permission_sees_neither_menu_item_nor_view(
    client, django_user_model, site
):
    user = django_user_model.objects.create_user("viewer", password="pw")
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)

    assert "Import a release" not in client.get("/admin/").content.decode()
    # Wagtail turns PermissionDenied into a redirect to the dashboard.
    for response in (
        client.get(IMPORT_URL),
        client.post(
            CREATE_URL, {"source_text": corpus_text("01-said-name-title-org.txt")}
        ),
    ):
        assert (response.status_code, response.url) == (302, "/admin/")
    assert not PressReleasePage.objects.exists()


def test_editor_with_add_permission_can_import(client, django_user_model, site):
    user = django_user_model.objects.create_user("editor", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert "Import a release" in client.get("/admin/").content.decode()
    assert client.get(IMPORT_URL).status_code == 200


def test_review_shows_source_and_parse_side_by_side(admin_client, registry):
    response = review(admin_client, corpus_text("09-no-headline.txt"))
    html = response.content.decode()

    assert 'class="importer-source-text"' in html
    assert "Parents and teachers gathered outside" in html  # the source
    assert "Beatriz Solano" in html and "Arturo Medina" in html
    assert "importer-warnings" in html
    assert "No headline found" in html
    assert "is not in the registry" in html
    # The fuzzy match "Youth Counsel" is preselected; the unmatched one is not.
    form = response.context["review"]
    assert form["organization_0"].value() == ""
    assert form["organization_1"].value() == "9010"


def test_each_quote_shows_what_to_check_about_it(admin_client, registry):
    # A speaker inferred from "Delgado said" after a narrative introduction,
    # and an organization the registry does not know: the editor sees each
    # note on its own quote, not only in the list at the top.
    response = review(
        admin_client,
        "Headline\n\nCHICAGO — Lede.\n\n"
        "“We will keep the clinic open,” said Ana Ruiz, organizer at the "
        "Harbor Tenants Circle.\n\n"
        "Rosa Delgado, 52, has cleaned offices downtown for 19 years.\n\n"
        "“Nobody told us the rules had changed,” Delgado said.",
    )
    html = response.content.decode()
    cards = html.split("data-importer-quote>")[1:]
    assert len(cards) == 2
    assert html.count('class="importer-quote importer-quote--check"') == 2
    assert (
        "Harbor Tenants Circle” (quote by Ana Ruiz) is not in the registry"
        in (cards[0].split("data-importer-quote-notes")[1])
    )
    second = cards[1].split("data-importer-quote-notes")[1]
    assert "names them only as “Delgado”" in second
    assert "Ana Ruiz" not in second


def test_a_quote_with_nothing_to_check_is_not_flagged(admin_client, registry):
    response = review(admin_client, corpus_text("01-said-name-title-org.txt"))
    html = response.content.decode()
    quotes = response.context["release"].quotes
    assert quotes and all(q.organization_id for q in quotes)
    assert not any(q.notes for q in quotes)
    assert "data-importer-quote-notes" not in html
    assert 'class="importer-quote importer-quote--check"' not in html


def create_no_headline_draft(client):
    """Create the draft of 09-no-headline, the editor having chosen a
    registry organization for the first quote (not in the registry as
    written) and kept the close match of the second."""
    return client.post(
        CREATE_URL,
        {
            "source_text": corpus_text("09-no-headline.txt"),
            "source_name": "pasted text",
            "organization_0": "9002",
            "organization_1": "9010",
        },
    )


def test_create_draft_with_a_fixed_organization_lands_in_the_edit_view(
    admin_client, registry
):
    response = create_no_headline_draft(admin_client)

    page = PressReleasePage.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.live is False
    quotes = [b.value for b in page.body if b.block_type == "quote"]
    assert quotes[0]["organization"] == registry[9002]
    assert quotes[0]["organization_name"] == ""
    assert quotes[1]["organization"] == registry[9010]
    assert admin_client.get(response.url).status_code == 200


def test_notes_stay_on_the_draft_as_open_comments_on_their_quotes(
    admin_client, admin_user, registry
):
    # 09-no-headline: the first quote's organization is not in the registry
    # (the editor picks one in the review), the second was matched by a
    # close spelling (left as it is).
    response = create_no_headline_draft(admin_client)
    page = PressReleasePage.objects.get()
    quote_ids = [b.id for b in page.body if b.block_type == "quote"]
    comments = list(page.wagtail_admin_comments.order_by("pk"))

    assert [c.contentpath for c in comments] == [
        f"body.{quote_ids[0]}.text",
        f"body.{quote_ids[1]}.text",
    ]
    first, second = (c.text for c in comments)
    assert "Aurora Parents United Committee" in first
    assert "is not in the registry" in first
    assert "the organization was set to “Lakeshore Immigrant Alliance”" in first
    assert "Youth Counsel" in second and "check it" in second
    assert "In the import review" not in second  # the editor kept the match
    assert all(c.user == admin_user and c.resolved_at is None for c in comments)
    assert all(c.revision_created == page.latest_revision for c in comments)

    # The editor sees them in the edit view, and the history lists them.
    edit = admin_client.get(response.url).content.decode()
    assert "Aurora Parents United Committee" in edit
    assert page.get_latest_revision_as_object().wagtail_admin_comments.count() == 2
    actions = PageLogEntry.objects.filter(page=page).values_list("action", flat=True)
    assert list(actions).count("wagtail.comments.create") == 2
    history = admin_client.get(
        reverse("wagtailadmin_pages:history", args=[page.pk])
    ).content.decode()
    assert "Added a comment on field Body" in history


def test_a_close_match_turned_down_in_the_review_says_so_in_its_comment(
    admin_client, registry
):
    # The second quote's organization was matched by a close spelling; the
    # editor keeps it as free text instead.
    admin_client.post(
        CREATE_URL,
        {
            "source_text": corpus_text("09-no-headline.txt"),
            "source_name": "pasted text",
            "organization_0": "",
            "organization_1": "",
        },
    )
    page = PressReleasePage.objects.get()
    first, second = page.wagtail_admin_comments.order_by("pk")
    assert "In the import review" not in first.text  # left as the parser had it
    assert second.text.endswith(
        "In the import review the organization was kept as free text."
    )


def test_keeping_free_text_and_rejecting_unknown_organizations(admin_client, registry):
    text = corpus_text("09-no-headline.txt")
    data = {"source_text": text, "source_name": "x", "organization_1": "9010"}

    bad = admin_client.post(CREATE_URL, {**data, "organization_0": "123456"})
    assert bad.status_code == 200
    assert "Select a valid choice" in bad.content.decode()
    assert not PressReleasePage.objects.exists()

    admin_client.post(CREATE_URL, {**data, "organization_0": ""})
    quote = next(
        b.value for b in PressReleasePage.objects.get().body if b.block_type == "quote"
    )
    assert quote["organization"] is None
    assert quote["organization_name"] == "Aurora Parents United Committee"


def test_release_without_quotes_needs_confirmation(admin_client, registry):
    text = corpus_text("11-no-quotes.txt")
    html = review(admin_client, text).content.decode()
    assert "No quotes were found" in html
    assert 'name="allow_no_quotes"' in html

    refused = admin_client.post(CREATE_URL, {"source_text": text, "source_name": "x"})
    assert refused.status_code == 200
    assert "No quotes were found" in refused.content.decode()
    assert not PressReleasePage.objects.exists()

    admin_client.post(
        CREATE_URL, {"source_text": text, "source_name": "x", "allow_no_quotes": "on"}
    )
    assert PressReleasePage.objects.count() == 1


def test_word_upload_is_reviewed(admin_client, registry):
    upload = SimpleUploadedFile(
        "statement.docx",
        docx_bytes(corpus_text("06-statement-block-marks.txt")),
        content_type="application/octet-stream",
    )
    html = admin_client.post(IMPORT_URL, {"file": upload}).content.decode()
    assert "Danielle Fontaine" in html and "Source: statement.docx" in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Paste the text of a release or choose a file"),
        ({"text": "   "}, "Paste the text of a release or choose a file"),
        (
            {"text": "Some text", "file": ("a.txt", b"More text")},
            "not both",
        ),
        ({"file": ("empty.txt", b"")}, "The submitted file is empty"),
        ({"file": ("photo.txt", b"\x89PNG\r\n\x00\x00IHDR" * 50)}, "not a text file"),
        ({"file": ("broken.docx", b"PK\x03\x04garbage")}, "not a valid Word document"),
        ({"file": ("slides.pdf", b"%PDF-1.4")}, "files are not supported"),
        ({"file": ("huge.txt", b"a" * (5 * 1024 * 1024 + 1))}, "the limit is 5.0 MB"),
    ],
)
def test_bad_input_gets_a_clear_form_error(admin_client, site, data, message):
    if "file" in data:
        name, content = data["file"]
        data = {**data, "file": SimpleUploadedFile(name, content)}
    response = admin_client.post(IMPORT_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PressReleasePage.objects.exists()


def test_tampered_or_oversized_source_on_create_is_refused(admin_client, site):
    response = admin_client.post(
        CREATE_URL, {"source_text": "x" * 250_000, "source_name": "x"}
    )
    assert response.status_code == 302
    assert response.url == IMPORT_URL
    assert not PressReleasePage.objects.exists()


def release_with_quotes(count: int) -> str:
    quotes = "\n\n".join(
        f"“We will keep organizing in every county, week {n},” said Ana Ruiz, "
        "organizer, Lakeshore Immigrant Alliance."
        for n in range(count)
    )
    return f"Headline\n\nCHICAGO — Lede.\n\n{quotes}"


def test_review_query_count_does_not_grow_with_quotes(admin_client, registry):
    counts = []
    for quotes in (2, 12):
        with CaptureQueriesContext(connection) as queries:
            html = review(admin_client, release_with_quotes(quotes)).content.decode()
        assert len(re.findall(r"data-importer-quote", html)) == quotes
        counts.append(len(queries))
    assert counts[0] == counts[1]
