"""Create the communications groups and the "Lead approval" workflow.

Django creates permissions after all migrations have run (post_migrate), so on
a fresh database the ones this migration grants are created here first.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

from editorial.roles import ensure_editorial_setup

APPS_WITH_PERMISSIONS = ("newsroom", "images", "wagtaildocs", "wagtailadmin", "wagtailcore")


def create_roles(apps, schema_editor):
    from wagtail.snippets.models import create_extra_permissions

    for label in APPS_WITH_PERMISSIONS:
        app_config = global_apps.get_app_config(label)
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
    create_extra_permissions(global_apps.get_app_config("wagtailsnippets"), apps=apps)
    ensure_editorial_setup(apps)


def remove_roles(apps, schema_editor):
    from editorial.roles import EDITORS, LEADS, WORKFLOW_NAME

    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, LEADS]).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_preview_links"),
        ("newsroom", "0001_initial"),
        ("images", "__latest__"),
        ("wagtailadmin", "__latest__"),
        ("wagtailcore", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("auth", "__latest__"),
        ("contenttypes", "__latest__"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
