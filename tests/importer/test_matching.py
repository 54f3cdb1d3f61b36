"""Matching organizations named in releases to the registry."""

import pytest

from importer.matching import OrganizationEntry, OrganizationMatcher, normalize

MATCHER = OrganizationMatcher(
    [
        OrganizationEntry(
            1, "Illinois Alliance for Immigrant & Refugee Families (IAIRF)", "IAIRF"
        ),
        OrganizationEntry(2, "The Keystone Welcome Network", "KWN"),
        OrganizationEntry(3, "Harbor City Legal Aid Society", ""),
        OrganizationEntry(4, "Prairie Legal Defense Collaborative", "PLDC"),
        OrganizationEntry(5, "Prairie Legal Defense Coalition", ""),
    ]
)


def test_normalize_ignores_case_punctuation_ampersand_and_leading_the():
    assert normalize("The Immigrant & Refugee Families, Inc.") == (
        "immigrant and refugee families inc"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Illinois Alliance for Immigrant and Refugee Families", 1),
        ("illinois alliance for immigrant & refugee families (IAIRF)", 1),
        ("the Illinois Alliance for Immigrant and Refugee Families", 1),
        ("IAIRF", 1),
        ("Illinois Alliance for Immigrant and Refuge Families", 1),
        ("Keystone Welcome Network", 2),
        ("the Keystone Welcome Network (KWN)", 2),
        ("Harbor City Legal Aid", 3),
        ("PLDC", 4),
    ],
)
def test_matches_by_name_short_name_acronym_and_small_differences(text, expected):
    found = MATCHER.match(text)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(
    "text",
    [
        "Front Range Tenants Union",
        "Illinois",
        "",
        "Some Other Group (IAIRF)",
    ],
)
def test_never_guesses(text):
    assert MATCHER.match(text) is None


def test_two_equally_close_organizations_match_neither():
    matcher = OrganizationMatcher(
        [
            OrganizationEntry(1, "Tri-County Workers Center East"),
            OrganizationEntry(2, "Tri-County Workers Center West"),
        ]
    )
    assert matcher.match("Tri-County Workers Center") is None
    assert matcher.match("Tri County Workers Center West").id == 2


def test_short_name_in_parentheses_with_spaces_and_spelling_variants():
    matcher = OrganizationMatcher(
        [
            OrganizationEntry(
                1,
                "Service & Care Workers United Local 2290 (SCWU Local 2290)",
                "SCWU Local 2290",
            ),
            OrganizationEntry(2, "Great Lakes Farmworker Alliance (GLFA)", "GLFA"),
            OrganizationEntry(3, "Hotel Workers Union Local 12", ""),
            OrganizationEntry(4, "Food Workers Union Local 12", ""),
        ]
    )
    assert matcher.match("Service and Care Workers United Local 2290").id == 1
    assert matcher.match("SCWU Local 2290").id == 1
    # "Farm Worker" for "Farmworker": the same name spaced differently.
    found = matcher.match("Great Lakes Farm Worker Alliance")
    assert (found.id, found.how) == (2, "spacing")
    # A numbered unit names its organization when only one ends with it, and is
    # reported as a close match for the editor to check.
    found = matcher.match("Local 2290")
    assert (found.id, found.how) == (1, "fuzzy")
    assert matcher.match("Local 12") is None
    assert matcher.match("Local 9999") is None
    assert matcher.match("2290") is None


def test_a_registry_name_without_a_qualifier_at_either_end():
    matcher = OrganizationMatcher(
        [
            OrganizationEntry(1, "Queens Day Laborer Justice Project (QDLJP)", "QDLJP"),
            OrganizationEntry(2, "Covenant Network for Migrant Justice (CNMJ)", "CNMJ"),
            OrganizationEntry(3, "Bronx Worker Justice Project", ""),
            OrganizationEntry(4, "Brooklyn Worker Justice Project", ""),
        ]
    )
    # A leading place dropped, or a trailing "for …" phrase; reported as a
    # close match for the editor to check.
    found = matcher.match("Day Laborer Justice Project")
    assert (found.id, found.how) == (1, "fuzzy")
    found = matcher.match("the Covenant Network")
    assert (found.id, found.how) == (2, "fuzzy")
    # Too short, a part from the middle, or shared by two names: no match.
    assert matcher.match("Justice Project") is None
    assert matcher.match("Network for Migrant Justice") is None
    assert matcher.match("Migrant Justice") is None
    assert matcher.match("Worker Justice Project") is None


def test_a_chapter_of_a_registry_organization_matches_its_parent():
    matcher = OrganizationMatcher(
        [OrganizationEntry(7, "Interfaith Sanctuary Alliance (ISA)", "ISA")]
    )
    for text in (
        "Tucson Chapter of the Interfaith Sanctuary Alliance",
        "the Phoenix branch of ISA",
    ):
        found = matcher.match(text)
        assert (found.id, found.how) == (7, "chapter")
    # Not a chapter, or a chapter of an organization the registry lacks.
    assert matcher.match("Tucson Chapter of the Sanctuary Council") is None
    assert matcher.match("Friends of the Interfaith Sanctuary Alliance") is None


REGISTRY = OrganizationMatcher(
    [
        OrganizationEntry(1, "Dreamers Rising Student Coalition (DRSC)", "DRSC"),
        OrganizationEntry(2, "Lamplight Interfaith Sanctuary Network (LISN)", "LISN"),
        OrganizationEntry(
            3,
            "Hospitality and Service Workers Union Local 418 (HSWU Local 418)",
            "Local 418",
        ),
        OrganizationEntry(4, "Latino Parents United (LPU)", "LPU"),
        OrganizationEntry(5, "Center for Migrant Families", ""),
        OrganizationEntry(6, "St. Brigid's Parish Immigration Ministry", ""),
        OrganizationEntry(7, "National Association of Day Laborer Organizers", ""),
        OrganizationEntry(8, "Bronx Worker Justice Project", ""),
        OrganizationEntry(9, "Brooklyn Worker Justice Project", ""),
        OrganizationEntry(10, "New York Immigration Coalition", "NYIC"),
        OrganizationEntry(11, "International Rescue Alliance", ""),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Normalized words: "&", a trailing parenthesis with spaces, abbreviations.
        ("Hospitality & Service Workers Union Local 418", 3),
        ("HSWU Local 418", 3),
        ("Ctr. for Migrant Families", 5),
        ("Natl. Assn. of Day Laborer Organizers", 7),
        ("Int'l Rescue Alliance", 11),
    ],
)
def test_exact_after_normalizing_words(text, expected):
    found = REGISTRY.match(text)
    assert (found.id, found.exact) == (expected, True)


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # A distinctive leading part of one registry name.
        ("Dreamers Rising", 1, "part"),
        # The first and last words kept, words in the middle dropped.
        ("Lamplight Network", 2, "part"),
        # The same first word and initials, a close spelling.
        ("Latino Parents Union", 4, "spelling"),
        # A registry short name among generic words.
        ("the LISN network", 2, "short name"),
        ("DRSC Coalition", 1, "short name"),
    ],
)
def test_close_matches_are_reported_with_their_rule(text, expected, rule):
    found = REGISTRY.match(text)
    assert (found.id, found.how, found.rule, found.exact) == (
        expected,
        "fuzzy",
        rule,
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        # Generic fragments.
        "Justice Project",
        "Worker Justice Project",  # shared by two registry names
        "Migrant Families",
        "Student Coalition",
        "Interfaith Sanctuary Network",
        # Places, not organizations.
        "New York",
        "Lamplight",
        # Unrelated organizations sharing one word or more.
        "Lamplight Tenants Union",
        "Dreamers Legal Fund",
        "Latino Teachers Union",
        "Center for Migrant Workers",
        "Queens Worker Justice Project",
        # A complete name that is only the start of a registry name.
        "St. Brigid's Parish",
        # A short name not in capitals, or with other words than generic ones.
        "the drsc network",
        "LISN Youth Choir",
    ],
)
def test_must_not_match(text):
    assert REGISTRY.match(text) is None


def test_two_close_registry_names_match_neither():
    matcher = OrganizationMatcher(
        [
            OrganizationEntry(1, "Latino Parents United"),
            OrganizationEntry(2, "Latino Parents Unidos"),
            OrganizationEntry(3, "Dreamers Rising Student Coalition"),
            OrganizationEntry(4, "Dreamers Rising Action Fund"),
        ]
    )
    assert matcher.match("Latino Parents Union") is None
    assert matcher.match("Dreamers Rising") is None
    assert matcher.match("Dreamers Rising Action Fund").id == 4


# Sets X, Y and Z: shortened words, initials for words, "X of the Y" reordered.
XYZ_MATCHER = OrganizationMatcher(
    [
        OrganizationEntry(
            1, "Salvadoran TPS Committee of Metropolitan Washington (Comité TPS)", ""
        ),
        OrganizationEntry(2, "Holy Family Immigration Legal Services (HFILS)", "HFILS"),
        OrganizationEntry(3, "Capital Region Haitian Families Network (CRHFN)", ""),
        OrganizationEntry(4, "Metro Atlanta Government Workers Union", ""),
        OrganizationEntry(5, "Holy Family Parish", ""),
        OrganizationEntry(6, "Capital Region Immigrant Coalition", ""),
        OrganizationEntry(7, "Haitian Families Network of Miami", ""),
        OrganizationEntry(8, "St. Anne Legal Services", ""),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("Salvadoran TPS Committee of Metro Washington", 1, "abbreviation"),
        ("Metropolitan Atlanta Govt Workers Union", 4, "abbreviation"),
        ("Holy Family ILS", 2, "initials"),
        ("Holy Family I.L.S.", 2, "initials"),
        ("St. Anne LS", 8, "initials"),
        ("Haitian Families Network of the Capital Region", 3, "reordered"),
        ("Haitian Families Network of Capital Region", 3, "reordered"),
        ("Miami Haitian Families Network", 7, "reordered"),
    ],
)
def test_shortened_words_initials_and_reordered_names_are_close(text, expected, rule):
    found = XYZ_MATCHER.match(text)
    assert found is not None
    assert (found.id, found.how, found.rule) == (expected, "fuzzy", rule)
    assert not found.exact


@pytest.mark.parametrize(
    "text",
    [
        "Holy Family IS",  # initials of part of the rest only
        "Holy Family ILSX",
        "Family ILS",  # the first words must be the name's first words
        "Immigrant ILS",
        "Coalition of the Capital Region Immigrant",  # not a kind at the end
        "Immigrant Coalition of the Capital Region Haitian",
        "Haitian Families Network of the Capital",
        "Metro Washington Committee",
        "Salvadoran TPS Committee of Metro Baltimore",
    ],
)
def test_close_forms_do_not_stretch_to_other_names(text):
    assert XYZ_MATCHER.match(text) is None


# Sets AA to AE: initials for words inside a name, units and tables.
AAE_MATCHER = OrganizationMatcher(
    [
        OrganizationEntry(
            1, "Mount Olive African Methodist Episcopal Church", "Mount Olive AME"
        ),
        OrganizationEntry(2, "Satilla Circuit Public Defender Office", ""),
        OrganizationEntry(3, "Southern Crossroads", ""),
        OrganizationEntry(4, "Mount Olive Baptist Church", ""),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected", "how"),
    [
        ("Mount Olive A.M.E. Church", 1, "fuzzy"),
        ("Mount Olive AME Church", 1, "fuzzy"),
        (
            "Immigration Unit of the Satilla Circuit Public Defender Office",
            2,
            "chapter",
        ),
        ("Tennessee Table of Southern Crossroads", 3, "chapter"),
        ("Youth Program of Southern Crossroads", 3, "chapter"),
    ],
)
def test_initials_inside_a_name_and_units_of_an_organization(text, expected, how):
    found = AAE_MATCHER.match(text)
    assert found is not None
    assert (found.id, found.how) == (expected, how)
    assert not found.exact


@pytest.mark.parametrize(
    "text",
    [
        "Mount Olive AMC Church",  # initials of no run of the name's words
        "Mount Olive AME Temple",  # the last words must be the name's
        "Olive AME Church",  # the first words must be the name's first words
        "Immigration Unit of the Okefenokee Public Defender Office",  # no parent
        "Tennessee Table",
    ],
)
def test_initials_and_units_do_not_stretch_to_other_names(text):
    assert AAE_MATCHER.match(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A unit named after the organization's possessive.
        ("Harbor Fund's Washington Legislative Office", (41, "chapter")),
        ("HF\u2019s Immigrants\u2019 Rights Project", (41, "chapter")),
        # The organization's office in a state.
        ("Colorado HF", (41, "chapter")),
        ("New Mexico Harbor Fund", (41, "chapter")),
        # A role after the possessive is no unit; a fuzzy parent is no parent.
        ("Harbor Fund's Policy Director", None),
        ("Harbour Funds's Legal Project", None),
    ],
)
def test_units_and_state_offices_of_a_registry_organization(text, expected):
    matcher = OrganizationMatcher([OrganizationEntry(41, "Harbor Fund (HF)", "HF")])
    found = matcher.match(text)
    assert ((found.id, found.how) if found else None) == expected


# Sets AP to AT: a program "at" its institution, written for the registry's
# "institution program".
def test_a_program_at_its_institution_is_the_registry_name_reordered():
    matcher = OrganizationMatcher(
        [
            OrganizationEntry(1, "Saltmarsh College of Law Tenant Rights Clinic", ""),
            OrganizationEntry(2, "Saltmarsh College of Law", ""),
        ]
    )
    found = matcher.match("Tenant Rights Clinic at Saltmarsh College of Law")
    assert found is not None
    assert (found.id, found.rule) == (1, "reordered")
    # The institution alone is still itself.
    assert matcher.match("Saltmarsh College of Law").id == 2
    # A program the registry does not hold is not stretched to another.
    assert matcher.match("Eviction Defense Clinic at Saltmarsh College of Law") is None
