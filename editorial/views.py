"""The public side of journalist preview links."""

from __future__ import annotations

import re

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from newsroom.models import PressReleasePage

from .models import PreviewLink, PreviewVisit

TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32,64}$")


def client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "") or ""


@require_GET
def preview(request: HttpRequest, release_id: int, token: str) -> HttpResponse:
    """Show the latest revision of a release to the journalist holding ``token``.

    Anything but a current link for this very release is a 404, so a probe
    learns nothing about which releases or tokens exist.
    """
    if not TOKEN_PATTERN.match(token):
        raise Http404("No such preview.")
    link = (
        PreviewLink.objects.usable()
        .filter(token=token, release_id=release_id)
        .select_related("release")
        .first()
    )
    if link is None:
        raise Http404("No such preview.")
    release = PressReleasePage.objects.filter(pk=link.release_id).first()
    if release is None:
        raise Http404("No such preview.")
    PreviewVisit.objects.create(
        link=link,
        ip_hash=PreviewVisit.hash_ip(client_ip(request)),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
    )
    latest = release.get_latest_revision_as_object()
    request.is_preview = True
    request.preview_mode = latest.default_preview_mode
    response = latest.serve_preview(request, latest.default_preview_mode)
    if hasattr(response, "render"):
        response.render()
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
