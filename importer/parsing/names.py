"""Who is speaking: names, titles and organizations.

``_parse_person`` reads "Name, Title, Organization" and its variants, with the
helpers that tell a title from an organization and the tests of what reads as
a person's name; and the short forms and back-references a release uses for
organizations. The forms of attribution around it are in ``attribution``.
"""

from __future__ import annotations

import re

from newsroom.apstyle import US_STATES

from ..matching import (
    GENERIC_WORDS,
    ORGANIZATION_KINDS,
    PLACE_WORDS,
    OrganizationMatch,
    OrganizationMatcher,
    normalize,
)
from .data import ParsedQuote
from .vocabulary import (
    _CAPITAL,
    HONORIFIC_WORDS,
    HONORIFICS,
    KINDS_ALSO_ENGLISH,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ORG_KINDS_OPENING_A_NAME,
    ORG_WORDS,
    PRE_TITLE_WORDS,
    STANDALONE_CITIES,
    STATE_LOOKUP,
    TITLE_WORDS,
    _state_key,
)

# "the National Coalition for Immigrant Families (the Coalition)", "Southwest
# Asylum Defense Collaborative (SADC)": a short form the release defines for a
# name, in parentheses right after it.
ALIAS_RE = re.compile(
    r"\(\s*[“\"]?(?P<written>(?:the\s+)?"
    r"(?P<alias>["
    + _CAPITAL
    + r"][\w'\u2019&.\-]*(?:\s+["
    + _CAPITAL
    + r"][\w'\u2019&.\-]*){0,3}))"
    r"[”\"]?\s*\)"
)
_ALIAS_NAME_WORDS = {"of", "for", "and", "the", "&", "de", "del", "la", "on", "in"}


def _release_aliases(
    text: str, matcher: OrganizationMatcher
) -> dict[str, tuple[str, OrganizationMatch]]:
    """The short forms the release defines for registry organizations, by
    normalized short form: "(the Coalition)" after "National Coalition for
    Immigrant Families". Only a name the registry knows exactly counts, and a
    short form defined for two organizations counts for neither."""
    aliases: dict[str, tuple[str, OrganizationMatch] | None] = {}
    for match in ALIAS_RE.finditer(text):
        before = text[max(0, match.start() - 200) : match.start()]
        words = re.split(r"[()\n]", before)[-1].split()
        # The capitalized run right before the parenthesis.
        run: list[str] = []
        for word in reversed(words[-12:]):
            if not (word[:1].isupper() or word.lower() in _ALIAS_NAME_WORDS):
                break
            run.insert(0, word)
        found = None
        for start in range(len(run)):
            if run[start][:1].isupper():
                candidate = matcher.match(" ".join(run[start:]))
                if candidate is not None and candidate.exact:
                    found = candidate
                    break
        if found is None:
            continue
        alias = match.group("alias")
        key = normalize(alias)
        if not key:
            continue
        if key in aliases:
            previous = aliases[key]
            if previous is None or previous[1].id != found.id:
                aliases[key] = None
            continue
        aliases[key] = (match.group("written"), found)
    return {key: value for key, value in aliases.items() if value is not None}


# Words before a kind of organization that make it no name: "An Alliance
# clinic", "Our Coalition".
_DETERMINERS = {"a", "an", "this", "that", "our", "their", "its", "every", "each"}
_NAME_EDGE = "“”\"'\u2018\u2019()[]"


def _names_ending_with(
    text: str, kind: str, matcher: OrganizationMatcher
) -> set[int | str]:
    """The organizations ``text`` names with a capitalized name of two words
    or more ending in ``kind`` ("Garden State Immigrant Rights Alliance" for
    "alliance"): a registry id when the name, or its end, is exactly a
    registry name, otherwise the normalized name itself."""
    found: set[int | str] = set()
    for line in text.splitlines():
        found |= _line_names_ending_with(line.split(), kind, matcher)
    return found


def _line_names_ending_with(
    words: list[str], kind: str, matcher: OrganizationMatcher
) -> set[int | str]:
    found: set[int | str] = set()
    for index, word in enumerate(words):
        core = re.sub(r"[\u2019']s$", "", word.strip(_NAME_EDGE + ".,;:!?"))
        if core.lower() != kind or not core[:1].isupper():
            continue
        run = [core]
        position = index - 1
        while position >= 0:
            previous = words[position]
            if previous[-1:] in ',.;:!?)”"' and not previous.endswith(("St.", "Inc.")):
                break
            token = previous.lstrip('(“"')
            if not (token[:1].isupper() or token.lower() in _ALIAS_NAME_WORDS):
                break
            run.insert(0, token)
            if token != previous:
                break
            position -= 1
        while run and (
            run[0].lower() in _ALIAS_NAME_WORDS | _DETERMINERS
            or not run[0][:1].isupper()
        ):
            run.pop(0)
        if len(run) < 2 or run[-2].lower() in _ALIAS_NAME_WORDS | _DETERMINERS:
            # "Coordinator for the Alliance": the kind alone, not a name.
            continue
        key: int | str = normalize(" ".join(run))
        for start in range(len(run) - 1):
            if run[start][:1].isupper():
                match = matcher.match(" ".join(run[start:]))
                if match is not None and match.exact:
                    key = match.id
                    break
        found.add(key)
    return found


def _is_name_token(token: str, position: int, count: int) -> bool:
    lower = token.lower()
    if lower in NOT_NAME_WORDS:
        return False
    if lower in NAME_SUFFIXES and position == count - 1 and position > 1:
        return True
    if lower in NAME_PARTICLES and 0 < position < count - 1:
        return True
    if lower in HONORIFICS and position == 0:
        return True
    if re.fullmatch(r"[" + _CAPITAL + r"]\.(?:[" + _CAPITAL + r"]\.)?", token):
        return True
    if not re.fullmatch(r"[" + _CAPITAL + r"][\w'\u2019.\-]*", token):
        return False
    return not (token.isupper() and len(token) > 2)


def _looks_like_name(text: str) -> bool:
    """ "Ana María Ruiz-Soto", "Rev. Mark T. Ellison Jr." (2-6 name tokens),
    opening like a person's name (not "After Raid", see _person_name)."""
    text = text.strip().rstrip(",")
    if not text or any(c.isdigit() for c in text) or "@" in text:
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 6:
        return False
    if tokens[0].lower() in HONORIFICS and len(tokens) < 3:
        return False
    lowered = {t.lower().rstrip(",") for t in tokens[1:]}
    if tokens[0].lower() not in HONORIFICS:
        lowered.add(tokens[0].lower().rstrip(","))
    stripped = {t.rstrip(".") for t in lowered}
    if (stripped & (ORG_WORDS | TITLE_WORDS)) or (
        lowered & (PRE_TITLE_WORDS - {"u.s."})
    ):
        return False
    return _person_name(text) and all(
        _is_name_token(t, i, len(tokens)) for i, t in enumerate(tokens)
    )


# Words that qualify a role rather than being one: "Senior Pastor".
ROLE_MODIFIERS = {
    "senior",
    "managing",
    "national",
    "regional",
    "statewide",
    "international",
    "founding",
    "vice",
    "deputy",
    "chief",
    "executive",
    "associate",
    "assistant",
    "head",
    "lead",
    "interim",
    "acting",
    "state",
    "city",
    "county",
    "u.s.",
    "lt.",
    "lieutenant",
    "general",
}


# "Councilor-at-Large": a role with its qualifier attached.
_AT_LARGE_RE = re.compile(r"-at-large$")


def _is_role_noun(token: str) -> bool:
    """Is ``token`` a role ("Coordinator", "Organizer"), not a qualifier of one?"""
    lower = _AT_LARGE_RE.sub("", token.lower().strip(","))
    last = lower.rsplit("-", 1)[-1]
    return (
        lower not in ROLE_MODIFIERS
        and lower not in HONORIFICS
        and (lower in PRE_TITLE_WORDS or lower in TITLE_WORDS or last in TITLE_WORDS)
    )


# Fields a role can be "of" before the name, written without an article:
# "Director of Organizing", "Vice President of Policy and Advocacy".
PORTFOLIO_WORDS = {
    "advocacy",
    "affairs",
    "campaigns",
    "civic",
    "communications",
    "community",
    "compliance",
    "development",
    "digital",
    "education",
    "engagement",
    "external",
    "field",
    "finance",
    "fundraising",
    "government",
    "human",
    "immigration",
    "legal",
    "litigation",
    "media",
    "member",
    "membership",
    "operations",
    "organizing",
    "outreach",
    "partnerships",
    "policy",
    "programs",
    "public",
    "relations",
    "research",
    "resources",
    "services",
    "strategy",
    "training",
    "youth",
}


def _portfolio_end(tokens: list[str], role: int) -> int:
    """The last token of "Director of Organizing" when a role at ``role`` is
    followed by "of" and a portfolio ("of Organizing", "of Policy and
    Advocacy") before the name; ``role`` when it is not. Only field words
    count, so "Director of Organizing Efraín Cux Tzoc" keeps its three-word
    name."""
    if role + 2 >= len(tokens) or tokens[role + 1].lower() != "of":
        return role
    end = role + 1
    index = role + 2
    while index < len(tokens):
        lower = tokens[index].lower()
        # "Director of Organizing", or all in lowercase as AP writes a title
        # before a name that follows an organization ("RAICES head of
        # communications Faisal Al-Juburi").
        if lower in PORTFOLIO_WORDS and (
            tokens[index][:1].isupper() or tokens[role][:1].islower()
        ):
            end = index
        elif not (
            lower in {"and", "&"}
            and index + 1 < len(tokens)
            and tokens[index + 1].lower() in PORTFOLIO_WORDS
            and end > role + 1
        ):
            break
        index += 1
    return end if end > role + 1 else role


def _split_name_and_pretitle(text: str) -> tuple[str, str] | None:
    """ "Philadelphia Councilmember Ana Ruiz" -> name and title before it."""
    text = text.strip()
    if _looks_like_name(text):
        return text, ""
    # "LIA board chair the Rev. Ana Ruiz": AP's article before the honorific.
    text = re.sub(
        r"\s+the\s+(?=(?:Rev|Very\s+Rev|Most\s+Rev|Hon|Honorable)\.?\s)", " ", text
    )
    tokens = text.split()
    roles = [
        index
        for index, token in enumerate(tokens)
        if (lower := _AT_LARGE_RE.sub("", token.lower())) in PRE_TITLE_WORDS
        or lower in TITLE_WORDS
        or lower.rsplit("-", 1)[-1] in TITLE_WORDS
    ]
    if not roles:
        return None
    # "Director of Organizing Ana Ruiz": the title runs to the end of the
    # portfolio, which may hold a title word ("of Member Services").
    last_title = max(_portfolio_end(tokens, index) for index in roles)
    if last_title >= len(tokens) - 2:
        return None
    # "Accompaniment Coordinator Pastor Ana Ruiz": an honorific right after a
    # title is the speaker's ("Senior Pastor Ana Ruiz" keeps its title).
    if (
        last_title > 0
        and tokens[last_title].lower() in HONORIFICS
        and _is_role_noun(tokens[last_title - 1])
    ):
        last_title -= 1
    name = " ".join(tokens[last_title + 1 :])
    title = " ".join(tokens[: last_title + 1])
    if not _looks_like_name(name):
        return _title_of_organization_then_name(tokens, last_title)
    return name, title


def _portfolio_words(text: str) -> bool:
    """ "Member Services", "Policy and Advocacy": a portfolio, not a group."""
    words = [w.lower() for w in text.split() if w.lower() not in _NAME_JOINERS]
    return bool(words) and all(w in PORTFOLIO_WORDS for w in words)


def _title_of_organization_then_name(
    tokens: list[str], last_title: int
) -> tuple[str, str] | None:
    """ "Legal Director of the Harbor Tenants Union (HTU) Ilse Marwick": a
    title, its organization after "of/for/at/with", then the name, its last
    two capitalized words (three with a middle initial). The title returned
    keeps the organization, for the caller to split."""
    rest = tokens[last_title + 1 :]
    if len(rest) < 4 or rest[0].lower() not in {"of", "for", "at", "with"}:
        return None
    size = 3 if re.fullmatch(r"[" + _CAPITAL + r"]\.", rest[-2]) else 2
    name, organization = rest[-size:], rest[1:-size]
    if not organization or not all(
        w.lstrip("(")[:1].isupper() or w.lower() in _NAME_JOINERS for w in organization
    ):
        return None
    # "… and co-founder of Black Lives Matter": without a word that names a
    # kind of organization or an acronym, the words cannot be told apart.
    if _portfolio_words(" ".join(organization)) or not any(
        w.lower() in ORG_WORDS or re.fullmatch(r"\(?" + _ACRONYM + r"\)?", w)
        for w in organization
    ):
        return None
    if not _looks_like_name(" ".join(name)) or organization[-1].lower() in (
        _NAME_JOINERS
    ):
        return None
    return " ".join(name), " ".join(tokens[: last_title + 1] + rest[:-size])


# A place of one to three capitalized words: "Tucson", "Las Cruces", "West
# Valley City".
_PLACE = (
    r"[" + _CAPITAL + r"][\w.'\u2019\-]*(?:\s+[" + _CAPITAL + r"][\w.'\u2019\-]*){0,2}"
)
_CITY_SUFFIX = re.compile(r"\s+in\s+(?P<city>" + _PLACE + r")$")
_ORG_LINK = re.compile(
    r"\s+(?:at|with|for|of|from|to|del|de\s+la|de)\s+"
    # An okina (U+02BB) may open a Hawaiian name ("\u02bbOhana …").
    r"(?=(?:the\s+)?[\u02bb\u2018']?[" + _CAPITAL + r"0-9])"
)
# A numbered unit of an organization: "SEIU Local 73", "Lodge 12", "District 9".
UNIT_RE = re.compile(
    r"\b(?:Local|Lodge|District|Chapter|Branch|Unit)\s+\d+[" + _CAPITAL + r"]?\b"
)


def _role_words(text: str) -> bool:
    """ "CEO", "President and CEO", "Interim COO", "Board Chair": only role
    words, ending in a role."""
    # "President/CEO", "Co-Founder/Executive Director": each side counts.
    tokens = [t.lower().strip(".,()") for t in re.split(r"[\s/]+", text) if t]
    return (
        bool(tokens)
        and all(
            t in TITLE_WORDS or t in ROLE_MODIFIERS or t in {"and", "&", "board"}
            for t in tokens
        )
        and _is_role_noun(tokens[-1])
    )


# An organization's acronym written on its own: "PLRC", "AFL-CIO".
_ACRONYM = r"(?:[A-Z]{2,5}-[A-Z]{2,5}|[A-Z]{3,8})"


def _classify_part(part: str, matcher: OrganizationMatcher) -> str:
    """Is one comma-separated piece of an attribution a title or an organization?"""
    if matcher.match(part) is not None:
        return "organization"
    part = re.sub(r"^the\s+", "", part.strip())
    city = _CITY_SUFFIX.search(part)
    if city is not None and city.start() > 0:
        part = part[: city.start()]
    tokens = [t.lower().strip(".,()") for t in re.split(r"[\s/]+", part) if t]
    if not tokens:
        return "title"
    if part[:1].islower():
        return "title"
    # "CEO", "President and CEO", "Interim COO": an executive abbreviation is
    # a title, not an organization's acronym (a registry acronym matched above).
    if _role_words(part):
        return "title"
    if _spanish_org_name(part):
        return "organization"
    if (
        re.match(_ACRONYM + r"(?![\w'\u2019\-])", part)
        and tokens[0] not in TITLE_WORDS
        and not any(_is_role_noun(t) or _is_role_noun(t.split("-")[-1]) for t in tokens)
    ):
        # "PWJC of Vermont", "VRLC Legal Defense Fund": an acronym opens
        # an organization's name (a registry acronym matched above).
        return "organization"
    if (
        re.search(r"\([" + _CAPITAL + r"][A-Za-z]{1,14}\)$", part)
        # "NILC", "SEIU LOCAL 32BJ"; not "LULAC CEO" (an acronym and a role).
        or (
            part.isupper()
            and len(part) >= 3
            and not (len(tokens) > 1 and tokens[-1] in TITLE_WORDS)
        )
        or re.search(UNIT_RE.pattern + r"$", part)
    ):
        return "organization"
    # "Secretary-Treasurer", "co-chair": a hyphenated word counts by its parts;
    # "Co-Convener", "co-pastor": a shared role is a title.
    words = tokens + [w for t in tokens if "-" in t for w in t.split("-")]
    has_title = any(
        t in TITLE_WORDS or (t.startswith("co-") and t not in ORG_WORDS) for t in words
    )
    has_org = any(t in ORG_WORDS for t in words)
    if has_title and not has_org:
        return "title"
    if has_org and not has_title:
        return "organization"
    if tokens[-1] in TITLE_WORDS or tokens[-1].rsplit("-", 1)[-1] in TITLE_WORDS:
        return "title"
    if tokens[-1] in ORG_WORDS:
        return "organization"
    return "unknown"


_NAME_JOINERS = {"of", "for", "and", "the", "&", "de", "del", "la", "in", "on"}


def _capitalized_name(text: str) -> bool:
    """ "the Colorado Coalition for Immigrant Rights": two words
    or more, every one capitalized but the small words that join a name."""
    words = re.sub(r"^the\s+", "", text.strip()).split()
    return len(words) >= 2 and all(
        w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words
    )


def _link_by_acronym(part: str, links: list[re.Match]) -> tuple[str, str] | None:
    """ "chief executive officer of Colorado Coalition for Immigrant Rights
    (CCIR)": an acronym in parentheses at the end spells the
    organization's capitalized words, so the organization starts at the link
    whose words it spells, not at a later "for"."""
    acronym = re.search(r"\(([A-Z]{2,8})\)$", part)
    if acronym is None:
        return None
    for link in links:
        organization = part[link.end() :]
        words = re.sub(r"\s*\([^()]*\)$", "", organization).split()
        capitals = "".join(w[0] for w in words if w[:1].isupper())
        title = part[: link.start()]
        if capitals == acronym.group(1) and title and _is_role_noun(title.split()[-1]):
            return title, organization
    return None


# "… at Lanternwood and the report's co-author": a second role after the
# organization, a description of the speaker.
_SECOND_ROLE_RE = re.compile(
    r"\s+(?:and|y)\s+(?:"
    # "… Faculty Senates and one of the letter's lead signers".
    r"(?P<one_of>one\s+of\s+(?:the|its|their|our|his|her)\s+.*)$|"
    r"(?:the|a|an|its|his|her|their)\s+(?:[\w'\u2019\-]+\s+){0,3}?"
    r"(?P<role>[\w\-]+)(?:\s+(?:of|in|at|with|for)\s+.*)?$"
    # "… Harbor Tenants Union and leader in the Campus Dreamers Circle",
    # "… Union and convener of the Renters Table", "… and DACA
    # recipient", "… and Chair of the Count Committee", "… y beneficiaria
    # de DACA": a role of the speaker's own, with its own organization.
    r"|(?:[A-Z]{2,8}\s+)?(?P<own>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})"
    r"(?:\s+(?:of|in|at|with|for|de|del)\s+.*)?$)"
)


def _without_second_role(organization: str) -> str:
    """The organization without a second role of the speaker after it."""
    second = _SECOND_ROLE_RE.search(organization)
    if second is None:
        return organization
    if second.group("one_of"):
        return organization[: second.start()]
    role = second.group("role") or second.group("own").split()[-1]
    # "… and the architect of the union's program": after "and the", a
    # lowercase noun and its own "of" describe the speaker.
    described = bool(second.group("role")) and bool(
        re.match(r"\s+and\s+(?:the|a|an)\s+[a-z][\w\-]*\s+of\s", second.group(0))
    )
    if not (_is_role_noun(role) or role in _STATUS_ROLES or described):
        return organization
    return organization[: second.start()]


# A status that stands as a role after "and": "… and DACA recipient".
_STATUS_ROLES = {
    "recipient",
    "holder",
    "member",
    "survivor",
    "parent",
    "student",
    "beneficiaria",
    "beneficiario",
}


def _split_title_org(part: str, matcher: OrganizationMatcher) -> tuple[str, str]:
    """ "Executive Director of the Prairie Fund" -> (title, organization)."""
    links = list(_ORG_LINK.finditer(part))
    by_acronym = _link_by_acronym(part, links)
    if by_acronym is not None and matcher.match(part) is None:
        return by_acronym
    whole = matcher.match(part)
    if whole is not None and not whole.exact:
        # "CEO of Cascadia Refugee & Immigrant Services" is close in spelling
        # to the registry name, but a title before a link to the exact name
        # is a title at that organization.
        for link in links:
            title = part[: link.start()]
            found = matcher.match(part[link.end() :])
            if (
                found is not None
                and found.exact
                and (
                    _role_words(title)
                    or (
                        _classify_part(title, matcher) == "title"
                        and (
                            _is_role_noun(title.split()[-1])
                            # "Bishop of …", "Pastor of …": an office
                            # that is also an honorific.
                            or title.strip().lower() in HONORIFICS
                        )
                    )
                )
            ):
                return title, part[link.end() :]
    if whole is not None:
        return "", part
    registry_links = []
    for link in links:
        organization = _without_second_role(part[link.end() :])
        # "… at Midwest Refugee Services in Skokie": the registry name may be
        # followed by the city (split off later).
        city = _CITY_SUFFIX.search(organization)
        found = matcher.match(organization)
        if found is None and city is not None and city.start() > 0:
            found = matcher.match(organization[: city.start()])
        if found is not None:
            registry_links.append((link, organization, found))
    if registry_links:
        # "Director for Advocacy at LIRS": the link to the exact name wins
        # over an earlier one only close to it ("Advocacy at LIRS").
        link, organization, _found = next(
            (
                entry
                for entry in registry_links
                if entry[2].exact or entry[2].how == "chapter"
            ),
            registry_links[0],
        )
        return part[: link.start()], organization
    if links and whole is None:
        # "executive director of the Colorado Coalition for Immigrant
        # Refugee Rights": a title made only of role words, then a name in
        # capitals all through (its own "for" and "and" included) is one
        # organization, not split again at its "for".
        title, organization = part[: links[0].start()], part[links[0].end() :]
        if (
            _role_words(title)
            and title.split()[-1].lower() not in _NOT_MEMBERSHIP
            and (len(title.split()) >= 2 or title.islower())
            and _capitalized_name(organization)
            and any(w.lower() in ORG_WORDS for w in organization.split())
            and not any(matcher.match(part[link.end() :]) for link in links[1:])
        ):
            return title, organization
    glued = re.match(r"^(?P<title>.*\S)\s+(?P<org>" + _ACRONYM + r"\b.*)$", part)
    if (
        glued is not None
        and all(link.start() >= glued.start("org") for link in links)
        and _is_role_noun(glued.group("title").split()[-1])
        and glued.group("org").split()[0].lower() not in TITLE_WORDS
    ):
        # "Policy Director PWJC of Vermont": the comma left out.
        return glued.group("title"), glued.group("org")
    for word in ("at", "with", "for", "of", "from", "to", "del", "de la", "de"):
        for link in links:
            if " ".join(link.group(0).split()).lower() != word:
                continue
            title = part[: link.start()]
            organization = _without_second_role(part[link.end() :])
            if not (
                _classify_part(title, matcher) == "title"
                or (word in {"at", "with"} and _portfolio_title(title, matcher))
            ):
                continue
            kind = _classify_part(organization, matcher)
            if word == "of" and title.split()[-1].lower() in _NOT_MEMBERSHIP:
                # "a resident of the Lower East Side Tenants Circle": where the
                # speaker lives, not whom they work for (a registry name
                # matched above).
                continue
            if kind == "title" or (
                word in {"of", "for", "from", "to"}
                and kind != "organization"
                and not (
                    kind == "unknown"
                    and title.split()[-1].lower() not in _NOT_MEMBERSHIP
                    and _proper_group_name(organization)
                )
                and not (word == "of" and _named_after_role(title, organization))
            ):
                continue
            return title, organization
    inside = re.search(r"\s+in\s+the\s+(?P<org>[" + _CAPITAL + r"][^,]*)$", part)
    if (
        inside is not None
        and inside.group("org").split()[-1].lower() in ORG_WORDS
        and _capitalized_name(inside.group("org"))
        and _classify_part(part[: inside.start()], matcher) == "title"
    ):
        # "an assistant attorney general in the Minnesota Attorney General's
        # Office": "in the" an office or a department, not a place.
        return part[: inside.start()], inside.group("org")
    lone = _lone_role_then_name(part, links)
    if lone is not None:
        return lone
    return part, ""


# Offices held in a city: "Mayor Steve Adler of Austin".
_OFFICES_OF_A_CITY = {"mayor", "bishop", "archbishop"}

# Bodies a role is "of" that are no organization a quote is attributed to:
# "member of Congress", "Speaker of the House".
_NOT_ORGANIZATION_BODIES = {"congress", "parliament", "house", "senate", "legislature"}


# Roles held for a person as often as for an organization.
_SPEAKING_FOR_ROLES = {
    "lawyer",
    "attorney",
    "counsel",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "aide",
    "adviser",
    "advisor",
    "representative",
    "agent",
}


def _lone_role_then_name(part: str, links: list[re.Match]) -> tuple[str, str] | None:
    """ "a spokesperson for Families for Freedom", "co-director of Mijente":
    a title that is one role and nothing else, then a link and a name
    capitalized all through (its own "for" included) that the registry does
    not know. The whole name is the organization: with nothing but a role
    before it, the first link is where the organization starts. Not a
    portfolio ("Director of Organizing"), a field, a law, a place or an
    office of one ("Mayor of Tucson", "member of Congress")."""
    if not links:
        return None
    link = links[0]
    if " ".join(link.group(0).split()).lower() not in {"of", "for", "with", "at"}:
        return None
    title = part[: link.start()]
    role_words = re.sub(r"^(?:a|an|the)\s+", "", title.strip(), flags=re.I)
    tokens = [t.lower().strip(".,()") for t in re.split(r"[\s/]+", role_words) if t]
    role = tokens[-1] if tokens else ""
    if (
        not tokens
        or not _is_role_noun(role)
        or not all(_title_word(t, portfolio=True) for t in tokens)
        or role in _PLACE_OFFICES
        or role in _NOT_MEMBERSHIP
        or role in _OWNER_WORDS
        # "Counsel for Every Family NJ": one capitalized word may open the
        # organization's own name.
        or (len(title.split()) < 2 and not title.islower())
    ):
        return None
    organization = re.sub(r"^the\s+", "", part[link.end() :])
    words = organization.split()
    named = [w for w in words if w not in _NAME_JOINERS]
    if not named or words[0] in _NAME_JOINERS:
        return None
    if not all(w[:1].isupper() and re.fullmatch(r"[\w'\u2019.&\-]+", w) for w in named):
        return None
    lower = [w.lower().strip(".") for w in named]
    first = words[0].lower()
    if (
        first in HONORIFICS
        or first.rstrip(".") in PRE_TITLE_WORDS
        or first in PRE_TITLE_WORDS
        # "a lawyer for Ana Ruiz", "a spokeswoman for Tom Hale": whom the
        # speaker speaks for may be a person.
        or (_looks_like_name(organization) and role in _SPEAKING_FOR_ROLES)
        # "chair of the Board": a body of the organization not named.
        or (len(named) == 1 and (lower[0] in GENERIC_WORDS or lower[0] in ORG_WORDS))
    ):
        return None
    if (
        lower[-1] in _NOT_GROUP_TAILS | _FIELD_TAILS | _PLACE_TAILS
        or all(w in PLACE_WORDS or w in GENERIC_WORDS for w in lower)
        or _state_key(organization) in STATE_LOOKUP
        or organization.lower() in STANDALONE_CITIES
        or any(
            w in PORTFOLIO_WORDS
            or w in TITLE_WORDS
            or w in PRE_TITLE_WORDS
            or w in _NOT_ORGANIZATION_BODIES
            for w in lower
        )
    ):
        return None
    return title, organization


def _portfolio_title(title: str, matcher: OrganizationMatcher) -> bool:
    """ "Director of Legal Services" before "at Org": a role over a portfolio
    written without an article ("of Legal Services", "of Policy and
    Advocacy"). "Director of the Immigration Clinic" names an organization and
    is not one."""
    role = re.match(
        r"^(?P<role>.+?)\s+of\s+(?P<portfolio>[" + _CAPITAL + r"].*)$", title
    )
    return (
        role is not None
        and _classify_part(role.group("role"), matcher) == "title"
        and _is_role_noun(role.group("role").split()[-1])
        and matcher.match(role.group("portfolio")) is None
    )


# The last word of a capitalized name that is a law, a document, a place or
# an office, not a group: "the Dream Act", "the United States".
_NOT_GROUP_TAILS = {
    "act",
    "acts",
    "bill",
    "law",
    "amendment",
    "resolution",
    "ordinance",
    "order",
    "report",
    "plan",
    "policy",
    "states",
    "america",
    "nation",
    "nations",
    "world",
    "year",
    "award",
    "prize",
    "side",
    "area",
    "region",
    "district",
}
# What someone is rather than a role at an organization: "a resident of the
# Rio Grande Valley".
_NOT_MEMBERSHIP = {"resident", "residents", "native", "citizen", "citizens"}
_NAME_CONNECTORS = {"of", "and", "for", "on", "&", "de", "del", "la", "los"}


# The small words inside a Spanish name, and French "du" and "des" for the
# French kinds of organization ("Mouvement des Femmes Haïtiennes").
_SPANISH_CONNECTORS = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "para",
    "por",
    "y",
    "e",
    "du",
    "des",
}


def _spanish_org_name(text: str) -> bool:
    """ "Comité de Familias del Golfo": a Spanish kind of organization, then
    "de/del/de la/para/por" and a capitalized name; or, for a kind that is
    no English word, three capitalized words or more ("Iglesia Metodista El
    Buen Pastor", which ends with a title word). Every other word is
    capitalized."""
    tokens = re.sub(r"^(?:the|el|la|los|las)\s+", "", text.strip(), flags=re.I).split()
    if any(t in {"Unidos", "Unidas"} for t in tokens[1:]):
        # "Familias Cubanas Unidas", "Padres Unidos de Salem": people united.
        return all(
            t[:1].isupper() and re.fullmatch(r"[\w'\u2019.\-]+", t)
            for t in tokens
            if t not in _SPANISH_CONNECTORS
        )
    if len(tokens) < 3 or tokens[0].lower() not in ORG_KINDS_OPENING_A_NAME:
        return False
    connector = tokens[1] in {"de", "del", "para", "por"}
    if not tokens[0][:1].isupper() or not (
        connector or tokens[0].lower() not in KINDS_ALSO_ENGLISH
    ):
        return False
    words = [t for t in tokens[1:] if t not in _SPANISH_CONNECTORS]
    return bool(words) and all(
        t[:1].isupper() and re.fullmatch(r"[\w'\u2019.\-]+", t) for t in words
    )


def _proper_group_name(organization: str) -> bool:
    """ "the Twin Cities Hmong Elders Circle" after "of": a capitalized name
    of at least three words, with "the", that is neither a place, a law nor
    an office, read as an organization the registry does not know."""
    if not re.match(r"^the\s+[" + _CAPITAL + r"]", organization):
        return False
    city = _CITY_SUFFIX.search(organization)
    if city is not None:
        organization = organization[: city.start()]
    tokens = organization.split()[1:]
    words = [t for t in tokens if t.lower() not in _NAME_CONNECTORS]
    if len(words) < 3 or not all(
        t[:1].isupper() and re.fullmatch(r"[\w'\u2019.\-]+", t) for t in words
    ):
        return False
    lower = [t.lower().strip(".") for t in words]
    if lower[-1] in _NOT_GROUP_TAILS or lower[-1] in PLACE_WORDS:
        return False
    if any(w in TITLE_WORDS or w in PRE_TITLE_WORDS for w in lower):
        return False
    return any(w not in PLACE_WORDS and w not in GENERIC_WORDS for w in lower)


# Roles that are offices of a place or of a field, not of an organization:
# "Mayor of Salt Lake City", "Bishop of Sabine Crossing", "Professor of
# Latin American Studies".
_PLACE_OFFICES = {
    "mayor",
    "governor",
    "bishop",
    "archbishop",
    "secretary",
    "senator",
    "representative",
    "professor",
    "dean",
    "judge",
    "justice",
    "chancellor",
    "superintendent",
    "commissioner",
    "sheriff",
    "consul",
    "ambassador",
    "attorney",
    "native",
    "resident",
    "citizen",
}
# The last word of a place's name: "Rio Grande Valley", "Sabine Crossing".
_PLACE_TAILS = {
    "valley",
    "county",
    "counties",
    "city",
    "cities",
    "park",
    "heights",
    "springs",
    "beach",
    "crossing",
    "island",
    "islands",
    "mountains",
    "hills",
    "village",
    "township",
    "parish",
    "borough",
}
# Whoever owns or started a business or a group: "owner of Rose City Eldercare".
_OWNER_WORDS = {"owner", "co-owner", "proprietor", "founder", "co-founder", "cofounder"}
# The last word of a field of study or practice: "of Political Science".
_FIELD_TAILS = {
    "studies",
    "science",
    "sciences",
    "medicine",
    "law",
    "history",
    "arts",
    "engineering",
    "theology",
    "divinity",
    "music",
    "nursing",
    "health",
    "justice",
    "rights",
}


def _named_after_role(title: str, organization: str) -> bool:
    """ "co-founder of Bay Area Fair Home Employers", "owner of Rose City
    Eldercare": after "of", a capitalized name of three words or more
    without an article is the organization the role belongs to, even when
    the registry does not know it (two words may be a place: "Director of
    Casa Grande" stays the title). Not a portfolio ("Director of Organizing",
    "Vice President of Policy and Advocacy"), a field ("Professor of Latin
    American Studies"), a place or an office of one ("Mayor of Salt Lake
    City", "a resident of Rio Grande Valley"), a law ("co-author of the
    Dream Act": with "the", see ``_proper_group_name``)."""
    role = title.split()[-1].lower().strip(".,") if title.split() else ""
    if not (_is_role_noun(role) or role in _OWNER_WORDS) or role in _PLACE_OFFICES:
        return False
    if re.match(r"^(?:the|a|an)\s", organization, re.IGNORECASE):
        return False
    city = _CITY_SUFFIX.search(organization)
    if city is not None and city.start() > 0:
        organization = organization[: city.start()]
    tokens = organization.split()
    words = [t for t in tokens if t.lower() not in _NAME_CONNECTORS]
    if len(words) < 3 or tokens[0].lower() in _NAME_CONNECTORS:
        return False
    if not all(t[:1].isupper() and re.fullmatch(r"[\w'\u2019.&\-]+", t) for t in words):
        return False
    lower = [t.lower().strip(".") for t in words]
    if lower[-1] in _NOT_GROUP_TAILS | _FIELD_TAILS | _PLACE_TAILS or (
        lower[-1] in PLACE_WORDS
    ):
        return False
    if any(
        w in TITLE_WORDS
        or w in PORTFOLIO_WORDS
        # "City" or "Council" can be part of a name ("Rose City Eldercare").
        or (w in PRE_TITLE_WORDS and w not in PLACE_WORDS | ORG_WORDS)
        for w in lower
    ):
        return False
    return any(w not in PLACE_WORDS and w not in GENERIC_WORDS for w in lower)


# The last word of a place whose public bodies hold offices: "Pomme de
# Terre County Board Chair", "Jersey City Council Member".
_PLACE_WORDS_BEFORE_OFFICE = {"county", "city", "township", "borough", "parish", "town"}


def _org_prefixed_title(
    part: str, matcher: OrganizationMatcher, *, registry_only: bool = False
) -> tuple[str, str] | None:
    """ "ICIRR policy director" -> ("ICIRR", "policy director").

    Also "LIA's communications director". Before a name, where titles are
    capitalized, only a registry organization counts.
    """
    tokens = part.split()
    # An exact registry name wins over a longer close one: in "Relief Council
    # Board President" the organization is "Relief Council" (title "Board
    # President"), not "Relief Council Board", which is only close to it.
    for close in (False, True):
        for cut in range(len(tokens) - 1, 0, -1):
            title = " ".join(tokens[cut:])
            if not registry_only and not title[:1].islower():
                continue
            if tokens[cut].lower() in {"of", "for", "de", "del"}:
                # "ACLU of Oklahoma Executive Director": the name goes on.
                continue
            organization = re.sub(r"[\u2019']s$", "", " ".join(tokens[:cut]))
            if organization[:1].islower():
                # "a home care provider": a kind of work, however close to
                # a registry name ("Home Care Workers Alliance").
                continue
            found = matcher.match(organization)
            if (
                found is not None
                and not found.exact
                and _PLACE_WORDS_BEFORE_OFFICE
                & {tokens[cut - 1].lower(), tokens[cut].lower()}
            ):
                # "Pomme de Terre County Board Chair Gary Lindgren": a place
                # before an office ("County Board Chair"), not a shortened
                # name of "Pomme de Terre County Neighbors United".
                found = None
            if (found is not None and (close or found.how != "fuzzy")) or (
                close
                and not registry_only
                and cut == 1
                and organization.isupper()
                and len(organization) >= 3
                and _heads_role(title)
            ):
                # "KEU Local 212 President": the numbered unit after the
                # organization belongs to it, not to the title.
                unit = re.match(UNIT_RE.pattern + r"\s+(?=\S)", title)
                if unit is not None:
                    organization = f"{organization} {unit.group(0).strip()}"
                    title = title[unit.end() :]
                return organization, title
    return None


# What a person is rather than a job someone holds at an organization: an
# acronym before them names a program or a status ("a TPS holder", "a DACA
# recipient"), not an employer.
STATUS_NOUNS = {
    "holder",
    "holders",
    "recipient",
    "recipients",
    "beneficiary",
    "applicant",
    "detainee",
    "petitioner",
    "grantee",
    "awardee",
    "enrollee",
    "claimant",
    "parolee",
    "asylee",
    "eligible",
}


def _heads_role(title: str) -> bool:
    """ "policy director", "Housing Coordinator and spokesperson": the phrase
    after an acronym is a role (its first part ends in a role word); "holder
    and registered nurse" is not ("TPS holder" is a status)."""
    first = re.split(r"\s+(?:and|&)\s+|,", title.strip())[0].split()
    if not first:
        return False
    head = first[-1].strip(".,")
    return _is_role_noun(head) and head.lower() not in STATUS_NOUNS


# The last word of an organization's name that can stand before a title
# ("Keystone Educators Union President"); not a public body ("City Council").
ORG_HEAD_WORDS = (
    ORGANIZATION_KINDS
    # Public bodies and kinds that read as a title ("Steering Committee
    # Chair", "Council President") stay in the title.
    - {
        "campaign",
        "committee",
        "council",
        "ministries",
        "ministry",
        "mission",
        "movement",
        "organization",
    }
) | {"initiative"}
# Words that qualify a role after an organization: "Union Board President".
# A kind of organization written alone as a back-reference: "the Alliance",
# "the Coalition" (not a public body: "the Council", "the Committee").
BACK_REFERENCE_KINDS = ORG_HEAD_WORDS - {"initiative"}
_TITLE_QUALIFIERS = {"board", "staff", "program", "policy", "field", "youth"}
_PUBLIC_BODY_WORDS = {"city", "county", "state", "council", "house", "senate"}


def _title_word(word: str, *, portfolio: bool = False) -> bool:
    """Can ``word`` (lowercase) be part of a title made of role words: a
    role, a qualifier of one ("senior", "board"), a hyphenated role
    ("president-elect", "co-chair"); with ``portfolio``, also a field and
    the words joining one ("Director of Policy and Advocacy")."""
    return (
        word in TITLE_WORDS
        or word in ROLE_MODIFIERS
        or word in _TITLE_QUALIFIERS
        or word.rsplit("-", 1)[-1] in TITLE_WORDS
        or word.split("-", 1)[0] in TITLE_WORDS
        or (portfolio and (word in PORTFOLIO_WORDS or word in {"and", "&", "of"}))
    )


def _ends_in_role(tokens: list[str]) -> bool:
    """ "… President", "… President-Elect", "… Director of Advocacy": a role
    last, or a role over a portfolio."""
    if _is_role_noun(tokens[-1]) or _is_role_noun(tokens[-1].split("-")[0]):
        return True
    lowered = [t.lower() for t in tokens]
    if "of" not in lowered[1:]:
        return False
    of = len(lowered) - 1 - lowered[::-1].index("of")
    return (
        _is_role_noun(tokens[of - 1])
        and _portfolio_end(tokens, of - 1) == len(tokens) - 1
    )


def _unregistered_org_title(pre_title: str) -> tuple[str, str] | None:
    """ "Keystone Educators Union President" before a name: an organization,
    registry or not, at the start of the title. Only a capitalized name of at
    least two words ending in a word for a group ("Union", "Network") and
    followed by a title made of role words."""
    tokens = pre_title.split()
    if (
        len(tokens) >= 2
        and re.fullmatch(_ACRONYM, tokens[0])
        and tokens[0].lower() not in TITLE_WORDS
        # "CARA Project Managing Attorney": the acronym opens a longer name.
        and not (len(tokens) > 2 and tokens[1].lower() in ORG_HEAD_WORDS)
    ):
        # "PLRC Chief Executive Officer", "PVWC President-Elect", "HTU
        # Immigration Chair": an acronym, then role words.
        words = [t.lower().strip(".,") for t in tokens[1:]]
        if all(_title_word(w, portfolio=True) for w in words) and _ends_in_role(tokens):
            return tokens[0], " ".join(tokens[1:])
        if (
            2 <= len(tokens) <= 5
            and _is_role_noun(tokens[-1])
            and all(t[:1].isupper() for t in tokens[1:])
            and not any(t.lower() in ORG_HEAD_WORDS for t in tokens[1:-1])
        ):
            # "HTU Civil Rights Director": a capitalized field, then the role.
            return tokens[0], " ".join(tokens[1:])
    for cut in range(len(tokens) - 1, 1, -1):
        organization, title = tokens[:cut], tokens[cut:]
        # "ACLU of Arkansas executive director": an acronym of a place.
        of_place = (
            len(organization) in {3, 4}
            and re.fullmatch(_ACRONYM, organization[0]) is not None
            and organization[1] == "of"
            and _state_key(" ".join(organization[2:])) in STATE_LOOKUP
        )
        if organization[-1].lower() not in ORG_HEAD_WORDS and not of_place:
            continue
        if not all(
            t[:1].isupper() or (of_place and t == "of") for t in organization
        ) or any(
            t.lower() in _PUBLIC_BODY_WORDS
            or t.lower() in TITLE_WORDS
            or t.lower() in PRE_TITLE_WORDS
            for t in organization
        ):
            return None
        words = [t.lower().strip(".,") for t in title]
        # "President and CEO": two roles joined.
        joined = [
            w in {"and", "&"} and 0 < i < len(words) - 1 for i, w in enumerate(words)
        ]
        if not all(
            _title_word(w) or join for w, join in zip(words, joined, strict=True)
        ) or not _is_role_noun(title[-1]):
            continue
        return " ".join(organization), " ".join(title)
    return None


# An organization's acronym in parentheses after its name: "Prairie Legal
# Defense Collaborative (PLDC)"; and an acronym with its name spelled out:
# "MALDEF (Mexican American Legal Defense and Educational Fund)".
_ACRONYM_AFTER_NAME = re.compile(
    r"\s*\((?P<acronym>[" + _CAPITAL + r"][A-Z&\-]{1,9})\)$"
)
_NAME_AFTER_ACRONYM = re.compile(
    r"(?P<acronym>["
    + _CAPITAL
    + r"][A-Z&\-]{1,9})\s*\((?P<name>["
    + _CAPITAL
    + r"][^()]*\s[^()]*)\)"
)


def byline_organization(organization: str) -> tuple[str, str]:
    """The organization as a byline names it (AP style: a name or its
    acronym, not both), and the acronym left out of it, if any. The registry
    keeps acronyms as short names; matching sees the name as written."""
    acronym = _ACRONYM_AFTER_NAME.search(organization)
    if acronym is not None and acronym.start() > 0:
        return organization[: acronym.start()], acronym.group("acronym")
    expansion = _NAME_AFTER_ACRONYM.fullmatch(organization)
    if expansion is not None:
        return expansion.group("acronym"), ""
    return organization, ""


def _strip_article(text: str) -> str:
    """ "an organizer with X", "the Executive Director of X", "an ESL teacher":
    the article before a title is not part of it (before an organization,
    "the Prairie Fund", it is kept here and dropped later)."""
    text = text.strip()
    match = re.match(r"^(?:an?|the)\s+(?=(\S+))", text)
    if match is None:
        return text
    rest = text[match.end() :]
    first = match.group(1)
    if first[:1].islower():
        return rest
    if _is_role_noun(first) or first.lower() in ROLE_MODIFIERS - {"state", "city"}:
        return rest
    # "an ESL teacher and building representative": a lowercase role follows.
    words = re.split(r"\s+(?:at|with|for|of|from|to)\s+", rest)[0].split()
    if any(w in TITLE_WORDS for w in words if w.islower()):
        return rest
    return text


AGE_DESCRIPTION_RE = re.compile(r"^(?:an?\s+)?\d{1,3}-year-old\s+[a-z]")


def _age_description(part: str) -> bool:
    """ "a 24-year-old nursing student from Gulfport", "a 19-year-old
    college sophomore": an age describes the speaker; it is no title. Only
    when no organization follows ("a 24-year-old organizer with Dreamers
    Rising" keeps its title and organization)."""
    return AGE_DESCRIPTION_RE.match(part.strip()) is not None and not re.search(
        r"\s(?:with|at|for|of)\s+(?:the\s+)?[" + _CAPITAL + r"]", part
    )


WHO_LEADS_RE = re.compile(
    r",?\s+who\s+"
    # "who was held at Oconee River for seven months and now volunteers with
    # the Chattahoochee Visitation Circle": the organization after "and".
    r"(?:[^,]{0,160}?\s+and\s+(?:now\s+|still\s+|also\s+|today\s+)?)?"
    r"(?:directs|leads|heads|founded|co-founded|chairs|runs|manages|"
    r"coordinates|(?:works|volunteers|organizes|serves)\s+(?:at|with|for)|"
    # "who is a member of Harbor Tenants Union"
    r"is\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}?(?:member|organizer|leader|volunteer)\s+"
    r"(?:of|with|at|in))\s+"
    # "who directs the family navigation program at the Waaberi …": a
    # program of the organization, then the organization.
    r"(?P<org>(?:the\s+|its\s+|a\s+)?(?:[a-z][\w\-]*\s+){0,4}?(?:program|project|"
    r"clinic|unit|department|office|ministry|team|campaign|initiative|desk|"
    # "who chairs the immigrant caucus of the …", "who directs family
    # services at the …": a lowercase unit, then its organization.
    r"services|caucus|chapter|committee|council|section|branch|division|"
    r"network|task\s+force|working\s+group)\s+"
    r"(?:at|of|for)\s+(?:the\s+)?["
    + _CAPITAL
    + r"][^,]*|(?:the\s+)?["
    + _CAPITAL
    + r"][^,]*)"
    # "who leads the Chesapeake Interfaith Welcome Table, a network of 60
    # congregations": an appositive describing the organization.
    r"(?:,\s+(?:a|an|the)\s+[a-z].*)?$"
)
# When, not whom, after "who founded Org": "in 2009", "in 2009 and still
# leads it", "in the early 1990s", "since 2015", "two decades ago", "and
# still runs it", "as a high school student in 2012".
WHO_ORG_TAIL_RE = re.compile(
    r"\s+(?:(?:in|since|back\s+in)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?"
    r"(?:19|20)\d\d(?:['\u2019]?s)?\b"
    r"|(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
    r"(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?:years?|decades?)\s+ago\b"
    r"|and\s+(?:still\s+|now\s+)?(?:leads|runs|directs|heads|chairs|manages)\b"
    # "who founded X after being evacuated from Kabul in 2021"
    r"|(?:after|before|when|while|following|upon)\s+[a-z]"
    # In what capacity: "who founded Youth Dreamers Alliance of California as
    # a high school student in 2012".
    r"|as\s+(?:a|an)\s+[a-z])"
    r".*$",
    re.IGNORECASE,
)
# The speaker's pronouns after a name: "(she/her/ella)", "(they/them)".
PRONOUNS_RE = re.compile(
    r"\s*\((?:she|he|they|ze|xe|ella|él|elle)(?:\s*/\s*[\w]+){1,3}\)", re.IGNORECASE
)
# A party label after a legislator's name: "(D-Tucson)", "(R-Ariz.)", "(D)".
PARTY_RE = re.compile(
    r"\s*\((?P<label>(?:D|R|I|DFL|WFP|Ind|Dem|Rep)"
    r"(?:\s*[-\u2013\u2014]\s*["
    + _CAPITAL
    + r"0-9][^()]{0,40}|,\s*["
    + _CAPITAL
    + r"0-9][^()]{0,40})?)\)"
)

# A place in parentheses after an organization: "(Nashville)", "(Pharr,
# Texas)"; not an acronym ("(ICIRR)"), a party label ("(D-Tucson)") or a
# title ("(Ret.)").
PLACE_PAREN_RE = re.compile(
    r"\s*\((?P<city>["
    + _CAPITAL
    + r"][a-z][\w'\u2019\-]*(?:\s+(?:St\.\s+)?["
    + _CAPITAL
    + r"][a-z][\w'\u2019\-]*)"
    r"{0,2})(?:,\s*(?P<state>["
    + _CAPITAL
    + r"][\w.]*(?:\s+["
    + _CAPITAL
    + r"][\w.]*)?))?\)$"
)


def _place_in_parentheses(place: re.Match, matcher: OrganizationMatcher) -> bool:
    """Does the parenthesis name a place: a city and its state, or one to
    three capitalized words that are no organization, role or registry name?"""
    if place.group("state"):
        return _state_key(place.group("state")) in STATE_LOOKUP
    words = [w.lower() for w in place.group("city").split()]
    return (
        matcher.match(place.group("city")) is None
        and not any(w in ORG_WORDS or w in TITLE_WORDS for w in words)
        and words[0] not in NOT_NAME_WORDS
    )


_AP_STATE_KEYS = {_state_key(ap) for _code, _name, ap in US_STATES}


# AP's own form, between commas after the name: "state Rep. Peter Kowalczyk,
# D-Lansing", "State Sen. Raymond Escalón, D-San Antonio, said …".
PARTY_COMMA_RE = re.compile(
    r",\s*(?P<label>(?:D|R|I|DFL)-["
    + _CAPITAL
    + r"][\w.'\u2019]*(?:\s+["
    + _CAPITAL
    + r"][\w.'\u2019]*){0,2})"
    r"(?=\s*,|\s*$)"
)


def _registry_exact(text: str, matcher: OrganizationMatcher) -> bool:
    found = matcher.match(text)
    return found is not None and found.how != "fuzzy"


# How a close organization match is described to the editor.
CLOSE_MATCH_REASONS = {
    "spelling": "a close spelling",
    "part": "a shortened name",
    "short name": "its short name",
    "spacing": "the same name spaced differently",
    "initials": "its initials",
    "acronym": "its acronym",
    "abbreviation": "its name with shortened words spelled out",
    "reordered": "its name's words in another order",
}


def _join_registry_commas(parts: list[str], matcher: OrganizationMatcher) -> list[str]:
    """Rejoin pieces of a registry name that has commas in it.

    "Workers, Families and Friends United" is split by the commas of the
    attribution; the registry says it is one organization (also after a title,
    "director of Workers, Families and Friends United", or a name).
    """
    if len(parts) < 2 or not any(
        "," in entry.name or "," in entry.short_name for entry in matcher.entries
    ):
        return parts
    joined: list[str] = []
    index = 0
    while index < len(parts):
        end = index + 1
        for stop in range(min(len(parts), index + 5), index + 1, -1):
            candidate = ", ".join(parts[index:stop])
            tails = [candidate] + [
                candidate[link.end() :] for link in _ORG_LINK.finditer(parts[index])
            ]
            # "… at the Center for Law, Equity and Migration in San Jose".
            tails += [
                tail[: city.start()]
                for tail in tails
                if (city := _CITY_SUFFIX.search(tail)) is not None
            ]
            if any(
                "," in t
                and _registry_exact(t, matcher)
                # A chapter's comma is the attribution's: "Coordinator, Tucson
                # Chapter of X" is a title and an organization.
                and matcher.match(t).how != "chapter"
                for t in tails
            ):
                end = stop
                break
        joined.append(", ".join(parts[index:end]))
        index = end
    return joined


CORPORATE_SUFFIX_RE = re.compile(
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Corp|Co|PC|P\.C|PLLC|LLP)\.?", re.IGNORECASE
)


# "Inc. Executive Director Ana Ruiz": a suffix that starts the next piece.
LEADING_SUFFIX_RE = re.compile(
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Corp|PLLC|LLP)\.?\s+(?=[" + _CAPITAL + r"])"
)


def _join_corporate_suffixes(parts: list[str]) -> list[str]:
    """ "Casa Azul, Inc." is one organization, not "Casa Azul" and "Inc."
    (also before a title and name: "Harbor Legal Aid, Inc. Executive Director
    Ana Ruiz")."""
    joined: list[str] = []
    for part in parts:
        if joined and (
            CORPORATE_SUFFIX_RE.fullmatch(part) or LEADING_SUFFIX_RE.match(part)
        ):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


_ORG_NAME_CONNECTORS = _NAME_CONNECTORS | {"the", "in", "at", "to", "a"}
_NOT_ORG_NAME_WORDS = (
    TITLE_WORDS
    | ROLE_MODIFIERS
    | PORTFOLIO_WORDS
    | _FIELD_TAILS
    | _TITLE_QUALIFIERS
    | {"board", "directors", "trustees", "emeritus", "emerita", "member", "members"}
)


def _named_like_organization(part: str) -> bool:
    """ "Counsel for Every Family NJ": a capitalized name (connectors such as
    "for", "of", "the" lowercase) of two words or more that does not end in a
    role or a place and has a word that is no role, field or portfolio
    ("Every", "Family"): an organization's name. "Director of Policy and
    Advocacy", "Board of Directors", "Executive Director Emeritus", "Jersey
    City" and "New Jersey" are not."""
    words = [w.strip(".,()") for w in part.split()]
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if any(not w[:1].isupper() and w not in _ORG_NAME_CONNECTORS for w in words):
        return False
    lower = [w.lower() for w in words]
    last = lower[-1]
    if (
        last in _NOT_ORG_NAME_WORDS
        or last.rstrip("s") in _NOT_ORG_NAME_WORDS
        or _is_role_noun(last)
        or last in _PLACE_TAILS
        or _state_key(part) in STATE_LOOKUP
    ):
        return False
    return any(
        w not in _NOT_ORG_NAME_WORDS
        and w.rstrip("s") not in _NOT_ORG_NAME_WORDS
        and w not in _ORG_NAME_CONNECTORS
        for w in lower
    )


def _add_title(titles: list[str], title: str) -> None:
    """Add a title; "Advocacy and Communications" after "Director of Policy"
    finishes the series of the title before it rather than being a second title.
    """
    words = {w.lower().strip(".,") for w in title.split()}
    if (
        titles
        and re.search(r"\s(?:of|for)\s", titles[-1])
        and title[:1].isupper()
        and " and " in title
        and not words & (TITLE_WORDS | ORG_WORDS)
    ):
        titles[-1] = f"{titles[-1]}, {title}"
    else:
        titles.append(title)


# Written after a name and left out of the attribution.
_DEGREES_AND_ORDERS = {
    "mph",
    "md",
    "jd",
    "mba",
    "msw",
    "lmsw",
    "lcsw",
    "rn",
    "edd",
    "dmin",
    "snjm",
    "sss",
    "sj",
    "osb",
    "ofm",
    "ofmconv",
    "csj",
    "rsm",
}


def _join_portfolio_series(parts: list[str], matcher: OrganizationMatcher) -> list[str]:
    """ "Vice President of Resettlement, Asylum, and Integration at the Rescue
    Committee": a series of portfolios after a role's "of" is one title, not
    an organization "Resettlement". The items between the role and the
    final "and …" are one or two capitalized words the registry does not
    know."""
    joined: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        end = index + 1
        while end < len(parts) and _series_item(parts[end], matcher):
            end += 1
        if (
            end > index + 1
            and end < len(parts)
            and re.match(r"^(?:and|&)\s+[" + _CAPITAL + r"]", parts[end])
            and re.search(
                r"\bof\s+[" + _CAPITAL + r"][\w\-]*(?:\s+[" + _CAPITAL + r"][\w\-]*)?$",
                part,
            )
        ):
            joined.append(", ".join(parts[index : end + 1]))
            index = end + 1
            continue
        joined.append(part)
        index += 1
    return joined


def _series_item(part: str, matcher: OrganizationMatcher) -> bool:
    words = part.split()
    return (
        1 <= len(words) <= 2
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and matcher.match(part) is None
    )


def _parse_person(text: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """ "Name, Title, Organization" / "Name, Title at Organization in City" / …"""
    text = text.strip().strip(",;:").strip()
    # "Rocío Fierro-Pérez (she/her/ella), interim political director": the
    # speaker's pronouns are not part of the name.
    text = PRONOUNS_RE.sub("", text)
    party = PARTY_RE.search(text) or PARTY_COMMA_RE.search(text)
    label = ""
    if party is not None:
        written = party.group("label")
        if written.endswith(".") and _state_key(written.split("-")[-1]) not in (
            _AP_STATE_KEYS
        ):
            # "…, I-Kodiak." ends the sentence; "…, R-Ariz." keeps AP's
            # abbreviation.
            written = written[:-1]
        label = f"({written})"
        text = (text[: party.start()] + text[party.end() :]).strip()
    text = (
        re.sub(r"\.$", "", text)
        if not re.search(r"\b(?:Jr|Sr|Inc|St|U\.S|D\.C|Co|Corp|Ltd)\.$", text)
        else text
    )
    owner = re.match(
        r"^(?P<org>[" + _CAPITAL + r"][^,]*?)['\u2019]s\s+(?P<name>[^,]+?)(?=,|$)", text
    )
    if (
        owner is not None
        and _looks_like_name(owner.group("name"))
        and matcher.match(owner.group("org")) is not None
    ):
        # "Human Rights Harbor's Laura Gault, a lawyer observing …": the
        # registry organization the speaker works for, before the name.
        rest = text[owner.end() :]
        text = f"{owner.group('name')}{rest}, {owner.group('org')}"
    place = PLACE_PAREN_RE.search(text)
    paren_city = ""
    if place is not None and _place_in_parentheses(place, matcher):
        # "…, Voces del Valle (Pharr, Texas)", "… Collaborative (Nashville)".
        paren_city = place.group("city")
        text = text[: place.start()]
    who_organization = ""
    who = WHO_LEADS_RE.search(text)
    who_org = WHO_ORG_TAIL_RE.sub("", who.group("org")) if who is not None else ""
    program = re.search(
        r"\s(?:at|of|for|with)\s+(?P<org>(?:the\s+)?[" + _CAPITAL + r"].*)$", who_org
    )
    unit = re.match(
        r"(?:the\s+|its\s+|a\s+)?(?:[a-z][\w\-]*\s+){0,4}?(?P<noun>[a-z]+)\s", who_org
    )
    if program is not None and not (
        _registry_exact(who_org, matcher)
        or _classify_part(who_org, matcher) == "organization"
        # "the immigrant caucus of the Nurses Association": a part of the
        # organization, kept as written like a chapter.
        or (unit is not None and unit.group("noun") in ORG_WORDS)
    ):
        # "who directs the family navigation program at the Waaberi Somali
        # Community Association": the program is not the organization.
        who_org = program.group("org")
    if who_org and (
        _registry_exact(who_org, matcher)
        or _classify_part(who_org, matcher) == "organization"
    ):
        # "Ana Ruiz, who directs the Prairie Fund": the organization, no title
        # (nor when: "who founded Puente Libre in 2017").
        who_organization = who_org
    # Any other relative clause after the name ("whose husband was
    # detained", "who has lived here for 20 years") describes the speaker; it
    # is neither a title nor an organization.
    text = re.sub(r",?\s+(?:who|whose|whom)\s+.*$", "", text)
    text = re.sub(r"^(?:and|but|as)\s+", "", text)
    # "the Rev. Dr. Ingrid Halvorsen", "the Hon. Ana Ruiz": AP's article before
    # an honorific is not part of the name (also capitalized at the start of
    # a statement header, "The Rev. Dr. Ingrid Halvorsen, General Secretary").
    text = re.sub(
        r"^[Tt]he\s+(?=(?:Rev|Very\s+Rev|Most\s+Rev|Rt\.\s+Rev|Hon|Honorable)\.?\s)",
        "",
        text,
    )
    if not text:
        return None
    parts = _join_registry_commas(
        _join_corporate_suffixes(_split_commas(text)), matcher
    )
    parts = parts[:1] + [p for p in parts[1:] if not _age_description(p)]
    if not parts:
        # Only commas: ", , ,".
        return None
    head = parts[0]
    organization = ""
    home = ""
    name_title = _split_name_and_pretitle(head)
    pre_title = ""
    if name_title is None:
        # "Ana Ruiz of the Prairie Fund" / "Ana Ruiz with Org".
        link = re.match(
            r"^(?P<name>.+?)\s+(?:of|with|from|at)\s+"
            r"(?P<org>(?:the\s+)?[" + _CAPITAL + r"].*)$",
            head,
        )
        linked = (
            _split_name_and_pretitle(link.group("name")) if link is not None else None
        )
        if (link is None or linked is None) and (
            len(parts) >= 2
            and head.split()
            and _is_role_noun(head.split()[-1])
            and _looks_like_name(parts[1])
        ):
            # "said CAIR-AZ Civil Rights Director, Liban Yousuf": the title
            # (with its organization), a comma, then the name.
            return _parse_person(", ".join([f"{head} {parts[1]}", *parts[2:]]), matcher)
        if link is None or linked is None:
            return None
        speaker, pre_title = linked
        organization = link.group("org")
        if (
            len(parts) == 1
            and not pre_title
            and re.fullmatch(
                r"[" + _CAPITAL + r"][a-z\u00e0-\u024f'\u2019\-]{2,}", organization
            )
            and organization.lower() not in ORG_WORDS | GENERIC_WORDS
            and matcher.match(organization) is None
        ):
            # "Gladys Recinos of Gastonia said …": one ordinary capitalized
            # word the registry does not know is where the speaker lives.
            home, organization = organization, ""
    else:
        speaker, pre_title = name_title
        prefixed = _org_prefixed_title(pre_title, matcher, registry_only=True)
        unit = re.match(
            r"^(?P<org>\S.*?" + UNIT_RE.pattern + r")\s+(?P<title>\S.*)$", pre_title
        )
        if (
            prefixed is None
            and unit is not None
            and _classify_part(unit.group("title"), matcher) == "title"
        ):
            # "UFCW Local 7 President Ana Ruiz": a union local named before
            # the title, even when it is not in the registry.
            prefixed = unit.group("org"), unit.group("title")
        if prefixed is None:
            prefixed = _unregistered_org_title(pre_title)
        if prefixed is None and re.search(r"\s(?:of|for|at|with)\s", pre_title):
            # "Legal Director of the Harbor Tenants Union Ilse Marwick".
            title, org = _split_title_org(pre_title, matcher)
            if title and org and not _portfolio_words(org):
                prefixed = re.sub(r"^the\s+", "", org), title
        if prefixed is not None:
            organization, pre_title = prefixed
    # Suffixes and degrees written after a comma belong to the name.
    rest = _join_portfolio_series(parts[1:], matcher)
    while rest and rest[0].lower().rstrip(".") in {
        "jr",
        "sr",
        "ii",
        "iii",
        "esq",
        "phd",
        "ph.d",
    }:
        speaker += ", " + rest.pop(0)
    # "Dr. Ana Ruiz, MPH, …", "Sr. Ana Ruiz, SNJM, …": other degrees and a
    # religious order's initials are neither title nor organization.
    rest = [
        part
        for part in rest
        if part.lower().replace(".", "").replace(" ", "") not in _DEGREES_AND_ORDERS
    ]
    # "Ana Ruiz, 34, a nurse": an age after the name is neither title nor
    # organization.
    rest = [part for part in rest if not re.fullmatch(r"\d{1,3}", part)]
    # "Sheriff, Dunmore County, Ala.", "Police Chief in Elk Falls, Ind.": a
    # state after a place qualifies the place.
    rest = [
        part
        for index, part in enumerate(rest)
        if index == 0
        or not (
            _state_key(part) in STATE_LOOKUP
            and len(part) <= 14
            and part[:1].isupper()
            and not matcher.match(part)
        )
    ]
    titles: list[str] = [pre_title] if pre_title else []
    city = ""
    for index, part in enumerate(rest):
        part = _strip_article(part)
        # "said Ana Ruiz, of PUENTE, a community group": the link alone.
        part = re.sub(
            r"^(?:of|with|from)\s+(?:the\s+)?(?=[" + _CAPITAL + r"])", "", part
        )
        if organization:
            city_match = re.fullmatch(r"(?:in\s+)?(" + _PLACE + r")", part)
            if (
                city_match
                and index == len(rest) - 1
                and _classify_part(part, matcher) != "organization"
                and (
                    part.startswith("in ")
                    # "…, Frontera Immigration Legal Services, Las Cruces":
                    # after a registry name, a last part that is neither a
                    # title nor an organization is where the speaker works.
                    or (
                        _registry_exact(organization, matcher)
                        and _classify_part(part, matcher) == "unknown"
                        and part.split()[0].lower() not in NOT_NAME_WORDS
                    )
                )
            ):
                city = city_match.group(1)
            continue
        title, org = _split_title_org(part, matcher)
        if (
            org
            and not _registry_exact(org, matcher)
            and any(
                _registry_exact(_strip_article(p), matcher)
                # "…, Director for Farmworker Rights, PVWC": an
                # acronym alone as the last part is the organization.
                or (
                    p is rest[-1]
                    and re.fullmatch(_ACRONYM, p) is not None
                    and _classify_part(org, matcher) != "organization"
                )
                for p in rest[index + 1 :]
            )
        ):
            # "Chair of the Faith Council, Ohio River Coalition": the registry
            # organization comes next; "Faith Council" is part of the title.
            title, org = part, ""
            titles.append(part)
            continue
        if org:
            if title:
                _add_title(titles, title)
            organization = org
            continue
        kind = _classify_part(part, matcher)
        # "Naw Htoo Paw, ESL Coordinator, Red River ESL Collaborative",
        # "…, Youth Program Lead, Bhutanese Nepali Community of Dallas": when
        # a later part is a registry name, this one is the title, whatever
        # organization words or acronym it holds.
        registry_later = any(
            _registry_exact(_strip_article(p), matcher) for p in rest[index + 1 :]
        ) and not _registry_exact(part, matcher)
        if kind == "organization" and not registry_later:
            organization = part
            continue
        prefixed = _org_prefixed_title(part, matcher) or _org_prefixed_title(
            part, matcher, registry_only=True
        )
        if registry_later:
            prefixed = None
        elif prefixed is None and re.match(_ACRONYM + r"\s", part):
            # "Lorenzo Benet, PLRC President": an acronym, then role words
            # (not a status: "DACA recipient", "TPS holder").
            prefixed = _unregistered_org_title(part)
            if prefixed is not None and prefixed[1].split()[-1].lower() in (
                _STATUS_ROLES
            ):
                prefixed = None
        if prefixed is not None:
            organization, part = prefixed
        if kind == "unknown" and titles and index == len(rest) - 1:
            organization = part
            continue
        if (
            kind == "title"
            and prefixed is None
            and titles
            and index == len(rest) - 1 == 1
            and _named_like_organization(part)
        ):
            # "Lucía Ferreira-Nwosu, Campaign Manager, Counsel for Every
            # Family NJ": after the name and a title, a last part that reads
            # as a name is the organization, even one the registry does not
            # know and with a role word in it.
            organization = part
            continue
        _add_title(titles, part)
    exact = matcher.match(organization) if organization else None
    if organization and (exact is None or exact.how == "fuzzy"):
        city_match = _CITY_SUFFIX.search(organization)
        if (
            city_match
            and (
                len(city_match.group("city").split()) <= 2
                # "… Hospitality Center in West Valley City": a longer city
                # after a name the registry knows exactly.
                or _registry_exact(
                    re.sub(r"^the\s+", "", organization[: city_match.start()]), matcher
                )
            )
        ):
            city = city_match.group("city")
            organization = organization[: city_match.start()]
    # "a volunteer with the Desert Water Brigade since 2004": how long, not
    # part of the name.
    organization = re.sub(
        r"\s+since\s+(?:(?:the\s+)?(?:early\s+|late\s+)?\d{4}s?|["
        + _CAPITAL
        + r"][a-z]+\s+\d{4})$",
        "",
        organization,
    )
    origin = re.search(r"\s+from\s+" + _PLACE + r"$", organization)
    if (
        origin is not None
        and (exact is None or exact.how == "fuzzy")
        and _registry_exact(
            re.sub(r"^the\s+", "", organization[: origin.start()]), matcher
        )
    ):
        # "member of United We Dream from Connecticut": where the speaker
        # comes from, after a name the registry knows exactly.
        organization = organization[: origin.start()]
    if label:
        # The party label follows the office it qualifies: "State Rep. (D-Tucson)".
        if pre_title:
            titles[0] = f"{titles[0]} {label}"
        elif titles:
            titles[-1] = f"{titles[-1]} {label}"
        else:
            titles.append(label)
    if not organization and who_organization:
        organization = who_organization
    if paren_city and organization and not city:
        city = paren_city
    if home and not organization and not city:
        city = home
    placed = (
        re.fullmatch(r"(?P<title>.+?)\s+in\s+(?P<city>" + _PLACE + r")", titles[-1])
        if titles and not organization and not city
        else None
    )
    if placed is not None and (
        placed.group("title").split()[-1].lower() in TITLE_WORDS
    ):
        # "Police Chief in Elk Falls": a role and where, no organization.
        titles[-1], city = placed.group("title"), placed.group("city")
    title = " and ".join(t for t in titles if t)
    # "Executive Director of The Empire Citizenship Project": a capitalized
    # article is dropped like AP's lowercase one.
    organization = re.sub(r"^[Tt]he\s+(?=\S)", "", organization.strip().strip(","))
    if (
        not city
        and (
            (titles and titles[-1].split()[-1].lower() in _OFFICES_OF_A_CITY)
            or speaker.split()[0].lower().rstrip(".") in _OFFICES_OF_A_CITY
        )
        and (
            organization.lower() in STANDALONE_CITIES
            or (
                1 <= len(organization.split()) <= 2
                and all(w[:1].isupper() for w in organization.split())
                and not any(
                    w.lower() in ORG_WORDS or w.lower() in GENERIC_WORDS
                    for w in organization.split()
                )
                and matcher.match(organization) is None
            )
        )
    ):
        # "Mayor Steve Adler of Austin", "Bishop Ana Ruiz of Tucson": the
        # city of an office, not an organization.
        city, organization = organization, ""
    return ParsedQuote(
        text="", speaker=speaker, title=title, organization=organization, city=city
    )


def _split_commas(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [p for p in parts if p]


# Words that open a sentence without being its subject's name.
_SENTENCE_OPENERS = {
    "when",
    "after",
    "before",
    "since",
    "while",
    "although",
    "because",
    "if",
    "as",
    "like",
    "unlike",
    "both",
    "then",
    "now",
    "but",
    "and",
    "so",
    "yesterday",
    "today",
    "last",
    "on",
    "in",
    "at",
    "for",
    "with",
    "during",
    "until",
    "once",
    "even",
    "only",
    "every",
    "each",
    "many",
    "some",
    "most",
    "all",
    "dear",
    "thanks",
}


# Common words that can open a headline or a sentence but never a person's
# name: "After Raid at Poultry Plant, Gainesville Families Turn to Las Palmas"
# is a headline, not "After Raid" at "Poultry Plant".
NOT_FIRST_NAME_WORDS = _SENTENCE_OPENERS | {
    "despite",
    "amid",
    "against",
    "across",
    "inside",
    "outside",
    "under",
    "over",
    "from",
    "to",
    "into",
    "without",
    "within",
    "through",
    "following",
    "ahead",
    "here",
    "there",
    "how",
    "why",
    "what",
    "where",
    "who",
    "new",
    "more",
    "no",
    "not",
    "a",
    "an",
    "families",
    "workers",
    "parents",
    "children",
    "students",
    "immigrants",
    "community",
    "communities",
    "officials",
    "groups",
    "advocates",
    "leaders",
    "residents",
}


def _person_name(speaker: str) -> bool:
    """Does ``speaker`` open like a person's name? Its first word after any
    honorific is not a preposition or common word ("After Raid", "During
    Hearing", "Despite Ruling", "Families Demand" are headline words)."""
    # "Most Rev. Tomás Echeverría", "Very Rev. …": a qualified honorific.
    speaker = re.sub(r"^(?:Most|Very|Right|Rt\.)\s+(?=\S+\.?\s)", "", speaker)
    words = [
        word
        for word in speaker.split()
        if word.lower().rstrip(".") not in HONORIFIC_WORDS
    ]
    # "San Antonio, TexasIn response to …, RAICES has released …": a city
    # (AP's standalone datelines), not a person.
    if " ".join(words).lower() in STANDALONE_CITIES:
        return False
    return bool(words) and words[0].lower() not in NOT_FIRST_NAME_WORDS
