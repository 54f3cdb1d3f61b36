"""The admin's "Import a release": source, review side by side, create draft."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from newsroom.models import NewsroomIndexPage, PressReleasePage

from .create import ImportCreateError, create_draft
from .forms import ReviewForm, SourceForm
from .matching import OrganizationMatcher
from .parser import parse_release
from .services import NO_QUOTES_MESSAGE
from .sources import ImportSourceError, check_text


def import_parent(user) -> NewsroomIndexPage | None:
    """The newsroom the user may add releases to, if any."""
    newsroom = NewsroomIndexPage.objects.first()
    if newsroom is None or not PressReleasePage.can_create_at(newsroom):
        return None
    if not newsroom.permissions_for_user(user).can_add_subpage():
        return None
    return newsroom


def user_can_import(user) -> bool:
    return user.is_authenticated and import_parent(user) is not None


class ImportReleaseView(WagtailAdminTemplateMixin, TemplateView):
    """Step 1 shows the source form; posting it shows the review (step 2)."""

    page_title = "Import a release"
    header_icon = "upload"
    template_name = "importer/import_form.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.parent = import_parent(request.user)
        if self.parent is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return self.render_to_response(self.get_context_data(form=SourceForm()))

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = SourceForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        text = form.cleaned_data["source_text"]
        name = form.cleaned_data["source_name"]
        matcher = OrganizationMatcher.from_registry()
        release = parse_release(text, source=name, matcher=matcher)
        review = ReviewForm(
            release=release,
            matcher=matcher,
            initial={"source_text": text, "source_name": name},
        )
        return render_review(self, release, review)


def render_review(view, release, review, error: str = "") -> HttpResponse:
    view.template_name = "importer/review.html"
    view.page_subtitle = "Review"
    return view.render_to_response(
        view.get_context_data(
            release=release,
            review=review,
            source_text=review.initial.get("source_text")
            or review.data.get("source_text", ""),
            error=error,
            no_quotes_message=NO_QUOTES_MESSAGE,
            create_url=reverse("importer_create"),
        )
    )


class CreateDraftView(ImportReleaseView):
    """Step 3: parse the posted source again, apply choices, create the draft."""

    http_method_names = ["post"]

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        text = request.POST.get("source_text", "")
        name = (request.POST.get("source_name") or "pasted text")[:255]
        try:
            check_text(text, "The text")
        except ImportSourceError as error:
            messages.error(request, f"{error} Start the import again.")
            return redirect("importer_import")
        matcher = OrganizationMatcher.from_registry()
        release = parse_release(text, source=name, matcher=matcher)
        review = ReviewForm(request.POST, release=release, matcher=matcher)
        if not review.is_valid():
            return render_review(self, release, review)
        if not release.quotes and not review.cleaned_data.get("allow_no_quotes"):
            return render_review(self, release, review, error=NO_QUOTES_MESSAGE)
        try:
            page = create_draft(
                release,
                user=request.user,
                parent=self.parent,
                organization_ids=review.organization_ids(),
                matcher=matcher,
            )
        except ImportCreateError as error:
            return render_review(self, release, review, error=str(error))
        messages.success(
            request,
            f"Draft “{page.title}” created from {name}. Check it, then submit "
            "it for review or publish it.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
