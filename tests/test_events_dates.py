"""Relative dates resolved against the publication date (2022-05-13 was a Friday)."""

from __future__ import annotations

import pytest

from newsledger.extract.dates import normalise_date

PUB = "2022-05-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Wednesday", "2022-05-11"),
        ("Friday", "2022-05-13"),
        ("last Friday", "2022-05-06"),
        ("yesterday", "2022-05-12"),
        ("today", "2022-05-13"),
        ("last year", "2021"),
        ("last month", "2022-04"),
        ("in late February", "2022-02"),
        ("February 1", "2022-02-01"),
        ("1 March 2021", "2021-03-01"),
        ("December 3", "2021-12-03"),  # months after the article are last year's
        ("in 2014", "2014"),
    ],
)
def test_relative_dates(text, expected):
    assert normalise_date(text, PUB) == expected


def test_without_a_publication_date_only_absolute_dates_resolve():
    assert normalise_date("on Wednesday", None) is None
    assert normalise_date("February 1", None) is None
    assert normalise_date("24 February 2022", None) == "2022-02-24"
    assert normalise_date("last year", "not a date") is None
