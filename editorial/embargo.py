"""Embargo wording, in the newsroom's own time zone."""

from __future__ import annotations

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone

MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


def site_timezone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def embargo_time(moment: datetime.datetime) -> str:
    """E.g. "Dec. 1, 2026, 10:00 a.m. EST", always in settings.TIME_ZONE."""
    local = timezone.localtime(moment, site_timezone())
    hour = local.hour % 12 or 12
    meridiem = "a.m." if local.hour < 12 else "p.m."
    return (
        f"{MONTHS[local.month - 1]} {local.day}, {local.year}, "
        f"{hour}:{local.minute:02d} {meridiem} {local.tzname()}"
    )


def embargo_label(moment: datetime.datetime) -> str:
    return f"EMBARGOED UNTIL {embargo_time(moment)}"


def embargo_moment(release) -> datetime.datetime | None:
    """The go-live time of ``release`` if it is still in the future."""
    go_live_at = getattr(release, "go_live_at", None)
    if go_live_at is not None and go_live_at > timezone.now():
        return go_live_at
    return None
