import datetime

import pytest

from newsroom.apstyle import ap_date, ap_state, dateline
from newsroom.blocks import attribution_text


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (datetime.date(2022, 3, 29), "March 29, 2022"),
        (datetime.date(2023, 9, 5), "Sept. 5, 2023"),
        (datetime.date(2024, 1, 12), "Jan. 12, 2024"),
        (datetime.date(2024, 7, 4), "July 4, 2024"),
        (datetime.date(2025, 12, 1), "Dec. 1, 2025"),
    ],
)
def test_ap_dates_abbreviate_only_the_long_months(date, expected):
    assert ap_date(date) == expected


def test_dateline_uses_capitals_ap_state_and_an_em_dash():
    date = datetime.date(2022, 3, 29)
    assert dateline("Washington", "DC", date) == "WASHINGTON, D.C. — March 29, 2022"
    assert dateline("Nogales", "AZ", date) == "NOGALES, Ariz. — March 29, 2022"
    assert dateline("Houston", "TX", date) == "HOUSTON, Texas — March 29, 2022"
    assert dateline("", "", date) == "March 29, 2022"
    assert dateline("Chicago", "", None) == "CHICAGO"


def test_unknown_state_code_is_shown_as_given():
    assert ap_state("IL") == "Ill."
    assert ap_state("ZZ") == "ZZ"


def test_attribution_reads_like_ap_copy():
    assert (
        attribution_text(
            "Fredrick Tamsin", "senior policy counsel", "Prairie Rights Council", ""
        )
        == "Fredrick Tamsin, senior policy counsel at Prairie Rights Council"
    )
    assert attribution_text("Ana Ruiz", "", "Harbor Legal Aid", "Oakland") == (
        "Ana Ruiz of Harbor Legal Aid in Oakland"
    )
    assert attribution_text("Ana Ruiz", "organizer", "", "") == "Ana Ruiz, organizer"
