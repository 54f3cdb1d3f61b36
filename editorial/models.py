"""Journalist preview links: who may read a release before it goes live."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone


def new_token() -> str:
    """43 URL-safe characters from 32 random bytes: 256 bits, not guessable."""
    return secrets.token_urlsafe(32)


class PreviewLinkQuerySet(models.QuerySet):
    def usable(self) -> PreviewLinkQuerySet:
        """Links that are neither revoked nor expired, as of now."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class PreviewLink(models.Model):
    """A private, expiring link to one release's latest draft, for one journalist."""

    release = models.ForeignKey(
        "newsroom.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="preview_links",
    )
    recipient_name = models.CharField(
        max_length=120, help_text="The journalist the link is for, e.g. “Ana Ruiz”."
    )
    outlet = models.CharField(
        max_length=160, blank=True, help_text="Their publication or station."
    )
    email = models.EmailField(
        blank=True, help_text="Where you sent the link; for your records only."
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    expires_at = models.DateTimeField(
        help_text="After this moment the link shows “not found”. Usually the "
        "embargo time."
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        outlet = f" ({self.outlet})" if self.outlet else ""
        return f"{self.recipient_name}{outlet}"

    @property
    def is_usable(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return "Revoked"
        if self.expires_at <= timezone.now():
            return "Expired"
        return "Active"


class PreviewVisit(models.Model):
    """One opening of a preview link. The IP address is stored only as a hash."""

    link = models.ForeignKey(
        PreviewLink, on_delete=models.CASCADE, related_name="visits"
    )
    visited_at = models.DateTimeField(default=timezone.now)
    ip_hash = models.CharField(max_length=64, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-visited_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.link} at {self.visited_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_ip(ip: str) -> str:
        if not ip:
            return ""
        return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()
