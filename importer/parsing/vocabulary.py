"""The words and patterns the parser reads releases with.

Month, weekday and state tables, the date, contact, dateline-city and
speech-verb patterns, and the word lists that tell a name from a title or an
organization (honorifics, offices, title, role and organization words), with
the few small helpers they are built with.
"""

from __future__ import annotations

import re

from newsroom.apstyle import US_STATES

# A capital letter, for a character class: the names and organizations a
# coalition quotes open with capitals beyond ASCII ("Óscar", "Ñuu Savi",
# "Église", "Đức", "Łucja", "Šárka"). Every pattern that looks for the
# capital opening a word uses "[" + _CAPITAL + "]".
_CAPITAL = "A-ZÀ-ÖØ-ÞĐŁŚŠŽČĆŘŇŤĎŐŰŹŻĞŞ"

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
ABOUT_RE = re.compile(r"^about\s+(?:the\s+)?[" + _CAPITAL + r"]", re.IGNORECASE)

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
    # A reply or a reflection: "“…,” reflected Alderman Okafor."
    "agreed",
    "responded",
    "replied",
    "reflected",
    "recalled",
    "observed",
    "cautioned",
    # "Ana Ruiz, Bishop of …, reported, “…”", "pointed out that “…”".
    "reported",
    "pointed out",
    "argued",
    # "Ana Ruiz responded saying:"
    "responded saying",
    "responded by saying",
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
    r"media|press|delegates|convention|members|supporters|attendees|"
    r"participants|parishioners|worshipers|worshippers|protesters|"
    r"demonstrators|volunteers|parents|families|workers|colleagues)"
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
# How the words were said: "with a laugh", "with a tired smile".
_MANNER_WITH = r"with\s+a\s+(?:[a-z]+\s+)?(?:laugh|smile|chuckle|sigh|shrug|grin|nod)\b"
_TAIL = (
    r"(?P<tail>(?:\s+(?:in\s+a\s+(?:written\s+)?statement|today|yesterday|"
    r"on\s+\w+day|"
    # "said at the rally", "said at Tuesday's hearing", "said during a vigil"
    r"(?:at|during)\s+(?:the|a|an|" + _WEEKDAY_NAME + r"['\u2019]s)\s+\w+(?:\s+\w+)?"
    # "said … during a call from the facility": where the event was.
    r"(?:\s+(?:from|at|in|outside|of)\s+(?:the|a|an|his|her|their)\s+\w+(?:\s+\w+)?)?|"
    r"in\s+(?:an?\s+)?\w+(?:\s+\w+)?|"
    # "said Tuesday", "said Tuesday night", "said last week"
    r"(?:last\s+)?" + _WEEKDAY_NAME + r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:last|this)\s+(?:week|month)|"
    # "said before the vote", "said after Tuesday's hearing"
    r"(?:before|after|following|ahead\s+of|outside|inside)\s+"
    r"(?:the|a|an|his|her|their|its|" + _WEEKDAY_NAME + r"['\u2019]s)\s+"
    r"\w+(?:\s+\w+)?|"
    # "Sandhu said through an interpreter." / "… via a translator"
    r"(?:through|via|with\s+the\s+help\s+of)\s+"
    + _INTERPRETER
    # "said through his grandson, who interpreted."
    + r"(?:,\s+who\s+(?:interpreted|translated))?)"
    # "said Xol, speaking in Spanish." / ", speaking through an interpreter",
    # "Dahal says, speaking through her granddaughter."
    r"|,?\s+speaking\s+(?:in\s+["
    + _CAPITAL
    + r"]\w+|through\s+"
    + _INTERPRETER
    + r")"
    # "said with a laugh", "she said with a tired smile"
    + r"|\s+"
    + _MANNER_WITH
    # "said in Creole, then in English."
    + r"|,?\s+(?:then|and(?:\s+then)?)\s+in\s+["
    + _CAPITAL
    + r"]\w+"
    # "she said in Armenian, through a clinic interpreter."
    r"|,\s+(?:through|via)\s+"
    + _INTERPRETER
    # "Quispe-Mamani said, holding a photo of her husband.": what the
    # speaker was doing, never what they said ("adding that …" stays out).
    + r"|,\s+(?:holding|clutching|carrying|wearing|standing|sitting|wiping|"
    r"gesturing|fighting\s+back|choking\s+up|surrounded\s+by|flanked\s+by|referring\s+to|"
    r"pointing\s+(?:to|at))\b[^.!?,;]*(?:,[^.!?,;]*)?"
    r")*)"
)
# The same phrases of manner and time after a name ("said Ana Ruiz,
# speaking in Spanish", "said Ana Ruiz before the vote"): not a title.
# Not "at the …" or "in …", which name a place or an organization.
TRAILING_MANNER_RE = re.compile(
    r"(?:,?\s+speaking\s+(?:in\s+["
    + _CAPITAL
    + r"]\w+|through\s+"
    + _INTERPRETER
    + r")"
    # "…, speaking through a Hmong interpreter at a news conference outside
    # the courthouse": where, after how.
    r"(?:\s+(?:at|during|outside)\s+(?:a|an|the)\s+[^,]*)?"
    r"|,?\s+(?:through|via)\s+"
    + _INTERPRETER
    + r"|\s+in\s+a\s+(?:written\s+)?statement"
    r"|\s+"
    + _MANNER_WITH
    + r"|\s+(?:before|after|following|ahead\s+of)\s+(?:the|"
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
    # "President Garcia stated" after "Domingo Garcia, National President of
    # X": the one person named before with that surname.
    "president",
    "chair",
    "chairman",
    "chairwoman",
}
_OFFICE_SECOND = (
    # Two-word offices: "Council Member Nasrin Talukder", "Assembly Member …".
    r"(?:(?:Prof|Gov|Sen|Rep|Del|Ald)\.|(?:Council|Assembly)\s+Member|"
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
    # "The Honorable Ana Ruiz, Immigration Judge (ret.)": AP's article goes.
    "honorable",
    # Spanish: Hermana, Hermano, Señora, Señorita, Presbítero.
    "hna.",
    "hno.",
    "sra.",
    "srta.",
    "padre",
    "madre",
    "pbro.",
}
# The same words without their period, as a name's words are compared
# ("Rev" in "Rev. Ana Ortiz" after .rstrip(".")).
HONORIFIC_WORDS = {h.rstrip(".") for h in HONORIFICS}
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
_AGAIN = r"\s+(?:also\s+|then\s+|later\s+|further\s+|again\s+)?"
# "said Quiñónez, who has two sons at Lincoln Elementary.": a relative
# clause after a second reference describes the speaker already named.
_WHO_CLAUSE = r"(?:,\s+(?:who|whose)\s+[^“”\"]+?)?"
SURNAME_AFTER_RES = (
    re.compile(
        r"^[,\s]*" + _SURNAME + _AGAIN + _VERB + _TAIL + _WHO_CLAUSE + r"\s*[.,]?$"
    ),
    re.compile(
        r"^[,\s]*"
        + _VERB
        + r"\s+"
        + _SURNAME
        # "said Brooks, D-Oklahoma City.": AP's party label after the surname.
        + r"(?:,\s+[DRI]-["
        + _CAPITAL
        + r"][\w.'\u2019]*(?:\s+["
        + _CAPITAL
        + r"][\w.'\u2019]*){0,2})?"
        + _TAIL
        + _WHO_CLAUSE
        + r"\s*[.,]?$"
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
    r"^(?P<who>[" + _CAPITAL + r"][^“”\"]*?)\s+(?:also\s+)?" + _INDIRECT_VERB + r"\s+"
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
    # "… stated today, “…”", "… said in a written statement: “…”".
    r"^(?P<who>.+?)[,\s]+(?:(?:also|further|then|later|again)\s+)?"
    + _VERB
    + _TAIL
    + r"\s*[:,]?$",
    re.IGNORECASE,
)

# "the councilmember added." / "said the senator.": an office for someone
# named before (see ``_QuoteReader._office_reference``).
_REFERRED_OFFICE = "|".join(sorted(SECOND_REFERENCE_OFFICES - {"chief", "justice"}))
OFFICE_REFERENCE_RE = re.compile(
    r"^[,\s]*(?:the\s+(?P<office>(?:"
    + _REFERRED_OFFICE
    + r"))\s+(?:also\s+)?"
    + _VERB
    + r"|"
    + _VERB
    + r"\s+the\s+(?P<office2>(?:"
    + _REFERRED_OFFICE
    + r")))"
    + _TAIL
    + r"\s*[.,]?$",
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
    # "Chicago Ald. Ana Ruiz": an alderperson.
    "ald.",
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
    # "María de los Ángeles Rivero", "Jan van der Berg"
    "los",
    "las",
    "der",
    "den",
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
# The kind of organization that opens a Spanish name: "Comité de Familias del
# Golfo", "Centro de Trabajadores Unidos", "Iglesia Metodista El Buen Pastor".
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
    "iglesia",
    "parroquia",
    "sindicato",
}
# French kinds, for Haitian and West African groups: "Église Évangélique de la
# Grâce", "Mouvement des Femmes Haïtiennes".
FRENCH_ORG_KINDS = {
    "église",
    "eglise",
    "paroisse",
    "communauté",
    "communaute",
    "mouvement",
    "collectif",
    "réseau",
    "reseau",
    "fondation",
    "maison",
    "conseil",
    "fédération",
}
# Kinds that open an organization's name in Spanish or French.
ORG_KINDS_OPENING_A_NAME = SPANISH_ORG_KINDS | FRENCH_ORG_KINDS
# Spanish kinds that are English words too ("Casa Blanca", "Red Cross",
# "Union Pacific"): a name is read as Spanish only with a connector after
# them, and they are no kind of organization on their own.
KINDS_ALSO_ENGLISH = {"red", "casa", "union", "unión", "frente"}
# Kinds of organization in a name however it is ordered ("union" is one
# already, as an English word).
ORG_WORDS |= ORG_KINDS_OPENING_A_NAME - KINDS_ALSO_ENGLISH
# Businesses whose owners speak: "owner of Huckins Roofing", "Ruiz Family
# Farms", "Lakeside Dairy".
BUSINESS_WORDS = {
    "roofing",
    "construction",
    "contractors",
    "builders",
    "landscaping",
    "plumbing",
    "farms",
    "dairy",
    "orchards",
    "ranch",
    "nursery",
    "bakery",
    "restaurant",
    "cafe",
    "café",
    "market",
    "grocery",
    "salon",
    "company",
    "enterprises",
}
ORG_WORDS |= BUSINESS_WORDS
# Plurals that head a name: "Harvest Fire Assemblies of the Southwest".
ORG_WORDS |= {
    "assemblies",
    "churches",
    "congregations",
    "parishes",
    "dioceses",
    "synagogues",
    "mosques",
    "temples",
}

# A quotation left open for longer than this is a typo, not a quote; the cap
# also keeps the parser linear on hostile input.
MAX_QUOTE_PARAGRAPHS = 12
OPEN_MARKS = "“„«"
CLOSE_MARKS = "”»"
ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + '"'


# A list item's mark: "-", "*" and "•" bullets (Markdown's being "•" by now),
# or numbered, "1.", "2)"; QUOTE_BULLET_RE is an item that opens with a
# quotation: "• “…,” said Name."
_LIST_MARK = r"^(?:[*\u2022\u25aa\u2013-]|\d{1,2}[.)])\s+"
QUOTE_BULLET_RE = re.compile(_LIST_MARK + r"(?=[“„«\"])")
# An item that opens with who speaks, then a colon and the quotation:
# "• Harold Lindqvist, President, Teachers Federation: “…”".
LEAD_BULLET_RE = re.compile(_LIST_MARK + r"(?=[^“„«\"\n]{5,200}:\s*[“„«\"])")
_LIST_ITEM_RE = re.compile(_LIST_MARK)
