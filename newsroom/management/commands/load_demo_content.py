"""Load the fictional demo newsroom (organizations, topics, releases, quotes).

Idempotent: every object is looked up by a natural key (slug or title) and
only created when missing, so a second run changes nothing.
"""

from __future__ import annotations

import datetime
import io
import secrets
import uuid
import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.models import Site

from PIL import Image, ImageDraw, ImageFont

from images.models import CustomImage
from newsroom import demo_data
from newsroom.models import (
    CoalitionSettings,
    MediaContact,
    Organization,
    PressReleasePage,
    ReleaseIssuer,
    Topic,
)
from newsroom.setup import ensure_site_structure

BLOCK_NAMESPACE = uuid.UUID("6f1f8f6e-2f0c-4a8e-9a52-3c1b0d6c2b11")


def font(size: int) -> ImageFont.ImageFont:
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def logo_png(initials: str, color: str) -> bytes:
    """A square logo: initials on the organization's color."""
    image = Image.new("RGB", (400, 400), color)
    draw = ImageDraw.Draw(image)
    draw.ellipse((30, 30, 370, 370), outline="white", width=10)
    size = {1: 150, 2: 130, 3: 100}.get(len(initials), 76)
    draw.text((200, 200), initials, fill="white", font=font(size), anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def hero_png(seed: int, color: str) -> bytes:
    """An abstract banner: overlapping translucent bands, no photo needed."""
    width, height = 1600, 900
    image = Image.new("RGB", (width, height), color)
    overlay = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for i in range(7):
        offset = (seed * 97 + i * 211) % width
        draw.polygon(
            [
                (offset - 400, height),
                (offset, 0),
                (offset + 180, 0),
                (offset - 220, height),
            ],
            fill=(255, 255, 255, 28 + 12 * (i % 3)),
        )
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def initials_of(name: str, short_name: str) -> str:
    if short_name and len(short_name) <= 5:
        return short_name.upper()
    words = [w for w in name.replace("&", " ").split() if w[0].isupper()]
    return "".join(w[0] for w in words[:3]).upper() or name[:2].upper()


class Command(BaseCommand):
    help = "Load the fictional demo newsroom. Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-username", default="admin", help="Admin account to ensure."
        )
        parser.add_argument(
            "--admin-password",
            default="",
            help="Set this password on the admin account (used by `make demo` "
            "only). Without it a random password is generated when the "
            "account is first created.",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            home, newsroom, _directory = ensure_site_structure(
                demo_data.COALITION["name"]
            )
            created = self.load(home, newsroom)
        summary = ", ".join(f"{count} {name}" for name, count in created.items())
        self.stdout.write(f"Demo content: created {summary or 'nothing (up to date)'}.")
        self.ensure_admin(options["admin_username"], options["admin_password"])
        self.ensure_staff(options["admin_password"])

    # --- loading ---------------------------------------------------------------

    def load(self, home, newsroom) -> dict[str, int]:
        created: dict[str, int] = {}

        def count(name: str) -> None:
            created[name] = created.get(name, 0) + 1

        site = Site.objects.get(is_default_site=True)
        self.point_site_at_base_url(site)
        coalition = demo_data.COALITION
        coalition_settings = CoalitionSettings.for_site(site)
        if not coalition_settings.about:
            coalition_settings.coalition_name = coalition["name"]
            coalition_settings.short_name = coalition["short_name"]
            coalition_settings.tagline = coalition["tagline"]
            coalition_settings.about = coalition["about"]
            coalition_settings.press_email = "press@coalition.example.org"
            coalition_settings.save()
            count("settings")
        if not home.intro:
            home.intro = coalition["intro"]
            home.title = coalition["name"]
            home.save_revision().publish()

        topics = {}
        for name, slug in demo_data.TOPICS:
            topics[slug], was_created = Topic.objects.get_or_create(
                slug=slug, defaults={"name": name}
            )
            if was_created:
                count("topics")

        organizations = {}
        for data in demo_data.ORGANIZATIONS:
            organization = Organization.objects.filter(slug=data["slug"]).first()
            if organization is None:
                logo = self.image(
                    f"Logo: {data['name']}",
                    logo_png(
                        initials_of(data["name"], data["short_name"]), data["color"]
                    ),
                    alt=f"Logo of {data['name']}",
                    credit="",
                )
                organization = Organization.objects.create(
                    name=data["name"],
                    short_name=data["short_name"],
                    slug=data["slug"],
                    kind=data["kind"],
                    city=data["city"],
                    state=data["state"],
                    website=data["website"],
                    description=data["description"],
                    status=data["status"],
                    date_joined=datetime.date.fromisoformat(data["date_joined"]),
                    logo=logo,
                    live=True,
                )
                organization.save_revision().publish()
                count("organizations")
            organizations[data["slug"]] = organization

        featured = None
        for index, data in enumerate(demo_data.RELEASES):
            release = PressReleasePage.objects.filter(slug=data["slug"]).first()
            if release is None:
                release = self.create_release(
                    newsroom, data, index, organizations, topics
                )
                count("releases")
            if data.get("featured"):
                featured = release
        if featured is not None and home.featured_release_id != featured.pk:
            home.featured_release = featured
            home.save_revision().publish()
        return created

    def point_site_at_base_url(self, site: Site) -> None:
        """Absolute links (feeds, cards, copied quotes) use the Site's host.

        Wagtail's installer names it ``localhost:80``; the demo serves on
        WAGTAILADMIN_BASE_URL, so use that while the site still has the default.
        """
        if (site.hostname, site.port) != ("localhost", 80):
            return
        url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        if url.hostname:
            site.hostname = url.hostname
            site.port = url.port or (443 if url.scheme == "https" else 80)
            site.save()

    def image(self, title: str, content: bytes, alt: str, credit: str) -> CustomImage:
        existing = CustomImage.objects.filter(title=title).first()
        if existing is not None:
            return existing
        filename = title.lower().replace(" ", "-").replace(":", "")[:60] + ".png"
        return CustomImage.objects.create(
            title=title,
            file=ImageFile(io.BytesIO(content), name=filename),
            description=alt,
            credit=credit,
        )

    def create_release(self, newsroom, data, index, organizations, topics):
        tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
        day = datetime.date.fromisoformat(data["date"])
        release_date = datetime.datetime.combine(day, datetime.time(10, 0), tzinfo=tz)
        body = []
        for position, (kind, value) in enumerate(data["body"]):
            block_id = str(uuid.uuid5(BLOCK_NAMESPACE, f"{data['slug']}:{position}"))
            if kind == "quote":
                organization = organizations.get(value["org"]) if value["org"] else None
                block_value = {
                    "text": value["text"],
                    "speaker_name": value["speaker"],
                    "speaker_title": value["title"],
                    "organization": organization.pk if organization else None,
                    "organization_name": "" if organization else value["org_name"],
                    "city": value.get("city", ""),
                }
            elif kind == "cta":
                block_value = {
                    "label": value["label"],
                    "description": value.get("description", ""),
                    "document": None,
                    "page": None,
                    "url": value["url"],
                }
                kind = "call_to_action"
            elif kind == "heading":
                block_value = {"text": value, "level": "h2"}
            else:
                block_value = value
            body.append({"type": kind, "value": block_value, "id": block_id})

        hero = None
        if index % 3 == 0:
            color = next(
                o["color"]
                for o in demo_data.ORGANIZATIONS
                if o["slug"] == data["issuers"][0]
            )
            hero = self.image(
                f"Banner: {data['title'][:80]}",
                hero_png(index, color),
                alt="Abstract banner in the colors of the issuing organization",
                credit="Illustration: Coalition Newsroom demo",
            )

        release = PressReleasePage(
            title=data["title"],
            slug=data["slug"],
            subtitle=data.get("subtitle", ""),
            dateline_city=data["city"],
            dateline_state=data["state"],
            release_date=release_date,
            summary=data["summary"],
            body=body,
            hero_image=hero,
            search_description=data["summary"][:250],
            live=False,
        )
        release.topics = [topics[slug] for slug in data["topics"]]
        release.issuers = [
            ReleaseIssuer(organization=organizations[slug]) for slug in data["issuers"]
        ]
        release.media_contacts = [MediaContact(**c) for c in data.get("contacts", [])]
        newsroom.add_child(instance=release)
        if data.get("embargoed"):
            # Scheduled two days from now at 10:00 in the newsroom's time zone:
            # it shows the embargo workflow without ever going live in a demo.
            lift = timezone.localtime() + datetime.timedelta(days=2)
            release.go_live_at = lift.replace(hour=10, minute=0, second=0)
            release.save()
            release.save_revision().publish()
            return release
        release.save_revision().publish()
        PressReleasePage.objects.filter(pk=release.pk).update(
            first_published_at=release_date, last_published_at=release_date
        )
        return release

    # --- accounts ------------------------------------------------------------------

    def ensure_staff(self, password: str) -> None:
        """A sample editor and lead, so the approval workflow can be tried."""
        from django.contrib.auth.models import Group

        from editorial.roles import EDITORS, LEADS

        User = get_user_model()
        for username, group_name in (("editor", EDITORS), ("lead", LEADS)):
            group = Group.objects.filter(name=group_name).first()
            if group is None:
                continue
            user = User.objects.filter(username=username).first()
            if user is not None and not password:
                continue
            chosen = password or secrets.token_urlsafe(12)
            if user is None:
                user = User.objects.create_user(
                    username,
                    f"{username}@coalition.example.org",
                    chosen,
                    first_name=username.capitalize(),
                )
            else:
                user.set_password(chosen)
                user.save(update_fields=["password"])
            user.groups.add(group)
            self.stdout.write(f"{group_name}: username: {username}  password: {chosen}")

    def ensure_admin(self, username: str, password: str) -> None:
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            password = password or secrets.token_urlsafe(12)
            User.objects.create_superuser(
                username, f"{username}@coalition.example.org", password
            )
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
        else:
            self.stdout.write(
                f"Admin account “{username}” already exists; its password was "
                f"not changed (use `manage.py changepassword {username}`)."
            )
            return
        base = settings.WAGTAILADMIN_BASE_URL
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {base}/admin/  username: {username}  password: {password}"
            )
        )
