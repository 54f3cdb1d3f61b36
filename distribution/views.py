"""Quote permalinks, share card images and vCards."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify
from django.views.decorators.http import require_safe

from newsroom.models import CoalitionSettings, MediaContact, PressReleasePage, Quote

from .attribution import ap_quote, copy_text
from .cards import CARD_SIZE, get_or_create_card
from .jsonld import as_script, quote_jsonld
from .utils import absolute, quote_card_path, quote_path
from .vcard import contact_vcard


def public_quote(release_id: int, anchor: str) -> Quote:
    """The public quote with this anchor in this release, or 404."""
    quote = (
        Quote.objects.public()
        .select_related("release", "organization__logo")
        .filter(release_id=release_id, anchor=anchor)
        .order_by("position")
        .first()
    )
    if quote is None:
        raise Http404("No published quote at this address.")
    return quote


@require_safe
def quote_permalink(request: HttpRequest, release_id: int, anchor: str):
    quote = public_quote(release_id, anchor)
    release = quote.release
    permalink = absolute(request, quote_path(quote))
    release_link = absolute(request, f"{release.url}#{quote.anchor}")
    attribution = quote.attribution()
    coalition = CoalitionSettings.for_request(request).coalition_name
    card_url = absolute(request, quote_card_path(quote))
    title = f"{quote.speaker_name}: “{quote.text[:80]}"
    title = title + ("…”" if len(quote.text) > 80 else "”")
    return render(
        request,
        "distribution/quote_permalink.html",
        {
            "quote": quote,
            "release": release,
            "permalink": permalink,
            "release_link": release_link,
            "ap_text": ap_quote(quote.text, attribution),
            "copy_text": copy_text(quote.text, attribution, permalink),
            "meta": {
                "title": title,
                "description": f"{ap_quote(quote.text, attribution)}"[:300],
                "canonical": permalink,
                "type": "article",
                "image": {
                    "url": card_url,
                    "width": CARD_SIZE[0],
                    "height": CARD_SIZE[1],
                    "alt": " ".join(
                        f"Quote card: {quote.text[:200]} — {attribution}".split()
                    ),
                    "type": "image/png",
                },
                "site_name": coalition,
                "published": release.first_published_at,
                "jsonld": as_script(
                    quote_jsonld(request, quote, permalink=permalink, card_url=card_url)
                ),
            },
        },
    )


@require_safe
def quote_card(request: HttpRequest, release_id: int, anchor: str):
    quote = public_quote(release_id, anchor)
    coalition = CoalitionSettings.for_request(request).coalition_name
    card = get_or_create_card(quote, coalition)
    with card.image.open("rb") as handle:
        data = handle.read()
    response = HttpResponse(data, content_type="image/png")
    response["Cache-Control"] = "public, max-age=3600"
    response["ETag"] = f'"{card.content_hash[:32]}"'
    return response


@require_safe
def contact_card(request: HttpRequest, pk: int):
    contact = MediaContact.objects.filter(pk=pk).first()
    if contact is None:
        raise Http404("No such media contact.")
    release = (
        PressReleasePage.objects.live().public().filter(pk=contact.page_id).first()
    )
    if release is None:
        raise Http404("No such media contact.")
    body = contact_vcard(contact, release.title, absolute(request, release.url))
    response = HttpResponse(body, content_type="text/vcard; charset=utf-8")
    filename = slugify(contact.name) or "media-contact"
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    return response
