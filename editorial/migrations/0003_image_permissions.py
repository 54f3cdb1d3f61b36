"""Grant image permissions on wagtailimages.Image, the model Wagtail checks.

0002 granted them on the custom image model, which Wagtail's image permission
policy ignores, so the communications groups could not upload images.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

from editorial.roles import EDITORS, LEADS, ensure_editorial_setup


def grant_image_permissions(apps, schema_editor):
    app_config = global_apps.get_app_config("wagtailimages")
    create_contenttypes(app_config, verbosity=0, apps=apps)
    create_permissions(app_config, verbosity=0, apps=apps)
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    GroupCollectionPermission.objects.filter(
        group__name__in=[EDITORS, LEADS],
        permission__content_type__app_label="images",
    ).delete()
    ensure_editorial_setup(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_roles_and_workflow"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(grant_image_permissions, migrations.RunPython.noop)
    ]
