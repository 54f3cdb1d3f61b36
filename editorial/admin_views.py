"""Admin views: a release's journalist preview links, created and revoked by leads."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.log_actions import log

from newsroom.models import PressReleasePage

from .embargo import embargo_label, embargo_moment
from .models import PreviewLink

DEFAULT_LIFETIME = datetime.timedelta(days=7)


class PreviewLinkForm(forms.ModelForm):
    class Meta:
        model = PreviewLink
        fields = ["recipient_name", "outlet", "email", "expires_at"]
        widgets = {"expires_at": AdminDateTimeInput}

    def clean_expires_at(self) -> datetime.datetime:
        expires_at = self.cleaned_data["expires_at"]
        if expires_at <= timezone.now():
            raise forms.ValidationError("Choose a time in the future.")
        if expires_at > timezone.now() + datetime.timedelta(days=90):
            raise forms.ValidationError("Preview links last at most 90 days.")
        return expires_at


def get_release_for_lead(request: HttpRequest, page_id: int) -> PressReleasePage:
    """The release, if the user may publish it (leads and superusers)."""
    release = get_object_or_404(PressReleasePage, pk=page_id)
    if not release.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return release


def preview_url(request: HttpRequest, link: PreviewLink) -> str:
    return request.build_absolute_uri(
        reverse("editorial:preview", args=[link.release_id, link.token])
    )


def preview_links(request: HttpRequest, page_id: int) -> HttpResponse:
    release = get_release_for_lead(request, page_id)
    latest = release.get_latest_revision_as_object()
    moment = embargo_moment(latest)
    if request.method == "POST":
        form = PreviewLinkForm(request.POST)
        if form.is_valid():
            link = form.save(commit=False)
            link.release = release
            link.created_by = request.user
            link.save()
            log(
                instance=release,
                action="editorial.preview_link_created",
                user=request.user,
                data={"recipient": str(link), "link_id": link.pk},
            )
            messages.success(
                request,
                f"Preview link for {link} created. Copy it from the list below.",
            )
            return redirect("editorial_preview_links", page_id=release.pk)
    else:
        form = PreviewLinkForm(
            initial={"expires_at": moment or timezone.now() + DEFAULT_LIFETIME}
        )
    links = list(
        release.preview_links.select_related("created_by").prefetch_related("visits")
    )
    for link in links:
        link.url = preview_url(request, link)
    return TemplateResponse(
        request,
        "editorial/admin/preview_links.html",
        {
            "release": release,
            "latest": latest,
            "embargo_label": embargo_label(moment) if moment else "",
            "form": form,
            "links": links,
            "page_title": f"Preview links: {latest.title}",
            "header_title": f"Preview links: {latest.title}",
            "header_icon": "link",
        },
    )


@require_POST
def revoke_preview_link(request: HttpRequest, page_id: int, link_id: int):
    release = get_release_for_lead(request, page_id)
    link = get_object_or_404(PreviewLink, pk=link_id, release=release)
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
        log(
            instance=release,
            action="editorial.preview_link_revoked",
            user=request.user,
            data={"recipient": str(link), "link_id": link.pk},
        )
        messages.success(request, f"Preview link for {link} revoked.")
    return redirect("editorial_preview_links", page_id=release.pk)
