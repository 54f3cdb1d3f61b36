"""Communications roles and the "Lead approval" workflow.

Everything here is idempotent and takes an app registry, so the same code runs
from the data migration (historical models) and at run time, for example when
``newsroom.setup.ensure_site_structure`` creates the newsroom page after the
migrations have run. Group page permissions can only be granted once a
newsroom page exists, which is why this is not left to the migration alone.
"""

from __future__ import annotations

from django.apps import apps as global_apps

EDITORS = "Communications editors"
LEADS = "Communications leads"
WORKFLOW_NAME = "Lead approval"
TASK_NAME = "Lead approval"

# Page permissions granted on every newsroom index page (and so on its releases).
EDITOR_PAGE_PERMISSIONS = ("add", "change")
LEAD_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")

# Model permissions: (app_label, codename).
EDITOR_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("newsroom", "add_organization"),
    ("newsroom", "change_organization"),
    ("newsroom", "add_topic"),
    ("newsroom", "change_topic"),
)
LEAD_MODEL_PERMISSIONS = (
    *EDITOR_MODEL_PERMISSIONS,
    ("newsroom", "publish_organization"),
    ("newsroom", "lock_organization"),
    ("newsroom", "unlock_organization"),
)
# Image and document permissions are collection permissions in Wagtail, and
# Wagtail checks images against wagtailimages.Image even with a custom image
# model (wagtail.images.get_permission_policy).
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


MODEL_OF_PERMISSION = {
    ("wagtailimages", "add_image"): "image",
    ("wagtailimages", "change_image"): "image",
    ("wagtailimages", "choose_image"): "image",
    ("wagtaildocs", "add_document"): "document",
    ("wagtaildocs", "change_document"): "document",
    ("wagtaildocs", "choose_document"): "document",
}


def _permission(apps, app_label: str, codename: str):
    """The permission, created if migrations run before post_migrate made it."""
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    model = MODEL_OF_PERMISSION.get((app_label, codename))
    if permission is None and model is not None:
        permission, _ = Permission.objects.get_or_create(
            content_type=_content_type(apps, app_label, model),
            codename=codename,
            defaults={"name": f"Can {codename.replace('_', ' ')}"},
        )
    return permission


def _content_type(apps, app_label: str, model: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    return content_type


def ensure_editorial_setup(apps=global_apps) -> None:
    """Create or complete the two groups, their permissions and the workflow."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Collection = apps.get_model("wagtailcore", "Collection")
    NewsroomIndexPage = apps.get_model("newsroom", "NewsroomIndexPage")

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    leads, _ = Group.objects.get_or_create(name=LEADS)

    for group, codenames in (
        (editors, EDITOR_MODEL_PERMISSIONS),
        (leads, LEAD_MODEL_PERMISSIONS),
    ):
        wanted = [_permission(apps, *pair) for pair in codenames]
        group.permissions.add(*[p for p in wanted if p is not None])

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for group in (editors, leads):
            for pair in COLLECTION_PERMISSIONS:
                permission = _permission(apps, *pair)
                if permission is not None:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )

    newsrooms = list(NewsroomIndexPage.objects.all())
    for group, types in (
        (editors, EDITOR_PAGE_PERMISSIONS),
        (leads, LEAD_PAGE_PERMISSIONS),
    ):
        for permission_type in types:
            permission = _permission(apps, "wagtailcore", f"{permission_type}_page")
            if permission is None:
                continue
            for newsroom in newsrooms:
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=newsroom.pk, permission=permission
                )

    _ensure_workflow(apps, leads, newsrooms)


def _ensure_workflow(apps, leads, newsrooms) -> None:
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    workflow, _ = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        # Set the polymorphic content type explicitly: historical models in a
        # migration do not run Task.save()'s own bookkeeping.
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME,
            active=True,
            content_type=_content_type(apps, "wagtailcore", "groupapprovaltask"),
        )
    task.groups.add(leads)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    for newsroom in newsrooms:
        WorkflowPage.objects.update_or_create(
            page_id=newsroom.pk, defaults={"workflow": workflow}
        )
    WorkflowContentType.objects.update_or_create(
        content_type=_content_type(apps, "newsroom", "organization"),
        defaults={"workflow": workflow},
    )
