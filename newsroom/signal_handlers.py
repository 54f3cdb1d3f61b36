"""Wire Wagtail's publishing signals to the quote table."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from .models import PressReleasePage
from .quotes import remove_release_quotes, sync_release_quotes, sync_subtree


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
