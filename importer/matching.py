"""Match an organization named in a release to the coalition's registry.

Releases name organizations loosely: "the Illinois Coalition for Immigrant and
Refugee Rights", "ICIRR", "Illinois Coalition for Immigrant & Refugee Rights
(ICIRR)", "Ill. Coalition for Immigrant Rights Assn.". Matching works on
normalized words and follows a few general rules, in this order:

1. **Exact** (``how`` "name", "short_name" or "acronym"): the normalized name,
   the name without its trailing parenthesis, the parenthesis itself, the
   short name, or the short name followed by the name's numbered unit
   ("KEU Local 212"). Normalizing ignores case, accents, punctuation, "&"
   versus "and", a leading "the" and spacing of punctuation, and spells out
   common abbreviations ("Assn." → association, "Ctr." → center, "Int'l" →
   international).
2. **Spacing** ("spacing"): the same letters spaced differently ("Farm
   Worker" for "Farmworker").
3. **Initials** ("initials"): an all-capitals word that is the initials of
   exactly one registry name and nobody's stated acronym.
4. **Close** (``how`` "fuzzy"), every rule below proposes candidates, and a
   match is made only when they all agree on one organization:

   - *part of the name*: the written words are a distinctive part of exactly
     one registry name ("Dreamers Rising" for "Dreamers Rising Student
     Coalition", "Covenant Network" for "Covenant Network for Migrant
     Justice", "Lamplight Network" for "Lamplight Interfaith Sanctuary
     Network", "Local 2290" for "… Workers United Local 2290");
   - *short name inside*: a registry short name or acronym written with
     generic words or a numbered unit around it ("the LISN network");
   - *close spelling*: a difflib ratio of at least ``FUZZY_THRESHOLD`` on the
     normalized names, or ``SAME_SHAPE_THRESHOLD`` when the two names have
     the same first word and the same initials ("Latino Parents Union" for
     "Latino Parents United"); no match when another organization comes
     within ``AMBIGUITY_MARGIN`` of its threshold;
   - *shortened words* ("Metro" for "Metropolitan"), *initials for words*
     ("Holy Family ILS", "Greenleaf Chapel A.M.E. Church") and *reordered*
     ("X of the Y" for "Y X"): see ``docs/importer.md``.

5. **Chapter** ("chapter"): "Tucson Chapter of the Interfaith Sanctuary
   Alliance" (also a branch, office or union local) matches the parent organization
   exactly named after "of"; so does a named unit (a section, committee,
   division, caucus, unit, table, program, project, clinic or department),
   "Immigration and Nationality Law Section of the Lakeshore State Bar
   Association", also after the parent's name or short name ("LSBA …
   Section").

Anything but an exact match is reported to the editor by the parser. Two
organizations equally close match neither: the caller keeps the name as free
text. It never invents.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from newsroom.apstyle import US_STATES

FUZZY_THRESHOLD = 0.9
# Names of the same shape (first word and initials equal) may differ a little more.
SAME_SHAPE_THRESHOLD = 0.85
# Two fuzzy candidates closer than this are ambiguous: no match rather than a guess.
AMBIGUITY_MARGIN = 0.02
MIN_FUZZY_LENGTH = 8

EXACT_HOWS = frozenset({"name", "short_name", "acronym"})

# Common abbreviations in organization names, spelled out before comparing.
ABBREVIATIONS = {
    "assn": "association",
    "assoc": "association",
    "ctr": "center",
    "cntr": "center",
    "centre": "center",
    "dept": "department",
    "intl": "international",
    "natl": "national",
    "cmte": "committee",
    "comm": "committee",
    "univ": "university",
    "inst": "institute",
    "fdn": "foundation",
    "found": "foundation",
    "svcs": "services",
    "svc": "service",
    "coop": "cooperative",
    "amer": "american",
    "soc": "society",
    "corp": "corporation",
    "incorporated": "inc",
}

# Shortened words that may also stand as a name in their own right ("Metro
# Transit"), so they are not spelled out in every comparison: a name that
# matches only once they are spelled out is a close match the editor checks
# ("Salvadoran TPS Committee of Metro Washington" for "… of Metropolitan
# Washington").
SHORTENED_WORDS = {
    "metro": "metropolitan",
    "govt": "government",
    "gov": "government",
    "mgmt": "management",
    "mtn": "mountain",
}

# Words that start a qualifying phrase inside a name ("… Network for Migrant Justice").
LINK_WORDS = {"for", "of", "in", "on", "at", "de", "del", "la", "los", "las", "to"}
_STOP_INITIALS = {"and", "of", "for", "the", "in", "on", "at", "to"}

# Kinds of organization ("… Coalition", "… Union", "… Ministry").
ORGANIZATION_KINDS = frozenset(
    [
        "alliance",
        "association",
        "campaign",
        "caucus",
        "center",
        "clinic",
        "coalition",
        "collaborative",
        "collective",
        "committee",
        "cooperative",
        "council",
        "federation",
        "foundation",
        "fund",
        "institute",
        "league",
        "ministries",
        "ministry",
        "mission",
        "movement",
        "network",
        "organization",
        "partnership",
        "project",
        "society",
        "union",
    ]
)

# Words that do not tell one organization from another: kinds of organization
# and the causes and people they name. A part of a registry name must keep a
# word outside this list (and outside place names) to identify it.
GENERIC_WORDS = (
    ORGANIZATION_KINDS
    | frozenset(
        [
            "office",
            "board",
            "group",
            "initiative",
            "action",
            "program",
            "services",
            "service",
            "forum",
            "hub",
            "trust",
            "table",
            "inc",
            "llc",
            "corporation",
            "company",
            "justice",
            "rights",
            "defense",
            "legal",
            "aid",
            "advocacy",
            "advocates",
            "support",
            "solidarity",
            "immigrant",
            "immigrants",
            "immigration",
            "migrant",
            "migrants",
            "migration",
            "refugee",
            "refugees",
            "worker",
            "workers",
            "labor",
            "laborers",
            "family",
            "families",
            "community",
            "communities",
            "youth",
            "student",
            "students",
            "parent",
            "parents",
            "women",
            "people",
            "peoples",
            "faith",
            "interfaith",
            "sanctuary",
            "welcome",
            "welcoming",
            "civil",
            "human",
            "health",
            "education",
            "housing",
            "tenants",
            "national",
            "international",
            "american",
            "united",
            "local",
            "chapter",
            "branch",
            "district",
            "lodge",
            "unit",
            "new",
            "and",
            "the",
            "a",
            "an",
        ]
    )
    | frozenset(LINK_WORDS)
)

# The last word of a complete organization name ("… Parish", "… Union"):
# a kind of organization, or a congregation or school.
HEAD_WORDS = ORGANIZATION_KINDS | frozenset(
    [
        "parish",
        "church",
        "congregation",
        "diocese",
        "synagogue",
        "mosque",
        "temple",
        "university",
        "college",
        "school",
    ]
)
# Words that may end a registry name without changing what it names.
SUFFIX_WORDS = frozenset({"society", "inc", "llc", "organization", "association"})

# US states by name, lowercase: "colorado", "new mexico".
_STATE_NAMES = frozenset(name.lower() for _code, name, _ap in US_STATES)

# Place words: a part made only of these and generic words is a place
# ("New York", "Harbor City"), not an organization.
PLACE_WORDS = frozenset(
    word for _code, name, _ap in US_STATES for word in name.lower().split()
) | frozenset(
    [
        "city",
        "county",
        "state",
        "valley",
        "bay",
        "coast",
        "river",
        "lake",
        "lakes",
        "mountain",
        "mountains",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "metro",
        "area",
        "region",
        "regional",
        "tri",
    ]
)

# A numbered unit at the end of a name: "… Union Local 212", "… Lodge 7".
_UNIT = re.compile(r" ((?:local|lodge|district|chapter|branch|unit) \d+[a-z]?)$")

# A chapter or branch of an organization: "Tucson Chapter of the Alliance".
# The words before "chapter" name a place, not a role: no link words.
_CHAPTER = re.compile(
    r"^(?:(?!(?:of|the|at|with|for|from|to|and|in|a|an) )[a-z0-9]+ ){1,4}"
    r"(?:chapter|branch|office|local) of (?P<parent>.+)$"
)
# A named unit of an organization: "Immigration and Nationality Law Section
# of the Lakeshore State Bar Association", "Immigration Committee of X"; or
# after its short name, "LSBA Immigration and Nationality Law Section".
# Also a unit, program or clinic of an office or a university ("Immigration
# Unit of the Okefenokee Circuit Public Defender Office") and a state table
# of a regional network ("Tennessee Table of Southern Gateways").
_UNIT_KINDS = (
    r"(?:section|committee|division|caucus|chapter|branch|office|unit|table|"
    r"program|project|clinic|department|center|initiative)"
)
_NAMED_UNIT = re.compile(
    r"^(?:(?!(?:of|the|at|with|for|from|to|in|a|an) )[a-z0-9]+ ){1,5}"
    + _UNIT_KINDS
    + r" of (?P<parent>.+)$"
)
_UNIT_NAME = re.compile(
    r"(?:(?!(?:of|the|at|with|for|from|to|in|a|an) )[a-z0-9]+ ){1,5}" + _UNIT_KINDS
)

# A trailing parenthesis naming the organization: "(ICIRR)", "(SCWU Local 2290)".
_PAREN = re.compile(
    r"\s*\(([A-Za-z][A-Za-z0-9.&'\-]*(?: [A-Za-z0-9.&'\-]+){0,3})\)\s*$"
)
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_CORPORATE = {"inc", "llc", "ltd", "corporation", "pc", "pllc", "llp"}


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
    # "name", "short_name", "acronym" (exact); "spacing", "initials",
    # "chapter" or "fuzzy" (close: the editor is asked to check it).
    how: str
    score: float = 1.0
    # For close matches, which rule: "spelling", "part", "short name" ...
    rule: str = ""

    @property
    def exact(self) -> bool:
        return self.how in EXACT_HOWS


@functools.lru_cache(maxsize=8192)
def normalize(name: str) -> str:
    """Lowercase, unaccented, "&" as "and", abbreviations spelled out, no
    punctuation or leading "the"."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " and ").replace("\u2019", "").replace("'", "")
    text = _NON_WORD.sub(" ", text)
    words = [ABBREVIATIONS.get(word, word) for word in text.split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def split_acronym(name: str) -> tuple[str, str]:
    """("Illinois Coalition … Rights (ICIRR)") -> ("Illinois Coalition …", "ICIRR")."""
    match = _PAREN.search(name or "")
    if match is None or match.start() == 0:
        return (name or "").strip(), ""
    return name[: match.start()].strip(), match.group(1)


def initials(name: str) -> str:
    return _initials_of(normalize(name).split())


def _initials_of(words: list[str]) -> str:
    """The first letters of normalized words, small words left out."""
    return "".join(w[0] for w in words if w not in _STOP_INITIALS)


def _content(words: list[str]) -> list[str]:
    """The words that carry meaning: no "the" or "and"."""
    return [w for w in words if w not in {"the", "and"}]


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    position = 0
    for word in whole:
        if position < len(part) and part[position] == word:
            position += 1
    return position == len(part)


def _contiguous(part: list[str], whole: list[str]) -> bool:
    size = len(part)
    return any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def _distinctive(words: list[str]) -> bool:
    """Does ``words`` name something, not just a kind of group or a place?"""
    return any(
        w.isdigit() or (w not in GENERIC_WORDS and w not in PLACE_WORDS) for w in words
    )


def _spelled_out(key: str) -> str:
    """A normalized name with its SHORTENED_WORDS spelled out."""
    return " ".join(SHORTENED_WORDS.get(w, w) for w in key.split())


def _main(words: list[str]) -> list[str]:
    """A name up to its first qualifying phrase: "covenant network" of
    "covenant network for migrant justice"."""
    for index, word in enumerate(words):
        if index and word in LINK_WORDS:
            return words[:index]
    return words


def is_part_of(part: list[str], whole: list[str]) -> bool:
    """Is ``part`` (content words) a recognizable shortening of ``whole``?

    Either a contiguous run of its words (three or more, or at least half of
    the name, or ending with a numbered unit), or its main words with some
    in the middle left out, keeping the first and the last ("Lamplight
    Network" for "Lamplight Interfaith Sanctuary Network").
    """
    if len(part) < 2 or len(part) >= len(whole) or part == whole:
        return False
    if part[0] in LINK_WORDS or part[-1] in LINK_WORDS:
        return False
    if not _distinctive(part):
        return False
    if _contiguous(part, whole):
        if part[-1].isdigit() and whole[-len(part) :] == part:
            return True  # "Local 2290": the name's numbered unit.
        rest = whole[len(part) :]
        if (
            whole[: len(part)] == part
            and part[-1] in HEAD_WORDS
            and rest[0] not in LINK_WORDS | SUFFIX_WORDS
            and not _UNIT.fullmatch(" " + " ".join(rest))
        ):
            # "St. Brigid's Parish" is not "St. Brigid's Parish Immigration
            # Ministry": a name complete in itself names another organization.
            return False
        meaningful = [w for w in whole if w not in LINK_WORDS]
        return len(part) >= 3 or 2 * len(part) >= len(meaningful)
    main = _main(whole)
    return (
        part[0] == main[0]
        and part[-1] == main[-1]
        and _is_subsequence(part, main)
        and 2 * len(part) >= len(main)
    )


class OrganizationMatcher:
    """An in-memory index of the registry; pure, so the parser can use it."""

    def __init__(self, entries: Iterable[OrganizationEntry]) -> None:
        self.entries = list(entries)
        self._keys: dict[str, dict[int, str]] = {}
        # (normalized long name, its content words, entry) for close rules.
        self._full: list[tuple[str, list[str], OrganizationEntry]] = []
        # Short names and acronyms as word lists, for "short name inside".
        self._shorts: list[tuple[list[str], OrganizationEntry]] = []
        initials_count: dict[str, list[OrganizationEntry]] = {}
        for entry in self.entries:
            bare, acronym = split_acronym(entry.name)
            self._add(normalize(entry.name), entry, "name")
            self._add(normalize(bare), entry, "name")
            if entry.short_name:
                self._add(normalize(entry.short_name), entry, "short_name")
            if acronym:
                self._add(normalize(acronym), entry, "acronym")
            parent, comma, part = bare.partition(", ")
            if comma and ", " not in part:
                # "Free Episcopal Communion, Diocese of the Great Lakes" as a
                # release writes it: "Diocese of the Great Lakes of the Free
                # Episcopal Communion".
                for link in ("of", "of the"):
                    self._add(normalize(f"{part} {link} {parent}"), entry, "name")
            unit = _UNIT.search(normalize(bare))
            for short in {acronym, entry.short_name} - {""}:
                if unit and not _UNIT.search(normalize(short)):
                    # "KEU Local 212" for "Keystone Educators Union Local 212
                    # (KEU)": the short name with the unit spelled out.
                    self._add(f"{normalize(short)} {unit.group(1)}", entry, "acronym")
                if short.replace(" ", "").isupper() or " " not in short:
                    self._shorts.append((normalize(short).split(), entry))
            key = normalize(bare)
            self._full.append((key, _content(key.split()), entry))
            short_key = normalize(entry.short_name)
            if len(short_key) >= MIN_FUZZY_LENGTH and " " in short_key:
                self._full.append((short_key, _content(short_key.split()), entry))
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
        # Names without any trailing parenthesis ("… Washington (Comité
        # TPS)"), for the shortened-words rule.
        self._unbracketed: dict[str, set[int]] = {}
        for entry in self.entries:
            name = normalize(re.sub(r"\s*\([^()]*\)\s*$", "", entry.name))
            for key in {name, normalize(split_acronym(entry.name)[0])}:
                self._unbracketed.setdefault(_spelled_out(key), set()).add(entry.id)
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

    def _found(self, pk: int, how: str, score: float = 1.0, rule: str = ""):
        return OrganizationMatch(pk, self._by_id[pk].name, how, score, rule)

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
        key = normalize(bare)
        # 1. Exact. A key two organizations share names neither.
        for candidate in (normalize(text), key):
            found = self._keys.get(candidate)
            if found:
                if len(found) > 1:
                    return None
                ((pk, how),) = found.items()
                return self._found(pk, how)
        if not key:
            return None
        # 2. Spacing.
        spaced = self._compact.get(key.replace(" ", ""), set())
        if len(spaced) == 1:
            return self._found(next(iter(spaced)), "spacing", rule="spacing")
        if len(spaced) > 1:
            return None
        # 3. Initials.
        compact = bare.replace(".", "")
        if compact.isupper() and " " not in compact and len(compact) >= 3:
            entry = self._initials.get(compact.lower())
            if entry is not None:
                return self._found(entry.id, "initials", rule="initials")
        # 4. Close: every rule's candidates must agree on one organization.
        words = _content(key.split())
        candidates: dict[int, tuple[float, str]] = {}
        for pk, score, rule in (
            *self._parts(words),
            *self._short_inside(bare, words),
            *self._spelling(key, words),
            *self._shortened_words(key),
            *self._initials_for_words(bare, words),
            *self._reordered(words),
        ):
            if pk not in candidates or candidates[pk][0] < score:
                candidates[pk] = (score, rule)
        if acronym and not candidates and initials(bare) == normalize(acronym):
            # "Name (ACRONYM)" whose name is off but whose initials agree.
            found = self._keys.get(normalize(acronym), {})
            if len(found) == 1:
                candidates[next(iter(found))] = (0.9, "acronym")
        if len(candidates) == 1:
            ((pk, (score, rule)),) = candidates.items()
            return self._found(pk, "fuzzy", round(score, 3), rule)
        if candidates:
            return None
        # 5. A chapter of a registry organization.
        return self._chapter(key) or self._unit_of(bare)

    def _unit_of(self, text: str) -> OrganizationMatch | None:
        """ "ACLU's Immigrants' Rights Project", "the American Civil
        Liberties Union's Washington Legislative Office": a unit named after
        its registry organization's possessive; "Colorado AFSC": a registry
        name after the state of its office. Matched to the organization as a
        chapter, and reported for the editor."""
        owned = re.match(r"^(?P<parent>.+?)['\u2019]s\s+(?P<unit>[A-Z].*)$", text)
        if (
            owned is not None
            and _UNIT_NAME.fullmatch(normalize(owned.group("unit")))
            and all(
                word[:1].isupper() or word in {"and", "of", "for", "&", "on"}
                for word in owned.group("unit").split()
            )
        ):
            parent = self._match(owned.group("parent"))
            if parent is not None and parent.how != "fuzzy":
                return self._found(parent.id, "chapter", rule="chapter")
        words = text.split()
        for size in (1, 2):
            place = " ".join(words[:size]).lower()
            if len(words) > size and place in _STATE_NAMES:
                parent = self._match(" ".join(words[size:]))
                if parent is not None and parent.how != "fuzzy":
                    return self._found(parent.id, "chapter", rule="chapter")
        return None

    def _chapter(self, key: str) -> OrganizationMatch | None:
        """ "Tucson Chapter of the Interfaith Sanctuary Alliance": a chapter,
        branch or office (one to four place words before it) of a registry
        organization is matched to that organization, exactly, and reported
        for the editor; so is a named unit, "Immigration and Nationality Law
        Section of the Lakeshore State Bar Association" (a section,
        committee, division or caucus, one to five words before it), also
        written after the parent's name or short name ("LSBA Immigration
        and Nationality Law Section")."""
        chapter = _CHAPTER.match(key) or _NAMED_UNIT.match(key)
        if chapter is not None:
            parent = self._match(chapter.group("parent"))
            # The parent as written, or its name without the place that
            # qualifies it: "Upstate Branch of the Cimiento Construction
            # Workers Center" for "… Workers Center of the Carolinas".
            if parent is None or (
                parent.how == "fuzzy" and not self._unqualified(chapter, parent)
            ):
                return None
            return self._found(parent.id, "chapter", rule="chapter")
        # "LSBA Immigration and Nationality Law Section": the parent's exact
        # name or short name, then one to five words naming the unit.
        words = key.split()
        for end in range(len(words) - 2, 0, -1):
            found = self._keys.get(" ".join(words[:end]))
            if found and _UNIT_NAME.fullmatch(" ".join(words[end:])):
                if len(found) > 1:
                    return None
                ((pk, _how),) = found.items()
                return self._found(pk, "chapter", rule="chapter")
        return None

    def _unqualified(self, chapter: re.Match, parent: OrganizationMatch) -> bool:
        """Is the chapter's parent written as the registry name up to its
        qualifying phrase ("Habesha Community Alliance" for "Habesha Community
        Alliance of Northern Virginia")?"""
        written = _content(normalize(chapter.group("parent")).split())
        whole = _content(normalize(split_acronym(parent.name)[0]).split())
        return (
            parent.rule == "part"
            and len(written) >= 2
            and written == _main(whole)
            and _distinctive(written)
        )

    def _parts(self, words: list[str]) -> list[tuple[int, float, str]]:
        """Registry names of which ``words`` is a distinctive part, or which
        are a part of ``words`` followed only by a corporate suffix or a
        numbered unit ("Casa Azul Inc", "Keystone Educators Union Local 212")."""
        found = []
        for _key, whole, entry in self._full:
            if is_part_of(words, whole) or (
                len(whole) >= 2
                and len(words) > len(whole)
                and words[: len(whole)] == whole
                and _distinctive(whole)
                and (
                    set(words[len(whole) :]) <= _CORPORATE
                    or _UNIT.fullmatch(" " + " ".join(words[len(whole) :]))
                )
            ):
                found.append((entry.id, 0.9, "part"))
        return found

    def _shortened_words(self, key: str) -> list[tuple[int, float, str]]:
        """ "Salvadoran TPS Committee of Metro Washington" for "Salvadoran TPS
        Committee of Metropolitan Washington (Comité TPS)": the name with its
        shortened words (SHORTENED_WORDS) spelled out is a registry name."""
        spelled = _spelled_out(key)
        if spelled == key or key in self._unbracketed:
            return []
        found = self._unbracketed.get(spelled, set())
        if len(found) != 1:
            return []
        return [(next(iter(found)), 0.95, "abbreviation")]

    def _initials_for_words(
        self, bare: str, words: list[str]
    ) -> list[tuple[int, float, str]]:
        """ "Holy Family ILS" for "Holy Family Immigration Legal Services
        (HFILS)", "Greenleaf Chapel A.M.E. Church" for "Greenleaf Chapel
        African Methodist Episcopal Church": the registry name's first words
        as written, the initials of some of its words in capitals (two
        letters or more), then its last words as written, if any. The first
        words must name something ("Immigrant ILS" names nothing)."""
        written = bare.replace(".", "").split()
        marks = [
            at
            for at, word in enumerate(written)
            if at > 0 and word.isupper() and word.isalpha() and 2 <= len(word) <= 6
        ]
        if len(written) < 2 or len(marks) != 1:
            return []
        (at,) = marks
        letters_written = written[at].lower()
        head = _content(normalize(" ".join(written[:at])).split())
        tail = _content(normalize(" ".join(written[at + 1 :])).split())
        if not _distinctive(head):
            return []
        found = []
        for _key, whole, entry in self._full:
            middle = len(whole) - len(head) - len(tail)
            if (
                middle < 2
                or whole[: len(head)] != head
                or whole[len(whole) - len(tail) :] != tail
            ):
                continue
            letters = _initials_of(whole[len(head) : len(whole) - len(tail)])
            if len(letters) >= 2 and letters == letters_written:
                found.append((entry.id, 0.9, "initials"))
        return found

    def _reordered(self, words: list[str]) -> list[tuple[int, float, str]]:
        """ "Haitian Families Network of the Capital Region" for "Capital Region
        Haitian Families Network (CRHFN)": "X of the Y" written for the
        registry's "Y X", or the other way round; the same words, each part
        naming something or a place, X ending in a kind of organization. So
        is a program "at" its institution ("Immigration Clinic at Maumee
        River School of Law" for "Maumee River School of Law Immigration
        Clinic")."""

        def flipped(name: list[str]) -> list[str] | None:
            link = "at" if "at" in name else "of"
            if link not in name:
                return None
            at = name.index(link)
            first, second = name[:at], [w for w in name[at + 1 :] if w != "the"]
            if len(first) < 2 or not second or first[-1] not in ORGANIZATION_KINDS:
                return None
            if not _distinctive(first):
                return None
            return second + first

        found = []
        written = flipped(words)
        for _key, whole, entry in self._full:
            if len(whole) < 3:
                continue
            if written == whole or (flipped(whole) == words):
                found.append((entry.id, 0.9, "reordered"))
        return found

    def _short_inside(
        self, bare: str, words: list[str]
    ) -> list[tuple[int, float, str]]:
        """ "the LISN network", "HSWU Local 418": a registry short name among
        generic words or a numbered unit; the short name must be written in
        capitals when it is one word."""
        if len(words) < 2:
            return []
        written = set(bare.replace(".", "").split())
        found = []
        for short, entry in self._shorts:
            size = len(short)
            if size >= len(words) or (size == 1 and len(short[0]) < 3):
                continue
            for start in range(len(words) - size + 1):
                if words[start : start + size] != short:
                    continue
                if size == 1 and short[0].upper() not in written:
                    continue
                rest = words[:start] + words[start + size :]
                if all(w in GENERIC_WORDS for w in rest) or _UNIT.fullmatch(
                    " " + " ".join(rest)
                ):
                    found.append((entry.id, 0.9, "short name"))
                break
        return found

    def _spelling(self, key: str, words: list[str]) -> list[tuple[int, float, str]]:
        """A close spelling: a difflib ratio of at least FUZZY_THRESHOLD, or
        SAME_SHAPE_THRESHOLD for names with the same first word and initials,
        and no other organization within AMBIGUITY_MARGIN of its threshold."""
        if len(key) < MIN_FUZZY_LENGTH:
            return []
        scored: dict[int, float] = {}
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        shape = [w[0] for w in words]
        floor = SAME_SHAPE_THRESHOLD - AMBIGUITY_MARGIN
        for candidate, whole, entry in self._full:
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() < floor:
                continue
            if matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            same_shape = (
                len(whole) >= 3
                and whole[0] == words[0]
                and [w[0] for w in whole] == shape
            )
            threshold = SAME_SHAPE_THRESHOLD if same_shape else FUZZY_THRESHOLD
            # Below the threshold still counts for ambiguity.
            if ratio >= threshold - AMBIGUITY_MARGIN and ratio > abs(
                scored.get(entry.id, 0)
            ):
                scored[entry.id] = ratio if ratio >= threshold else -ratio
        # Any other organization close to the name makes it ambiguous.
        if len(scored) != 1:
            return []
        ((pk, score),) = scored.items()
        if score <= 0:
            return []
        return [(pk, score, "spelling")]


EMPTY_MATCHER = OrganizationMatcher([])
