"""Users in the communications roles and admin form data for releases."""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from editorial.roles import EDITORS, LEADS


def make_user(username: str, group_name: str | None = None):
    user = get_user_model().objects.create_user(
        username,
        f"{username}@coalition.example.org",
        "password",
        first_name=username.capitalize(),
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def make_editor(username: str = "edna"):
    return make_user(username, EDITORS)


def make_lead(username: str = "leo"):
    return make_user(username, LEADS)


def local_input(moment: datetime.datetime) -> str:
    """A datetime as the admin's date-time widget submits it."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def release_form_data(
    title: str = "Coalition calls for fair hearings",
    *,
    slug: str = "",
    summary: str = "Advocates gathered at the statehouse on Tuesday.",
    quotes: list[dict] = (),
    go_live_at: datetime.datetime | None = None,
    **actions: str,
) -> dict:
    """POST data for the release add/edit form; ``actions`` like action_publish="1"."""
    blocks = [("paragraph", rich_text("<p>Context for the release.</p>"))]
    for quote in quotes:
        blocks.append(
            (
                "quote",
                {
                    "text": quote["text"],
                    "speaker_name": quote["speaker"],
                    "speaker_title": quote.get("title", ""),
                    "organization": quote.get("organization", ""),
                    "organization_name": quote.get(
                        "organization_name",
                        "" if quote.get("organization") else "Test Coalition",
                    ),
                    "city": "",
                },
            )
        )
    data = nested_form_data(
        {
            "title": title,
            "slug": slug or title.lower().replace(" ", "-")[:50],
            "subtitle": "",
            "dateline_city": "Washington",
            "dateline_state": "DC",
            "release_date": local_input(timezone.now()),
            "summary": summary,
            "hero_image": "",
            "body": streamfield(blocks),
            "issuers": inline_formset([]),
            "media_contacts": inline_formset([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": local_input(go_live_at) if go_live_at else "",
            "expire_at": "",
        }
    )
    for name, value in actions.items():
        data[name.replace("_", "-")] = value
    return data


def organization_form_data(name: str, slug: str, **actions: str) -> dict:
    data = {
        "name": name,
        "short_name": "",
        "slug": slug,
        "kind": "community",
        "city": "Tucson",
        "state": "AZ",
        "website": "",
        "logo": "",
        "description": "A fictional organization used in tests.",
        "status": "member",
        "date_joined": "",
        "go_live_at": "",
        "expire_at": "",
    }
    for action, value in actions.items():
        data[action.replace("_", "-")] = value
    return data
