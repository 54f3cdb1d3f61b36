"""A slice of the schema.org vocabulary, for validating our JSON-LD.

Written from https://schema.org/ (version 29): for each type, its parent and
the properties it *defines* (inherited ones come from the parent chain), and
for the object-valued properties we use, the types they accept. Only types
the site emits (and their ancestors) are listed; an unknown type or a
property that is not defined on a type or its ancestors fails validation.
"""

from __future__ import annotations

TYPES: dict[str, tuple[str | None, set[str]]] = {
    "Thing": (
        None,
        {
            "additionalType",
            "alternateName",
            "description",
            "disambiguatingDescription",
            "identifier",
            "image",
            "mainEntityOfPage",
            "name",
            "potentialAction",
            "sameAs",
            "subjectOf",
            "url",
        },
    ),
    "CreativeWork": (
        "Thing",
        {
            "about",
            "alternativeHeadline",
            "author",
            "citation",
            "copyrightHolder",
            "copyrightYear",
            "creator",
            "dateCreated",
            "dateModified",
            "datePublished",
            "genre",
            "hasPart",
            "headline",
            "inLanguage",
            "isAccessibleForFree",
            "isPartOf",
            "keywords",
            "mentions",
            "publisher",
            "sourceOrganization",
            "spatialCoverage",
            "text",
            "thumbnailUrl",
        },
    ),
    "Article": (
        "CreativeWork",
        {
            "articleBody",
            "articleSection",
            "backstory",
            "pageEnd",
            "pageStart",
            "pagination",
            "speakable",
            "wordCount",
        },
    ),
    "NewsArticle": (
        "Article",
        {"dateline", "printColumn", "printEdition", "printPage", "printSection"},
    ),
    "Quotation": ("CreativeWork", {"spokenByCharacter"}),
    "MediaObject": (
        "CreativeWork",
        {
            "contentSize",
            "contentUrl",
            "embedUrl",
            "encodingFormat",
            "height",
            "uploadDate",
            "width",
        },
    ),
    "ImageObject": (
        "MediaObject",
        {"caption", "embeddedTextCaption", "exifData", "representativeOfPage"},
    ),
    "Person": (
        "Thing",
        {
            "affiliation",
            "email",
            "familyName",
            "givenName",
            "homeLocation",
            "jobTitle",
            "memberOf",
            "telephone",
            "workLocation",
            "worksFor",
        },
    ),
    "Organization": (
        "Thing",
        {
            "address",
            "email",
            "foundingDate",
            "legalName",
            "location",
            "logo",
            "member",
            "memberOf",
            "telephone",
        },
    ),
    "Place": ("Thing", {"address", "containedInPlace", "geo"}),
}

# Object-valued properties and the types their values may have ("URL" and
# "Text" mean a plain string is allowed).
RANGES: dict[str, set[str]] = {
    "affiliation": {"Organization"},
    "author": {"Organization", "Person"},
    "creator": {"Organization", "Person"},
    "hasPart": {"CreativeWork"},
    "image": {"ImageObject", "URL"},
    "logo": {"ImageObject", "URL"},
    "mainEntityOfPage": {"CreativeWork", "URL"},
    "publisher": {"Organization", "Person"},
    "sameAs": {"URL"},
    "sourceOrganization": {"Organization"},
    "spokenByCharacter": {"Organization", "Person"},
    "workLocation": {"ContactPoint", "Place"},
    "worksFor": {"Organization"},
}


def ancestors(type_name: str) -> list[str]:
    chain = []
    current: str | None = type_name
    while current is not None:
        chain.append(current)
        current = TYPES[current][0]
    return chain


def properties_of(type_name: str) -> set[str]:
    return set().union(*(TYPES[t][1] for t in ancestors(type_name)))


def validate(node, path: str = "$") -> list[str]:
    """Problems found in a JSON-LD node (empty list when it is valid)."""
    problems: list[str] = []
    if isinstance(node, list):
        for index, item in enumerate(node):
            problems += validate(item, f"{path}[{index}]")
        return problems
    if not isinstance(node, dict):
        return problems
    type_name = node.get("@type")
    if type_name not in TYPES:
        return [f"{path}: unknown @type {type_name!r}"]
    allowed = properties_of(type_name)
    for key, value in node.items():
        if key.startswith("@"):
            if key not in ("@context", "@type", "@id"):
                problems.append(f"{path}: unknown keyword {key}")
            continue
        if key not in allowed:
            problems.append(f"{path}: {type_name} has no property {key!r}")
            continue
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            where = f"{path}.{key}" + (f"[{index}]" if isinstance(value, list) else "")
            if isinstance(item, dict):
                expected = RANGES.get(key)
                item_type = item.get("@type")
                if expected is not None and (
                    item_type not in TYPES
                    or not expected.intersection(ancestors(item_type))
                ):
                    problems.append(
                        f"{where}: {item_type!r} is not one of {sorted(expected)}"
                    )
                problems += validate(item, where)
            elif key in RANGES and not RANGES[key] & {"URL", "Text"}:
                problems.append(f"{where}: expected an object, got {item!r}")
    return problems
