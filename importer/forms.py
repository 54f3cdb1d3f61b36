"""Admin forms: the source to import, then the review of the parsed release."""

from __future__ import annotations

from django import forms

from .matching import OrganizationMatcher
from .parser import ParsedRelease
from .sources import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    ImportSourceError,
    check_text,
    human_size,
    read_stream,
)

FREE_TEXT = ""


class SourceForm(forms.Form):
    """Paste the text of a release or upload its file (one or the other)."""

    text = forms.CharField(
        label="Paste the release",
        required=False,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text="Everything from the headline to the contacts, as written.",
    )
    file = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text=f".txt, .md or .docx, up to {human_size(MAX_FILE_BYTES)}.",
        widget=forms.ClearableFileInput(
            attrs={"accept": ".txt,.md,.markdown,.docx,text/plain,text/markdown"}
        ),
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        text = cleaned.get("text") or ""
        upload = cleaned.get("file")
        if text.strip() and upload:
            raise forms.ValidationError("Paste the text or upload a file, not both.")
        if not text.strip() and not upload:
            if not self.errors:
                raise forms.ValidationError(
                    "Paste the text of a release or choose a file to upload."
                )
            return cleaned
        try:
            if upload:
                if upload.size > MAX_FILE_BYTES:
                    raise ImportSourceError(
                        f"{upload.name} is {human_size(upload.size)}; the limit is "
                        f"{human_size(MAX_FILE_BYTES)}."
                    )
                cleaned["source_text"] = read_stream(upload, upload.name)
                cleaned["source_name"] = upload.name
            else:
                cleaned["source_text"] = check_text(text, "The pasted text")
                cleaned["source_name"] = "pasted text"
        except ImportSourceError as error:
            raise forms.ValidationError(str(error)) from error
        return cleaned


class ReviewForm(forms.Form):
    """Carries the source text back and the editor's organization choices.

    The text is parsed again on submit, so nothing the browser sends back is
    trusted beyond the text itself and choices validated against the registry.
    """

    source_text = forms.CharField(
        max_length=MAX_TEXT_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"hidden": True, "aria-hidden": "true"}),
    )
    source_name = forms.CharField(max_length=255, widget=forms.HiddenInput)
    allow_no_quotes = forms.BooleanField(
        required=False,
        label="Create the draft even though no quotes were found",
    )

    def __init__(
        self,
        *args,
        release: ParsedRelease,
        matcher: OrganizationMatcher,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.release = release
        registry = sorted(matcher.entries, key=lambda entry: entry.name.lower())
        for index, quote in enumerate(release.quotes):
            free = (
                f"Not in the registry: keep “{quote.organization}” as free text"
                if quote.organization
                else "No organization"
            )
            self.fields[self.field_name(index)] = forms.TypedChoiceField(
                label=f"Organization for the quote by {quote.speaker}",
                choices=[(FREE_TEXT, free)]
                + [(str(entry.id), entry.name) for entry in registry],
                coerce=int,
                empty_value=None,
                required=False,
                initial=str(quote.organization_id or FREE_TEXT),
            )
        if release.quotes:
            del self.fields["allow_no_quotes"]

    @staticmethod
    def field_name(index: int) -> str:
        return f"organization_{index}"

    def quote_rows(self) -> list[tuple]:
        return [
            (quote, self[self.field_name(index)])
            for index, quote in enumerate(self.release.quotes)
        ]

    def organization_ids(self) -> dict[int, int | None]:
        return {
            index: self.cleaned_data.get(self.field_name(index))
            for index in range(len(self.release.quotes))
        }
