"""Reading the body's paragraphs into narrative and attributed quotes.

``_QuoteReader`` walks the paragraphs, splits each into quoted and unquoted
runs, attributes every quotation (or leaves the paragraph as text), follows
statements under a header and second references ("she said", "Ruiz
added"), and matches each quote's organization to the registry.
"""

from __future__ import annotations

import itertools
import re

from ..matching import (
    OrganizationEntry,
    OrganizationMatch,
    OrganizationMatcher,
    normalize,
)
from .attribution import (
    _AGE_INTRODUCTION_RE,
    _FIRST_PERSON_RE,
    _GENDER_OF,
    _GENDERED,
    RELATION_APPOSITION_RE,
    RELATION_OF_RE,
    RELATION_POSSESSIVE_RE,
    _attribution_after,
    _attribution_before,
    _ends_statement,
    _follows_on,
    _introduced_person,
    _lead_in,
    _names_nobody,
    _narrative_voice,
    _office_line,
    _pronoun_reported_speech,
    _pronoun_subject,
    _reported_who,
    _scare_quotes_only,
    _sentences,
    _signed_line,
    _statement_header,
    _statement_introduction,
    _surname_reference,
)
from .data import BodyItem, ParsedQuote
from .header import _match_dateline
from .names import (
    _SENTENCE_OPENERS,
    BACK_REFERENCE_KINDS,
    CLOSE_MATCH_REASONS,
    NOT_FIRST_NAME_WORDS,
    _names_ending_with,
    _parse_person,
    _person_name,
    _split_name_and_pretitle,
)
from .text import _Segment, _segments
from .vocabulary import (
    _CAPITAL,
    _OFFICE_SECOND,
    _SURNAME,
    _VERB,
    ALL_MARKS,
    CLOSE_MARKS,
    CONTACT_RE,
    HONORIFIC_WORDS,
    LEAD_BULLET_RE,
    MAX_QUOTE_PARAGRAPHS,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    OFFICE_NAME_RE,
    OFFICE_REFERENCE_RE,
    OPEN_MARKS,
    ORG_WORDS,
    POST_NOMINALS,
    PRONOUN_AFTER_RE,
    QUOTE_BULLET_RE,
    SECOND_REFERENCE_OFFICES,
    SURNAME_TITLE_RE,
    TITLE_WORDS,
    TRAILING_MANNER_RE,
)

# A quoted phrase inside a sentence: a title or a scare quote, between a word
# and a lowercase word ("who is sponsoring the “Language Access Act” in the
# General Assembly"), not a quotation of its own.
_EMBEDDED_WORDS = 8
# What names a sign, a title or a chant quoted after it.
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:reading|read|reads|titled|entitled|headlined|called|named|dubbed|"
    r"labell?ed|chanting|chanted|chants)\s$"
)


# A governing body named after its organization.
GOVERNING_BODY_RE = re.compile(
    r"\s+(?:(?P<named>Board\s+of\s+(?:Directors|Trustees|Governors)|"
    r"(?:Steering|Executive|Advisory)\s+(?:Committee|Board|Council))|Board)$"
)


def _embedded(before: _Segment, segment: _Segment, following: _Segment | None) -> bool:
    """Is the quoted ``segment`` a phrase of the narrative around it rather
    than a quotation of its own?"""
    if not segment.quoted or not segment.closed or before.quoted:
        return False
    if following is not None and following.quoted:
        return False
    after = following.text if following is not None else ""
    short = len(segment.text.split()) <= _EMBEDDED_WORDS
    return bool(
        # Inside a sentence: "called it “a betrayal” and left".
        (short and re.search(r"[\w)]\s$", before.text) and re.match(r"\s+[a-z]", after))
        # "…, speaking in Spanish. (“We have children …”)": a quotation in
        # parentheses (a translation, a title).
        or (before.text.endswith("(") and after.startswith(")"))
        # "… and a banner reading “DACA Is Not Enough.”": a sign, a title or
        # a chant that ends the sentence.
        or (
            short
            and _LABEL_BEFORE_RE.search(before.text)
            and re.match(r"[.!?,;:)]*(?:\s|$)", after)
        )
    )


def _merge_embedded(segments: list[_Segment]) -> list[_Segment]:
    """Fold quoted phrases inside a sentence into the text around them."""
    merged: list[_Segment] = []
    position = 0
    while position < len(segments):
        segment = segments[position]
        following = segments[position + 1] if position + 1 < len(segments) else None
        if merged and _embedded(merged[-1], segment, following):
            after = following.text if following is not None else ""
            merged[-1] = _Segment(False, f"{merged[-1].text}“{segment.text}”{after}")
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


# Three words or more ending in a sentence's punctuation.
_LOOKS_LIKE_SENTENCE_RE = re.compile(r"(?:\S+\s+){2,}\S*[.!?\u201d\"]\s*$")


# The relations of one gender, for "Name's husband, …" (see
# ``_narrative_subject``).
_MALE_RELATIONS = {"husband", "son", "father", "brother", "grandson", "grandfather"}
_FEMALE_RELATIONS = {
    "wife",
    "daughter",
    "mother",
    "sister",
    "granddaughter",
    "grandmother",
}


def _about_the_group(sentence: str) -> bool:
    """Is the sentence about a group, not a person: "The alliance represents
    …", "The union's members …", "HNA is asking …" (not "The mayor spoke")?"""
    group = re.match(r"^(?:The|Its|Their)\s+(?P<noun>[a-z]+)\b", sentence)
    if group is not None:
        return group.group("noun") in ORG_WORDS or group.group("noun") == "members"
    return re.match(r"^[A-Z]{2,}\b", sentence) is not None


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
        # Whether ``recent`` is the subject of a narrative paragraph, not a
        # speaker quoted or reported: "she said" then is an inference.
        self.recent_about = False
        # Whether ``recent`` is the one person the last paragraph, a
        # narrative one, is about or reports.
        self.recent_narrative = False
        # Whether a narrative paragraph naming no one came between ``recent``
        # and now: "she added" then still means them (noted).
        self.recent_across = False
        # Everyone named so far as a speaker: whom "Raman-Okafor added" means.
        self.people: list[ParsedQuote] = []
        # People the narrative introduced by full name without quoting them
        # ("Marisol Funes, who came to Beaumont in 1998, cleans offices …"):
        # whom "Funes said" means when no speaker has that last name.
        self.introduced: list[ParsedQuote] = []
        # The people and introduced named with three words or more, by their
        # last two words ("tzoc ramírez"), and how many of each list are in.
        self._by_last_two: dict[str, dict[str, ParsedQuote]] = {}
        self._indexed = [0, 0]

    def _longer_names(self, name: str) -> dict[str, ParsedQuote]:
        """The people named so far (quoted or introduced) whose name ends with
        the two words of ``name`` and goes on: "Ixchel Tzoc Ramírez" for
        "Tzoc Ramírez". Indexed as the lists grow, so a release of thousands
        of attributions stays linear."""
        for position, source in enumerate((self.people, self.introduced)):
            for person in source[self._indexed[position] :]:
                tokens = person.speaker.split()
                if len(tokens) >= 3:
                    key = " ".join(tokens[-2:]).lower()
                    self._by_last_two.setdefault(key, {})[person.speaker] = person
            self._indexed[position] = len(source)
        return dict(self._by_last_two.get(name.lower(), {}))

    def read(self) -> list[BodyItem]:
        index = 0
        while index < len(self.paragraphs):
            count = len(self.items)
            self._note_introduced(self.paragraphs[index])
            index = self._read_one(index)
            added = self.items[count:]
            self.recent_gender = ""
            self.recent_about = False
            self.recent_narrative = False
            across, self.recent_across = self.recent_across, False
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
                    self.recent_narrative = True
                elif subject is not None:
                    self.recent, self.recent_gender = [subject[0]], subject[1]
                    self.recent_about = self.recent_narrative = True
                elif not (
                    added[-1].kind == "paragraph"
                    and len(self.recent) == 1
                    and _pronoun_reported_speech(added[-1].text)
                ):
                    # "She said many of the people …" after a quote by one
                    # speaker reports that speaker: "she said" can still
                    # refer to them in the next paragraph.
                    if (
                        not across
                        and added[-1].kind == "paragraph"
                        and len(self.recent) == 1
                        and not any(mark in added[-1].text for mark in ALL_MARKS)
                        and self._names_no_one(added[-1].text)
                    ):
                        # "“…,” said Ana Ruiz." / "The coalition will also
                        # train volunteers." / "“…,” she added.": one
                        # paragraph naming no one does not change whom "she"
                        # means.
                        self.recent_across = True
                    else:
                        self.recent = []
        return self.items

    def _note_introduced(self, paragraph: str) -> None:
        """Remember the people the narrative of ``paragraph`` (before any
        quotation mark) introduces by full name at the start of a sentence:
        "Marisol Funes, who came to Beaumont from Honduras in 1998, cleans
        offices at night." / "Gurdeep Sandhu, a farmworker from Punjab, has
        had his hearing postponed." / "Yohannes Bekele was held at Northridge
        for 14 months." See ``_introduced_person``."""
        # Up to the first quotation that is not a phrase of the narrative
        # ("… a sign reading “All are welcome.” The Rev. Ana Ruiz, who …").
        segments = _segments(paragraph)
        opening = _merge_embedded(segments)[:1]
        narrative = opening[0].text if opening and not opening[0].quoted else ""
        for sentence in _sentences(" ".join(narrative.split())):
            person = _introduced_person(sentence, self.matcher)
            if person is not None:
                self.introduced.append(person)
            source = re.search(
                r"\baccording\s+to\s+(?P<who>[" + _CAPITAL + r"][^;]+?)\.?$", sentence
            )
            if source is not None:
                # "… 23 days longer, according to Marcus Oyelowo-Finn, a
                # supervising attorney with X." / "“…,” Oyelowo-Finn said."
                person = _parse_person(source.group("who"), self.matcher)
                if person is not None and len(person.speaker.split()) >= 2:
                    self.introduced.append(person)
        # A relation anywhere outside quotation marks: "Among those
        # transferred was the husband of Roksana Begum." / "“…,” Begum said."
        for segment in segments:
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
        for segment in segments:
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
        given = [
            w
            for w in name_title[0].split()
            if w.lower().rstrip(".") not in HONORIFIC_WORDS
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
        first = sentences[0]
        relation = RELATION_POSSESSIVE_RE.match(first)
        kin = relation.group(0).split()[-1].lower() if relation else ""
        if kin in _MALE_RELATIONS | _FEMALE_RELATIONS:
            # "Renata Azcúnaga's husband, Ulises, was released … She had
            # raised $1,100 …": two people; "she said" next is the one named,
            # whose pronoun is the other gender than the relation's.
            person = self._relation_person(relation.group("name"))
            if person is None:
                return None
            return person, "f" if kin in _MALE_RELATIONS else "m"
        if len(genders) > 1:
            return None
        if _reported_who(first):
            # "Ybarra notes that many families stay. The vote is in May.":
            # reported speech, then narrative (see ``_last_reported_speaker``).
            return None
        person = _introduced_person(first, self.matcher)
        if (
            person is not None
            and not genders
            and not _AGE_INTRODUCTION_RE.match(first)
            and not person.organization
        ):
            # Someone new, with no pronoun to tell whether "she said" is them;
            # an age introduces someone the release goes on to quote
            # ("Tomás Villalobos, 58, a milker at a dairy outside Tulare, …"),
            # and so does a title with an organization, as in an attribution
            # ("Pastor Miriam Gingerich-López, regional coordinator for the
            # Southeast Mennonite Accompaniment Project, led a prayer …").
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

    def _names_no_one(self, paragraph: str) -> bool:
        """No sentence of ``paragraph`` names anyone: no capitalized word
        after the first (a month or an acronym aside), and no first word that
        is part of the name of someone already named ("Barbosa, who …")."""
        known = {
            part.lower()
            for person in (*self.people, *self.introduced)
            for part in re.findall(r"[\w'\u2019\-]+", person.speaker)
        }
        for sentence in _sentences(paragraph):
            first = re.match(r"[\w'\u2019\-]+", sentence)
            if not _names_nobody(sentence, dates_and_codes=True) or (
                first is not None and first.group(0).lower() in known
            ):
                return False
        return True

    def _known_subject(self, sentence: str) -> ParsedQuote | None:
        """The speaker quoted before whose surname opens ``sentence`` as its
        subject, before a lowercase verb ("Ferreira-Diggs closed the rally
        by …")."""
        subject = re.match(
            r"^(?P<surname>[" + _CAPITAL + r"][\w'\u2019\-]+)\s+[a-z]", sentence
        )
        if subject is None or subject.group("surname").lower() in (
            NOT_FIRST_NAME_WORDS | NOT_NAME_WORDS
        ):
            return None
        found = self._named_with(subject.group("surname"), self.people)
        if len(found) != 1:
            return None
        (source,) = found.values()
        return _same_speaker(source)

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
            r"^(?:["
            + _CAPITAL
            + r"][a-z]+ing\b|At|In|On|After)[^,]{0,40},\s+(?=["
            + _CAPITAL
            + r"])",
            who,
        )
        if opening is not None:
            # "Closing the vigil, Ocampo-Thiessen asked participants to …"
            who = who[opening.end() :]
        surname = re.fullmatch(_SURNAME, who)
        relative = re.match(r"^(?P<head>[^,]+),\s+who\s", who)
        if surname is None and relative is not None:
            # "Barbosa, who has worked as a nanny in Boston for nine years,
            # said …": a speaker named before, by surname, and a clause.
            surname = re.fullmatch(_SURNAME, relative.group("head"))
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
            # "SACRAMENTO, Calif. — PVWC President Rosa Imani
            # issued the following statement:": the dateline paragraph itself
            # may introduce a statement, when it says so.
            or (
                index == self.header_paragraphs - 1
                and _statement_introduction(paragraph)
            )
            else None
        )
        if (
            header is None
            and index >= self.header_paragraphs
            and index + 1 < len(self.paragraphs)
            and self.paragraphs[index + 1][:1] in OPEN_MARKS + '"'
        ):
            # "Atlanta, GA Mayor Kasim Reed" / "State Senator Shelley Mayer"
            # on a line of its own, then a quotation: an office and a name
            # head the statement (only before a quotation mark).
            header = _office_line(paragraph, self.matcher) or _signed_line(
                paragraph, self.matcher
            )
        elif (
            header is None
            and index >= self.header_paragraphs
            and index + 1 < len(self.paragraphs)
            and _FIRST_PERSON_RE.search(self.paragraphs[index + 1])
        ):
            # "Los Angeles County Supervisor Hilda Navarrete-Sosa" on a line
            # of its own, then a paragraph in her own voice without marks
            # ("I am directing county staff …").
            header = _office_line(paragraph, self.matcher)
        if header is not None and index + 1 < len(self.paragraphs):
            consumed = self._statement(header, index + 1)
            if consumed:
                return index + 1 + consumed
        introduced = (
            # The dateline paragraph too: "WASHINGTON — The House released
            # its plan. Below is a statement from Ana Ruiz, director of X:".
            self._introduced_statement(index)
            if header is None and index >= self.header_paragraphs - 1
            else 0
        )
        return introduced or self._paragraph(index)

    def _introduced_statement(self, index: int) -> int:
        """ "On Tuesday, the measure failed at the ballot. Pine Valley Workers
        Center's Executive Director, Rosa Imani, responded by releasing the
        following statement:": a
        narrative paragraph whose last sentence introduces the statement
        after it. The narrative stays a paragraph; returns the next index,
        or 0 when it is not that."""
        paragraph = " ".join(self.paragraphs[index].split())
        sentences = _sentences(paragraph)
        if (
            len(sentences) < 2
            or index + 1 >= len(self.paragraphs)
            or any(mark in paragraph for mark in ALL_MARKS)
        ):
            return 0
        # Usually the last sentence introduces the statement; sometimes the
        # first does and the rest describes the occasion ("Ana Ruiz issued
        # the following statement from the union's headquarters. The ruling
        # affects …").
        header = narrative = None
        for introduction, rest in (
            (sentences[-1], sentences[:-1]),
            (sentences[0], sentences[1:]),
        ):
            if _statement_introduction(introduction):
                header = _statement_header(introduction, self.matcher)
                if header is not None:
                    narrative = rest
                    break
        if header is None or narrative is None:
            return 0
        self.items.append(BodyItem("paragraph", " ".join(narrative)))
        consumed = self._statement(header, index + 1)
        if not consumed:
            self.items.pop()
            return 0
        return index + 1 + consumed

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
        unmarked = self._unmarked_continuation(start)
        if unmarked:
            # "“The decision is a step. …" / "This is a proud moment. …" /
            # "… this critical initiative.”": a statement whose middle
            # paragraphs lost their opening marks.
            paragraphs = self.paragraphs[start : start + unmarked]
            header.text = "\n\n".join(
                " ".join(p.split()).strip('“”"') for p in paragraphs
            )
            self._add_quote(header)
            return unmarked
        opened_only = (
            first[:1] in OPEN_MARKS + '"'
            and not any(s.closed for s in _segments(first) if s.quoted)
            and start + 1 < len(self.paragraphs)
            and self.paragraphs[start + 1][:1] not in OPEN_MARKS + '"'
            # Only after a sentence that announces a statement ("The
            # following is a statement from …"); after a bare "Name, Title,
            # Org:" line the paragraphs after it stay narrative.
            and start > 0
            and any(
                _statement_introduction(sentence)
                for sentence in _sentences(" ".join(self.paragraphs[start - 1].split()))
            )
        )
        if opened_only:
            # "“On behalf of our members, we … moment." then paragraphs with
            # no marks at all, after an introduction: the statement's
            # opening mark never closes; read it as an unmarked statement.
            first = first[1:].lstrip()
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
                paragraph = first if index == start else self.paragraphs[index]
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
                    or (texts and self._about_the_speaker(paragraph, header))
                    # An address or a phone line ("1717 W. 2nd St. Oficina
                    # 203", "Teléfono: 505-424-7832") is not a statement:
                    # its first paragraph is a sentence.
                    or (not texts and not _LOOKS_LIKE_SENTENCE_RE.search(paragraph))
                ):
                    break
                texts.append(" ".join(paragraph.split()))
                index += 1
        if not texts:
            return 0
        header.text = "\n\n".join(texts)
        self._add_quote(header)
        return index - start

    def _about_the_speaker(self, paragraph: str, header: ParsedQuote) -> bool:
        """After an unquoted statement's first paragraph, one in the release's
        voice again: with no first person, it names the statement's speaker
        by surname ("Castellanos-Whitt called the processing times …") or
        reports what others said ("Organizers said participants will …")."""
        if _FIRST_PERSON_RE.search(paragraph):
            return False
        surname = header.speaker.split()[-1] if header.speaker else ""
        if surname and re.search(r"\b" + re.escape(surname) + r"\b", paragraph):
            return True
        return any(_reported_who(s) for s in _sentences(" ".join(paragraph.split())))

    def _unmarked_continuation(self, start: int) -> int:
        """How many paragraphs a statement spans whose first paragraph opens a
        quotation mark and whose last closes it, with no mark in between (up
        to six paragraphs); 0 when it is not that."""
        first = self.paragraphs[start]
        if first[:1] not in OPEN_MARKS + '"' or any(
            mark in first[1:] for mark in ALL_MARKS
        ):
            return 0
        for end in range(start + 1, min(start + 6, len(self.paragraphs))):
            paragraph = self.paragraphs[end]
            if paragraph[:1] in OPEN_MARKS + '"':
                return 0
            marks = [c for c in paragraph if c in ALL_MARKS]
            if not marks:
                continue
            if marks == [paragraph.rstrip()[-1]] and paragraph.rstrip()[-1] in (
                CLOSE_MARKS + '"'
            ):
                return end - start + 1
            return 0
        return 0

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
        given = [
            word
            for word in person.speaker.split()
            if word.lower().rstrip(".") not in HONORIFIC_WORDS
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
        body = GOVERNING_BODY_RE.search(quote.organization)
        if body is not None and body.start() > 0:
            # "Chair of the Refugee Congress Board of Directors", "ACIJ
            # Steering Committee member": the organization, not its board
            # (a bare "Board" only when the rest is a registry name).
            rest = quote.organization[: body.start()]
            found = self.matcher.match(rest)
            if body.group("named") or (found is not None and found.exact):
                quote.organization = rest
        if quote.organization:
            found = self.matcher.match(quote.organization)
            alias = self.aliases.get(normalize(quote.organization))
            if alias is not None and (found is None or not found.exact):
                # "Executive Director of the Coalition" after "National
                # Coalition for Immigrant Families (the Coalition)".
                written, found = alias
                quote.organization_id = found.id
                self._note(
                    quote,
                    f"“{quote.organization}” (quote by {quote.speaker}) was "
                    f"matched to “{found.name}”, which the release calls "
                    f"“{written}”; check it.",
                )
            elif (found is None or not found.exact) and (
                back := self._back_reference(quote.organization)
            ) is not None:
                # "Volunteer Coordinator for the Alliance" after the Garden
                # State Immigrant Rights Alliance.
                quote.organization_id = back.id
                self._note(
                    quote,
                    f"“{quote.organization}” (quote by {quote.speaker}) was "
                    f"matched to “{back.name}”, the one organization named "
                    f"earlier in the release whose name ends with "
                    f"“{quote.organization}”; check it.",
                )
            elif found is not None:
                quote.organization_id = found.id
                if found.how == "chapter":
                    self._note(
                        quote,
                        f"“{quote.organization}” (quote by {quote.speaker}) was "
                        f"matched to its parent organization “{found.name}”.",
                    )
                elif not found.exact:
                    how = CLOSE_MATCH_REASONS.get(found.rule, "a close spelling")
                    self._note(
                        quote,
                        f"“{quote.organization}” (quote by {quote.speaker}) was "
                        f"matched to “{found.name}” by {how}; check it.",
                    )
        # Notes made while the speaker was inferred ("she said" after a
        # paragraph about someone) are the release's warnings too.
        for note in quote.notes:
            if note not in self.warnings:
                self.warnings.append(note)
        self.items.append(BodyItem("quote", quote.text, quote))
        self.people.append(quote)

    def _note(self, quote: ParsedQuote, message: str) -> None:
        """A warning about one quote: on the release and on the quote."""
        quote.notes.append(message)
        self.warnings.append(message)

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
        # So is "- Name, Title, Organization: “…”".
        bullet = QUOTE_BULLET_RE.match(text) or LEAD_BULLET_RE.match(text)
        if bullet is not None:
            text = text[bullet.end() :]
        segments = _merge_embedded(_segments(text))
        quoted = [s for s in segments if s.quoted]
        if not quoted:
            self.items.append(BodyItem("paragraph", " ".join(text.split())))
            return index + count
        unclosed = [s for s in segments if not s.closed]
        recovered = ""
        if (
            unclosed == segments[-1:]
            and count == 1
            and "\n\n" not in segments[-1].text
            and (
                len(quoted) > 1
                # "Ana Ruiz, director of X, said: “We will …" and the
                # paragraph, or the whole text, ends with the quotation open.
                or (
                    len(segments) == 2
                    and re.search(r"(?:[:,]|\bsaid)\s*$", segments[0].text) is not None
                    and not any(
                        p[:1] in OPEN_MARKS + '"'
                        for p in self.paragraphs[index + 1 : index + 2]
                    )
                )
            )
        ):
            # "“…,” said Rosa Imani. “We have no solution for the families …"
            # and the paragraph ends: the last quotation, left open, is read
            # to the end of the paragraph, and the editor is told.
            segments[-1] = _Segment(True, segments[-1].text)
            recovered = (
                f"A quotation in paragraph {index + 1} is never closed; it was "
                "read to the end of the paragraph; check it."
            )
        elif unclosed:
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
            elif (
                whole
                and segments[0].quoted
                and self.recent_narrative
                and len(self.recent) == 1
                and _FIRST_PERSON_RE.search(" ".join(s.text for s in quoted))
            ):
                # "Wahid Noorzai, vice president of X, has interpreted for
                # Afghan families since 2021 and says …" / "“Last month I was
                # on the phone with a hospital …”": a paragraph wholly in
                # quotation marks, in the first person, right after a
                # paragraph about one person or reporting them, is theirs
                # (flagged).
                speaker = _same_speaker(self.recent[0])
                speaker.text = _clean_quote([s.text for s in quoted])
                speaker.notes.append(
                    f"Paragraph {index + 1} is a quotation with no attribution; it "
                    f"was given to {speaker.speaker}, whom the paragraph before "
                    "is about or reports; check it."
                )
                self._add_quote(speaker)
            else:
                if whole and sum(len(s.text.split()) for s in quoted) >= 6:
                    self.warnings.append(
                        f"Paragraph {index + 1} is a quotation with no attribution; "
                        "kept as text."
                    )
                self._plain(written)
            return index + count
        quotes, leading, trailing, narrative_after = found
        if recovered:
            quotes[-1].notes.append(recovered)
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
            if attribution is None and after:
                # "said Lojkar, who volunteers with X." reads as a second
                # reference too; the clause gives the organization.
                attribution = self._surname_with_title(after, quotes, current)
            if attribution is None and after and not follow:
                attribution = self._office_reference(after, quotes, current)
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
                attribution.notes.append(
                    f"Paragraph {self.index + 1}: a quotation with no "
                    "attribution of its own, after reported speech by "
                    f"{attribution.speaker}, was given to them; check it."
                )
            if attribution is None and current is None:
                return None
            if (
                len(segment.text.split()) < 3
                and current is None
                # "“We're close,” Ruiz said. “The testimony …”": the first
                # part of a quote split around its attribution may be short.
                and not (
                    segment.text.rstrip().endswith(",")
                    and position + 2 < len(segments)
                    and segments[position + 2].quoted
                    and len(segments[position + 2].text.split()) >= 3
                )
            ):
                return None
            if (
                attribution is not None
                and current is not None
                # "“…,” said Ana Ruiz. “…,” she added.": a quotation with an
                # attribution of its own is a quote of its own.
                and (attribution.speaker != current.speaker or after)
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
        if attribution is not None and (attribution.title or attribution.organization):
            words = attribution.speaker.split()
            found = (
                self._longer_names(attribution.speaker)
                if len(words) == 2
                and words[0].lower().rstrip(".") not in HONORIFIC_WORDS
                else {}
            )
            found = {
                name: person
                for name, person in found.items()
                # Given names before the surname, not an office ("Commissioners
                # Ines Lutz and …") nor a verb ("Says Ana Escobar, …").
                if all(
                    w.lower().rstrip(".").removesuffix("s")
                    not in HONORIFIC_WORDS | SECOND_REFERENCE_OFFICES | TITLE_WORDS
                    and w.lower() not in NOT_FIRST_NAME_WORDS | NOT_NAME_WORDS
                    and re.fullmatch(_VERB, w, re.IGNORECASE) is None
                    for w in name.split()[:-2]
                )
            }
            if len(found) == 1:
                # "said Tzoc Ramírez, an organizer with UMCAM" after "Ixchel
                # Tzoc Ramírez, who testified …": a two-part surname with a
                # title of its own, for the one person named before with it.
                (source,) = found.values()
                attribution.speaker = source.speaker
            return attribution
        if attribution is None or attribution.city:
            return attribution
        words = attribution.speaker.split()
        honorifics = HONORIFIC_WORDS | SECOND_REFERENCE_OFFICES
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

    def _office_reference(
        self, text: str, quotes: list[ParsedQuote], current: ParsedQuote | None
    ) -> ParsedQuote | None:
        """ "the councilmember added." / "said the senator.": the one person
        named so far whose title holds that office (noted for the editor);
        nobody when none or several do ("said the mayor" with no mayor named
        stays text)."""
        match = OFFICE_REFERENCE_RE.match(text.strip())
        if match is None:
            return None
        office = (match.group("office") or match.group("office2")).lower()
        found = {
            person.speaker: person
            for person in [*self.people, *quotes, current]
            if person is not None
            and office in re.findall(r"[a-z\-]+", person.title.lower())
        }
        if len(found) != 1:
            return None
        (source,) = found.values()
        speaker = _same_speaker(source)
        speaker.notes.append(
            f"The quote by {source.speaker} names them only as “the {office}”; "
            "check it."
        )
        return speaker

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
        # "said Xol, speaking in Spanish": how, not a title.
        rest = TRAILING_MANNER_RE.sub("", match.group("rest"))
        person = _parse_person(known.speaker + rest, self.matcher)
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
        known = [*self.people, *quotes, current, reported]
        found = self._named_with(surname, known)
        family_first = False
        if not found and " " not in surname:
            # "Trần said …" after "said Trần Thị Hồng": a family name that
            # comes first (Vietnamese, Chinese, Korean, Hungarian names).
            found = {
                p.speaker: p
                for p in known
                if p is not None
                and len(p.speaker.split()) >= 3
                and p.speaker.split()[0] == surname
            }
            family_first = bool(found)
        from_narrative = not found
        if not found:
            found = self._named_with(surname, self.introduced)
        if not found:
            # "“…,” Marcelina said." after "Marcelina, who asked that her last
            # name not be used, …": a person known by a first name only.
            found = {p.speaker: p for p in self.introduced if p.speaker == surname}
        if len(found) != 1:
            return None
        (source,) = found.values()
        speaker = _same_speaker(source)
        given = [
            w
            for w in source.speaker.split()
            if w.lower().rstrip(".") not in HONORIFIC_WORDS
        ]
        if family_first:
            speaker.notes.append(
                f"The quote by {source.speaker} names them only as “{surname}”, "
                "the first word of their name, as a family name; check it."
            )
        if from_narrative and len(given) > len(surname.split()):
            speaker.notes.append(
                f"The quote by {source.speaker} names them only as “{surname}”, "
                "someone the release introduces earlier without quoting; check it."
            )
        return speaker

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
            if self.recent_across or self.recent_about:
                speaker = _same_speaker(source)
                word = said.group(1).lower() if said else "they"
                after = "naming no one" if self.recent_across else "about them"
                speaker.notes.append(
                    f"The quote by {source.speaker} says only “{word}”, after a "
                    f"paragraph {after}; check it."
                )
                return speaker
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
        paragraph as narrative; so do they after a first quotation that its
        attribution introduces ("Ana Ruiz, director of X, said, “… families
        together.” Other callers heard …"). Not after any other first
        quotation, nor after one that is not a whole sentence ("“…” is what
        the sign said.")."""
        quoted = position - 1
        if quoted < 1 or not segments[quoted].quoted:
            return False
        introduced = quoted == 1 and before_texts.get(quoted, "").rstrip().endswith(
            (",", ":")
        )
        continues = (
            quoted >= 2 and quoted not in before_texts and (quoted - 2) in after_texts
        )
        if not (introduced or continues):
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
                said_that = re.search(r"\s" + _VERB + r"\s+that$", last_sentence, re.I)
                if (
                    said_that is not None
                    and len(segments) > 1
                    and segments[1].text.strip()[:1].isupper()
                    and segments[1].text.rstrip().endswith((".", "!", "?"))
                ):
                    # "Ana Ruiz, director of X, said that “The clinic is
                    # full.”": whole sentences quoted after "said that" are
                    # the speaker's words.
                    last_sentence = last_sentence[: said_that.end() - 4].rstrip() + ","
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
                elif last_sentence.endswith((".", "!", "?")) and (
                    subject := self._known_subject(last_sentence)
                ):
                    # "Ferreira-Diggs closed the rally by asking the crowd to
                    # … “…,” she said.": a speaker named before is the
                    # subject of the narrative, and whom "she" refers to.
                    leading = " ".join(sentences)
                    reported = subject
                    continue
                elif (
                    text.endswith((".", "!", "?"))
                    and len({q.speaker for q in self.recent}) == 1
                    and position + 2 <= last
                    and PRONOUN_AFTER_RE.match(segments[position + 2].text)
                    and all(
                        _names_nobody(s, dates_and_codes=True)
                        and _about_the_group(s)
                        and not _reported_who(s)
                        for s in sentences
                    )
                ):
                    # "“…,” Vasquez-Lindgren said." / "The alliance represents
                    # 3,000 attorneys. “…,” she added.": narrative naming no
                    # one, then "she" for the speaker just quoted.
                    leading = " ".join(sentences)
                    reported = _same_speaker(self.recent[-1])
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
                or self._office_reference(first, [], None) is not None
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
