"""Match an organization named in a release to the coalition's registry.

Releases name organizations loosely: "the Illinois Coalition for Immigrant and
Refugee Rights", "ICIRR", "Illinois Coalition for Immigrant & Refugee Rights
(ICIRR)". Matching ignores case, punctuation, accents, "&" versus "and", a
leading "the" and a trailing "(ACRONYM)", and tolerates small differences
(a difflib ratio of at least ``FUZZY_THRESHOLD``). It never invents: a name
that matches nothing, or matches two organizations equally well, gives
``None`` and the caller keeps the name as free text.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

FUZZY_THRESHOLD = 0.9
# Two fuzzy candidates closer than this are ambiguous: no match rather than a guess.
AMBIGUITY_MARGIN = 0.02
MIN_FUZZY_LENGTH = 8
# A name may drop one of these last words: "Harbor City Legal Aid (Society)".
GENERIC_WORDS = {"society", "inc", "incorporated", "llc", "organization", "association"}

# The words that start a qualifying phrase at the end of a name.
PART_LINKS = {"for", "of", "in", "on", "at", "de", "del"}

# A numbered unit at the end of a name: "… Union Local 212", "… Lodge 7".
_UNIT = re.compile(r" ((?:local|lodge|district|chapter|branch|unit) \d+[a-z]?)$")

# A chapter or branch of an organization: "Tucson Chapter of the Alliance".
# The words before "chapter" name a place, not a role: no link words.
_CHAPTER = re.compile(
    r"^(?:(?!(?:of|the|at|with|for|from|to|and|in|a|an) )[a-z0-9]+ ){1,4}"
    r"(?:chapter|branch) of (?P<parent>.+)$"
)

_PAREN_ACRONYM = re.compile(r"\s*\(([A-Za-z][A-Za-z0-9.&\-]{1,14})\)\s*$")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_STOP_INITIALS = {"and", "of", "for", "the", "in", "on", "at", "to"}


@dataclass(frozen=True)
class OrganizationEntry:
    """What matching needs to know about one registry organization."""

    id: int
    name: str
    short_name: str = ""


@dataclass(frozen=True)
class OrganizationMatch:
    id: int
    name: str
    # "name", "short_name", "acronym", "spacing", "initials", "chapter" or "fuzzy"
    how: str
    score: float = 1.0


@functools.lru_cache(maxsize=8192)
def normalize(name: str) -> str:
    """Lowercase, unaccented, "&" as "and", no punctuation or leading "the"."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " and ").replace("\u2019", "").replace("'", "")
    text = _NON_WORD.sub(" ", text)
    text = " ".join(text.split())
    if text.startswith("the "):
        text = text[4:]
    return text


def split_acronym(name: str) -> tuple[str, str]:
    """("Illinois Coalition … Rights (ICIRR)") -> ("Illinois Coalition …", "ICIRR")."""
    match = _PAREN_ACRONYM.search(name or "")
    if match is None:
        return (name or "").strip(), ""
    return name[: match.start()].strip(), match.group(1)


def initials(name: str) -> str:
    words = normalize(name).split()
    return "".join(w[0] for w in words if w not in _STOP_INITIALS)


class OrganizationMatcher:
    """An in-memory index of the registry; pure, so the parser can use it."""

    def __init__(self, entries: Iterable[OrganizationEntry]) -> None:
        self.entries = list(entries)
        self._keys: dict[str, dict[int, str]] = {}
        self._full: list[tuple[str, OrganizationEntry]] = []
        initials_count: dict[str, list[OrganizationEntry]] = {}
        for entry in self.entries:
            bare, acronym = split_acronym(entry.name)
            if not acronym and entry.short_name:
                # "Service & Care Workers United Local 2290 (SCWU Local 2290)":
                # a trailing short name in parentheses, with spaces or digits.
                suffix = f"({entry.short_name})"
                if entry.name.rstrip().endswith(suffix):
                    bare = entry.name.rstrip()[: -len(suffix)].strip()
                    acronym = entry.short_name
            self._add(normalize(entry.name), entry, "name")
            self._add(normalize(bare), entry, "name")
            if entry.short_name:
                self._add(normalize(entry.short_name), entry, "short_name")
            if acronym:
                self._add(normalize(acronym), entry, "acronym")
            unit = _UNIT.search(normalize(bare))
            for short in {acronym, entry.short_name} - {""}:
                if unit and not _UNIT.search(normalize(short)):
                    # "KEU Local 212" for "Keystone Educators Union Local 212
                    # (KEU)": the short name with the unit spelled out.
                    self._add(f"{normalize(short)} {unit.group(1)}", entry, "acronym")
            self._full.append((normalize(bare), entry))
            if (
                entry.short_name
                and len(normalize(entry.short_name)) >= MIN_FUZZY_LENGTH
            ):
                self._full.append((normalize(entry.short_name), entry))
            derived = initials(bare)
            if len(derived) >= 3:
                initials_count.setdefault(derived, []).append(entry)
        # Names with the spaces taken out: "Farm Worker" for "Farmworker".
        self._compact: dict[str, set[int]] = {}
        for key, found in self._keys.items():
            self._compact.setdefault(key.replace(" ", ""), set()).update(found)
        # Initials are a last resort, only when no key claims them and only
        # one organization has them.
        self._initials = {
            key: found[0]
            for key, found in initials_count.items()
            if len(found) == 1 and key not in self._keys
        }
        self._by_id = {entry.id: entry for entry in self.entries}
        self._cache: dict[str, OrganizationMatch | None] = {}

    def _add(self, key: str, entry: OrganizationEntry, how: str) -> None:
        if key:
            self._keys.setdefault(key, {}).setdefault(entry.id, how)

    @classmethod
    def from_registry(cls) -> OrganizationMatcher:
        """The live organizations of the registry, in one query."""
        from newsroom.models import Organization

        rows = Organization.objects.live().values_list("pk", "name", "short_name")
        return cls(OrganizationEntry(pk, name, short) for pk, name, short in rows)

    def get(self, pk: int | None) -> OrganizationEntry | None:
        return self._by_id.get(pk) if pk is not None else None

    def _exact(self, key: str) -> OrganizationMatch | None:
        found = self._keys.get(key)
        if found and len(found) == 1:
            (pk, how), *_ = found.items()
            return OrganizationMatch(pk, self._by_id[pk].name, how)
        return None

    def match(self, text: str) -> OrganizationMatch | None:
        """The registry organization ``text`` names, or ``None``."""
        text = (text or "").strip().rstrip(".,;:")
        if text not in self._cache:
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[text] = self._match(text)
        return self._cache[text]

    def _match(self, text: str) -> OrganizationMatch | None:
        if not text:
            return None
        bare, acronym = split_acronym(text)
        for key in (normalize(text), normalize(bare)):
            if key:
                found = self._exact(key)
                if found is not None:
                    return found
        spaced = self._compact.get(normalize(bare).replace(" ", ""), set())
        if len(spaced) == 1:
            (pk,) = spaced
            return OrganizationMatch(pk, self._by_id[pk].name, "spacing")
        compact = bare.replace(".", "")
        if compact.isupper() and len(compact) >= 3:
            entry = self._initials.get(compact.lower())
            if entry is not None:
                return OrganizationMatch(entry.id, entry.name, "initials")
        found = (
            self._fuzzy(normalize(bare))
            or self._generic_suffix(normalize(bare))
            or self._numbered_unit(normalize(bare))
            or self._part_of_name(normalize(bare))
        )
        if found is None and acronym and initials(bare) == normalize(acronym):
            # "Name (ACRONYM)" whose name is off but whose initials agree.
            found = self._exact(normalize(acronym))
        if found is None:
            found = self._chapter(normalize(bare))
        return found

    def _chapter(self, key: str) -> OrganizationMatch | None:
        """ "Tucson Chapter of the Interfaith Sanctuary Alliance": a chapter or
        branch (one to four words before it) of a registry organization is
        matched to that organization, exactly, and reported for the editor."""
        chapter = _CHAPTER.match(key)
        if chapter is None:
            return None
        parent = self._match(chapter.group("parent"))
        if parent is None or parent.how == "fuzzy":
            return None
        return OrganizationMatch(parent.id, parent.name, "chapter")

    def _generic_suffix(self, key: str) -> OrganizationMatch | None:
        """ "Harbor City Legal Aid" for "Harbor City Legal Aid Society"."""
        if len(key.split()) < 2:
            return None
        found = {
            entry.id
            for candidate, entry in self._full
            if candidate.rsplit(" ", 1)[-1] in GENERIC_WORDS
            and candidate.rsplit(" ", 1)[0] == key
        }
        if len(found) != 1:
            return None
        pk = found.pop()
        return OrganizationMatch(pk, self._by_id[pk].name, "fuzzy", 0.9)

    def _numbered_unit(self, key: str) -> OrganizationMatch | None:
        """ "Local 2290" for "Service & Care Workers United Local 2290".

        A numbered unit (a union local, a lodge, a district) is how members
        name their own organization; it matches when exactly one registry
        name or short name ends with the same words and number.
        """
        words = key.split()
        if not 2 <= len(words) <= 3 or not re.fullmatch(r"\d+[a-z]?", words[-1]):
            return None
        found = {
            entry.id
            for candidate, entry in self._full
            if candidate != key and candidate.endswith(" " + key)
        }
        if len(found) != 1:
            return None
        pk = found.pop()
        return OrganizationMatch(pk, self._by_id[pk].name, "fuzzy", 0.9)

    def _part_of_name(self, key: str) -> OrganizationMatch | None:
        """A registry name written without a qualifier at either end.

        "Day Laborer Justice Project" for "Queens Day Laborer Justice Project"
        (one or two leading words such as a place dropped from a name with no
        "for"/"of" phrase; at least three words kept) and
        "Covenant Network" for "Covenant Network for Migrant Justice" (a
        trailing "for …", "of …" or "in …" phrase dropped; at least two words
        kept), or "Keystone Educators Union" for "Keystone Educators Union
        Local 212" (a trailing numbered unit dropped). It matches only when
        exactly one registry name has that part, and is reported as a close
        match for the editor to check.
        """
        words = key.split()
        if len(words) < 2 or words[0] in PART_LINKS or words[-1] in PART_LINKS:
            return None
        found: set[int] = set()
        for candidate, entry in self._full:
            full = candidate.split()
            if len(full) <= len(words):
                continue
            without_leading = (
                len(words) >= 3
                and len(full) - len(words) <= 2
                and full[-len(words) :] == words
                and not set(full) & PART_LINKS
            )
            without_trailing = (
                full[: len(words)] == words
                and (
                    full[len(words)] in PART_LINKS
                    # "Keystone Educators Union" for "… Union Local 212".
                    or bool(_UNIT.fullmatch(" " + " ".join(full[len(words) :])))
                )
            )
            if without_leading or without_trailing:
                found.add(entry.id)
        if len(found) != 1:
            return None
        pk = found.pop()
        return OrganizationMatch(pk, self._by_id[pk].name, "fuzzy", 0.9)

    def _fuzzy(self, key: str) -> OrganizationMatch | None:
        if len(key) < MIN_FUZZY_LENGTH:
            return None
        scored: dict[int, float] = {}
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        for candidate, entry in self._full:
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() < FUZZY_THRESHOLD:
                continue
            if matcher.quick_ratio() < FUZZY_THRESHOLD:
                continue
            ratio = matcher.ratio()
            if ratio >= FUZZY_THRESHOLD and ratio > scored.get(entry.id, 0):
                scored[entry.id] = ratio
        if not scored:
            return None
        ranked = sorted(scored.items(), key=lambda item: item[1], reverse=True)
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < AMBIGUITY_MARGIN:
            return None
        pk, score = ranked[0]
        return OrganizationMatch(pk, self._by_id[pk].name, "fuzzy", round(score, 3))


EMPTY_MATCHER = OrganizationMatcher([])
