"""Media contacts as vCard 3.0 (RFC 2426), which every address book reads."""

from __future__ import annotations

from newsroom.models import MediaContact


def escape(value: str) -> str:
    """Escape a text value: backslash, comma, semicolon and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets, continuing with CRLF and a space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(encoded):
        end = min(start + limit, len(encoded))
        # Never split a UTF-8 sequence: back up to a lead byte.
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(encoded[start:end].decode())
        start, limit = end, 74
    return "\r\n ".join(parts)


def split_name(name: str) -> tuple[str, str]:
    """(family, given) from a display name; the last word is the family name."""
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return words[-1], " ".join(words[:-1])


def contact_vcard(contact: MediaContact, release_title: str, release_url: str) -> str:
    family, given = split_name(contact.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(family)};{escape(given)};;;",
        f"FN:{escape(contact.name)}",
    ]
    if contact.organization:
        lines.append(f"ORG:{escape(contact.organization)}")
    lines.append("TITLE:Media contact")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{escape(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(contact.phone)}")
    if release_url:
        lines.append(f"URL:{release_url}")
    lines.append(f"NOTE:{escape(f'Media contact for “{release_title}”')}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)
