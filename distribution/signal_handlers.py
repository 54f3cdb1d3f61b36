"""Remove a share card's file when its row goes (with its quote)."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import ShareCard


@receiver(post_delete, sender=ShareCard)
def delete_card_file(sender, instance: ShareCard, **kwargs) -> None:
    if instance.image:
        instance.image.delete(save=False)
