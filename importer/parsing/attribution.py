"""The forms of attribution around a quotation.

Sentence splitting, the attributions before and after a quotation, lead-in
sentences, people the narrative introduces, reported speech, the narrative
voice, sign-on lists and statement headers. Who a person is (a name, title
and organization) is read by ``names``.
"""

from __future__ import annotations

import re

from newsroom.apstyle import US_STATES

from ..matching import OrganizationMatcher
from .data import ParsedQuote
from .names import (
    _ORG_NAME_CONNECTORS,
    _SENTENCE_OPENERS,
    NOT_FIRST_NAME_WORDS,
    PARTY_RE,
    _age_description,
    _classify_part,
    _is_role_noun,
    _looks_like_name,
    _parse_person,
    _split_commas,
    _split_name_and_pretitle,
    _split_title_org,
)
from .text import _segments
from .vocabulary import (
    _CAPITAL,
    _LIST_ITEM_RE,
    _VERB,
    _WEEKDAY_NAME,
    ALL_MARKS,
    CLOSE_MARKS,
    EMAIL_RE,
    HONORIFIC_WORDS,
    HONORIFICS,
    INDIRECT_RE,
    MONTHS,
    NAME_VERB_RE,
    NOT_NAME_WORDS,
    OPEN_MARKS,
    PHONE_RE,
    PRE_TITLE_WORDS,
    PRONOUN_AFTER_RE,
    PRONOUN_BEFORE_RE,
    PRONOUN_INDIRECT_RE,
    SURNAME_AFTER_RES,
    SURNAME_BEFORE_RE,
    TRAILING_MANNER_RE,
    VERB_END_RE,
    VERB_START_RE,
    _state_key,
)

_ABBREVIATIONS = {
    "rev",
    "dr",
    "sen",
    "rep",
    "ald",
    "rt",
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
    # "… in Spanish. (“Translation.”)": a quotation in parentheses starts
    # a sentence of its own.
    for match in re.finditer(
        r"[.!?][”]?(?=\s+(?:[" + _CAPITAL + r"“\"]|\([“\"]))", text
    ):
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
    if len(sentences) == 1 and not any(mark in text for mark in ALL_MARKS):
        # "“…,” Elsa Alvarado, Policy Director, Harbor Tenants Union": no
        # verb, but the rest of the paragraph is an attribution line, the
        # name then a comma and a title or an organization.
        person = _parse_person(sentence, matcher)
        if (
            person is not None
            and (person.title or person.organization)
            and _attribution_shape(sentence, person)
        ):
            return person
    return None


def _attribution_before(text: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """An attribution introducing a quotation: "Name, Title, said:"."""
    text = text.strip()
    sentences = _sentences(text)
    sentence = sentences[-1] if sentences else ""
    if not sentence.endswith((":", ",")) and not re.search(
        r"\s" + _VERB + r"$", sentence, re.I
    ):
        # "Ana Escobar of the Harbor Tenants Union says “…”":
        # a speech verb right before the quotation, without a comma.
        return None
    according = re.match(r"^according\s+to\s+(?P<who>.+?)[,:]$", sentence, re.I)
    if according is not None:
        # "According to Ana Ruiz, director of X, “…”"
        return _parse_person(according.group("who"), matcher)
    inverted = re.match(
        r"^(?:Says|Said|Adds|Added|Asks|Asked)\s+(?P<who>[" + _CAPITAL + r"].+?)[,:]$",
        sentence,
    )
    if inverted is not None:
        # "Says Ana Escobar, member of Harbor Tenants Union, “…”"
        return _parse_person(inverted.group("who"), matcher)
    participle = PARTICIPLE_LEAD_RE.match(sentence)
    if participle is not None:
        # "Ana Escobar responded to the ruling, noting, “…”"
        person = _parse_person(participle.group("who"), matcher)
        if person is not None:
            return person
    match = NAME_VERB_RE.match(sentence)
    if match is None and sentence.endswith(":"):
        # "Jose Palomo, TPS holder and spokesperson with the Harbor Tenants
        # Union: “…”" / "Lena Marsh, owner of a café in Dexter Falls,
        # questioned the governor: “…”": a colon hands the quotation to the
        # person the sentence opens with.
        return _colon_lead_in(sentence, matcher) or _statement_header(sentence, matcher)
    if match is None:
        return None
    who = re.sub(
        r"^(?:as|and|then|later|finally|also)\s+", "", match.group("who"), flags=re.I
    )
    person = _parse_person(who, matcher)
    # "At a news conference on Monday, Ana Ruiz, director of X, said:"
    for tail in _person_tails(_split_commas(who)):
        if person is not None:
            break
        person = _parse_person(tail, matcher)
    return person


def _opens_like_person(part: str) -> bool:
    """Does this comma-separated part open with a person's name ("Ana Ruiz",
    "State Sen. Ana Ruiz")?"""
    return _looks_like_name(part) or _split_name_and_pretitle(part) is not None


def _person_tails(parts: list[str]):
    """After an introductory phrase ("In a statement, Ana Ruiz, director of
    X"): from each later part that opens with a person, the rest joined."""
    for start in range(1, len(parts)):
        if _opens_like_person(parts[start]):
            yield ", ".join(parts[start:])


# "Ana Escobar responded to the ruling, noting," / "…, stating,": a name, what
# they did, then a participle of speech right before the quotation.
PARTICIPLE_LEAD_RE = re.compile(
    r"^(?P<who>["
    + _CAPITAL
    + r"][\w.'\u2019\-]*(?:\s+["
    + _CAPITAL
    + r"][\w.'\u2019\-]*){1,4})"
    r"\s+[a-z][^“”\"]*?,?\s+(?:noting|stating|adding|saying|declaring|explaining)\s*[,:]$"
)


# A predicate, not a title: a past tense or a negation first ("questioned
# the governor", "didn't mince words at …", "spoke for the families").
_PREDICATE_RE = re.compile(
    r"^(?:[a-z]+ed|[a-z]+n['\u2019]t|said|spoke|told|took|gave|made|put|went|"
    r"began|had|has|was|is)\s"
)


def _colon_lead_in(sentence: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """ "Ana Escobar, an oil worker from Eddy Flats, didn't mince words at
    the press conference:": the person and their description, then what they
    did; the colon gives them the quotation after it."""
    parts = _split_commas(sentence.rstrip(":"))
    if (
        len(parts) < 2
        or not _PREDICATE_RE.match(parts[-1])
        or len(parts[-1].split()) > 12
    ):
        return None
    person = _parse_person(", ".join(parts[:-1]), matcher)
    if person is None or not _looks_like_name(person.speaker):
        return None
    if _age_description(parts[1]) or not (person.title or person.organization):
        # A description, not a role: the name is enough.
        return ParsedQuote(text="", speaker=person.speaker)
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
    r"(?P<after>,\s+(?:who|whose)\s|,\s+(?P<apposition>[^,]+?)(?:,|\s+(?:who|whose)\s|\.$)"
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


# Pronouns of one person in narrative: whom "he said" can refer to.
_GENDERED = {
    "m": r"\b(?:he|him|his|himself)\b",
    "f": r"\b(?:she|her|hers|herself)\b",
}
_GENDER_OF = {"he": "m", "she": "f"}


# "Among the applicants was Hoa Nguyen, who left Vũng Tàu by boat in 1979 …",
# "Among those arrested were …": the person introduced comes after the verb.
LED_BY_RE = re.compile(
    r"^[^,]{3,80}?\b(?:was|were|is|are|will\s+be)\s+(?:led|organized|hosted|"
    r"moderated|opened|convened|emceed|headlined)\s+by\s+(?P<rest>["
    + _CAPITAL
    + r"].*)$",
    re.DOTALL,
)
AMONG_RE = re.compile(
    # "Among the speakers was 17-year-old Abigail Tecún, whose …".
    r"^Among\s+[^,.]{3,60}?\s+(?:was|were|is|are|will\s+be)\s+"
    r"(?:\d{1,3}-year-old\s+)?(?P<rest>[" + _CAPITAL + r"].*)$",
    re.DOTALL,
)


# AP's article before a clergy honorific: "the Rev. Ana Ruiz", "The Very
# Rev. …", "the Reverend …".
_BEFORE_HONORIFIC = r"(?=(?:Rev|Rt|Very)\.?\s|Reverend\s)"
_ARTICLE_BEFORE_HONORIFIC_RE = re.compile(r"^[Tt]he\s+" + _BEFORE_HONORIFIC)


# A phrase of time or place before the subject: "Shortly after midnight,",
# "On Tuesday,", "Later that night,", "At the hearing,".
OPENING_PHRASE_RE = re.compile(
    r"^(?:Shortly|Soon|On|In|At|After|Before|During|Last|Earlier|Later|Since|"
    r"That|This|Then|Now|Today|Yesterday|Moments|Minutes|Hours|Days|Weeks|"
    r"Months|Years)\b[^,]{0,50},\s+"
    # "In his homily, the Rev. Tomás Echeverría-Luna, pastor of …, spoke".
    r"(?P<rest>(?:the\s+" + _BEFORE_HONORIFIC + r")?[" + _CAPITAL + r"].*)$",
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
    # "The Rev. Samuel Okafor-Díaz, pastor of …": AP's article before the
    # honorific.
    sentence = _ARTICLE_BEFORE_HONORIFIC_RE.sub("", sentence)
    led_by = LED_BY_RE.match(sentence)
    if led_by is not None:
        # "The rally was led by Norma Takahashi-Reyes, president of …": the
        # person after "by" is the one the sentence introduces.
        sentence = led_by.group("rest")
    among = AMONG_RE.match(sentence)
    if among is not None:
        # "Among the marchers was José Alfredo Mejía, a roofer from Langley
        # Park …": the person is the subject, after the verb.
        sentence = among.group("rest")
    for_whom = re.match(
        r"^(?:For|To)\s+(?P<rest>[" + _CAPITAL + r"][^,]*,.*)$", sentence
    )
    if for_whom is not None:
        # "For Bwijmaron Lojkar, a 22-year-old nursing student in Honolulu,
        # the findings were personal.": the person the sentence is about.
        sentence = for_whom.group("rest")
    opener = OPENING_PHRASE_RE.match(sentence)
    if opener is not None:
        # "Shortly after midnight, Teresa Galindo, who cleans offices …, took
        # the microphone": when, then the person introduced.
        sentence = _ARTICLE_BEFORE_HONORIFIC_RE.sub("", opener.group("rest"))
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
    given = [w for w in speaker.split() if w.lower().rstrip(".") not in HONORIFIC_WORDS]
    if len(given) < 2:
        # "Sister Haugen was arrested …": a surname only, no full name.
        return None
    apposition = match.group("apposition")
    if not apposition and match.group("after").startswith(","):
        # "The Rev. Ana Ruiz, who chairs the Valley Oaks Interfaith Circle,
        # led …": the organization the relative clause names.
        clause = re.match(
            r",\s+(?P<clause>(?:who|whose)\s[^,]+)", sentence[match.end("name") :]
        )
        apposition = clause.group("clause") if clause else ""
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


# One-word state names ("Maryland's congressional delegation"): places.
_ONE_WORD_STATES = {name.lower() for _code, name, _ap in US_STATES if " " not in name}


def _date_or_code(word: str) -> bool:
    """A month or weekday name, an acronym ("AMJC", "ICE"), a word with a
    digit ("N-648", "I-589") or a state ("Maryland's"): capitalized, but
    nobody's name."""
    return (
        word.lower().rstrip(".") in MONTHS
        or re.sub(r"['\u2019]s$", "", word).lower() in _ONE_WORD_STATES
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
    if match is not None and re.search(r"\bwho$", match.group("who")):
        # "School board member Lucas Brandvold, who asked that the issue be
        # placed on the agenda, said the district …": the verb of the
        # relative clause is not the sentence's; the one after it may be.
        clause = re.match(
            r"^(?P<head>[^,]+),\s+who\s[^,]+,\s+(?P<rest>[a-z].*)$", sentence
        )
        later = (
            INDIRECT_RE.match(f"{clause.group('head')} {clause.group('rest')}")
            if clause is not None
            else None
        )
        if later is not None and later.group("who") == clause.group("head"):
            return clause.group("head")
    if match is None or re.search(
        r"\b(?:who|whom|that|which)$|\b(?:who|whom)\s[^,]*$", match.group("who")
    ):
        # "Yesenia, who asked that her last name not be used, …", "Esperanza,
        # a T visa holder who testified in March and asked that …": the verb
        # of a relative clause, not reported speech.
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
    if len(words) < 6 or re.search(r"[.!?:;]$|[.!?]\s+[" + _CAPITAL + r"]", text):
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
      ``_names_list``);
    - a section heading: a few words with no closing punctuation ("What's
      at stake") after a finished sentence.
    """
    if (PHONE_RE.search(paragraph) or EMAIL_RE.search(paragraph)) and not (
        _FIRST_PERSON_RE.search(paragraph)
    ):
        return True
    if SIGN_ON_RE.search(paragraph) and not _FIRST_PERSON_RE.search(paragraph):
        return True
    if _names_list(paragraph):
        return True
    if (
        len(paragraph.split()) <= 8
        and paragraph[-1:].isalnum()
        and previous.endswith((".", "!", "?"))
    ):
        # A section heading ("What's at stake", "Background") after a
        # statement's last sentence.
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


# How real releases introduce a statement, rewritten as "Name, Title, Org:":
# "The following statement can be attributed to Rosa Imani, Regional
# Director of Pine Valley Workers Center, …", "The following is a statement
# from Rosa Imani, executive director of the Pine Valley Workers Center, on
# the passage of HB 12 …:", "PVWC President Rosa Imani issued the following
# statement from the union's headquarters after …", "Pine Valley Workers
# Center's Executive Director, Rosa Imani, responded by releasing the
# following statement:".
_FOLLOWING_STATEMENT_FROM_RE = re.compile(
    # "The following statement can be attributed to …", also "The following
    # (quote) can be attributed to …", "The following is a statement for …".
    r"^(?:(?:please\s+)?attribute\s+)?(?:the\s+)?following\s+(?:is\s+(?:a|the)\s+)?"
    r"(?:joint\s+)?(?:(?:statements?|quotes?|comments?|remarks|reflection|reaction|"
    r"response)\s+)?(?:on\s+[^:]*?\s+)?"
    r"(?:(?:can|may|should)\s+be\s+attributed\s+to|(?:is|are)\s+attributable\s+to|"
    r"is\s+from|from|by|of|for|to)\s+"
    r"(?P<who>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_STATEMENT_FROM_RE = re.compile(
    # "Statement from Ana Ruiz, …:", also inside a sentence ("Please see
    # below statement from …", "Below is a statement by PVWC Executive Vice
    # President …"); "Remarks by …", "Testimony of …" and, in bilingual
    # releases, "DECLARACIÓN de …" opening the line.
    r"^(?:(?:.*?\b)?(?:joint\s+)?statement\s+(?:from|by|of)"
    r"|(?:quote|remarks|testimony)\s+(?:from|by|of)|declaraci[oó]n\s+de)\s+"
    r"(?P<who>(?:the\s+)?[" + _CAPITAL + r"].+)$",
    re.IGNORECASE,
)
_ISSUED_STATEMENT_RE = re.compile(
    r"^(?P<who>.+?),?\s+(?:(?:(?:has\s+|today\s+)?(?:issued|released|shared|made|"
    r"offered|provided|gave|issues|releases|shares|offers)|responded\s+(?:by\s+)?(?:issuing|releasing|sharing))\s+"
    # "… issued statement:", the article left out.
    r"(?:(?:the\s+following|this|a|the\s+below)\s+)?(?:statement|comments?|remarks)\b"
    # "… responded to a recent statement from ICE with the following:"
    r"|(?:responded|reacted)\s+[^:]*?\s+with\s+the\s+following\b"
    # "… had this reaction to the governor's plan:"
    r"|(?:had|gave|offered|shared)\s+(?:this|the\s+following)\s+(?:reaction|response)\b"
    r"|said\s+the\s+following\b).*$",
    re.IGNORECASE | re.DOTALL,
)
# What follows the speaker in such an introduction: the occasion ("on the
# passage of SB4 …", "in response to …"), a description of the organization
# ("one of the largest unions …"), where the statement came from.
_INTRODUCTION_TAIL_RE = re.compile(
    # "…, a California nonprofit organization that exists to …": a
    # description of the organization, with its own clause.
    r"(?:,\s+(?:a|an)\s+[^,]*?\s(?:that|which|dedicated\s+to|working\s+to|"
    r"committed\s+to)\s.*$"
    r"|,\s+(?:on|about|regarding|after|following|in\s+response\s+to|in\s+reaction\s+"
    r"to|responding\s+to|one\s+of|which|who|a|an)\s+[a-z0-9]"
    # Without the comma, only before "the", "today's", … ("Statement from
    # PVWC-UFW President Rosa Imani on the governor's veto …").
    r"|\s+(?:on|regarding|about|in\s+response\s+to|responding\s+to|following|"
    r"after)\s+(?:the|today['\u2019]s|this|his|her|their|its)\s"
    # "… Name following President Ruiz's decision", "… regarding Chicago's
    # lawsuit": these words never belong to a name or a title.
    r"|\s+(?:following|regarding|concerning)\s).*$",
    re.DOTALL,
)


# The occasion of a statement, opening its introduction or after a dateline.
_OCCASION_RE = re.compile(
    r"(?:^|[\u2014\u2013]|--)\s*(?:in\s+(?:response|reaction)\s+to|responding\s+to|"
    r"reacting\s+to|following|after|ahead\s+of)\b",
    re.IGNORECASE,
)


_POSSESSIVE_TITLE_RE = re.compile(r"[" + _CAPITAL + r"][^,]*?['\u2019]s\s+[^,]+")
# "… the Harbor Tenants Union released the following statement from …".
_SUBJECT_RELEASED_RE = re.compile(
    r"(?:^|,\s+|\s)[Tt]he\s+(?P<org>["
    + _CAPITAL
    + r"][\w.&'\u2019\-]*(?:\s+(?:\(?["
    + _CAPITAL
    + r"][\w.&'\u2019\-]*\)?"
    r"|of|for|and|&|de|del|la|on|in)){0,10})\s+(?:has\s+|today\s+)?(?:released|issued|"
    r"shared|provided)\s+(?:the\s+following|this|a)\s+statement\s+(?:from|by)\s"
)


def _statement_introduction(paragraph: str) -> str:
    """The speaker part of a statement's introduction, as "Who:", or ""."""
    text = " ".join(paragraph.split()).rstrip(":.").strip()
    if len(_sentences(text)) > 1:
        # One sentence only; a narrative paragraph ending with one is read
        # by ``_QuoteReader._introduced_statement``.
        return ""
    issued = _ISSUED_STATEMENT_RE.match(text)
    if issued is not None and not any(
        _split_name_and_pretitle(part) is not None
        for part in _split_commas(issued.group("who"))
    ):
        issued = None
    # "Ana Ruiz issued the following statement from the union's
    # headquarters": who issued it, not where it came from, when a person
    # issued it.
    match = (
        _FOLLOWING_STATEMENT_FROM_RE.match(text)
        or issued
        or _STATEMENT_FROM_RE.match(text)
        or _ISSUED_STATEMENT_RE.match(text)
    )
    if match is None:
        return ""
    who = match.group("who").strip().rstrip(",")
    # "February 8, 2022 — Org's President, Name, issues …": a date left
    # after the dateline.
    who = re.sub(
        r"^[" + _CAPITAL + r"][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*[\u2014\u2013\-]+\s*",
        "",
        who,
    )
    # "Raleigh — ACLU of North Carolina executive director …": a dateline
    # the header did not take (a city AP does not let stand alone).
    who = re.sub(
        r"^["
        + _CAPITAL
        + r"][\w.]*(?:\s+["
        + _CAPITAL
        + r"][\w.]*)?(?:,\s+["
        + _CAPITAL
        + r"][\w.]*(?:\s+["
        + _CAPITAL
        + r"][\w.]*)?)?"
        r"\s+[\u2014\u2013]\s*(?=[" + _CAPITAL + r"])",
        "",
        who,
    )
    # "In response to the State of the Union, which featured …, Ana Ruiz,
    # Director of X gave the following statement": the occasion (with its
    # own clauses) first; the speaker is found before any tail is cut.
    parts = [part.lstrip("\u201d\"' ") for part in _split_commas(who)]
    if not _opens_like_person(parts[0]):
        tail = next(_person_tails(parts), "")
        glued = re.match(
            r"^(?P<occasion>.*\b[a-z][\w'\u2019]*)\s+(?P<rest>[" + _CAPITAL + r"].*)$",
            parts[0],
        )
        if (
            not tail
            and glued is not None
            and _OCCASION_RE.match(glued.group("occasion"))
            and _opens_like_person(glued.group("rest"))
        ):
            # "In response to this announcement Ana Ruiz, …": no comma
            # after the occasion.
            parts[0] = glued.group("rest")
            who = ", ".join(parts)
        if tail and _OCCASION_RE.search(who[: len(who) - len(tail)]):
            start = len(parts) - len(_split_commas(tail))
            if start > 1 and _POSSESSIVE_TITLE_RE.fullmatch(parts[start - 1]):
                # "…, 2023, Tahirih's CEO, Ana Ruiz": the organization's
                # title before the name belongs to the speaker.
                tail = f"{parts[start - 1]}, {tail}"
            who = tail
    who = _INTRODUCTION_TAIL_RE.sub("", who)
    subject = _SUBJECT_RELEASED_RE.search(text)
    if subject is not None and "," not in who:
        # "… the Harbor Tenants Union released the following statement from
        # Executive Director Ana Ruiz": the organization is the subject.
        who = f"{who}, {subject.group('org')}"
    possessive = re.fullmatch(
        r"(?P<org>[" + _CAPITAL + r"][^,]*?)['\u2019]s\s+(?P<title>[^,]+),\s+"
        r"(?P<name>[^,]+)",
        who,
    )
    if possessive is not None and _looks_like_name(possessive.group("name")):
        # "Pine Valley Workers Center's Executive Director, Rosa Imani": the
        # name first.
        return ", ".join(possessive.group("name", "title", "org")) + ":"
    owned = re.fullmatch(
        r"(?:.*,\s+)?(?P<org>[" + _CAPITAL + r"][^,]*?)['\u2019]s\s+(?P<rest>[^,]+)",
        who,
    )
    named = _split_name_and_pretitle(owned.group("rest")) if owned else None
    if owned and named is None:
        # "Director for Farmworker Rights Rosa Imani": the name
        # is the last two capitalized words (three with a middle initial).
        tail = re.search(
            r"(?:^|\s)(?P<name>["
            + _CAPITAL
            + r"][\w'\u2019\-]+\s+(?:["
            + _CAPITAL
            + r"]\.\s+)?["
            + _CAPITAL
            + r"][\w'\u2019\-]+)$",
            owned.group("rest"),
        )
        if tail is not None:
            title = owned.group("rest")[: tail.start()].strip()
            named = (tail.group("name"), title)
    if named is not None and _looks_like_name(named[0]):
        # "PVWC's Director for Farmworker Rights Rosa Imani", "Pine Valley
        # Workers Center's Rosa Imani": the organization's person.
        return ", ".join(p for p in (named[0], named[1], owned.group("org")) if p) + ":"
    # A comma inside a scare quote ("pending a “comprehensive review,”
    # PVWC President …") leaves the closing mark on the next part.
    parts = [part.lstrip("\u201d\"' ") for part in _split_commas(who)]
    if not _opens_like_person(parts[0]):
        title_first = " ".join(parts[:2])
        named = _split_name_and_pretitle(title_first) if len(parts) > 1 else None
        if named is not None and named[1] and _looks_like_name(parts[1]):
            # "CWS President and CEO, Rev. Ana Ruiz, issued …": the
            # organization and title before the name, set off by a comma.
            who = ", ".join([title_first, *parts[2:]])
        else:
            # "Following the announcement of a “comprehensive review,” PVWC
            # President Rosa Imani issued …": the occasion first, then the
            # speaker.
            who = next(_person_tails(parts), who)
    return f"{who}:"


def _statement_header(
    paragraph: str, matcher: OrganizationMatcher
) -> ParsedQuote | None:
    """A line "Name, Title, Organization" (optionally "said:") opening a statement."""
    paragraph = _statement_introduction(paragraph) or paragraph
    if any(mark in paragraph for mark in ALL_MARKS) or len(paragraph.split()) > 30:
        return None
    text = paragraph.strip()
    # "Ana Ruiz (Executive Director, Prairie Fund):"
    if PARTY_RE.search(text) is None:
        text = re.sub(r"^([^,(]+?)\s*\(([^()]+,[^()]+)\)\s*(:?)$", r"\1, \2\3", text)
    text = re.sub(r"^[—\u2013\-]+\s*", "", text)
    # "Said Ana Ruiz, Director, Harbor Fund -" (any dash): the dash stands
    # for the colon.
    text = re.sub(r"\s+[—\u2013\-]+$", ":", text)
    ends_colon = text.endswith(":")
    text = text.rstrip(":").strip()
    lead = re.match(r"^(?:said|says|stated)\s+(?=[" + _CAPITAL + r"])", text, re.I)
    if lead is not None and ends_colon:
        # "Said Ana Ruiz, Director, Harbor Fund:" (the verb first).
        text = text[lead.end() :]
    if not ends_colon and re.search(r"\s" + _VERB + r",$", text, re.I):
        # "… Executive Director Tessa Okafor said," and the quotation in the
        # next paragraph: the comma stands for the colon.
        text, ends_colon = text[:-1], True
    verb = re.search(
        r"[,\s]+" + _VERB + r"(?:\s+in\s+(?:a\s+(?:written\s+)?statement|response))?$",
        text,
        re.I,
    )
    if verb:
        text = text[: verb.start()]
    elif not ends_colon and (
        text.endswith((".", "!", "?"))
        and not text.endswith(("Inc.", "Jr.", "Sr.", "U.S.", "D.C.", "Co.", "Corp."))
    ):
        return None
    # "State Sen. Halyna Bilous-Carter (D-Chicago)": an office and a party
    # label say who it is without a comma.
    party_line = bool(re.search(r"\)$", text)) and PARTY_RE.search(text) is not None
    if "," not in text and not (ends_colon or verb or party_line):
        return None
    person = _parse_person(text, matcher)
    if person is None and verb:
        # "In a statement, Samuel Achterberg-Nwosu, executive director of
        # GLILC, said:" / "At Tuesday's vigil, the Rev. Ana Ruiz said:": an
        # introductory phrase before the name, as before a quotation.
        tail = next(_person_tails(_split_commas(text)), "")
        person = _parse_person(tail, matcher) if tail else None
        before = text[: len(text) - len(tail)].rstrip(", ") if tail else ""
        if person is not None and not (person.title or person.organization):
            # "The Executive Director of the Harbor Fund, Ana Ruiz, said:":
            # the title and organization before the name.
            title, organization = _split_title_org(
                re.sub(r"^the\s+", "", before, flags=re.I), matcher
            )
            if title and organization and _is_role_noun(title.split()[-1]):
                person.title = title
                person.organization = re.sub(r"^the\s+", "", organization)

    if person is None:
        return None
    if not (person.title or person.organization) and not (ends_colon or verb):
        return None
    if not (ends_colon or verb) and not _attribution_shape(text, person):
        return None
    return person


def _office_line(paragraph: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """ "State Senator Shelley Mayer", "Atlanta, GA Mayor Kasim Reed": a line
    that is an office before a full name and nothing else (no closing
    punctuation; a place with its state may open it)."""
    text = paragraph.strip()
    if len(text.split()) > 9 or not text[-1:].isalpha():
        return None
    text = re.sub(
        r"^["
        + _CAPITAL
        + r"][\w.'\-]*(?:\s+["
        + _CAPITAL
        + r"][\w.'\-]*)*,\s+[A-Z]{2}\s+",
        "",
        text,
    )
    if "," in text or any(mark in text for mark in ALL_MARKS):
        return None
    person = _parse_person(text, matcher)
    if (
        person is None
        or not person.title
        or person.organization
        or not text.endswith(person.speaker)
        or not any(word.lower() in PRE_TITLE_WORDS for word in person.title.split())
    ):
        return None
    return person


def _signed_line(paragraph: str, matcher: OrganizationMatcher) -> ParsedQuote | None:
    """ "Ana Ruiz, National Policy Director, Harbor Fund.": a line that is a
    name, a title and an organization ending with a period, read as a
    statement's header only before a quotation mark (see the caller). The
    organization must be the registry's or named like one."""
    text = paragraph.strip()
    if (
        not text.endswith(".")
        or text.count(",") < 2
        or len(text.split()) > 16
        or any(mark in text for mark in ALL_MARKS)
    ):
        return None
    person = _parse_person(text, matcher)
    if (
        person is None
        or not person.title
        or not person.organization
        or not _looks_like_name(person.speaker)
        or not _attribution_shape(text, person)
        # (a registry name is classified an organization first of all)
        or _classify_part(person.organization, matcher) != "organization"
    ):
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
