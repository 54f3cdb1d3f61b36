"""Admin URLs and the "Import a release" menu item."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import CreateDraftView, ImportReleaseView, user_can_import


@hooks.register("register_admin_urls")
def register_importer_urls():
    return [
        path("import-release/", ImportReleaseView.as_view(), name="importer_import"),
        path(
            "import-release/create/",
            CreateDraftView.as_view(),
            name="importer_create",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return user_can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        "Import a release",
        reverse("importer_import"),
        icon_name="upload",
        name="import-release",
        order=210,
    )
