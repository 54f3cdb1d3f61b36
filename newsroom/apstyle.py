"""AP style for datelines and dates.

AP abbreviates some months when a date follows (Jan., Feb., Aug., Sept., Oct.,
Nov., Dec.) and spells out the rest; states take AP abbreviations, not postal
codes, in datelines ("NOGALES, Ariz."), and a few cities stand alone.
"""

from __future__ import annotations

import datetime

US_STATES: list[tuple[str, str, str]] = [
    # (postal code, name, AP abbreviation; AP spells out short names)
    ("AL", "Alabama", "Ala."),
    ("AK", "Alaska", "Alaska"),
    ("AZ", "Arizona", "Ariz."),
    ("AR", "Arkansas", "Ark."),
    ("CA", "California", "Calif."),
    ("CO", "Colorado", "Colo."),
    ("CT", "Connecticut", "Conn."),
    ("DE", "Delaware", "Del."),
    ("DC", "District of Columbia", "D.C."),
    ("FL", "Florida", "Fla."),
    ("GA", "Georgia", "Ga."),
    ("HI", "Hawaii", "Hawaii"),
    ("ID", "Idaho", "Idaho"),
    ("IL", "Illinois", "Ill."),
    ("IN", "Indiana", "Ind."),
    ("IA", "Iowa", "Iowa"),
    ("KS", "Kansas", "Kan."),
    ("KY", "Kentucky", "Ky."),
    ("LA", "Louisiana", "La."),
    ("ME", "Maine", "Maine"),
    ("MD", "Maryland", "Md."),
    ("MA", "Massachusetts", "Mass."),
    ("MI", "Michigan", "Mich."),
    ("MN", "Minnesota", "Minn."),
    ("MS", "Mississippi", "Miss."),
    ("MO", "Missouri", "Mo."),
    ("MT", "Montana", "Mont."),
    ("NE", "Nebraska", "Neb."),
    ("NV", "Nevada", "Nev."),
    ("NH", "New Hampshire", "N.H."),
    ("NJ", "New Jersey", "N.J."),
    ("NM", "New Mexico", "N.M."),
    ("NY", "New York", "N.Y."),
    ("NC", "North Carolina", "N.C."),
    ("ND", "North Dakota", "N.D."),
    ("OH", "Ohio", "Ohio"),
    ("OK", "Oklahoma", "Okla."),
    ("OR", "Oregon", "Ore."),
    ("PA", "Pennsylvania", "Pa."),
    ("PR", "Puerto Rico", "P.R."),
    ("RI", "Rhode Island", "R.I."),
    ("SC", "South Carolina", "S.C."),
    ("SD", "South Dakota", "S.D."),
    ("TN", "Tennessee", "Tenn."),
    ("TX", "Texas", "Texas"),
    ("UT", "Utah", "Utah"),
    ("VT", "Vermont", "Vt."),
    ("VA", "Virginia", "Va."),
    ("WA", "Washington", "Wash."),
    ("WV", "West Virginia", "W.Va."),
    ("WI", "Wisconsin", "Wis."),
    ("WY", "Wyoming", "Wyo."),
]

STATE_CHOICES = [(code, name) for code, name, _ in US_STATES]
STATE_NAMES = {code: name for code, name, _ in US_STATES}
AP_STATE = {code: ap for code, _, ap in US_STATES}

AP_MONTHS = {
    1: "Jan.",
    2: "Feb.",
    3: "March",
    4: "April",
    5: "May",
    6: "June",
    7: "July",
    8: "Aug.",
    9: "Sept.",
    10: "Oct.",
    11: "Nov.",
    12: "Dec.",
}


def ap_date(value: datetime.date | datetime.datetime | None) -> str:
    """Format a date in AP style: "March 29, 2022", "Sept. 5, 2023"."""
    if value is None:
        return ""
    return f"{AP_MONTHS[value.month]} {value.day}, {value.year}"


def ap_state(code: str) -> str:
    """The AP abbreviation of a state given its postal code ("IL" -> "Ill.")."""
    return AP_STATE.get((code or "").upper(), code or "")


def dateline(
    city: str, state: str, date: datetime.date | datetime.datetime | None
) -> str:
    """An AP dateline: "WASHINGTON, D.C. — March 29, 2022".

    The city is capitalized, the state takes its AP abbreviation, and the
    date follows an em dash. Missing parts are left out rather than invented.
    """
    place = (city or "").strip().upper()
    if place and state:
        place = f"{place}, {ap_state(state)}"
    when = ap_date(date)
    return " — ".join(part for part in (place, when) if part)
