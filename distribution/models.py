"""Stored share cards: one generated PNG per public quote."""

from __future__ import annotations

from django.db import models


class ShareCard(models.Model):
    """The 1200x630 image shared with a quote, generated once per version.

    ``content_hash`` fingerprints everything drawn on the card (quote,
    speaker, organization, logo, coalition name, renderer version), so a card
    is redrawn only when one of them changes. Cards hang off
    ``newsroom.Quote`` rows, which exist only for live public releases, and
    are deleted with them.
    """

    quote = models.OneToOneField(
        "newsroom.Quote", on_delete=models.CASCADE, related_name="share_card"
    )
    image = models.FileField(upload_to="share-cards/", max_length=255)
    content_hash = models.CharField(max_length=64)
    width = models.PositiveIntegerField(default=1200)
    height = models.PositiveIntegerField(default=630)
    generated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "share card"

    def __str__(self) -> str:
        return f"Share card for quote {self.quote_id}"
