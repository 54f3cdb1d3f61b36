"""Wire Wagtail's publishing signals to the quote table."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import Organization, PressReleasePage
from .quotes import (
    reindex_organization,
    remove_release_quotes,
    sync_release_quotes,
    sync_subtree,
)


@receiver(page_published, sender=PressReleasePage)
def on_release_published(sender, instance, **kwargs):
    sync_release_quotes(instance)


@receiver(page_unpublished, sender=PressReleasePage)
def on_release_unpublished(sender, instance, **kwargs):
    remove_release_quotes(instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync_subtree(page)


@receiver(post_page_move)
def on_page_moved(sender, instance, **kwargs):
    """A move can put releases under (or out of) a private section."""
    sync_subtree(instance)


ORGANIZATION_INDEXED_FIELDS = {"name", "short_name", "kind", "live"}


@receiver(post_save, sender=Organization)
def on_organization_saved(sender, instance, created, update_fields=None, **kwargs):
    """A rename or change of kind must show in search results at once."""
    if created:
        return
    if update_fields is not None and not (
        set(update_fields) & ORGANIZATION_INDEXED_FIELDS
    ):
        return
    reindex_organization(instance.pk)
