"""Turn a press release as people write it into structured data.

Pure: no database, no files. ``parse_release(text, source, matcher)`` reads
the header (date line, headline, subtitle, contacts), the dateline at the start
of the first paragraph, the body (hard-wrapped lines joined, section breaks),
the closing "About …" boilerplate, and the quotes in the forms releases use.

A quote is only ever recognized with an attribution (a speech verb and a
person's name next to the quotation, or a "Name, Title, Organization" header
of a statement block). Anything else stays body text: the importer would
rather miss a quote, which an editor adds in a minute, than invent one.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from newsroom.apstyle import US_STATES

from .matching import (
    EMPTY_MATCHER,
    GENERIC_WORDS,
    ORGANIZATION_KINDS,
    PLACE_WORDS,
    OrganizationEntry,
    OrganizationMatch,
    OrganizationMatcher,
    normalize,
)

# --- Data ---------------------------------------------------------------------


@dataclass
class ParsedQuote:
    text: str
    speaker: str
    title: str = ""
    organization: str = ""
    organization_id: int | None = None
    city: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "title": self.title,
            "organization": self.organization,
            "organization_id": self.organization_id,
            "city": self.city,
        }


@dataclass
class ParsedContact:
    name: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "name": self.name,
            "organization": self.organization,
            "email": self.email,
            "phone": self.phone,
        }


@dataclass
class Dateline:
    city: str = ""
    state: str = ""


@dataclass
class BodyItem:
    """One block of the body: "paragraph", "quote" or "section_break"."""

    kind: str
    text: str = ""
    quote: ParsedQuote | None = None


@dataclass
class ParsedRelease:
    source: str = ""
    title: str = ""
    subtitle: str = ""
    date: datetime.date | None = None
    dateline: Dateline = field(default_factory=Dateline)
    summary: str = ""
    body: list[BodyItem] = field(default_factory=list)
    contacts: list[ParsedContact] = field(default_factory=list)
    about: str = ""
    # The issuer's name above a release label ("NEWS RELEASE"); not output.
    masthead: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def quotes(self) -> list[ParsedQuote]:
        return [item.quote for item in self.body if item.quote is not None]

    @property
    def paragraphs(self) -> list[str]:
        return [item.text for item in self.body if item.kind == "paragraph"]

    def as_dict(self) -> dict[str, Any]:
        """The shape printed by ``import_release --dry-run --json``."""
        return {
            "source": self.source,
            "title": self.title,
            "subtitle": self.subtitle,
            "date": self.date.isoformat() if self.date else None,
            "dateline": {"city": self.dateline.city, "state": self.dateline.state},
            "summary": self.summary,
            "quotes": [quote.as_dict() for quote in self.quotes],
            "contacts": [contact.as_dict() for contact in self.contacts],
            "warnings": list(self.warnings),
        }


# --- Vocabulary ---------------------------------------------------------------

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_WEEKDAY = r"(?:(?:" + "|".join(_WEEKDAY_STEMS).lower() + r")day,?\s+)?"
DATE_RE = re.compile(
    _WEEKDAY
    + _MONTH
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
DATE_DMY_RE = re.compile(
    r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Spanish dates in bilingual releases: "12 de marzo de 2025".
SPANISH_MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
DATE_ES_RE = re.compile(
    r"\b(?P<day>\d{1,2})\s+de\s+(?P<month>"
    + "|".join(SPANISH_MONTHS)
    + r")(?:\s+de)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
DATE_ISO_RE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
DATE_US_RE = re.compile(
    r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"
)

FOR_RELEASE_RE = re.compile(
    r"^(?:for immediate release|for release|immediate release|embargoed"
    r"(?: until| for release)?|press release|news release|media advisory"
    # Spanish labels, alone or first in a bilingual line ("PARA PUBLICACIÓN
    # INMEDIATA | FOR IMMEDIATE RELEASE").
    r"|para (?:publicación|difusión|divulgación|distribución) inmediata"
    r"|comunicado de prensa|aviso (?:a los medios|de prensa)|embargado(?: hasta)?"
    r")(?!\w)[\s:,.\-\u2013—]*",
    re.IGNORECASE,
)
CONTACT_RE = re.compile(
    r"^(?:(?:media|press|news)\s+)?contacts?\s*(?:info(?:rmation)?)?\s*[:\-\u2013—]\s*"
    # Spanish and bilingual: "Contacto/Contact:", "Contacto de prensa:".
    r"|^contactos?(?:\s+(?:de|para)\s+(?:prensa|medios))?"
    r"(?:\s*[/|]\s*(?:(?:media|press)\s+)?contacts?)?\s*[:\-\u2013—]\s*"
    r"|^(?:media|press|news)\s+contacts?\s*$|^(?:media|press)\s*:\s*"
    r"|^for (?:more information|media inquiries|press inquiries),?\s+"
    r"(?:please\s+)?contact:?\s*",
    re.IGNORECASE,
)
EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE_RE = re.compile(
    r"(?:\+?1[\s.\-]?)?(?:\(\d{3}\)|\d{3})[\s.\-]?\d{3}[\s.\-]?\d{4}"
    r"(?:\s*(?:x|ext\.?)\s*\d+)?"
)
BREAK_RE = re.compile(
    r"^\s*(?:\*\s*\*\s*\*[\s*]*|#\s*#\s*#[\s#]*|-\s*30\s*-|---+|___+)\s*$"
)
ABOUT_RE = re.compile(r"^about\s+(?:the\s+)?[A-Z]", re.IGNORECASE)

# AP's stand-alone dateline cities and the state each implies.
STANDALONE_CITIES = {
    "atlanta": "GA",
    "baltimore": "MD",
    "boston": "MA",
    "chicago": "IL",
    "cincinnati": "OH",
    "cleveland": "OH",
    "dallas": "TX",
    "denver": "CO",
    "detroit": "MI",
    "honolulu": "HI",
    "houston": "TX",
    "indianapolis": "IN",
    "las vegas": "NV",
    "los angeles": "CA",
    "miami": "FL",
    "milwaukee": "WI",
    "minneapolis": "MN",
    "new orleans": "LA",
    "new york": "NY",
    "oklahoma city": "OK",
    "philadelphia": "PA",
    "phoenix": "AZ",
    "pittsburgh": "PA",
    "st louis": "MO",
    "salt lake city": "UT",
    "san antonio": "TX",
    "san diego": "CA",
    "san francisco": "CA",
    "seattle": "WA",
    "washington": "DC",
}


def _state_key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


STATE_LOOKUP: dict[str, str] = {}
for _code, _name, _ap in US_STATES:
    STATE_LOOKUP[_state_key(_code)] = _code
    STATE_LOOKUP[_state_key(_name)] = _code
    STATE_LOOKUP[_state_key(_ap)] = _code
# Abbreviations still common in releases besides AP's own.
STATE_LOOKUP.update(
    {"calif": "CA", "penn": "PA", "penna": "PA", "tex": "TX", "wva": "WV", "mass": "MA"}
)

SPEECH_VERBS = (
    "said",
    "says",
    "stated",
    "states",
    "added",
    "adds",
    "explained",
    "explains",
    "noted",
    "notes",
    "continued",
    "continues",
    "declared",
    "urged",
    "remarked",
    "commented",
    "emphasized",
    "stressed",
    "concluded",
    "shared",
    "affirmed",
    "insisted",
    "warned",
    "asked",
    "testified",
    # A letter or a post read out: "“…,” she wrote."
    "wrote",
    "writes",
    # Bilingual releases: "“…,” dijo la Hna. Lucía Arreola, directora del …".
    "dijo",
    "dice",
    "afirmó",
    "agregó",
    "añadió",
    "señaló",
    "explicó",
    "expresó",
    "declaró",
    "comentó",
    "indicó",
    "aseguró",
    "according to",
)
# "told reporters", "told the committee", "told lawmakers": whom the speaker
# addressed, one word after an optional "the".
_TOLD = (
    r"told\s+(?:the\s+)?(?:reporters|journalists|lawmakers|legislators|"
    r"senators|committee|crowd|audience|council|board|commissioners|court|"
    r"judge|panel|hearing|rally|congregation|gathering|marchers|students|"
    r"media|press)"
)
_VERB = (
    r"(?:" + "|".join(v.replace(" ", r"\s+") for v in SPEECH_VERBS) + "|" + _TOLD + r")"
)
VERB_START_RE = re.compile(r"^" + _VERB + r"\b\s*", re.IGNORECASE)
_WEEKDAY_NAME = r"(?:" + "|".join(_WEEKDAY_STEMS) + r")day"
# What may follow "said" after a quotation: when, where, how ("said
# Tuesday", "said before the vote", "said at the rally", "said in a
# statement", "said through an interpreter", "said Xol, speaking in
# Spanish").
# Who interprets: "an interpreter", "a volunteer interpreter", "a clinic
# interpreter", "her granddaughter".
_INTERPRETER = (
    r"(?:an?|the|her|his|their)\s+(?:[\w\-]+\s+){0,2}?(?:interpreter|translator|"
    r"daughter|son|granddaughter|grandson|niece|nephew|wife|husband)"
)
_TAIL = (
    r"(?P<tail>(?:\s+(?:in\s+a\s+(?:written\s+)?statement|today|yesterday|"
    r"on\s+\w+day|"
    # "said at the rally", "said at Tuesday's hearing", "said during a vigil"
    r"(?:at|during)\s+(?:the|a|an|" + _WEEKDAY_NAME + r"['\u2019]s)\s+\w+(?:\s+\w+)?|"
    r"in\s+(?:an?\s+)?\w+(?:\s+\w+)?|"
    # "said Tuesday", "said Tuesday night", "said last week"
    r"(?:last\s+)?" + _WEEKDAY_NAME + r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:last|this)\s+(?:week|month)|"
    # "said before the vote", "said after Tuesday's hearing"
    r"(?:before|after|following|ahead\s+of|outside|inside)\s+"
    r"(?:the|a|an|his|her|their|its|" + _WEEKDAY_NAME + r"['\u2019]s)\s+"
    r"\w+(?:\s+\w+)?|"
    # "Sandhu said through an interpreter." / "… via a translator"
    r"(?:through|via|with\s+the\s+help\s+of)\s+" + _INTERPRETER + r")"
    # "said Xol, speaking in Spanish." / ", speaking through an interpreter",
    # "Dahal says, speaking through her granddaughter."
    r"|,?\s+speaking\s+(?:in\s+[A-Z]\w+|through\s+" + _INTERPRETER + r")"
    # "she said in Armenian, through a clinic interpreter."
    r"|,\s+(?:through|via)\s+" + _INTERPRETER + r")*)"
)
# The same phrases of manner and time after a name ("said Ana Ruiz,
# speaking in Spanish", "said Ana Ruiz before the vote"): not a title.
# Not "at the …" or "in …", which name a place or an organization.
TRAILING_MANNER_RE = re.compile(
    r"(?:,?\s+speaking\s+(?:in\s+[A-Z]\w+|through\s+" + _INTERPRETER + r")"
    # "…, speaking through a Hmong interpreter at a news conference outside
    # the courthouse": where, after how.
    r"(?:\s+(?:at|during|outside)\s+(?:a|an|the)\s+[^,]*)?"
    r"|,?\s+(?:through|via)\s+"
    + _INTERPRETER
    + r"|\s+in\s+a\s+(?:written\s+)?statement"
    r"|\s+(?:before|after|following|ahead\s+of)\s+(?:the|"
    + _WEEKDAY_NAME
    + r"['\u2019]s)\s+\w+(?:\s+\w+)?"
    r"|\s+(?:on\s+|last\s+)?"
    + _WEEKDAY_NAME
    + r"(?:\s+(?:morning|afternoon|evening|night))?)+\s*\.?$"
)
VERB_END_RE = re.compile(
    r"[,\s]+" + _VERB + _TAIL + r"\s*[.:,]?$",
    re.IGNORECASE,
)
# "she said." / "he added." / "said she." after a quotation, "She added:" before.
_PRONOUN = r"(?:she|he|they)"
PRONOUN_AFTER_RE = re.compile(
    r"^[,\s]*(?:"
    + _PRONOUN
    + r"\s+(?:also\s+|then\s+|later\s+)?"
    + _VERB
    + r"|"
    + _VERB
    + r"\s+"
    + _PRONOUN
    + r")"
    + _TAIL
    + r"\s*[.,]?$",
    re.IGNORECASE,
)
# An academic title or an office before a surname is a second reference as
# well: "Prof. Vasquez-Thorne said", "Mayor Ruiz added", "said Sen. Ruiz".
SECOND_REFERENCE_OFFICES = {
    "prof",
    "professor",
    "gov",
    "governor",
    "sen",
    "senator",
    "rep",
    "representative",
    "mayor",
    "judge",
    "justice",
    "chief",
    "commissioner",
    "councilmember",
    "councilwoman",
    "councilman",
    "councilor",
    "alderman",
    "alderwoman",
    "sheriff",
    "dean",
    "superintendent",
    "chancellor",
    "assemblymember",
    "assemblyman",
    "assemblywoman",
    "delegate",
    "congressman",
    "congresswoman",
    "trustee",
    "legislator",
    "supervisor",
    "selectman",
    "selectwoman",
    "alderperson",
    "freeholder",
}
_OFFICE_SECOND = (
    # Two-word offices: "Council Member Nasrin Talukder", "Assembly Member …".
    r"(?:(?:Prof|Gov|Sen|Rep|Del)\.|(?:Council|Assembly)\s+Member|"
    + "|".join(
        sorted(
            w.capitalize()
            for w in SECOND_REFERENCE_OFFICES - {"prof", "gov", "sen", "rep"}
        )
    )
    + r")"
)
# An elected office before a full name, with an optional party label:
# "Sen. Alma Prescott-Ybarra (D-Nev.)", "State Rep. Ana Ruiz".
# A period only after an initial or "Jr."/"Sr." ("Ana M. Ruiz"), so a name
# ending a sentence does not run on into the next ("… Nasrin Talukder.
# Talukder said").
# Capitals beyond Latin-1 too: "Đức", "Łucja", "Šárka".
_CAPITAL = "A-ZÀ-ÖØ-ÞĐŁŚŠŽČĆŘŇŤĎŐŰŹŻĞŞ"
_NAME_WORD = (
    r"(?:[" + _CAPITAL + r"]\.|[JS]r\.|[" + _CAPITAL + r"][\w'\u2019\-]*"
    r"(?![\w'\u2019\-]))"
)
OFFICE_NAME_RE = re.compile(
    r"(?<![\w.])(?:(?:[Ss]tate|U\.S\.)\s+)?"
    + _OFFICE_SECOND
    + r"\s+"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){1,3}(?:\s*\([DRI]-[^()]+\))?"
)
# Honorifics stay part of the speaker's name ("Rev. Ana Ortiz").
HONORIFICS = {
    "rev.",
    "reverend",
    "dr.",
    "father",
    "fr.",
    "sister",
    "sr.",
    "rabbi",
    "imam",
    "pastor",
    "bishop",
    "msgr.",
    "monsignor",
    "deacon",
    "deaconess",
    "dcn.",
    "elder",
    "brother",
    "cantor",
    "sheikh",
    "mr.",
    "ms.",
    "mrs.",
    "mx.",
    # Spanish: Hermana, Hermano, Señora, Señorita, Presbítero.
    "hna.",
    "hno.",
    "sra.",
    "srta.",
    "padre",
    "madre",
    "pbro.",
}
# "Raman-Okafor added." / "said Raman-Okafor." / "Raman-Okafor added:" (AP's
# second reference): a speaker already named in the release.
# With a courtesy title or honorific, one or two ("Sister Haugen", "Rev. Dr.
# Ellison", "the Rev. Ellison"), as AP's second reference to clergy.
_SECOND_HONORIFIC = (
    r"(?:"
    + "|".join(
        re.escape(h.capitalize()) for h in sorted(HONORIFICS, key=len, reverse=True)
    )
    + "|"
    + _OFFICE_SECOND
    + r")\s+"
)
_SURNAME = (
    r"(?:(?:the\s+)?" + _SECOND_HONORIFIC + r"(?:" + _SECOND_HONORIFIC + r")?)?"
    r"(?P<surname>[" + _CAPITAL + r"][\w'\u2019\-]+)"
)
_AGAIN = r"\s+(?:also\s+|then\s+|later\s+)?"
# "said Quiñónez, who has two sons at Lincoln Elementary.": a relative
# clause after a second reference describes the speaker already named.
_WHO_CLAUSE = r"(?:,\s+(?:who|whose)\s+[^“”\"]+?)?"
SURNAME_AFTER_RES = (
    re.compile(
        r"^[,\s]*" + _SURNAME + _AGAIN + _VERB + _TAIL + _WHO_CLAUSE + r"\s*[.,]?$"
    ),
    re.compile(
        r"^[,\s]*" + _VERB + r"\s+" + _SURNAME + _TAIL + _WHO_CLAUSE + r"\s*[.,]?$"
    ),
)
# "says Agbayani, president of Samahan …" / "Agbayani, president of …, said":
# a second reference by surname with a title and organization after it.
SURNAME_TITLE_RE = re.compile(
    r"^[,\s]*(?:(?P<verb>" + _VERB + r")\s+)?"
    r"(?P<surname>[" + _CAPITAL + r"][\w'\u2019\-]+)"
    r"(?P<rest>,\s+[a-z][^“”\"]*?)"
    r"(?(verb)|,\s*" + _VERB + r")\s*[.,]?$"
)
SURNAME_BEFORE_RE = re.compile(r"^" + _SURNAME + _AGAIN + _VERB + _TAIL + r"\s*[:,]$")
# "Board member Rosa Delacruz said the council would …" (reported speech).
# Past or present tense ("Ruiz notes that …"), and "told the crowd (that) …".
_INDIRECT_VERB = (
    r"(?:said|says|added|adds|noted|notes|explained|explains|stressed|stresses|"
    r"emphasized|emphasizes|warned|warns|argued|argues|announced|announces|"
    # "asked participants to call their senators", "urged the council to …"
    r"asked|asks|urged|urges|reminded|reminds|encouraged|encourages|"
    r"told\s+(?:the\s+)?[a-z]+)"
)
INDIRECT_RE = re.compile(
    r"^(?P<who>[A-Z][^“”\"]*?)\s+(?:also\s+)?" + _INDIRECT_VERB + r"\s+"
    r"(?:on\s+\w+day\s+)?(?:that\s+)?[a-zA-Z0-9][^“”\"]*$"
)
# "She said many of the people she helps are anxious …" (reported speech by
# the speaker just quoted).
PRONOUN_INDIRECT_RE = re.compile(
    r"^" + _PRONOUN + r"\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|"
    r"explained|explains|stressed|stresses|emphasized|emphasizes|warned|warns|"
    r"argued|argues|recalled|recalls|described|describes)\s+[a-z][^“”\"]*$",
    re.IGNORECASE,
)
PRONOUN_BEFORE_RE = re.compile(
    r"^(?:(?:and|then|later|finally)\s+)?"
    + _PRONOUN
    + r"\s+(?:also\s+|then\s+|later\s+)?"
    + _VERB
    + _TAIL
    + r"\s*[:,]$",
    re.IGNORECASE,
)
NAME_VERB_RE = re.compile(
    r"^(?P<who>.+?)[,\s]+" + _VERB + r"(?:\s+in\s+a\s+(?:written\s+)?statement)?"
    r"\s*[:,]?$",
    re.IGNORECASE,
)

# Words that are an office or role when they come before a name.
PRE_TITLE_WORDS = {
    "councilmember",
    "councilor",
    "councillor",
    "selectman",
    "selectwoman",
    "selectperson",
    "legislator",
    "auditor",
    "controller",
    "magistrate",
    "councilwoman",
    "councilman",
    "council",
    "alderman",
    "alderwoman",
    "alderperson",
    "alder",
    "mayor",
    "senator",
    "sen.",
    "representative",
    "rep.",
    "assemblymember",
    "assemblywoman",
    "assemblyman",
    "congresswoman",
    "congressman",
    "congressmember",
    "delegate",
    # "Maryland Del. Ana Ruiz (D-Montgomery)": a state delegate.
    "del.",
    "governor",
    "gov.",
    "lt.",
    "lieutenant",
    "commissioner",
    "supervisor",
    "director",
    "president",
    "chair",
    "chairwoman",
    "chairman",
    "chairperson",
    "co-chair",
    "secretary",
    "attorney",
    "general",
    "judge",
    "sheriff",
    "trustee",
    "member",
    "clerk",
    "treasurer",
    "comptroller",
    "speaker",
    "leader",
    "organizer",
    "coordinator",
    "founder",
    "co-founder",
    "officer",
    "manager",
    "counsel",
    "superintendent",
    "executive",
    "state",
    "city",
    "county",
    "u.s.",
}
NAME_PARTICLES = {
    "de",
    "del",
    "de la",
    "la",
    "van",
    "von",
    "da",
    "di",
    "le",
    "y",
    "bin",
    "al",
    "dos",
    "das",
    "du",
    "st.",
}
NAME_SUFFIXES = {"jr.", "sr.", "ii", "iii", "iv", "jr", "sr"}
# Written after a comma and kept in the name, but not a surname: "Ana Ruiz, Esq.".
POST_NOMINALS = {"esq", "esq.", "phd", "ph.d", "ph.d."}
NOT_NAME_WORDS = {
    "the",
    "this",
    "that",
    "we",
    "our",
    "it",
    "they",
    "today",
    "organizers",
    "advocates",
    "members",
    "leaders",
    "residents",
    "families",
    "statement",
    "contact",
    "about",
    "for",
    "and",
    "in",
    "on",
    "at",
    "with",
    "of",
    "said",
}
TITLE_WORDS = {
    # Spanish roles: "directora del Ministerio Pastoral del Migrante".
    "directora",
    "coordinadora",
    "coordinador",
    "presidenta",
    "presidente",
    "organizadora",
    "organizador",
    "abogada",
    "abogado",
    "fundadora",
    "fundador",
    "portavoz",
    "vocera",
    "vocero",
    # A legislator's or a report's role: "Senate sponsor", "the report's
    # co-author".
    "sponsor",
    "cosponsor",
    "co-sponsor",
    "author",
    "coauthor",
    "co-author",
    "director",
    "organizer",
    "president",
    "chair",
    "co-chair",
    "chairwoman",
    "chairman",
    "chairperson",
    "coordinator",
    "manager",
    "member",
    "attorney",
    "lawyer",
    "advocate",
    "pastor",
    "founder",
    "co-founder",
    "officer",
    "counsel",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "fellow",
    "analyst",
    "associate",
    "worker",
    "leader",
    "volunteer",
    "student",
    "parent",
    "resident",
    "recipient",
    "ceo",
    # Other executive abbreviations, written in capitals: "COO", "CFO".
    "coo",
    "cfo",
    "cto",
    "cio",
    "cmo",
    "cpo",
    "cdo",
    "evp",
    "svp",
    "vp",
    "executive",
    "head",
    "secretary",
    "minister",
    "professor",
    "teacher",
    "nurse",
    "plaintiff",
    "steward",
    "chief",
    "vice",
    "deputy",
    "senior",
    "strategist",
    "specialist",
    "representative",
    "mayor",
    "councilmember",
    "senator",
    "commissioner",
    "supervisor",
    "alderman",
    "alderwoman",
    "clerk",
    "survivor",
    "mother",
    "father",
    "farmworker",
    "owner",
    "rabbi",
    "imam",
    "reverend",
    "bishop",
    "priest",
    "chaplain",
    "treasurer",
    "trustee",
    "partner",
    "paralegal",
    "navigator",
    "educator",
    "researcher",
    "physician",
    "doctor",
    "convener",
    "convenor",
    "moderator",
    "facilitator",
    "liaison",
    "administrator",
    "deacon",
    "adviser",
    "advisor",
    "aide",
    "assistant",
    "consultant",
    "lecturer",
    "instructor",
    "interpreter",
    "translator",
    "canvasser",
    "lobbyist",
    "delegate",
    "alder",
    "legislator",
    "assemblymember",
    "congressmember",
    "congresswoman",
    "congressman",
}
ORG_WORDS = {
    "coalition",
    "alliance",
    "network",
    "center",
    "centre",
    "project",
    "union",
    "fund",
    "committee",
    "association",
    "institute",
    "organization",
    "church",
    "services",
    "rights",
    "league",
    "collective",
    "collaborative",
    "foundation",
    "society",
    "partnership",
    "federation",
    "campaign",
    "movement",
    "clinic",
    "office",
    "congregation",
    "parish",
    "diocese",
    "synagogue",
    "mosque",
    "inc.",
    "inc",
    "llc",
    "group",
    "initiative",
    "action",
    "justice",
    "defense",
    "caucus",
    "workers",
    "united",
    "program",
    "school",
    "university",
    "college",
    "department",
    "commission",
    "assembly",
    "senate",
    "house",
    "council",
    "board",
    "cooperative",
    "co-op",
    "table",
    "forum",
    "hub",
    "mission",
    "ministries",
    "ministry",
    "trust",
    "aid",
    "legal",
    # Fellowships of clergy, circles of volunteers, conferences of churches.
    "fellowship",
    "circle",
    "conference",
    "consortium",
    "guild",
    "synod",
    "presbytery",
    "temple",
}

# A quotation left open for longer than this is a typo, not a quote; the cap
# also keeps the parser linear on hostile input.
MAX_QUOTE_PARAGRAPHS = 12
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + '"'

# --- Entry point --------------------------------------------------------------


def parse_release(
    text: str,
    source: str = "",
    matcher: OrganizationMatcher | None = None,
    *,
    markdown: bool | None = None,
) -> ParsedRelease:
    """Parse the text of one release; never raises on odd input."""
    matcher = matcher or EMPTY_MATCHER
    release = ParsedRelease(source=source)
    if markdown is None:
        markdown = source.lower().endswith((".md", ".markdown"))
    text = _normalize_text(text, markdown=markdown)
    blocks = _blocks(text)

    header_end = _find_header_end(blocks)
    body_blocks = blocks[header_end:]
    extra_paragraphs = _parse_header(blocks[:header_end], release)

    paragraphs: list[str] = []
    for block in body_blocks:
        if BREAK_RE.match(block[0]) and len(block) == 1:
            paragraphs.append("***")
            continue
        if CONTACT_RE.match(block[0]):
            release.contacts.extend(_parse_contacts(block))
            continue
        paragraphs.extend(_join_lines(block))
    paragraphs = extra_paragraphs + paragraphs
    paragraphs = _take_about(paragraphs, release)

    # The paragraph that carried the dateline: it and everything before it
    # (headline lines, notes) can never be a statement or a statement header.
    dateline_paragraph = -1
    if paragraphs and paragraphs[0] != "***":
        lede, found = _take_dateline(paragraphs[0], release)
        if found:
            paragraphs[0] = lede
            dateline_paragraph = 0
        elif (
            extra_paragraphs
            and len(paragraphs) > len(extra_paragraphs)
            and header_end < len(blocks)
            and _match_dateline(" ".join(blocks[header_end])) is not None
        ):
            # Header lines left over after the headline and subtitle (a note
            # such as "(Este comunicado fue redactado en español.)") come
            # before the dateline paragraph.
            first = len(extra_paragraphs)
            lede, found = _take_dateline(paragraphs[first], release)
            if found:
                paragraphs[first] = lede
                dateline_paragraph = first
    if not release.dateline.city:
        release.warnings.append(
            "No dateline (such as “CHICAGO, Ill. —”) found at the start of the "
            "first paragraph."
        )

    release.body = _QuoteReader(
        _attach_bylines(paragraphs),
        matcher,
        release.warnings,
        aliases=_release_aliases(text, matcher),
        issuer="\n\n".join(
            [release.masthead, release.title, release.subtitle, release.about]
        ),
        header_paragraphs=max(len(extra_paragraphs), dateline_paragraph + 1),
    ).read()
    while release.body and release.body[-1].kind == "section_break":
        release.body.pop()
    while release.body and release.body[0].kind == "section_break":
        release.body.pop(0)
    if release.body and release.body[0].kind == "paragraph":
        release.summary = release.body.pop(0).text
    elif release.body and release.body[0].quote is not None:
        release.summary = release.body[0].quote.text.split("\n\n")[0]

    if not release.title:
        release.warnings.append(
            "No headline found; the draft gets a placeholder title. Add a "
            "headline before publishing."
        )
    if release.date is None:
        release.warnings.append("No date found; the release date is set to today.")
    if not release.quotes:
        release.warnings.append("No quotes found.")
    for quote in release.quotes:
        if quote.organization and quote.organization_id is None:
            release.warnings.append(
                f"Organization “{quote.organization}” (quote by {quote.speaker}) "
                "is not in the registry; kept as free text."
            )
        elif not quote.organization:
            release.warnings.append(
                f"The quote by {quote.speaker} names no organization; choose "
                "one before publishing."
            )
    return release


# --- Text and blocks ----------------------------------------------------------


def _normalize_text(text: str, *, markdown: bool) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\t", " ")
    text = text.replace("\u201f", "“").replace("\u2033", '"')
    if markdown:
        lines = []
        for line in text.split("\n"):
            stripped = line.strip()
            if not BREAK_RE.match(stripped):
                stripped = re.sub(r"^#{1,6}\s+", "", stripped)
            stripped = re.sub(r"^>\s?", "", stripped)
            stripped = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", stripped)
            stripped = re.sub(r"(\*\*|__)(.+?)\1", r"\2", stripped)
            stripped = re.sub(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])", r"\1", stripped)
            stripped = re.sub(r"^[*\-+]\s+(?=\S)", "• ", stripped)
            stripped = stripped.replace("\\", "")
            lines.append(stripped)
        text = "\n".join(lines)
    return text


def _blocks(text: str) -> list[list[str]]:
    """Runs of non-blank lines, each line stripped."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            if BREAK_RE.match(line):
                if current:
                    blocks.append(current)
                blocks.append([line])
                current = []
            else:
                current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return [piece for block in blocks for piece in _unwrapped_lines(block)]


def _unwrapped_lines(block: list[str]) -> list[list[str]]:
    """Split a block pasted without blank lines (long lines) into one per line.

    Contact lines stay together with the details that follow them.
    """
    if max(len(line) for line in block) <= 100:
        return [block]
    pieces: list[list[str]] = []
    index = 0
    while index < len(block):
        if CONTACT_RE.match(block[index]):
            end = _contact_extent(block, index)
            pieces.append(block[index:end])
            index = end
        else:
            pieces.append([block[index]])
            index += 1
    return pieces


_TERMINAL = (".", "!", "?", ":", "”", '"', "»", ")")


def _join_lines(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs.

    A block whose lines are long was not wrapped by hand: each line is a
    paragraph. Otherwise lines join, except after a short line that ends a
    sentence (the last line of a paragraph in text with no blank lines).
    """
    if len(lines) == 1:
        return lines
    width = max(len(line) for line in lines)
    if width > 100:
        return list(lines)
    paragraphs: list[str] = []
    current = lines[0]
    for previous, line in itertools.pairwise(lines):
        ends = previous.endswith(_TERMINAL) and len(previous) < width * 0.6
        ends = ends or (
            ABOUT_RE.match(previous) is not None
            and len(previous.split()) <= 12
            and not previous.endswith((".", ","))
        )
        if (
            ends
            or CONTACT_RE.match(line)
            or BREAK_RE.match(line)
            # A bulleted quote starts an item of its own; a number after a
            # line that ends mid-sentence is the sentence going on ("…
            # with HPWU Local" / "22. “We wrote down every name.”").
            or (
                QUOTE_BULLET_RE.match(line)
                and not (line[:1].isdigit() and not previous.endswith(_TERMINAL))
            )
            or (current == previous and _header_line(previous, line))
        ):
            paragraphs.append(current)
            current = line
        elif current.endswith("-") and not current.endswith(" -"):
            current += line
        else:
            current += " " + line
    paragraphs.append(current)
    return paragraphs


def _header_line(previous: str, line: str) -> bool:
    """Is ``previous``, a paragraph's first line, a statement header?

    ("Name, Title, Organization:".) Checked only when it ends with a colon or
    the next line opens a quotation: a short block "Header:" + "“Quote.”" is
    two paragraphs, not one hard-wrapped one.
    """
    if not (previous.endswith(":") or line[:1] in OPEN_MARKS + '"'):
        return False
    return _statement_header(previous, EMPTY_MATCHER) is not None


# --- Header -------------------------------------------------------------------


_DATE_PATTERNS = (DATE_RE, DATE_DMY_RE, DATE_ISO_RE, DATE_US_RE, DATE_ES_RE)


def _find_date(text: str) -> datetime.date | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        month = match.group("month").lower().rstrip(".")
        month_number = (
            MONTHS.get(month)
            or SPANISH_MONTHS.get(month)
            or (int(month) if month.isdigit() else 0)
        )
        try:
            return datetime.date(
                int(match.group("year")), month_number, int(match.group("day"))
            )
        except ValueError:
            continue
    return None


def _is_date_line(line: str) -> bool:
    """A line that is only a date, perhaps after "For Immediate Release:"; in
    a bilingual release, two dates separated by "/" or "|" ("12 de marzo de
    2025 / March 12, 2025")."""
    rest = FOR_RELEASE_RE.sub("", line).strip(" :,.\u2013—-")
    if not rest:
        return False
    pieces = re.split(r"\s+[/|]\s+", rest)
    if len(pieces) == 2:
        return all(_is_date_line(piece) for piece in pieces)
    for pattern in _DATE_PATTERNS:
        match = pattern.search(rest)
        if match and len(rest) - len(match.group(0)) <= 12:
            return True
    return False


def _find_header_end(blocks: list[list[str]]) -> int:
    """Index of the first body block: the one opening with a dateline."""
    for index, block in enumerate(blocks[:12]):
        if _match_dateline(" ".join(block)) is not None:
            return index
    # No dateline: the header is the leading run of short, unpunctuated blocks.
    index = 0
    for block in blocks[:8]:
        text = " ".join(block)
        if (
            CONTACT_RE.match(block[0])
            or all(_is_date_line(line) or FOR_RELEASE_RE.match(line) for line in block)
            or (len(text.split()) <= 30 and not text.endswith((".", "!", "?", ":")))
        ) and not BREAK_RE.match(block[0]):
            index += 1
            continue
        break
    if index >= len(blocks):
        # Everything looked like a header: keep the first line as the headline.
        return min(1, len(blocks))
    return index


_WRAP_WORDS = {"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"}


def _title_case(line: str) -> bool:
    """Every word but short function words capitalized: a headline's case."""
    words = [w for w in line.split() if w.lower() not in _WRAP_WORDS | {"as", "or"}]
    return len(words) >= 2 and all(
        not w[:1].isalpha() or w[:1].isupper() for w in words
    )


def _title_case_wrap(line: str, following: str) -> bool:
    """A headline in title case hard-wrapped at a fixed width: "Farmworkers
    Rally at Fresno Federal Courthouse as Triple-Digit Heat / Returns; Union
    Demands Shade, Water and an End to Immigration Threats on / the Job". The
    line runs to the wrap width (60 characters or more) with no closing
    punctuation, and the next line goes on in title case; a subtitle below a
    headline is in sentence case, so it stays apart."""
    return (
        len(line) >= 60
        and not line.endswith((".", "!", "?", ":"))
        and _title_case(line)
        and _title_case(following)
        and line.isupper() == following.isupper()
        and not FOR_RELEASE_RE.match(following)
        and not _is_date_line(following)
    )


def _masthead_line(line: str) -> bool:
    """A short line naming the issuer, such as "KEYSTONE EDUCATORS UNION"."""
    return (
        len(line.split()) <= 8
        and not line.endswith((".", "!", "?", ":", ","))
        and not re.match(r"subject\s*:", line, re.IGNORECASE)
    )


def _parse_header(blocks: list[list[str]], release: ParsedRelease) -> list[str]:
    """Fill date, title, subtitle and contacts; return lines that are body text.

    Short lines above a release label are the issuer's masthead, not the
    headline: in "Prairie Sanctuary Accompaniment Network / News Release /
    Headline / Subtitle", the headline is the line after "News Release" (only
    when a line follows the label, so a headline is never lost).
    """
    candidates: list[str] = []
    before_label: int | None = None
    for block in blocks:
        index = 0
        while index < len(block):
            line = block[index]
            if CONTACT_RE.match(line):
                consumed = _contact_extent(block, index)
                release.contacts.extend(_parse_contacts(block[index:consumed]))
                index = consumed
                continue
            if BREAK_RE.match(line):
                index += 1
                continue
            if _is_date_line(line) or FOR_RELEASE_RE.match(line):
                if release.date is None:
                    release.date = _find_date(line)
                if before_label is None and FOR_RELEASE_RE.match(line):
                    before_label = len(candidates)
                index += 1
                continue
            # A headline wrapped by hand continues on a line starting lowercase,
            # or after a line ending in a preposition ("… ACTION AT").
            while (
                index + 1 < len(block)
                and (
                    block[index + 1][:1].islower()
                    or line.split()[-1].lower() in _WRAP_WORDS
                    or _title_case_wrap(block[index], block[index + 1])
                )
                and not CONTACT_RE.match(block[index + 1])
            ):
                index += 1
                line += " " + block[index]
            candidates.append(line)
            index += 1
    if (
        before_label
        and len(candidates) > before_label
        and all(_masthead_line(line) for line in candidates[:before_label])
    ):
        release.masthead = "\n".join(candidates[:before_label])
        candidates = candidates[before_label:]
    if candidates:
        release.title = candidates[0]
    if len(candidates) > 1:
        release.subtitle = candidates[1]
    return candidates[2:]


def _contact_extent(block: list[str], start: int) -> int:
    """Where a contact block that starts at ``start`` ends within ``block``.

    After a heading alone on its line ("MEDIA CONTACT"), a name and a job
    line may both come before the phone or email.
    """
    reach = 3 if CONTACT_RE.sub("", block[start]).strip() == "" else 2
    end = start + 1
    while end < len(block):
        line = block[end]
        has_details = EMAIL_RE.search(line) or PHONE_RE.search(line)
        next_has_details = any(
            EMAIL_RE.search(ahead) or PHONE_RE.search(ahead)
            for ahead in block[end + 1 : end + reach]
        )
        if has_details or next_has_details or CONTACT_RE.match(line):
            end += 1
            continue
        break
    return end


def _parse_contacts(lines: list[str]) -> list[ParsedContact]:
    """ "Contact: Ana Ruiz, Org, ana@example.org, 312-555-0100" and variants."""
    pieces: list[str] = []
    for line in lines:
        line = CONTACT_RE.sub("", line).strip()
        for piece in re.split(r"\s*[;|]\s*|\s+[\u2013—]\s+|,\s*|\s+/\s+", line):
            piece = piece.strip(" .")
            if piece.startswith("(") and piece.endswith(")") and piece.count("(") == 1:
                piece = piece[1:-1].strip()
            if piece:
                pieces.append(piece)
        pieces.append("\n")
    contacts: list[ParsedContact] = []
    current = ParsedContact()
    for piece in pieces:
        if piece == "\n":
            continue
        emails = EMAIL_RE.findall(piece)
        phones = PHONE_RE.findall(piece)
        if emails or phones:
            # "Ana Ruiz ana@example.org" or "(312) 555-0100 (cell)".
            leftover = PHONE_RE.sub("", EMAIL_RE.sub("", piece))
            leftover = re.sub(
                r"\b(?:cell|mobile|office|email|phone|tel)\b:?",
                "",
                leftover,
                flags=re.I,
            )
            leftover = leftover.strip(" :.,()\u2013—-")
            if leftover and _looks_like_name(leftover):
                if current.name and (current.email or current.phone):
                    contacts.append(current)
                    current = ParsedContact()
                current.name = current.name or leftover
            if emails:
                if current.email:
                    contacts.append(current)
                    current = ParsedContact()
                current.email = emails[0]
            if phones and not current.phone:
                current.phone = phones[0].strip()
            continue
        if _looks_like_name(piece) and not current.name:
            current.name = piece
        elif _looks_like_name(piece) and (current.email or current.phone):
            contacts.append(current)
            current = ParsedContact(name=piece)
        elif not current.organization:
            current.organization = piece
    if current.name or current.email or current.phone:
        contacts.append(current)
    return [c for c in contacts if c.name or c.email or c.phone]


# --- Dateline -----------------------------------------------------------------

_DASH = r"(?:\s*(?:—|\u2013|--|-)\s*|\s*:\s+)"
DATELINE_RE = re.compile(
    r"^\(?(?P<place>[A-Za-z][A-Za-z.'\u2019 \-]{1,40}?"
    r"(?:,\s*[A-Za-z][A-Za-z. ]{0,20}?)?)\)?"
    r"(?:\s*\((?P<date>[^)]{4,40})\)|,\s*(?P<date2>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}))?"
    + _DASH
    + r"(?P<rest>\S.*)$",
    re.DOTALL,
)


def _city_case(city: str) -> str:
    if city.isupper() or city.islower():
        words = []
        for word in city.split():
            lower = word.lower()
            words.append(
                "-".join(part[:1].upper() + part[1:] for part in lower.split("-"))
            )
        return " ".join(words)
    return city


def _match_dateline(text: str) -> tuple[str, str, str, datetime.date | None] | None:
    """(city, state, rest of the paragraph, date) when ``text`` opens with one."""
    match = DATELINE_RE.match(text)
    # "MEDIA CONTACT: Lorena Vasquez-Ibarra, …" is a contact line, not the
    # dateline "MEDIA CONTACT:" (a label in capitals before a colon).
    if match is None or FOR_RELEASE_RE.match(text) or CONTACT_RE.match(text):
        return None
    place = match.group("place").strip()
    city, _, state_text = place.partition(",")
    city, state_text = city.strip(), state_text.strip()
    if not city or len(city.split()) > 4:
        return None
    state = ""
    if state_text:
        state = STATE_LOOKUP.get(_state_key(state_text), "")
        if not state:
            return None
    else:
        key = re.sub(r"[^a-z ]", "", city.lower().replace(".", ""))
        standalone = STANDALONE_CITIES.get(key)
        parenthesized = text.startswith("(")
        if not (city.isupper() or standalone or parenthesized):
            return None
        if not city.replace(".", "").replace(" ", "").replace("-", "").isalpha():
            return None
        if city.lower() in NOT_NAME_WORDS:
            return None
        state = standalone or ""
    date = None
    raw_date = match.group("date") or match.group("date2")
    if raw_date:
        date = _find_date(raw_date)
        if date is None:
            return None
    return _city_case(city), state, match.group("rest").strip(), date


def _take_dateline(paragraph: str, release: ParsedRelease) -> tuple[str, bool]:
    found = _match_dateline(paragraph)
    if found is None:
        return paragraph, False
    city, state, rest, date = found
    release.dateline = Dateline(city=city, state=state)
    if release.date is None and date is not None:
        release.date = date
    return rest, True


def _attach_bylines(paragraphs: list[str]) -> list[str]:
    """Join a "— Name, Title" line to the quotation paragraph it signs."""
    merged: list[str] = []
    for paragraph in paragraphs:
        if (
            merged
            and re.match(r"^[\u2014\u2013]\s*\S", paragraph)
            and len(paragraph.split()) <= 30
            and merged[-1].rstrip().endswith(tuple(CLOSE_MARKS + '"'))
        ):
            merged[-1] = f"{merged[-1]} {paragraph}"
        else:
            merged.append(paragraph)
    return merged


# --- About --------------------------------------------------------------------


def _take_about(paragraphs: list[str], release: ParsedRelease) -> list[str]:
    """Move the closing "About …" boilerplate out of the body."""
    for index, paragraph in enumerate(paragraphs):
        if index == 0 or not ABOUT_RE.match(paragraph):
            continue
        first_word = paragraph.split()[1] if len(paragraph.split()) > 1 else ""
        if first_word[:1].isdigit():
            continue
        heading, colon, _rest = paragraph.partition(":")
        words = paragraph.split()
        is_heading = len(words) <= 12 and not paragraph.endswith((".", "!", "?"))
        inline = colon and len(heading.split()) <= 12
        if not (is_heading or inline):
            continue
        about = [p for p in paragraphs[index + 1 :] if p != "***"]
        if inline and not is_heading:
            about.insert(0, paragraph)
        release.about = "\n\n".join([paragraph, *about] if is_heading else about)
        return paragraphs[:index]
    return paragraphs


# --- Names and attributions ----------------------------------------------------

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


# A list item's mark: "-", "*" and "•" bullets (Markdown's being "•" by now),
# or numbered, "1.", "2)"; QUOTE_BULLET_RE is an item that opens with a
# quotation: "• “…,” said Name."
_LIST_MARK = r"^(?:[*\u2022\u25aa\u2013-]|\d{1,2}[.)])\s+"
QUOTE_BULLET_RE = re.compile(_LIST_MARK + r"(?=[“„«\"])")
_LIST_ITEM_RE = re.compile(_LIST_MARK)


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


# --- Quotes -------------------------------------------------------------------


@dataclass
class _Segment:
    quoted: bool
    text: str
    closed: bool = True


def _is_open(text: str, index: int) -> bool:
    char = text[index]
    if char in OPEN_MARKS:
        return True
    if char in CLOSE_MARKS:
        return False
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—\u2013-\n") and not after.isspace()


def _segments(text: str) -> list[_Segment]:
    """Split text into quoted and unquoted runs.

    An unclosed quotation continues across a paragraph break ("\\n\\n") when the
    next paragraph reopens it, as multi-paragraph quotes are written.
    """
    segments: list[_Segment] = []
    buffer = ""
    inside = False
    index = 0
    while index < len(text):
        char = text[index]
        if char in ALL_MARKS:
            if not inside and _is_open(text, index):
                if buffer:
                    segments.append(_Segment(False, buffer))
                buffer, inside = "", True
                index += 1
                continue
            if inside and char not in OPEN_MARKS:
                segments.append(_Segment(True, buffer))
                buffer, inside = "", False
                index += 1
                continue
        if inside and text.startswith("\n\n", index):
            following = text[index + 2 : index + 3]
            if following and following in OPEN_MARKS + '"':
                buffer += "\n\n"
                index += 3
                continue
        buffer += char
        index += 1
    if buffer:
        segments.append(_Segment(inside, buffer, closed=not inside))
    return segments


# A quoted phrase inside a sentence: a title or a scare quote, between a word
# and a lowercase word ("who is sponsoring the “Language Access Act” in the
# General Assembly"), not a quotation of its own.
_EMBEDDED_WORDS = 8


def _merge_embedded(segments: list[_Segment]) -> list[_Segment]:
    """Fold quoted phrases inside a sentence into the text around them."""
    merged: list[_Segment] = []
    position = 0
    while position < len(segments):
        segment = segments[position]
        following = segments[position + 1] if position + 1 < len(segments) else None
        if (
            segment.quoted
            and segment.closed
            and merged
            and not merged[-1].quoted
            and following is not None
            and not following.quoted
            and len(segment.text.split()) <= _EMBEDDED_WORDS
            and re.search(r"[\w)]\s$", merged[-1].text)
            and re.match(r"\s+[a-z]", following.text)
        ):
            merged[-1] = _Segment(
                False, f"{merged[-1].text}“{segment.text}”{following.text}"
            )
            position += 2
            continue
        merged.append(segment)
        position += 1
    return merged


def _clean_quote(parts: list[str]) -> str:
    """Join the pieces of a quotation split by its attribution."""
    text = ""
    for part in parts:
        part = part.strip()
        paragraphs = [" ".join(p.split()) for p in part.split("\n\n") if p.strip()]
        part = "\n\n".join(paragraphs)
        if not part:
            continue
        if not text:
            text = part
        elif part[:1].islower():
            text = text + " " + part
        else:
            text = re.sub(r",$", ".", text) + " " + part
    return re.sub(r"[,;]$", ".", text)


def _same_speaker(source: ParsedQuote) -> ParsedQuote:
    """A new, empty quote attributed like ``source``."""
    return ParsedQuote(
        text="",
        speaker=source.speaker,
        title=source.title,
        organization=source.organization,
        # The city is what an attribution says ("… in Nogales"); a second
        # reference ("Restrepo said") does not say it again.
    )


class _QuoteReader:
    """Walks the body paragraphs and turns attributed quotations into quotes."""

    def __init__(
        self,
        paragraphs: list[str],
        matcher: OrganizationMatcher,
        warnings: list[str],
        *,
        aliases: dict[str, tuple[str, OrganizationMatch]] | None = None,
        issuer: str = "",
        header_paragraphs: int = 0,
    ) -> None:
        self.paragraphs = paragraphs
        # How many paragraphs are header lines left before the dateline
        # paragraph: they can never be a statement header.
        self.header_paragraphs = header_paragraphs
        # The headline and About text: where the release names its issuer.
        self.issuer = issuer
        # The paragraph being read.
        self.index = 0
        self.matcher = matcher
        self.warnings = warnings
        # Short forms the release defines: "(the Coalition)".
        self.aliases = aliases or {}
        self.items: list[BodyItem] = []
        # The quotes of the paragraph just read, when it ended with a quote:
        # whom "she said" in the next paragraph can refer to.
        self.recent: list[ParsedQuote] = []
        # "m" or "f" when ``recent`` is the subject of a narrative paragraph
        # whose pronouns are all of one gender.
        self.recent_gender = ""
        # Everyone named so far as a speaker: whom "Raman-Okafor added" means.
        self.people: list[ParsedQuote] = []
        # People the narrative introduced by full name without quoting them
        # ("Marisol Funes, who came to Beaumont in 1998, cleans offices …"):
        # whom "Funes said" means when no speaker has that last name.
        self.introduced: list[ParsedQuote] = []

    def read(self) -> list[BodyItem]:
        index = 0
        while index < len(self.paragraphs):
            count = len(self.items)
            self._note_introduced(self.paragraphs[index])
            index = self._read_one(index)
            added = self.items[count:]
            self.recent_gender = ""
            if added and added[-1].quote is not None:
                self.recent = [item.quote for item in added if item.quote is not None]
            elif added:
                reported = (
                    self._last_reported_speaker(added[-1].text)
                    if added[-1].kind == "paragraph" and added[-1].text
                    else None
                )
                subject = (
                    self._narrative_subject(added[-1].text)
                    if reported is None
                    and added[-1].kind == "paragraph"
                    and added[-1].text
                    else None
                )
                if reported is not None:
                    self.recent = [reported]
                    self.people.append(reported)
                elif subject is not None:
                    self.recent, self.recent_gender = [subject[0]], subject[1]
                elif not (
                    added[-1].kind == "paragraph"
                    and len(self.recent) == 1
                    and _pronoun_reported_speech(added[-1].text)
                ):
                    # "She said many of the people …" after a quote by one
                    # speaker reports that speaker: "she said" can still
                    # refer to them in the next paragraph.
                    self.recent = []
        return self.items

    def _note_introduced(self, paragraph: str) -> None:
        """Remember the people the narrative of ``paragraph`` (before any
        quotation mark) introduces by full name at the start of a sentence:
        "Marisol Funes, who came to Beaumont from Honduras in 1998, cleans
        offices at night." / "Gurdeep Sandhu, a farmworker from Punjab, has
        had his hearing postponed." / "Yohannes Bekele was held at Northridge
        for 14 months." See ``_introduced_person``."""
        narrative = re.split(r"[“„«”»\"]", paragraph, maxsplit=1)[0]
        for sentence in _sentences(" ".join(narrative.split())):
            person = _introduced_person(sentence, self.matcher)
            if person is not None:
                self.introduced.append(person)
        # A relation anywhere outside quotation marks: "Among those
        # transferred was the husband of Roksana Begum." / "“…,” Begum said."
        for segment in _segments(paragraph):
            if segment.quoted:
                continue
            text = " ".join(segment.text.split())
            for pattern in (RELATION_OF_RE, RELATION_POSSESSIVE_RE):
                for match in pattern.finditer(text):
                    # The relation's own name in apposition, "the husband of
                    # Roksana Begum, Ali Begum,", introduces that person too.
                    apposition = RELATION_APPOSITION_RE.match(text, match.end())
                    for run in (
                        match.group("name"),
                        apposition.group("name") if apposition else "",
                    ):
                        person = self._relation_person(run) if run else None
                        if person is not None:
                            self.introduced.append(person)
        # An office before a full name anywhere outside quotation marks, also
        # inside another speaker's attribution: "said Sen. Garrett Pikeman
        # (R-Mont.), who introduced the bill with Sen. Alma Prescott-Ybarra
        # (D-Nev.)." / "“…,” said Prescott-Ybarra." (title "Sen. (D-Nev.)").
        for segment in _segments(paragraph):
            if segment.quoted:
                continue
            for match in OFFICE_NAME_RE.finditer(" ".join(segment.text.split())):
                person = _parse_person(match.group(0), self.matcher)
                if person is not None and person.title and not person.organization:
                    self.introduced.append(person)

    def _relation_person(self, run: str) -> ParsedQuote | None:
        """The person a relation names ("the husband of Roksana Begum",
        "María Teresa Xol's husband"): a full name of two name words or more,
        with no office or title before it, that is not an organization
        ("the daughter of the Prairie Fund's founder" names nobody)."""
        if run.split()[0].lower() in _SENTENCE_OPENERS | NOT_NAME_WORDS | {"the"}:
            return None
        name_title = _split_name_and_pretitle(run)
        if name_title is None or name_title[1] or self.matcher.match(run) is not None:
            return None
        honorifics = {h.rstrip(".") for h in HONORIFICS}
        given = [
            w for w in name_title[0].split() if w.lower().rstrip(".") not in honorifics
        ]
        if len(given) < 2 or not _person_name(name_title[0]):
            return None
        return ParsedQuote(text="", speaker=name_title[0])

    def _narrative_subject(self, paragraph: str) -> tuple[ParsedQuote, str] | None:
        """Whom "he said" in the next paragraph refers to after a paragraph
        of narrative about one person: its first sentence has that person as
        its subject, introduced by full name ("Héctor Barrios, who has lived
        in Gainesville since 2003, was stopped …", "Abdul Wahid Stanekzai
        … now works as a pharmacy technician.") or by the surname of the one
        person named before ("Xitumul, who grew up speaking K'iche', …",
        "Calloway, a retired Army sergeant major, spent 26 years in uniform."
        after her quote), and its later sentences name nobody. Someone new
        needs a pronoun in the paragraph ("… released him on bond"). Not when the
        paragraph has quotation marks, nor when its pronouns are of both
        genders ("Ana Ruiz's husband was arrested. She learned where he …":
        two people). Returns the person and the paragraph's gender ("m",
        "f" or ""): "she said" after a paragraph only about "he" is not that
        person (see ``_pronoun_speaker``)."""
        if not _scare_quotes_only(paragraph):
            return None
        sentences = _sentences(paragraph)
        # A later sentence whose subject is "she" or "he" goes on about the
        # same person, whatever places it names ("She joined the vigil from
        # the Mexican side of the wall …"); other later sentences name no
        # one (a month, an acronym or a form number names nobody: "Last
        # August she collapsed …", "Her N-648 was rejected in March …").
        if not sentences or not all(
            _names_nobody(s, dates_and_codes=True) or _pronoun_subject(s)
            for s in sentences[1:]
        ):
            return None
        genders = {
            gender
            for gender, pattern in _GENDERED.items()
            if re.search(pattern, paragraph, re.IGNORECASE)
        }
        if len(genders) > 1:
            return None
        first = sentences[0]
        if _reported_who(first):
            # "Ybarra notes that many families stay. The vote is in May.":
            # reported speech, then narrative (see ``_last_reported_speaker``).
            return None
        person = _introduced_person(first, self.matcher)
        if person is not None and not genders and not _AGE_INTRODUCTION_RE.match(first):
            # Someone new, with no pronoun to tell whether "she said" is them;
            # an age introduces someone the release goes on to quote
            # ("Tomás Villalobos, 58, a milker at a dairy outside Tulare, …").
            return None
        if person is None:
            surname = re.match(
                r"^(?P<surname>[" + _CAPITAL + r"][\w'\u2019\-]+)(?:,\s|\s+[a-z])",
                first,
            )
            if surname is None or surname.group("surname").lower() in (
                NOT_FIRST_NAME_WORDS | NOT_NAME_WORDS
            ):
                return None
            person = self._surname_speaker(surname.group("surname"), [], None)
        if person is None:
            return None
        return person, next(iter(genders), "")

    def _last_reported_speaker(self, paragraph: str) -> ParsedQuote | None:
        """Whom "he said" in the next paragraph can refer to after a paragraph
        of narrative: the speaker of its last sentence of reported speech
        ("Kowalczyk said the hotline received 600 calls."), when every
        sentence after it names nobody ("As one caller put it, “I just need
        …”": an unnamed person, whose quotation stays text). A later sentence
        with a capitalized word other than its first (outside quotation
        marks) may name someone else: then nobody."""
        sentences = _sentences(paragraph)
        for position in range(len(sentences) - 1, -1, -1):
            reported = self._reported_speaker(sentences[position])
            if reported is not None:
                return reported
            if not _names_nobody(sentences[position]):
                return None
        return None

    def _reported_speaker(self, sentence: str) -> ParsedQuote | None:
        """Whom a sentence of reported speech names ("Ana Ruiz said the …",
        "Ruiz said the …"): a surname is the one speaker named so far with
        that last name."""
        who = _reported_who(sentence)
        if not who:
            return None
        opening = re.match(
            r"^(?:[A-Z][a-z]+ing\b|At|In|On|After)[^,]{0,40},\s+(?=[A-Z])", who
        )
        if opening is not None:
            # "Closing the vigil, Ocampo-Thiessen asked participants to …"
            who = who[opening.end() :]
        surname = re.fullmatch(_SURNAME, who)
        if surname is not None:
            if surname.group("surname").lower() in NOT_NAME_WORDS:
                return None
            return self._surname_speaker(surname.group("surname"), [], None)
        return self._second_reference(_parse_person(who, self.matcher), [], None)

    def _read_one(self, index: int) -> int:
        """Read the paragraph at ``index`` (and any it spans); the next index."""
        paragraph = self.paragraphs[index]
        self.index = index
        if paragraph == "***":
            self.items.append(BodyItem("section_break"))
            return index + 1
        header = (
            _statement_header(paragraph, self.matcher)
            if index >= self.header_paragraphs
            else None
        )
        if header is not None and index + 1 < len(self.paragraphs):
            consumed = self._statement(header, index + 1)
            if consumed:
                return index + 1 + consumed
        return self._paragraph(index)

    def _group(self, start: int) -> int:
        """How many paragraphs a quotation opened in ``start`` spans."""
        count = 1
        while start + count < len(self.paragraphs) and count < MAX_QUOTE_PARAGRAPHS:
            joined = "\n\n".join(self.paragraphs[start : start + count])
            segments = _segments(joined)
            if not segments or segments[-1].closed or not segments[-1].quoted:
                break
            following = self.paragraphs[start + count]
            if following[:1] not in OPEN_MARKS + '"':
                break
            count += 1
        return count

    def _statement(self, header: ParsedQuote, start: int) -> int:
        """Quote paragraphs after a statement header; returns how many."""
        texts: list[str] = []
        index = start
        first = self.paragraphs[start]
        if first[:1] in OPEN_MARKS + '"':
            while (
                index < len(self.paragraphs)
                and self.paragraphs[index][:1] in OPEN_MARKS + '"'
            ):
                count = self._group(index)
                segments = _segments(
                    "\n\n".join(self.paragraphs[index : index + count])
                )
                unquoted = "".join(s.text for s in segments if not s.quoted).strip()
                if unquoted.strip(" .,") or not segments[0].quoted:
                    break
                texts.append(_clean_quote([s.text for s in segments if s.quoted]))
                index += count
        else:
            while index < len(self.paragraphs):
                paragraph = self.paragraphs[index]
                if (
                    paragraph == "***"
                    # "FRESNO, Calif. -- Several hundred farmworkers …": a
                    # dateline opens a release's narrative, never a statement.
                    or _match_dateline(paragraph) is not None
                    or _statement_header(paragraph, self.matcher) is not None
                    or paragraph[:1] in OPEN_MARKS + '"'
                    or CONTACT_RE.match(paragraph)
                    or self._introduces_statement(index)
                    or (texts and self._narrative_before_quotes(index))
                    or (texts and self._reports_known_speaker(paragraph))
                    or (texts and _ends_statement(paragraph, texts[-1]))
                ):
                    break
                texts.append(" ".join(paragraph.split()))
                index += 1
        if not texts:
            return 0
        header.text = "\n\n".join(texts)
        self._add_quote(header)
        return index - start

    def _narrative_before_quotes(self, index: int) -> bool:
        """ "Several workers described symptoms of heat illness on the job."
        right before a paragraph that opens with a quotation: the release's
        narrative again (no first person, modal or present tense), leading to
        other quotes, not the statement going on."""
        return (
            index + 1 < len(self.paragraphs)
            and self.paragraphs[index + 1][:1] in OPEN_MARKS + '"'
            and _narrative_voice(self.paragraphs[index])
        )

    def _reports_known_speaker(self, paragraph: str) -> bool:
        """ "Marbury-Oyelaran said the Network will hold a day of accompaniment
        on January 15." in an unquoted statement: reported speech by a speaker
        already named in the release (by surname or full name), with no
        quotation marks, is the release's narrative again and ends the
        statement; a "she said" after it refers to that speaker. Someone not
        named before ("Pope Francis said we must …") may be the speaker
        citing others, and stays in the statement; but a new person named
        in full with an office or a title ("Aurora City Council Member
        Deshawn Pruitt-Molina said he asked the operator for a tour …",
        "Ana Ruiz, director of X, said …") is introduced the way the
        release's narrative introduces a speaker, and ends it too."""
        if any(mark in paragraph for mark in ALL_MARKS):
            return False
        sentence = _sentences(paragraph)[0]
        reported = self._reported_speaker(sentence)
        if reported is not None and any(
            person.speaker == reported.speaker for person in self.people
        ):
            return True
        who = _reported_who(sentence)
        person = _parse_person(who, self.matcher) if who else None
        if person is None or not (person.title or person.organization):
            return False
        honorifics = {h.rstrip(".") for h in HONORIFICS}
        given = [
            word
            for word in person.speaker.split()
            if word.lower().rstrip(".") not in honorifics
        ]
        return len(given) >= 2

    def _introduces_statement(self, index: int) -> bool:
        """ "Other leaders also responded:" right before the next header is
        narrative introducing that statement, not the end of this one."""
        paragraph = self.paragraphs[index]
        return (
            paragraph.endswith(":")
            and index + 1 < len(self.paragraphs)
            and _statement_header(self.paragraphs[index + 1], self.matcher) is not None
        )

    def _add_quote(self, quote: ParsedQuote) -> None:
        if quote.organization:
            found = self.matcher.match(quote.organization)
            alias = self.aliases.get(normalize(quote.organization))
            if alias is not None and (found is None or not found.exact):
                # "Executive Director of the Coalition" after "National
                # Coalition for Immigrant Families (the Coalition)".
                written, found = alias
                quote.organization_id = found.id
                self.warnings.append(
                    f"“{quote.organization}” (quote by {quote.speaker}) was "
                    f"matched to “{found.name}”, which the release calls "
                    f"“{written}”; check it."
                )
            elif (found is None or not found.exact) and (
                back := self._back_reference(quote.organization)
            ) is not None:
                # "Volunteer Coordinator for the Alliance" after the Garden
                # State Immigrant Rights Alliance.
                quote.organization_id = back.id
                self.warnings.append(
                    f"“{quote.organization}” (quote by {quote.speaker}) was "
                    f"matched to “{back.name}”, the one organization named "
                    f"earlier in the release whose name ends with "
                    f"“{quote.organization}”; check it."
                )
            elif found is not None:
                quote.organization_id = found.id
                if found.how == "chapter":
                    self.warnings.append(
                        f"“{quote.organization}” (quote by {quote.speaker}) was "
                        f"matched to its parent organization “{found.name}”."
                    )
                elif not found.exact:
                    how = CLOSE_MATCH_REASONS.get(found.rule, "a close spelling")
                    self.warnings.append(
                        f"“{quote.organization}” (quote by {quote.speaker}) was "
                        f"matched to “{found.name}” by {how}; check it."
                    )
        self.items.append(BodyItem("quote", quote.text, quote))
        self.people.append(quote)

    def _back_reference(self, organization: str) -> OrganizationEntry | None:
        """ "Alliance" (from "with the Alliance"): a generic back-reference by
        the kind of organization alone, to the one organization named earlier
        in the release (or as its issuer in the headline or About text) whose
        name ends with that word; ``None`` when none or several are, or when
        the one named is not in the registry."""
        kind = normalize(organization)
        if kind not in BACK_REFERENCE_KINDS:
            return None
        earlier = "\n\n".join([self.issuer, *self.paragraphs[: self.index]])
        named = _names_ending_with(earlier, kind, self.matcher)
        if len(named) != 1:
            return None
        (only,) = named
        return self.matcher.get(only) if isinstance(only, int) else None

    def _paragraph(self, index: int) -> int:
        count = self._group(index)
        text = "\n\n".join(self.paragraphs[index : index + count])
        written = text
        # "- “…,” said Dr. Ana Ruiz, co-founder of X.": a quote as an item of
        # a bulleted list is read without its bullet.
        bullet = QUOTE_BULLET_RE.match(text)
        if bullet is not None:
            text = text[bullet.end() :]
        segments = _merge_embedded(_segments(text))
        quoted = [s for s in segments if s.quoted]
        if not quoted:
            self.items.append(BodyItem("paragraph", " ".join(text.split())))
            return index + count
        if any(not s.closed for s in segments):
            self.warnings.append(
                f"A quotation opened in paragraph {index + 1} is never closed; "
                "kept as text."
            )
            self._plain(written)
            return index + count

        found = self._attribute(segments)
        if found is None:
            previous = self.items[-1].quote if self.items else None
            whole = not "".join(s.text for s in segments if not s.quoted).strip(" .,")
            if previous is not None and whole and segments[0].quoted:
                # A paragraph wholly in quotation marks right after a quote
                # continues it (AP's convention for a speaker's next paragraph).
                previous.text += "\n\n" + _clean_quote([s.text for s in quoted])
                self.items[-1].text = previous.text
            else:
                if whole and sum(len(s.text.split()) for s in quoted) >= 6:
                    self.warnings.append(
                        f"Paragraph {index + 1} is a quotation with no attribution; "
                        "kept as text."
                    )
                self._plain(written)
            return index + count
        quotes, leading, trailing, narrative_after = found
        if leading:
            self.items.append(BodyItem("paragraph", leading))
        for position, quote in enumerate(quotes):
            self._add_quote(quote)
            if position in narrative_after:
                self.items.append(BodyItem("paragraph", narrative_after[position]))
        if trailing:
            self.items.append(BodyItem("paragraph", trailing))
        return index + count

    def _plain(self, text: str) -> None:
        for paragraph in text.split("\n\n"):
            self.items.append(BodyItem("paragraph", " ".join(paragraph.split())))

    def _attribute(
        self, segments: list[_Segment]
    ) -> tuple[list[ParsedQuote], str, str, dict[int, str]] | None:
        """Attributed quotes in a paragraph, or ``None`` when it holds none.

        Every quotation must be attributed, and the unquoted text must be the
        attributions, narrative sentences before the first quotation or after
        the last one (kept as paragraphs), and nothing else: otherwise the
        paragraph is narrative quoting someone, and stays text.
        """
        layout = self._layout(segments)
        if layout is None:
            return None
        leading, trailing, after_texts, before_texts, reported, between = layout
        quotes: list[ParsedQuote] = []
        narrative_after: dict[int, str] = {}
        current: ParsedQuote | None = None
        parts: list[str] = []
        for position, segment in enumerate(segments):
            if not segment.quoted:
                if position in between and current is not None:
                    # Narrative between two quotes: the first one ends here.
                    current.text = _clean_quote(parts)
                    quotes.append(current)
                    narrative_after[len(quotes) - 1] = between[position]
                    current, parts = None, []
                continue
            attribution = None
            follow = ""
            after = after_texts.get(position)
            before = before_texts.get(position)
            if after:
                attribution = self._second_reference(
                    _attribution_after(after, self.matcher), quotes, current
                )
                if attribution is None and _follows_on(after):
                    follow = after
            if attribution is None and before:
                attribution = self._second_reference(
                    _attribution_before(before, self.matcher), quotes, current
                )
                if attribution is None and position == 1:
                    attribution = _lead_in(before, self.matcher)
                if attribution is None and _follows_on(before, before=True):
                    follow = follow or before
                surname = _surname_reference(before, before=True)
                if attribution is None and surname:
                    attribution = self._surname_speaker(
                        surname, quotes, current, reported
                    )
                if attribution is not None and current is not None:
                    current.text = _clean_quote(parts)
                    quotes.append(current)
                    current, parts = None, []
            if attribution is None and after and not follow:
                attribution = self._surname_with_title(after, quotes, current)
            if attribution is None and follow:
                surname = _surname_reference(follow) or _surname_reference(
                    follow, before=True
                )
                if surname:
                    attribution = self._surname_speaker(
                        surname, quotes, current, reported
                    )
                else:
                    attribution = self._pronoun_speaker(
                        current, quotes, reported, follow
                    )
                if attribution is None:
                    return None
            if (
                attribution is None
                and current is None
                and reported is not None
                and position == 1
                and segment.text.strip()[:1].isupper()
            ):
                # "Ruvalcaba said one plaintiff missed his deadline. “He had
                # the form filled out. …”": whole sentences in quotation
                # marks right after someone's reported speech are theirs
                # (flagged: the quotation names nobody itself).
                attribution = _same_speaker(reported)
                self.warnings.append(
                    f"Paragraph {self.index + 1}: a quotation with no "
                    "attribution of its own, after reported speech by "
                    f"{attribution.speaker}, was given to them; check it."
                )
            if attribution is None and current is None:
                return None
            if len(segment.text.split()) < 3 and current is None:
                return None
            if (
                attribution is not None
                and current is not None
                and (attribution.speaker != current.speaker)
            ):
                current.text = _clean_quote(parts)
                quotes.append(current)
                current, parts = None, []
            if current is None:
                current = attribution
            parts.append(segment.text)
        if current is None:
            return None
        current.text = _clean_quote(parts)
        quotes.append(current)
        return quotes, leading, trailing, narrative_after

    def _second_reference(
        self,
        attribution: ParsedQuote | None,
        quotes: list[ParsedQuote],
        current: ParsedQuote | None,
    ) -> ParsedQuote | None:
        """ "…," Tzoc Mendoza said.: a bare two-part surname reads like a full
        name; when it ends the name of exactly one speaker named before (with
        more words), it is that speaker's second reference."""
        if (
            attribution is not None
            and not attribution.organization
            and not attribution.city
            and re.fullmatch(
                r"(?:(?:[Ss]tate|U\.S\.)\s+)?" + _OFFICE_SECOND + r"\.?",
                attribution.title,
            )
        ):
            # "said Sen. Dela Peña" after "state Sen. Marisol Dela Peña
            # (D-Seattle)": an office and a two-part surname.
            found = self._surname_speaker(attribution.speaker, quotes, current)
            office = attribution.title.split()[-1].lower()
            if (
                found is not None
                and found.speaker != attribution.speaker
                and office in found.title.lower().split()
            ):
                return found
        if (
            attribution is None
            or attribution.title
            or attribution.organization
            or attribution.city
        ):
            return attribution
        words = attribution.speaker.split()
        honorifics = {h.rstrip(".") for h in HONORIFICS} | SECOND_REFERENCE_OFFICES
        given = [w for w in words if w.lower().rstrip(".") not in honorifics]
        if len(given) == 1 and len(words) > 1:
            # "Rev. Dr. Haugen said": honorifics and a surname only, the one
            # speaker named before with that last name.
            return self._surname_speaker(given[0], quotes, current) or attribution
        if len(words) > 2 and words[0].lower().rstrip(".") in honorifics:
            # "Ms. Montaño Pruitt said": an honorific and a two-part surname;
            # "Sister Margaret Ann said": a religious name, the honorific and
            # given names of one speaker named before ("Sister Margaret Ann
            # Kiley").
            return (
                self._surname_speaker(" ".join(given), quotes, current)
                or self._given_name_speaker(words, quotes, current)
                or attribution
            )
        if len(words) < 2 or words[0].lower().rstrip(".") in honorifics:
            return attribution
        # "“…,” Naw Eh Dah Paw said.": the full name again (Karen and Burmese
        # names have no surname to shorten to) is the speaker named before.
        same = {
            p.speaker: p
            for p in [*self.people, *quotes, current]
            if p is not None and p.speaker == attribution.speaker
        }
        if len(same) == 1:
            return _same_speaker(next(iter(same.values())))
        return self._surname_speaker(attribution.speaker, quotes, current) or (
            attribution
        )

    def _surname_with_title(
        self, text: str, quotes: list[ParsedQuote], current: ParsedQuote | None
    ) -> ParsedQuote | None:
        """ "says Agbayani, president of Samahan …" after "Ferdinand Agbayani
        Jr., whose grandfather …, says …": the one person named before with
        that last name, with the title and organization given here."""
        match = SURNAME_TITLE_RE.match(" ".join(_sentences(text)[:1]))
        if match is None or match.group("surname").lower() in NOT_NAME_WORDS:
            return None
        known = self._surname_speaker(match.group("surname"), quotes, current)
        if known is None:
            return None
        person = _parse_person(known.speaker + match.group("rest"), self.matcher)
        if person is None or person.speaker != known.speaker:
            return None
        if not (person.title or person.organization):
            return None
        return person

    def _given_name_speaker(
        self,
        words: list[str],
        quotes: list[ParsedQuote],
        current: ParsedQuote | None,
    ) -> ParsedQuote | None:
        """The one speaker named before whose full name starts with ``words``
        and goes on: "Sister Margaret Ann" for "Sister Margaret Ann Kiley",
        "Brother José Luis" for "Brother José Luis Ortega"."""
        wanted = [w.lower() for w in words]
        found: dict[str, ParsedQuote] = {}
        for person in [*self.people, *quotes, current]:
            if person is None:
                continue
            tokens = [t.lower() for t in person.speaker.split()]
            if len(tokens) > len(wanted) and tokens[: len(wanted)] == wanted:
                found[person.speaker] = person
        if len(found) != 1:
            return None
        (source,) = found.values()
        return _same_speaker(source)

    def _surname_speaker(
        self,
        surname: str,
        quotes: list[ParsedQuote],
        current: ParsedQuote | None,
        reported: ParsedQuote | None = None,
    ) -> ParsedQuote | None:
        """The one speaker named so far whose last name is ``surname`` (one
        word, or more for a two-part surname: "Tzoc Mendoza"), also the one
        whose reported speech leads the paragraph ("Abdirahman Yusuf, policy
        counsel of X, said the ruling would … “…,” Yusuf said."). When no
        speaker has that last name, the one person the narrative introduced
        by full name with it ("Yohannes Bekele was held at Northridge …" /
        "“…,” Bekele said.")."""
        found = self._named_with(surname, [*self.people, *quotes, current, reported])
        if not found:
            found = self._named_with(surname, self.introduced)
        if not found:
            # "“…,” Marcelina said." after "Marcelina, who asked that her last
            # name not be used, …": a person known by a first name only.
            found = {p.speaker: p for p in self.introduced if p.speaker == surname}
        if len(found) != 1:
            return None
        (source,) = found.values()
        return _same_speaker(source)

    @staticmethod
    def _named_with(
        surname: str, candidates: list[ParsedQuote | None]
    ) -> dict[str, ParsedQuote]:
        """The people among ``candidates`` whose last name is ``surname``, by
        name (the latest mention of each)."""
        found: dict[str, ParsedQuote] = {}
        for person in candidates:
            if person is None:
                continue
            tokens = [
                t
                for t in person.speaker.replace(",", " ").split()
                if t.lower() not in NAME_SUFFIXES | POST_NOMINALS
            ]
            wanted = surname.lower().split()
            if (
                len(tokens) > len(wanted)
                and [t.lower() for t in tokens[-len(wanted) :]] == wanted
            ):
                found[person.speaker] = person
        return found

    def _pronoun_speaker(
        self,
        current: ParsedQuote | None,
        quotes: list[ParsedQuote],
        reported: ParsedQuote | None = None,
        pronoun: str = "",
    ) -> ParsedQuote | None:
        """Whom "she said" refers to: the named quote right before it.

        In the same paragraph, the quote just before, or the speaker whose
        reported speech comes right before the first quotation; otherwise the
        previous paragraph's, when it ended with quotes by one speaker only.
        """
        if current is not None:
            source = current
        elif quotes:
            source = quotes[-1]
        elif reported is not None:
            source = reported
        elif self.recent and len({q.speaker for q in self.recent}) == 1:
            source = self.recent[-1]
            gender = self.recent_gender
            said = re.search(r"\b(she|he)\b", pronoun, re.IGNORECASE)
            if gender and said and _GENDER_OF[said.group(1).lower()] != gender:
                # "Juan Ruiz was deported in 2019." / "“…,” she said.": not him.
                return None
        else:
            return None
        return _same_speaker(source)

    def _named_after(self, segments: list[_Segment], position: int) -> bool:
        """Is the quotation at ``position`` a whole sentence of at least three
        words followed by an attribution that names its speaker ("…," said
        Ana Ruiz. / "…," Ruiz said. for a speaker already named), not "she
        said"?"""
        if position + 1 >= len(segments) or not segments[position].quoted:
            return False
        quoted = segments[position].text.strip()
        if len(quoted.split()) < 3 or not quoted[:1].isupper():
            return False
        after = " ".join(segments[position + 1].text.split())
        if not after:
            return False
        first = _sentences(after)[0]
        if _attribution_after(first, self.matcher) is not None:
            return True
        surname = _surname_reference(first)
        return bool(surname) and self._surname_speaker(surname, [], None) is not None

    @staticmethod
    def _narrative_after_continuation(
        segments: list[_Segment],
        position: int,
        after_texts: dict[int, str],
        before_texts: dict[int, str],
        text: str,
    ) -> bool:
        """ "“…,” said Ana Ruiz. “…” Ruiz spoke in Spanish.": whole narrative
        sentences after a quotation that continues the speaker attributed
        right before it (a whole sentence, no attribution of its own) end the
        paragraph as narrative. Not after a first quotation, nor after one
        that is not a whole sentence ("“…” is what the sign said.")."""
        quoted = position - 1
        if quoted < 2 or not segments[quoted].quoted:
            return False
        if quoted in before_texts or (quoted - 2) not in after_texts:
            return False
        if not segments[quoted].text.rstrip().endswith((".", "!", "?")):
            return False
        return text[:1].isupper() and text.endswith((".", "!", "?"))

    def _layout(
        self, segments: list[_Segment]
    ) -> (
        tuple[
            str, str, dict[int, str], dict[int, str], ParsedQuote | None, dict[int, str]
        ]
        | None
    ):
        """Sort the unquoted text around quotations into its roles.

        Returns the leading and trailing narrative, for each quotation the
        attribution text after it and before it, and the speaker whose
        reported speech ends the leading narrative, if any; ``None`` when
        some unquoted text is neither; and the narrative between two quotes
        (after the unquoted segment at its position).
        """
        leading = trailing = ""
        reported: ParsedQuote | None = None
        after_texts: dict[int, str] = {}
        before_texts: dict[int, str] = {}
        between: dict[int, str] = {}
        last = len(segments) - 1
        for position, segment in enumerate(segments):
            if segment.quoted:
                continue
            text = " ".join(segment.text.split())
            if not text.strip(" .,;:"):
                continue
            sentences = _sentences(text)
            if position == 0:
                # Narrative, then "Ana Ruiz, director of X, said:".
                last_sentence = sentences[-1]
                if _attribution_before(
                    last_sentence, self.matcher
                ) is not None or _follows_on(last_sentence, before=True):
                    leading = " ".join(sentences[:-1])
                elif _lead_in(last_sentence, self.matcher) is not None:
                    # "Ana Ruiz, director of X, spoke next." stays narrative.
                    leading = " ".join(sentences)
                elif last_sentence.endswith((".", "!", "?")) and (
                    self._reported_speaker(last_sentence) is not None
                ):
                    # "Ruiz said the clinic will … “…,” she said.": reported
                    # speech stays narrative and is whom "she" refers to.
                    leading = " ".join(sentences)
                    reported = self._reported_speaker(last_sentence)
                    continue
                elif self._named_after(segments, position + 1) and (
                    text.endswith((".", "!", "?"))
                ):
                    # "The center is asking the council to … “…,” Ybarra
                    # said.": whole narrative sentences, then a quotation
                    # that starts a sentence and is attributed by name after
                    # it. The narrative stays a paragraph.
                    leading = " ".join(sentences)
                    continue
                else:
                    return None
                before_texts[position + 1] = last_sentence
                continue
            first = sentences[0]
            attributed = (
                _attribution_after(first, self.matcher) is not None
                or bool(_follows_on(first))
                or self._surname_with_title(first, [], None) is not None
            )
            if attributed:
                after_texts[position - 1] = first
                rest = sentences[1:]
            else:
                rest = sentences
            if position == last:
                if not attributed and not self._narrative_after_continuation(
                    segments, position, after_texts, before_texts, text
                ):
                    return None
                trailing = " ".join(rest)
                continue
            # Between two quotations: the next one's introduction, if any.
            if (
                rest
                and attributed
                and self._narrative_between(segments, position, first, rest)
            ):
                # "“…,” said Kadiatou Sangaré, a member of X. Sangaré, who
                # fled Guinea in 2019, was granted asylum in 2023. “…,” she
                # said.": narrative about the speaker stays a paragraph
                # between two quotes.
                between[position] = " ".join(rest)
            elif rest:
                if len(rest) > 1 or (
                    _attribution_before(rest[0], self.matcher) is None
                    and not _follows_on(rest[0], before=True)
                ):
                    return None
                before_texts[position + 1] = rest[0]
            elif not attributed:
                return None
        if any(s.quoted and "\n\n" in s.text for s in segments) and (
            leading or trailing or between
        ):
            return None
        return leading, trailing, after_texts, before_texts, reported, between

    def _narrative_between(
        self,
        segments: list[_Segment],
        position: int,
        attribution: str,
        sentences: list[str],
    ) -> bool:
        """Are ``sentences``, after the attribution of the quotation before
        ``position``, narrative about that speaker before a second quotation
        attributed after it by a pronoun or the speaker's surname ("…
        Sangaré, who fled Guinea in 2019, was granted asylum in 2023. “…,”
        she said.")? Whole sentences, the first opening with the speaker's
        surname or name (a word of the attribution before it) or with a
        pronoun; with "she said", no other
        person's name in them (two capitalized words in a row) and no
        pronoun of the other gender. Anything else (an introduction of the
        next quotation, a quotation with no attribution after it) is left to
        the other forms."""
        if position + 2 >= len(segments) or not segments[position + 1].quoted:
            return False
        after = " ".join(segments[position + 2].text.split())
        follow = _sentences(after)[0] if after else ""
        if not follow or not _follows_on(follow):
            return False
        if not all(s.endswith((".", "!", "?")) for s in sentences):
            return False
        if _attribution_before(sentences[-1], self.matcher) is not None:
            return False
        pronoun = re.search(r"\b(she|he)\b", follow, re.IGNORECASE)
        opening = re.match(
            r"(?P<first>[" + _CAPITAL + r"][\w'\u2019\-]*)", sentences[0]
        )
        if opening is None:
            return False
        first = opening.group("first")
        if first.lower() in {"she", "he"}:
            if pronoun is None or first.lower() != pronoun.group(1).lower():
                return False
        elif first.lower() in NOT_FIRST_NAME_WORDS | NOT_NAME_WORDS or (
            first not in attribution.replace(",", " ").split()
        ):
            return False
        if _surname_reference(follow):
            # "“…,” Sangaré said.": the surname says who; the narrative only
            # has to be about someone.
            return True
        if pronoun is None:
            return False
        other = {"she": "m", "he": "f"}[pronoun.group(1).lower()]
        narrative = " ".join(sentences)
        if re.search(_GENDERED[other], narrative, re.IGNORECASE):
            return False
        # With "she said", the narrative names nobody else: after the
        # opening word, no two capitalized words in a row ("Judge Ana
        # Ruiz", "West African Families United").
        for sentence in sentences:
            words = sentence.split()[1:]
            if any(
                a[:1].isupper() and b[:1].isupper()
                for a, b in itertools.pairwise(words)
            ):
                return False
        return True
