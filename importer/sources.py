"""Read the text of a release from a .txt, .md or .docx file, or refuse clearly.

Every refusal is an ``ImportSourceError`` whose message can be shown as is, in
the admin or on the command line: an empty file, a binary file renamed to
.txt, a file over ``MAX_FILE_BYTES``, a broken Word document.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import BinaryIO

MAX_FILE_BYTES = 5 * 1024 * 1024
# A long release is ~20,000 characters; the limit leaves room for a booklet
# while keeping the text small enough to carry from the review screen back.
MAX_TEXT_CHARS = 200_000
TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown"}
WORD_EXTENSIONS = {".docx"}
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | WORD_EXTENSIONS


class ImportSourceError(Exception):
    """A file or text that cannot be imported, with a message for people."""


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


def read_path(path: Path) -> str:
    """The text of the release in ``path``."""
    extension = path.suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        raise ImportSourceError(
            f"{path.name}: “{extension or 'no extension'}” files are not "
            "supported; use .txt, .md or .docx."
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportSourceError(
            f"{path.name} is {human_size(size)}; the limit is "
            f"{human_size(MAX_FILE_BYTES)}. A press release is rarely over 100 KB."
        )
    with path.open("rb") as handle:
        return read_stream(handle, path.name)


def read_stream(handle: BinaryIO, name: str) -> str:
    """The text of a release read from an open binary file called ``name``."""
    extension = Path(name).suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        raise ImportSourceError(
            f"{name}: “{extension or 'no extension'}” files are not supported; "
            "use .txt, .md or .docx."
        )
    data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportSourceError(
            f"{name} is over {human_size(MAX_FILE_BYTES)}, the limit. A press "
            "release is rarely over 100 KB."
        )
    if not data.strip():
        raise ImportSourceError(f"{name} is empty.")
    if extension in WORD_EXTENSIONS:
        text = docx_text(data, name)
    else:
        text = decode_text(data, name)
    return check_text(text, name)


def check_text(text: str, name: str = "The text") -> str:
    if not text.strip():
        raise ImportSourceError(f"{name} has no text to import.")
    if len(text) > MAX_TEXT_CHARS:
        raise ImportSourceError(
            f"{name} has {len(text):,} characters; the limit is "
            f"{MAX_TEXT_CHARS:,}. Import one release at a time."
        )
    if "\x00" in text:
        raise ImportSourceError(f"{name} contains binary data, not text.")
    return text


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; refuse binary data."""
    if b"\x00" in data[:8192] or data.startswith((b"PK\x03\x04", b"%PDF", b"\xd0\xcf")):
        raise ImportSourceError(
            f"{name} is not a text file (it looks like a binary file, perhaps "
            "renamed). Save the release as .txt, .md or .docx and try again."
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
        if controls > max(3, len(text) // 200):
            break
        return text
    raise ImportSourceError(
        f"{name} could not be read as text. Save it as UTF-8 text (.txt) and try again."
    )


def docx_text(data: bytes, name: str) -> str:
    """The paragraphs of a Word document, separated by blank lines."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ImportSourceError(
            f"{name} is not a valid Word document (.docx). Open it in Word or "
            "Google Docs and save it again as .docx, or paste the text instead."
        ) from error
    except Exception as error:  # lxml and zip errors vary with the damage
        raise ImportSourceError(
            f"{name} could not be read as a Word document: the file is damaged."
        ) from error
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    return "\n\n".join(p.replace("\v", "\n") for p in paragraphs)
