"""Who is speaking: names, titles, organizations and the forms of attribution.

``_parse_person`` reads "Name, Title, Organization" and its variants, with the
helpers that tell a title from an organization; around it, the attributions
before and after a quotation, lead-in sentences, people the narrative
introduces, reported speech, statement headers, and the short forms and
back-references a release uses for organizations.
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
from .text import _segments
from .vocabulary import (
    _CAPITAL,
    _LIST_ITEM_RE,
    _VERB,
    _WEEKDAY_NAME,
    ALL_MARKS,
    CLOSE_MARKS,
    EMAIL_RE,
    HONORIFICS,
    INDIRECT_RE,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAME_VERB_RE,
    NOT_NAME_WORDS,
    OPEN_MARKS,
    ORG_WORDS,
    PHONE_RE,
    PRE_TITLE_WORDS,
    PRONOUN_AFTER_RE,
    PRONOUN_BEFORE_RE,
    PRONOUN_INDIRECT_RE,
    STATE_LOOKUP,
    SURNAME_AFTER_RES,
    SURNAME_BEFORE_RE,
    TITLE_WORDS,
    TRAILING_MANNER_RE,
    VERB_END_RE,
    VERB_START_RE,
    _state_key,
)

# "the National Coalition for Immigrant Families (the Coalition)", "Southwest
# Asylum Defense Collaborative (SADC)": a short form the release defines for a
# name, in parentheses right after it.
ALIAS_RE = re.compile(
    r"\(\s*[“\"]?(?P<written>(?:the\s+)?"
    r"(?P<alias>[A-Z][\w'\u2019&.\-]*(?:\s+[A-Z][\w'\u2019&.\-]*){0,3}))"
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
    if re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)?", token):
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


def _is_role_noun(token: str) -> bool:
    """Is ``token`` a role ("Coordinator", "Organizer"), not a qualifier of one?"""
    lower = token.lower().strip(",")
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
        if lower in PORTFOLIO_WORDS and tokens[index][:1].isupper():
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
    text = re.sub(r"\s+the\s+(?=(?:Rev|Very\s+Rev|Most\s+Rev|Hon)\.?\s)", " ", text)
    tokens = text.split()
    roles = [
        index
        for index, token in enumerate(tokens)
        if token.lower() in PRE_TITLE_WORDS
        or token.lower() in TITLE_WORDS
        or token.lower().rsplit("-", 1)[-1] in TITLE_WORDS
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
        return None
    return name, title


_CITY_SUFFIX = re.compile(
    r"\s+in\s+(?P<city>[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,2})$"
)
_ORG_LINK = re.compile(
    r"\s+(?:at|with|for|of|from|to|del|de\s+la|de)\s+"
    # An okina (U+02BB) may open a Hawaiian name ("\u02bbOhana …").
    r"(?=(?:the\s+)?[\u02bb\u2018']?[A-Z0-9])"
)
# A numbered unit of an organization: "SEIU Local 73", "Lodge 12", "District 9".
UNIT_RE = re.compile(r"\b(?:Local|Lodge|District|Chapter|Branch|Unit)\s+\d+[A-Z]?\b")


def _role_words(text: str) -> bool:
    """ "CEO", "President and CEO", "Interim COO", "Board Chair": only role
    words, ending in a role."""
    tokens = [t.lower().strip(".,()") for t in text.split()]
    return (
        bool(tokens)
        and all(
            t in TITLE_WORDS or t in ROLE_MODIFIERS or t in {"and", "&", "board"}
            for t in tokens
        )
        and _is_role_noun(tokens[-1])
    )


def _classify_part(part: str, matcher: OrganizationMatcher) -> str:
    """Is one comma-separated piece of an attribution a title or an organization?"""
    if matcher.match(part) is not None:
        return "organization"
    part = re.sub(r"^the\s+", "", part.strip())
    city = _CITY_SUFFIX.search(part)
    if city is not None and city.start() > 0:
        part = part[: city.start()]
    tokens = [t.lower().strip(".,()") for t in part.split()]
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
        re.search(r"\([A-Z][A-Za-z]{1,14}\)$", part)
        or (part.isupper() and len(part) >= 3)
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


# "… at Lanternwood and the report's co-author": a second role after the
# organization, a description of the speaker.
_SECOND_ROLE_RE = re.compile(
    r"\s+and\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'\u2019\-]+\s+){0,3}?"
    r"(?P<role>[\w\-]+)$"
)


def _without_second_role(organization: str) -> str:
    """The organization without a second role of the speaker after it."""
    second = _SECOND_ROLE_RE.search(organization)
    if second is None or not _is_role_noun(second.group("role")):
        return organization
    return organization[: second.start()]


def _split_title_org(part: str, matcher: OrganizationMatcher) -> tuple[str, str]:
    """ "Executive Director of the Prairie Fund" -> (title, organization)."""
    links = list(_ORG_LINK.finditer(part))
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
                        and _is_role_noun(title.split()[-1])
                    )
                )
            ):
                return title, part[link.end() :]
    if whole is not None:
        return "", part
    for link in links:
        organization = _without_second_role(part[link.end() :])
        # "… at Midwest Refugee Services in Skokie": the registry name may be
        # followed by the city (split off later).
        city = _CITY_SUFFIX.search(organization)
        if matcher.match(organization) is not None or (
            city is not None
            and city.start() > 0
            and matcher.match(organization[: city.start()]) is not None
        ):
            return part[: link.start()], organization
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
    return part, ""


def _portfolio_title(title: str, matcher: OrganizationMatcher) -> bool:
    """ "Director of Legal Services" before "at Org": a role over a portfolio
    written without an article ("of Legal Services", "of Policy and
    Advocacy"). "Director of the Immigration Clinic" names an organization and
    is not one."""
    role = re.match(r"^(?P<role>.+?)\s+of\s+(?P<portfolio>[A-Z].*)$", title)
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


# The kind of organization that opens a Spanish name: "Comité de Familias del
# Golfo", "Centro de Trabajadores Unidos", "Coalición para …".
SPANISH_ORG_KINDS = {
    "comité",
    "comite",
    "centro",
    "coalición",
    "coalicion",
    "red",
    "alianza",
    "unión",
    "union",
    "proyecto",
    "fundación",
    "fundacion",
    "asociación",
    "asociacion",
    "organización",
    "organizacion",
    "colectivo",
    "federación",
    "federacion",
    "movimiento",
    "frente",
    "consejo",
    "casa",
}
_SPANISH_CONNECTORS = {"de", "del", "la", "las", "los", "el", "para", "por", "y", "e"}


def _spanish_org_name(text: str) -> bool:
    """ "Comité de Familias del Golfo": a Spanish kind of organization, then
    "de/del/de la/para/por" and a capitalized name. The connector is needed
    ("Casa Blanca", "Red Cross" are not read this way), and every other word
    is capitalized."""
    tokens = re.sub(r"^(?:the|el|la|los|las)\s+", "", text.strip(), flags=re.I).split()
    if len(tokens) < 3 or tokens[0].lower() not in SPANISH_ORG_KINDS:
        return False
    if not tokens[0][:1].isupper() or tokens[1] not in {"de", "del", "para", "por"}:
        return False
    words = [t for t in tokens[1:] if t not in _SPANISH_CONNECTORS]
    return bool(words) and all(
        t[:1].isupper() and re.fullmatch(r"[\w'\u2019.\-]+", t) for t in words
    )


def _proper_group_name(organization: str) -> bool:
    """ "the Twin Cities Hmong Elders Circle" after "of": a capitalized name
    of at least three words, with "the", that is neither a place, a law nor
    an office, read as an organization the registry does not know."""
    if not re.match(r"^the\s+[A-Z]", organization):
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
    "city",
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
            organization = re.sub(r"[\u2019']s$", "", " ".join(tokens[:cut]))
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


def _unregistered_org_title(pre_title: str) -> tuple[str, str] | None:
    """ "Keystone Educators Union President" before a name: an organization,
    registry or not, at the start of the title. Only a capitalized name of at
    least two words ending in a word for a group ("Union", "Network") and
    followed by a title made of role words."""
    tokens = pre_title.split()
    for cut in range(len(tokens) - 1, 1, -1):
        organization, title = tokens[:cut], tokens[cut:]
        if organization[-1].lower() not in ORG_HEAD_WORDS:
            continue
        if not all(t[:1].isupper() for t in organization) or any(
            t.lower() in _PUBLIC_BODY_WORDS
            or t.lower() in TITLE_WORDS
            or t.lower() in PRE_TITLE_WORDS
            for t in organization
        ):
            return None
        words = [t.lower().strip(".,") for t in title]
        if not all(
            w in TITLE_WORDS
            or w in ROLE_MODIFIERS
            or w in _TITLE_QUALIFIERS
            or w.rsplit("-", 1)[-1] in TITLE_WORDS
            for w in words
        ) or not _is_role_noun(title[-1]):
            continue
        return " ".join(organization), " ".join(title)
    return None


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
        r"\s(?:with|at|for|of)\s+(?:the\s+)?[A-Z]", part
    )


WHO_LEADS_RE = re.compile(
    r",?\s+who\s+(?:directs|leads|heads|founded|co-founded|chairs|runs|manages|"
    r"coordinates|(?:works|volunteers|organizes|serves)\s+(?:at|with|for))\s+"
    # "who directs the family navigation program at the Waaberi …": a
    # program of the organization, then the organization.
    r"(?P<org>(?:the\s+|its\s+|a\s+)?(?:[a-z][\w\-]*\s+){0,4}?(?:program|project|"
    r"clinic|unit|department|office|ministry|team|campaign|initiative|desk)\s+"
    r"(?:at|of|for)\s+(?:the\s+)?[A-Z][^,]*|(?:the\s+)?[A-Z][^,]*)"
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
# A party label after a legislator's name: "(D-Tucson)", "(R-Ariz.)", "(D)".
PARTY_RE = re.compile(
    r"\s*\((?P<label>(?:D|R|I|DFL|WFP|Ind|Dem|Rep)"
    r"(?:\s*[-\u2013\u2014]\s*[A-Z0-9][^()]{0,40}|,\s*[A-Z0-9][^()]{0,40})?)\)"
)

# A place in parentheses after an organization: "(Nashville)", "(Pharr,
# Texas)"; not an acronym ("(ICIRR)"), a party label ("(D-Tucson)") or a
# title ("(Ret.)").
PLACE_PAREN_RE = re.compile(
    r"\s*\((?P<city>[A-Z][a-z][\w'\u2019\-]*(?:\s+(?:St\.\s+)?[A-Z][a-z][\w'\u2019\-]*)"
    r"{0,2})(?:,\s*(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?\)$"
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
    r",\s*(?P<label>(?:D|R|I|DFL)-[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*){0,2})"
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
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Corp|PLLC|LLP)\.?\s+(?=[A-Z])"
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


def _parse_person(text: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """ "Name, Title, Organization" / "Name, Title at Organization in City" / …"""
    text = text.strip().strip(",;:").strip()
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
        if not re.search(r"\b(?:Jr|Sr|Inc|St)\.$", text)
        else text
    )
    place = PLACE_PAREN_RE.search(text)
    paren_city = ""
    if place is not None and _place_in_parentheses(place, matcher):
        # "…, Voces del Valle (Pharr, Texas)", "… Collaborative (Nashville)".
        paren_city = place.group("city")
        text = text[: place.start()]
    who_organization = ""
    who = WHO_LEADS_RE.search(text)
    who_org = WHO_ORG_TAIL_RE.sub("", who.group("org")) if who is not None else ""
    program = re.search(r"\s(?:at|of|for|with)\s+(?P<org>(?:the\s+)?[A-Z].*)$", who_org)
    if program is not None and not (
        _registry_exact(who_org, matcher)
        or _classify_part(who_org, matcher) == "organization"
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
        r"^[Tt]he\s+(?=(?:Rev|Very\s+Rev|Most\s+Rev|Rt\.\s+Rev|Hon)\.?\s)", "", text
    )
    if not text:
        return None
    parts = _join_registry_commas(
        _join_corporate_suffixes(_split_commas(text)), matcher
    )
    parts = parts[:1] + [p for p in parts[1:] if not _age_description(p)]
    head = parts[0]
    organization = ""
    name_title = _split_name_and_pretitle(head)
    pre_title = ""
    if name_title is None:
        # "Ana Ruiz of the Prairie Fund" / "Ana Ruiz with Org".
        link = re.match(
            r"^(?P<name>.+?)\s+(?:of|with|from|at)\s+(?P<org>(?:the\s+)?[A-Z].*)$", head
        )
        linked = (
            _split_name_and_pretitle(link.group("name")) if link is not None else None
        )
        if link is None or linked is None:
            return None
        speaker, pre_title = linked
        organization = link.group("org")
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
        if prefixed is not None:
            organization, pre_title = prefixed
    # Suffixes and degrees written after a comma belong to the name.
    rest = parts[1:]
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
    # "Ana Ruiz, 34, a nurse": an age after the name is neither title nor
    # organization.
    rest = [part for part in rest if not re.fullmatch(r"\d{1,3}", part)]
    titles: list[str] = [pre_title] if pre_title else []
    city = ""
    for index, part in enumerate(rest):
        part = _strip_article(part)
        if organization:
            city_match = re.fullmatch(
                r"(?:in\s+)?([A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,2})",
                part,
            )
            if (
                city_match
                and index == len(rest) - 1
                and _classify_part(part, matcher) != "organization"
                and part.startswith("in ")
            ):
                city = city_match.group(1)
            continue
        title, org = _split_title_org(part, matcher)
        if (
            org
            and not _registry_exact(org, matcher)
            and any(_registry_exact(_strip_article(p), matcher) for p in rest[index:])
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
        if kind == "organization":
            organization = part
            continue
        prefixed = _org_prefixed_title(part, matcher) or _org_prefixed_title(
            part, matcher, registry_only=True
        )
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
    title = " and ".join(t for t in titles if t)
    # "Executive Director of The Empire Citizenship Project": a capitalized
    # article is dropped like AP's lowercase one.
    organization = re.sub(r"^[Tt]he\s+(?=\S)", "", organization.strip().strip(","))
    return ParsedQuote(
        text="", speaker=speaker, title=title, organization=organization, city=city
    )


_ABBREVIATIONS = {
    "rev",
    "dr",
    "sen",
    "rep",
    "gov",
    "lt",
    "gen",
    "jr",
    "sr",
    "st",
    "mr",
    "ms",
    "mrs",
    "msgr",
    "fr",
    "inc",
    "co",
    "corp",
    "no",
    "u.s",
    "d.c",
    "vs",
    "ave",
    "dept",
    "prof",
    "hon",
    "sgt",
    "capt",
    "mt",
} | {_state_key(ap) for _code, _name, ap in US_STATES if ap.endswith(".")}
# Honorifics written with a period ("Hna.", "Dcn.", "Msgr.") end no sentence.
_ABBREVIATIONS |= {h.rstrip(".") for h in HONORIFICS if h.endswith(".")}


def _sentences(text: str) -> list[str]:
    """Split at sentence ends, not after "Rev.", "Ill." or an initial."""
    sentences: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?](?=\s+[A-Z“\"])", text):
        word = re.search(r"([\w.]+)$", text[start : match.start()])
        token = word.group(1).lower() if word else ""
        if match.group(0) == "." and (
            token in _ABBREVIATIONS
            or token.replace(".", "") in _ABBREVIATIONS
            or re.fullmatch(r"[a-z]", token)
        ):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


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


def _attribution_after(text: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """The attribution following a quotation: ", said Name, Title." etc."""
    text = text.strip().lstrip(",;").strip()
    if not text:
        return None
    dash = re.match(r"^[\u2014\u2013-]{1,2}\s*", text)
    if dash:
        # A byline under the quotation: "— Name, Title, Organization".
        rest = text[dash.end() :]
        if "." in rest.rstrip(".") and len(_sentences(rest)) > 1:
            return None
        return _parse_person(rest, matcher)
    # Only the sentence right after the quotation attributes it.
    sentences = _sentences(text)
    sentence = sentences[0] if sentences else ""
    start = VERB_START_RE.match(sentence)
    if start:
        who = TRAILING_MANNER_RE.sub("", sentence[start.end() :])
        # Spanish puts an article before a title or honorific: "dijo la Hna.
        # Lucía Arreola", "afirmó el Padre Tomás Ruiz".
        who = re.sub(r"^(?:la|el)\s+(?=[" + _CAPITAL + r"])", "", who)
        return _parse_person(who, matcher)
    end = VERB_END_RE.search(sentence)
    if end:
        return _parse_person(sentence[: end.start()], matcher)
    return None


def _attribution_before(text: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """An attribution introducing a quotation: "Name, Title, said:"."""
    text = text.strip()
    sentences = _sentences(text)
    sentence = sentences[-1] if sentences else ""
    if not sentence.endswith((":", ",")):
        return None
    according = re.match(r"^according\s+to\s+(?P<who>.+?)[,:]$", sentence, re.I)
    if according is not None:
        # "According to Ana Ruiz, director of X, “…”"
        return _parse_person(according.group("who"), matcher)
    match = NAME_VERB_RE.match(sentence)
    if match is None:
        return None
    who = re.sub(
        r"^(?:as|and|then|later|finally|also)\s+", "", match.group("who"), flags=re.I
    )
    person = _parse_person(who, matcher)
    parts = _split_commas(who)
    # "At a news conference on Monday, Ana Ruiz, director of X, said:"
    for start in range(1, len(parts)):
        if person is not None:
            break
        if _looks_like_name(parts[start]) or _split_name_and_pretitle(parts[start]):
            person = _parse_person(", ".join(parts[start:]), matcher)
    return person


# What a speaker does in a sentence that introduces the quotation after it:
# "Ana Ruiz, director of X, spoke next." Verbs that take another person as
# object ("introduced", "thanked", "welcomed") are not here: the quotation
# after them may be someone else's.
LEAD_IN_VERBS = {
    "spoke",
    "speaks",
    "took",
    "addressed",
    "testified",
    "followed",
    "described",
    "recounted",
    "reflected",
    "summed",
    "responded",
    "replied",
    "agreed",
    "closed",
    "opened",
    "went",
    "stepped",
    "rose",
    "echoed",
    "recalled",
    "pointed",
    "was",
    "also",
    "then",
    "later",
}


def _lead_in(sentence: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """ "Ana Ruiz, director of X, spoke next." naming the speaker of what follows.

    Only the appositive form, with a title or an organization, a short
    predicate starting with one of ``LEAD_IN_VERBS`` and no other name in it.
    """
    sentence = sentence.strip()
    if not sentence.endswith(".") or any(mark in sentence for mark in ALL_MARKS):
        return None
    parts = _split_commas(sentence[:-1])
    if len(parts) < 3:
        return None
    predicate = parts[-1]
    words = predicate.split()
    if not words or words[0].lower() not in LEAD_IN_VERBS or len(words) > 12:
        return None
    capitalized = [w for w in words[1:] if w[:1].isupper()]
    if len(capitalized) > 1 or PRONOUN_BEFORE_RE.match(predicate):
        return None
    person = _parse_person(", ".join(parts[:-1]), matcher)
    if person is None or not (person.title or person.organization):
        return None
    return person


# "Marisol Funes, who came …, cleans offices" / "Yohannes Bekele was held …":
# a run of capitalized words opening a sentence, then a comma or a lowercase word.
_INTRODUCED_RE = re.compile(
    r"^(?P<name>["
    + _CAPITAL
    + r"][\w'\u2019.\-]*(?:\s+(?:["
    + _CAPITAL
    + r"][\w'\u2019.\-]*|"
    r"de|del|la|van|von|da|dos|bin|al|y)){1,6})"
    r"(?P<after>,\s+(?:who|whose)\s|,\s+(?P<apposition>[^,]+?)(?:,|\s+(?:who|whose)\s)"
    r"|\s+[a-z])"
)


# "Lupita Herrera's husband, Arturo, …": a person introduced by a possessive.
_POSSESSIVE_SUBJECT_RE = re.compile(
    r"^(?P<name>["
    + _CAPITAL
    + r"][\w\-]*(?:\s+(?:["
    + _CAPITAL
    + r"][\w\-]*|de|del|la|van|von)){1,4})"
    r"['\u2019]s?\s+[a-z]"
)


# Family (and a few other close) relations through which the narrative
# introduces a person: "the husband of Roksana Begum", "María Teresa Xol's
# husband" (a straight or curly apostrophe).
_RELATIONS = (
    r"(?:husband|wife|spouse|fianc[ée]e?|widow|widower|son|sons|"
    r"daughter|daughters|child|children|mother|father|parents?|brother|"
    r"brothers|sister|sisters|grandson|granddaughter|grandmother|grandfather|"
    r"grandchildren|stepson|stepdaughter|stepfather|stepmother|niece|nephew|"
    r"cousin|aunt|uncle)"
)
_RELATION_NAME = (
    r"(?P<name>["
    + _CAPITAL
    + r"][\w\-]*(?:\s+(?:["
    + _CAPITAL
    + r"][\w\-]*|de|del|la|van|von))"
    r"{1,4})"
)
# "Among those transferred was the husband of Roksana Begum." /
# "… detained, along with María Teresa Xol's husband, Andrés": anywhere in
# a sentence, not only as its subject.
RELATION_OF_RE = re.compile(
    r"\b(?:the|a|an|her|his|their)\s+(?:\w+\s+)?"
    + _RELATIONS
    + r"\s+of\s+"
    + _RELATION_NAME
    + r"(?![\w'\u2019])"
)
RELATION_APPOSITION_RE = re.compile(r",\s+" + _RELATION_NAME + r"(?=[,.;]|\s+[a-z]|$)")
RELATION_POSSESSIVE_RE = re.compile(
    _RELATION_NAME + r"['\u2019]s?\s+(?:\w+\s+)?" + _RELATIONS + r"\b"
)


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


# Pronouns of one person in narrative: whom "he said" can refer to.
_GENDERED = {
    "m": r"\b(?:he|him|his|himself)\b",
    "f": r"\b(?:she|her|hers|herself)\b",
}
_GENDER_OF = {"he": "m", "she": "f"}


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
        if word.lower().rstrip(".") not in {h.rstrip(".") for h in HONORIFICS}
    ]
    return bool(words) and words[0].lower() not in NOT_FIRST_NAME_WORDS


# "Among the applicants was Hoa Nguyen, who left Vũng Tàu by boat in 1979 …",
# "Among those arrested were …": the person introduced comes after the verb.
AMONG_RE = re.compile(
    r"^Among\s+[^,.]{3,60}?\s+(?:was|were|is|are|will\s+be)\s+(?P<rest>["
    + _CAPITAL
    + r"].*)$",
    re.DOTALL,
)


# A phrase of time or place before the subject: "Shortly after midnight,",
# "On Tuesday,", "Later that night,", "At the hearing,".
OPENING_PHRASE_RE = re.compile(
    r"^(?:Shortly|Soon|On|In|At|After|Before|During|Last|Earlier|Later|Since|"
    r"That|This|Then|Now|Today|Yesterday|Moments|Minutes|Hours|Days|Weeks|"
    r"Months|Years)\b[^,]{0,50},\s+(?P<rest>[" + _CAPITAL + r"].*)$",
    re.DOTALL,
)


# "One of the agency's clients, Yesenia Ardón, arrived …", "Her husband,
# Arturo Díaz, was detained …": a description, then the name in apposition
# as the subject.
DESCRIBED_SUBJECT_RE = re.compile(
    r"^(?:One|Another|Both|A|An|The|Her|His|Their)\s+[^,]{2,60}?,\s+"
    r"(?P<name>[" + _CAPITAL + r"][^,]{2,60}?),\s+(?P<rest>[a-z].*)$",
    re.DOTALL,
)


# A person the release names by a first name only, saying why: "Marcelina,
# a 29-year-old Triqui woman who asked that her last name not be used, …",
# "Yesenia, who asked that her last name not be used, has waited …",
# "Ana, who requested that only her first name be published, …".
WITHHELD_NAME_RE = re.compile(
    r"^(?P<name>["
    + _CAPITAL
    + r"][a-zà-öø-ÿ'\u2019\-]+),\s+[^.]*?\b(?:asked|requested|"
    r"spoke\s+on\s+(?:the\s+)?condition)\b[^.]*?\b(?:last\s+name|surname|"
    r"full\s+name|first\s+name)\b"
)


def _introduced_person(
    sentence: str, matcher: OrganizationMatcher
) -> ParsedQuote | None:
    """A person a narrative sentence introduces by full name (two name words
    or more) as its subject: "Yohannes Bekele was held at Northridge …",
    "Marisol Funes, who came to Beaumont in 1998, cleans offices …". The
    narrative gives no title or organization ("Gurdeep Sandhu, a farmworker
    from Punjab, …": a description), except in an apposition that reads as
    an attribution with an organization ("Ana Ruiz, a nurse at Mercy
    Hospital, …": title "nurse", organization "Mercy Hospital"); an office
    before the name is the title ("State Sen. Ana Ruiz voted …"). A later
    "“…,” Funes said." is this person when no speaker has that last name."""
    among = AMONG_RE.match(sentence)
    if among is not None:
        # "Among the marchers was José Alfredo Mejía, a roofer from Langley
        # Park …": the person is the subject, after the verb.
        sentence = among.group("rest")
    opener = OPENING_PHRASE_RE.match(sentence)
    if opener is not None:
        # "Shortly after midnight, Teresa Galindo, who cleans offices …, took
        # the microphone": when, then the person introduced.
        sentence = opener.group("rest")
    described = DESCRIBED_SUBJECT_RE.match(sentence)
    if described is not None:
        # "One of the agency's clients, Yesenia Ardón, arrived from Honduras
        # …": the name in apposition is the subject.
        sentence = f"{described.group('name')} {described.group('rest')}"
    withheld = WITHHELD_NAME_RE.match(sentence)
    if withheld is not None:
        # "Marcelina, a 29-year-old Triqui woman who asked that her last name
        # not be used, told researchers …": known by a first name only.
        name = withheld.group("name")
        if (
            name.lower() not in NOT_FIRST_NAME_WORDS | NOT_NAME_WORDS
            and matcher.match(name) is None
        ):
            return ParsedQuote(text="", speaker=name)
    match = _INTRODUCED_RE.match(sentence)
    possessive = _POSSESSIVE_SUBJECT_RE.match(sentence)
    if possessive is not None:
        # "Lupita Herrera's husband, Arturo, was arrested …": the possessive
        # introduces her by full name (the husband is named by first name
        # only); no title or organization.
        run = possessive.group("name")
        if run.split()[0].lower() in _SENTENCE_OPENERS | NOT_NAME_WORDS:
            return None
        name_title = _split_name_and_pretitle(run)
        if name_title is None or name_title[1] or matcher.match(run) is not None:
            return None
        return ParsedQuote(text="", speaker=name_title[0])
    if match is None:
        return None
    run = match.group("name").strip()
    if run.split()[0].lower() in _SENTENCE_OPENERS:
        # "When Maria Lopez arrived, …": not a sentence about her.
        return None
    name_title = _split_name_and_pretitle(run)
    if name_title is None or matcher.match(run) is not None:
        return None
    speaker, pre_title = name_title
    honorifics = {h.rstrip(".") for h in HONORIFICS}
    if len([w for w in speaker.split() if w.lower().rstrip(".") not in honorifics]) < 2:
        # "Sister Haugen was arrested …": a surname only, no full name.
        return None
    apposition = match.group("apposition")
    if apposition:
        person = _parse_person(f"{run}, {apposition}", matcher)
        if person is not None and person.speaker == speaker and person.organization:
            person.city = ""
            return person
    return ParsedQuote(text="", speaker=speaker, title=pre_title)


def _surname_reference(text: str, *, before: bool = False) -> str:
    """The surname in "Raman-Okafor added." (or "Raman-Okafor added:"), or ""."""
    patterns = (SURNAME_BEFORE_RE,) if before else SURNAME_AFTER_RES
    for pattern in patterns:
        match = pattern.match(text.strip())
        if match and match.group("surname").lower() not in NOT_NAME_WORDS | {
            "she",
            "he",
            "they",
        }:
            return match.group("surname")
    return ""


def _follows_on(text: str, *, before: bool = False) -> bool:
    """ "she said." / "Raman-Okafor added." : an attribution to someone named."""
    pronoun = PRONOUN_BEFORE_RE if before else PRONOUN_AFTER_RE
    return bool(pronoun.match(text)) or bool(_surname_reference(text, before=before))


def _pronoun_reported_speech(paragraph: str) -> bool:
    """A paragraph of one sentence reporting what "she" said, naming nobody."""
    if any(mark in paragraph for mark in ALL_MARKS):
        return False
    sentences = _sentences(paragraph)
    return len(sentences) == 1 and PRONOUN_INDIRECT_RE.match(sentences[0]) is not None


def _names_nobody(sentence: str, *, dates_and_codes: bool = False) -> bool:
    """No capitalized word after the first, outside quotation marks ("As one
    caller put it, “I just need …”"), so the sentence names no one. With
    ``dates_and_codes``, a month, a weekday, an acronym or a word with a
    digit ("March", "AMJC", "N-648") is not a name either."""
    outside = "".join(s.text for s in _segments(sentence) if not s.quoted)
    words = re.findall(r"[\w'\u2019\-]+", outside)
    return not any(
        word[:1].isupper()
        and not re.fullmatch(r"I(?:['\u2019]\w+)?", word)
        and not (dates_and_codes and _date_or_code(word))
        for word in words[1:]
    )


def _date_or_code(word: str) -> bool:
    """A month or weekday name, an acronym ("AMJC", "ICE") or a word with a
    digit ("N-648", "I-589"): capitalized, but nobody's name."""
    return (
        word.lower().rstrip(".") in MONTHS
        or re.fullmatch(_WEEKDAY_NAME, word) is not None
        or (len(word) > 1 and word.isupper())
        or any(char.isdigit() for char in word)
    )


def _pronoun_subject(sentence: str) -> bool:
    """Is "she" or "he" the sentence's subject, after at most a phrase that
    names nobody ("She joined the vigil from the Mexican side …", "At the
    close of the service she offered a prayer in Sgaw Karen …")?"""
    pronoun = re.search(r"\b(?:[Ss]he|[Hh]e)\s+[a-z]", sentence)
    return pronoun is not None and _names_nobody(
        sentence[: pronoun.start()] + " x", dates_and_codes=True
    )


# A full name, then an age: "Tomás Villalobos, 58, …", "Karla Reyes Montoya,
# a 31-year-old transgender woman from Honduras, …".
_AGE_INTRODUCTION_RE = re.compile(
    r"^[^,]+,\s+(?:\d{1,3}|an?\s+\d{1,3}-year-old\b[^,]*),\s"
)


# A quoted phrase of a few words in narrative: a scare quote, a form's or a
# report's title ("was “insufficient.”"), not a quotation of someone.
_SCARE_QUOTE_WORDS = 6


def _scare_quotes_only(paragraph: str) -> bool:
    """Are all the paragraph's quotation marks around a few words only?"""
    if not any(mark in paragraph for mark in ALL_MARKS):
        return True
    segments = _segments(paragraph)
    return all(
        segment.closed and len(segment.text.split()) <= _SCARE_QUOTE_WORDS
        for segment in segments
        if segment.quoted
    )


def _reported_who(sentence: str) -> str:
    """Who a sentence of reported speech names: "Ana Ruiz" in "Ana Ruiz said
    the council would …", also around a partial quote ("… rumors about a
    “citizenship trap”."); "" when it is not one, or when it is part of a
    quotation (unbalanced marks)."""
    sentence = sentence.strip()
    if not sentence or sentence[0] in ALL_MARKS:
        return ""
    opened = sum(sentence.count(m) for m in OPEN_MARKS)
    closed = sum(sentence.count(m) for m in CLOSE_MARKS)
    if opened != closed or sentence.count('"') % 2:
        return ""
    for mark in ALL_MARKS:
        sentence = sentence.replace(mark, "")
    match = INDIRECT_RE.match(sentence)
    if match is None or re.search(r"\b(?:who|whom|that|which)$", match.group("who")):
        # "Yesenia, who asked that her last name not be used, …": a relative
        # clause, not reported speech.
        return ""
    return match.group("who")


# The speaker's own voice in a statement: the first person, a modal or the
# present tense ("We will …", "Congress should …", "It is …").
_STATEMENT_VOICE_RE = re.compile(
    r"\b(?:I|I['\u2019](?:m|ve|ll|d)|me|my|mine|myself|we|we['\u2019](?:re|ve|ll|d)|"
    r"us|our|ours|ourselves|let['\u2019]s)\b"
    r"|\b(?:will|won['\u2019]t|would|can|cannot|can['\u2019]t|could|should|must|"
    r"shall|may|might|is|are|isn['\u2019]t|aren['\u2019]t|does|do|don['\u2019]t|"
    r"doesn['\u2019]t|has|have)\b",
    re.IGNORECASE,
)


def _narrative_voice(paragraph: str) -> bool:
    """No first person, no modal and no present tense ("is", "are", "has",
    "do"): not a speaker's own voice. Present tense without an auxiliary
    ("Families deserve better.") is not seen."""
    # A sign or a phrase quoted in the narrative is not its voice.
    text = re.sub(r"[“\"„«][^”\"»]*[”\"»]", " ", paragraph)
    return _STATEMENT_VOICE_RE.search(text) is None


_FIRST_PERSON_RE = re.compile(
    r"\b(?:I|I['\u2019](?:m|ve|ll|d)|me|my|mine|we|we['\u2019](?:re|ve|ll|d)|us|"
    r"our|ours|let['\u2019]s)\b",
    re.IGNORECASE,
)


# Who signed a letter or statement, in the release's voice: "The letter
# was signed by 38 organizations", "Signers include:", "Full list of
# signatories:", "Organizations that signed:", "endorsed by more than 40
# groups", "the sign-on letter". Not "the order signed by the governor".
SIGN_ON_RE = re.compile(
    r"\b(?:co-?)?(?:signers|signatories|signatory|endorsers)\b|\bsign-?on\b"
    r"|\b(?:signed|co-?signed|endorsed)\s+(?:on\s+)?by\s+(?:more\s+than\s+|"
    r"over\s+|nearly\s+|almost\s+|some\s+|about\s+|at\s+least\s+)?"
    r"(?:\d+|dozens|hundreds|[a-z]+-?[a-z]*)\s+(?:\w+\s+)?"
    r"(?:organizations|groups|coalitions|congregations|unions|partners|"
    r"leaders|individuals|people|members|allies|agencies|clinics)\b"
    r"|\b(?:organizations|groups|coalitions|congregations|unions|partners)\s+"
    r"(?:that|who|which)\s+(?:have\s+)?(?:signed|co-?signed|endorsed)\b",
    re.IGNORECASE,
)


def _names_list(paragraph: str) -> bool:
    """A paragraph that is a list of names, one a line (after hard-wrapped
    lines are joined, a run of capitalized words): "Liberty Corridor
    Immigrant Coalition Ironbound Immigrant Defense Project Dreamers Forward
    NJ …", optionally bulleted and with a closing note in parentheses
    ("(full list at …)"). No sentence punctuation, six words or more, almost
    all capitalized; a statement's own paragraphs are sentences."""
    text = re.sub(r"\([^()]*\)\s*$", "", paragraph).strip()
    text = re.sub(r"(?:^|\s)(?:[*\u2022\u25aa\u2013-]|\d{1,2}[.)])\s+", " ", text)
    words = text.split()
    if len(words) < 6 or re.search(r"[.!?:;]$|[.!?]\s+[A-Z]", text):
        return False
    if any(mark in text for mark in ALL_MARKS):
        return False
    capitalized = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    connectors = [w for w in words if w.lower() in _ORG_NAME_CONNECTORS | {"-"}]
    return len(capitalized) + len(connectors) == len(words) and (
        len(capitalized) >= 0.75 * len(words)
    )


def _ends_statement(paragraph: str, previous: str) -> bool:
    """Is ``paragraph`` the release's narrative again after an unquoted
    statement whose last paragraph is ``previous``?

    - a short label ending in a colon in the release's voice ("Campaign
      details:", "How to help:", "Event information:"; not "What we ask:");
    - a bulleted or numbered list the statement did not introduce (its last
      paragraph does not end in a colon: "We call on the council to:");
    - a paragraph quoting a whole sentence of someone's ("Our volunteers keep
      a log. One man told us, "You are the only people here who call me by my
      name.""): a statement's own words carry no quotation marks, so a quoted
      sentence is the narrative quoting someone (a quoted title or phrase,
      “Know Your Rights”, is not a sentence);
    - contact details in the release's voice, with no first person ("Anyone
      who witnesses an arrest can call the network's hotline at
      1-844-555-0119."): an announcement, not the speaker ("call our hotline
      at …" stays in the statement);
    - the release's voice on who signed a letter or statement, with no
      first person ("The letter was signed by 38 organizations, including:",
      "Signers include:", "Full list of signatories:", "Organizations that
      signed:"; see ``SIGN_ON_RE``);
    - a list of names, one a line, with no sentence in it ("Liberty Corridor
      Immigrant Coalition" / "Ironbound Immigrant Defense Project" / …; see
      ``_names_list``).
    """
    if (PHONE_RE.search(paragraph) or EMAIL_RE.search(paragraph)) and not (
        _FIRST_PERSON_RE.search(paragraph)
    ):
        return True
    if SIGN_ON_RE.search(paragraph) and not _FIRST_PERSON_RE.search(paragraph):
        return True
    if _names_list(paragraph):
        return True
    if paragraph.endswith(":") and len(paragraph.split()) <= 6:
        return _narrative_voice(paragraph)
    if _LIST_ITEM_RE.match(paragraph):
        return not previous.endswith(":")
    for segment in _segments(paragraph):
        words = segment.text.split()
        if (
            segment.quoted
            and len(words) >= 5
            and words[0][:1].isupper()
            and segment.text.rstrip().endswith((".", "!", "?", ","))
        ):
            return True
    return False


STATEMENT_PREFIX = re.compile(
    r"^(?:(?:joint\s+)?statement|quote|remarks|testimony)\s+(?:from|by|of)\s+",
    re.IGNORECASE,
)


def _statement_header(
    paragraph: str, matcher: OrganizationMatcher
) -> ParsedQuote | None:
    """A line "Name, Title, Organization" (optionally "said:") opening a statement."""
    if any(mark in paragraph for mark in ALL_MARKS) or len(paragraph.split()) > 30:
        return None
    text = STATEMENT_PREFIX.sub("", paragraph.strip())
    # "Ana Ruiz (Executive Director, Prairie Fund):"
    if PARTY_RE.search(text) is None:
        text = re.sub(r"^([^,(]+?)\s*\(([^()]+,[^()]+)\)\s*(:?)$", r"\1, \2\3", text)
    text = re.sub(r"^[—\u2013\-]+\s*", "", text)
    ends_colon = text.endswith(":")
    text = text.rstrip(":").strip()
    verb = re.search(
        r"[,\s]+" + _VERB + r"(?:\s+in\s+a\s+(?:written\s+)?statement)?$", text, re.I
    )
    if verb:
        text = text[: verb.start()]
    elif not ends_colon and (
        text.endswith((".", "!", "?")) and not text.endswith(("Inc.", "Jr.", "Sr."))
    ):
        return None
    if "," not in text and not (ends_colon or verb):
        return None
    person = _parse_person(text, matcher)
    if person is None and verb:
        # "In a statement, Samuel Achterberg-Nwosu, executive director of
        # GLILC, said:" / "At Tuesday's vigil, the Rev. Ana Ruiz said:": an
        # introductory phrase before the name, as before a quotation.
        parts = _split_commas(text)
        for start in range(1, len(parts)):
            if _looks_like_name(parts[start]) or _split_name_and_pretitle(parts[start]):
                person = _parse_person(", ".join(parts[start:]), matcher)
                break
    if person is None:
        return None
    if not (person.title or person.organization) and not (ends_colon or verb):
        return None
    if not (ends_colon or verb) and not _attribution_shape(text, person):
        return None
    return person


def _attribution_shape(text: str, person: ParsedQuote) -> bool:
    """Does a header line without "said:" or a colon look like an attribution
    line: the person's name (two to five capitalized words, after any
    honorific) followed at once by a comma or parenthesis, as in "Ana Ruiz,
    Executive Director, Prairie Fund"? A headline that happens to hold a comma
    does not: "Farmworkers Rally at Fresno Federal Courthouse as Heat Returns;
    Union Demands Shade, Water …" puts a whole clause between its first two
    capitalized words and the comma, and a semicolon never sits in an
    attribution line."""
    if ";" in text:
        return False
    speaker = person.speaker.strip()
    if not text.startswith(speaker):
        # The name was read after a pre-title ("State Sen. Ana Ruiz, …"): the
        # comma must still follow the name.
        position = text.find(speaker)
        if position < 0:
            return True
        rest = text[position + len(speaker) :]
    else:
        rest = text[len(speaker) :]
    words = [w for w in speaker.split() if w[:1].isupper()]
    return rest.lstrip()[:1] in {",", "("} and 1 <= len(words) <= 7
