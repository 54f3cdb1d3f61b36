"""POST data for the Wagtail admin forms, built the way the editor submits them."""

from __future__ import annotations

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)


def quote_form_value(
    text: str,
    speaker: str,
    title: str = "",
    organization=None,
    organization_name: str = "",
    city: str = "",
) -> dict:
    return {
        "text": text,
        "speaker_name": speaker,
        "speaker_title": title,
        "organization": organization.pk if organization else "",
        "organization_name": organization_name,
        "city": city,
    }


def release_form_data(
    *,
    title: str,
    slug: str,
    quotes: list[dict] = (),
    issuers: list = (),
    topics: list = (),
    summary: str = "Advocates gathered at the statehouse on Tuesday.",
    release_date: str = "2024-03-29 10:00",
    action: str | None = None,
    **extra,
) -> dict:
    """Form data for the press release create/edit view.

    ``quotes`` are keyword dicts for ``quote_form_value``; ``action`` is
    ``"action-publish"`` or ``"action-submit"`` to press those buttons.
    """
    body = [("paragraph", rich_text("<p>Context for the release.</p>"))]
    body += [("quote", quote_form_value(**q)) for q in quotes]
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "subtitle": extra.pop("subtitle", ""),
            "dateline_city": extra.pop("dateline_city", "Chicago"),
            "dateline_state": extra.pop("dateline_state", "IL"),
            "release_date": release_date,
            "summary": summary,
            "body": streamfield(body),
            "issuers": inline_formset([{"organization": o.pk} for o in issuers]),
            "media_contacts": inline_formset(
                [
                    {
                        "name": "Sam Ortiz",
                        "organization": "Test Coalition",
                        "email": "press@coalition.example.org",
                        "phone": "(312) 555-0142",
                    }
                ]
            ),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": extra.pop("go_live_at", ""),
            "expire_at": "",
            **extra,
        }
    )
    data["topics"] = [t.pk for t in topics]
    if action:
        data[action] = "1"
    return data
