"""Furniture rules of session 14 (furniture.json v21): TASS datelines with a comma or a year, agency
datelines without a dash, unknown agencies before a dash, wire credits run into the text and FILE captions.
Our own sentences; the names and places are invented."""

from __future__ import annotations

import json

import pytest

from newsledger.layout import DEFAULT_FURNITURE, FurnitureRules, dateline_of

FURNITURE = FurnitureRules.load(None)


def marks(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind, _ in FURNITURE.find(text)]


def test_the_file_says_version_21_and_the_new_notes_say_so():
    raw = json.loads(DEFAULT_FURNITURE.read_text(encoding="utf-8"))
    assert raw["version"] >= 21
    assert sum("v21:" in r.get("note", "") for r in raw["rules"]) >= 5


# -- 1. TASS datelines: a comma or a full stop after the date, a year or not ---------------------------
@pytest.mark.parametrize(
    ("text", "dateline", "date", "agency"),
    [
        (
            "HARBOURTOWN, July 13, /ITAR-TASS/. The port authority has refused to pay the fee.",
            "HARBOURTOWN, July 13, /ITAR-TASS/.",
            "July 13",
            "ITAR-TASS",
        ),
        (
            "NORDVIK, March 4, 2022. /TASS/. The council said it would answer on Friday.",
            "NORDVIK, March 4, 2022. /TASS/.",
            "March 4, 2022",
            "TASS",
        ),
        (
            "NORDVIK, March 4. /TASS/. The council said it would answer on Friday.",
            "NORDVIK, March 4. /TASS/.",
            "March 4",
            "TASS",
        ),
    ],
)
def test_tass_datelines_with_a_comma_or_a_year(text, dateline, date, agency):
    assert marks(text) == [("dateline", dateline)]
    line = dateline_of(FURNITURE.find(text))
    assert (line["place"], line["date"], line["agency"]) == (dateline.split(",")[0], date, agency)


def test_a_date_and_a_slash_in_a_body_sentence_is_no_tass_dateline():
    text = "The council met on July 13, /in secret/ as one member put it, and said nothing."
    assert marks(text) == []


# -- 2. a known agency's dateline with no dash ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dateline", "place", "agency"),
    [
        (
            "HARBOURTOWN (Reuters) A militia chief said on Monday his men had left.",
            "HARBOURTOWN (Reuters)",
            "HARBOURTOWN",
            "Reuters",
        ),
        (
            "NORDVIK, Feb. 11 (AP) The council voted to close the bridge.",
            "NORDVIK, Feb. 11 (AP)",
            "NORDVIK",
            "AP",
        ),
        (
            "PORT ELLIS, Westmark (AFP) Officials closed the border crossing.",
            "PORT ELLIS, Westmark (AFP)",
            "PORT ELLIS, Westmark",
            "AFP",
        ),
        (
            "Harbourtown (Prensa Latina) Relations between the two ports grew last year.",
            "Harbourtown (Prensa Latina)",
            "Harbourtown",
            "Prensa Latina",
        ),
        (
            "Port Ellis (Tasnim) The navy said two drones had been downed.",
            "Port Ellis (Tasnim)",
            "Port Ellis",
            "Tasnim",
        ),
        (
            "NORDVIK (Kazinform) The mayor opened the new terminal.",
            "NORDVIK (Kazinform)",
            "NORDVIK",
            "Kazinform",
        ),
    ],
)
def test_an_agency_dateline_without_a_dash_marks_the_place_and_the_bracket(text, dateline, place, agency):
    assert marks(text) == [("dateline", dateline)]
    line = dateline_of(FURNITURE.find(text))
    assert (line["place"], line["agency"]) == (place, agency)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "HARBOURTOWN (Reuters) - A militia chief said on Monday his men had left.",
            "HARBOURTOWN (Reuters) -",
        ),
        ("Harbourtown (Reuters) — The council voted to close the bridge.", "Harbourtown (Reuters) —"),
    ],
)
def test_an_agency_dateline_with_a_dash_is_still_one_dateline(text, dateline):
    assert marks(text) == [("dateline", dateline)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks in GENEVA (Switzerland) went on.",
        "GENEVA (Switzerland) went on with the talks.",
        "Harbourtown (Reuters) officials said the port was shut.",  # no capitalised word after it
        "The Kremlin (TASS) Jane Roe said the talks had ended.",  # an article opens it: no place
        "Harbour News Agency (Tasnim) Reporter Jane Roe said the port was shut.",  # an outlet, not a place
        "Talks resumed in Harbourtown (Reuters) The mayor said.",  # not at a line start
        "Jane Roe of Harbourtown told Reuters The port was shut.",
    ],
)
def test_body_sentences_with_a_bracket_are_no_dateline(text):
    assert [k for k, _ in marks(text)] == []


# -- 3. an agency the list does not know, before a dash, no date ---------------------------------------
@pytest.mark.parametrize(
    ("text", "dateline", "agency"),
    [
        (
            "HARBOURTOWN (Harbour Wire) – A defence ministry spokesman said the drones fell.",
            "HARBOURTOWN (Harbour Wire) –",
            "Harbour Wire",
        ),
        (
            "PORT ELLIS (Nordpress) - The governor said the roads were open.",
            "PORT ELLIS (Nordpress) -",
            "Nordpress",
        ),
        (
            "NEW NORDVIK (Westmark Daily Wire) — Officials said the vote would go ahead.",
            "NEW NORDVIK (Westmark Daily Wire) —",
            "Westmark Daily Wire",
        ),
    ],
)
def test_an_unknown_agency_before_a_dash_is_a_dateline(text, dateline, agency):
    assert marks(text) == [("dateline", dateline)]
    assert dateline_of(FURNITURE.find(text))["agency"] == agency


@pytest.mark.parametrize(
    "text",
    [
        "ICC (International Criminal Court) – The court said it would rule soon.",  # a body spelt out
        "UPDATE (Monday) – The ministry said the port had reopened.",  # a page's label
        "HARBOURTOWN (Harbour Wire) said on Monday the port was shut.",  # no dash
        "The talks in HARBOURTOWN (Harbour Wire) – officials said – went on.",  # not at a line start
        "HARBOURTOWN (the port) – officials said it went on.",  # no capitalised word in the bracket
        "EU (Brussels) – The bloc said it would answer.",  # a place of two capitals only
    ],
)
def test_no_unknown_agency_dateline_in_these(text):
    assert [k for k, _ in marks(text) if k == "dateline"] == []


# -- 4. the agencies added in v21 ------------------------------------------------------------------
def test_the_agencies_list_holds_the_new_agencies_once():
    agencies = FURNITURE.raw["agencies"]
    names = (
        "Tasnim|Fars|Mehr|ISNA|IRNA|Prensa Latina|ITAR-TASS|Itar-Tass|RIA|Interfax-Ukraine|UNN|RBC-Ukraine|"
        "BTA|CTK|Jiji|Bernama|Antara|KCNA|SANA|WAFA|MENA|APA|Trend|Azertac|Armenpress|Kazinform|Tanjug|"
        "HINA|MTI|Agerpres|Lusa|TRT|NHK|Belta|BelTA|TASS|RIA Novosti|Kyodo|KUNA|Yonhap|PAP|Ukrinform"
    )
    for name in names.split("|"):
        assert name in agencies
    assert len(agencies) == len(set(agencies))


@pytest.mark.parametrize("agency", ["Tasnim", "ITAR-TASS", "Interfax-Ukraine", "Bernama", "Agerpres"])
def test_a_new_agency_makes_a_dateline_with_a_dash(agency):
    text = f"NORDVIK, March 4 ({agency}) - The council said it would answer."
    assert marks(text) == [("dateline", f"NORDVIK, March 4 ({agency}) -")]
    assert dateline_of(FURNITURE.find(text))["agency"] == agency


# -- 5. a wire photo credit run into the text -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "The ministry spoke after talks with Harbour's Jane REUTERS/Jane Emin Roe/File Photo and the "
            "mayor left.",
            "REUTERS/Jane Emin Roe/File Photo",
        ),
        ("REUTERS/Jane Roe", "REUTERS/Jane Roe"),
        ("Troops rest near the bridge AFP/John Doe/Pool and the council met on Monday.", "AFP/John Doe/Pool"),
        (
            "The port was shut on Monday, SPUTNIK/Jane de Roe/Handout the mayor said.",
            "SPUTNIK/Jane de Roe/Handout",
        ),
        ("The mayor of Nordvik UKRINFORM/J. Roe spoke on Monday.", "UKRINFORM/J. Roe"),
    ],
)
def test_a_capitals_wire_credit_run_into_the_text_is_marked_alone(text, credit):
    assert marks(text) == [("credit", credit)]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour's Jane Roe said the talks would go on.",
        "An AP/NORC poll found most voters backed the plan.",
        "A REUTERS/Ipsos poll found support for the plan fell.",
        "The Reuters/Jane poll is no credit in capitals.",
        "The mayor said the TASS/Interfax reports were wrong.",
    ],
)
def test_no_run_in_credit_in_these(text):
    assert [k for k, _ in marks(text) if k == "credit"] == []


# -- 6. FILE captions ----------------------------------------------------------------------------
CAPTION = (
    "FILE - Westmark soldiers prepare to fire at positions across the river from a howitzer in "
    "Harbourtown region, Westmark, July 14, 2022. (AP Photo/Jane Roe, File)"
)


@pytest.mark.parametrize(
    "caption",
    [
        CAPTION,
        "FILE - Westmark soldiers walk past a burnt tank near Nordvik, Westmark, on Tuesday, Feb. 22, 2022.",
        "FILE PHOTO - Soldiers walk past a burnt tank in Harbourtown, July 14, 2022.",
        "FILE PHOTO: Soldiers walk past a burnt tank in Harbourtown, July 14, 2022. REUTERS/Jane Roe",
        # longer than max_line: the caption rule is a match, not a line
        "FILE - Westmark soldiers of a mechanised brigade prepare to fire at positions across the river "
        "from a towed howitzer supplied by allies, in the Harbourtown region of eastern Westmark, near the "
        "town of Nordvik, on Thursday, July 14, 2022. (AP Photo/Jane Roe, File)",
    ],
)
def test_a_file_caption_is_one_caption_and_no_file_dateline_is_left(caption):
    text = f"Harbourtown port reopens\n\n{caption}\n\nThe port reopened on Monday, officials said."
    assert marks(text) == [("caption", caption)]
    assert dateline_of(FURNITURE.find(text)) is None


def test_a_file_caption_run_into_the_body_is_marked_up_to_its_credit():
    caption = "FILE - Westmark soldiers fire a howitzer near Harbourtown. (AP Photo/Jane Roe, File)"
    text = f"{caption} NORDVIK, Westmark (AP) — The council said the port would reopen."
    assert marks(text)[0] == ("caption", caption)
    assert ("dateline", "NORDVIK, Westmark (AP) —") not in marks(text)  # not at a line start
    assert len(marks(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "File sharing is banned on the ministry's network, July 14, 2022.",
        "Files - the ministry said - were lost on July 14, 2022.",
        "The ministry said it would FILE - if it had to - a complaint on July 14, 2022.",
    ],
)
def test_no_file_caption_in_these(text):
    assert [k for k, _ in marks(text) if k == "caption"] == []


def test_a_file_line_with_no_date_or_credit_at_its_end_keeps_only_the_file_mark():
    text = "FILE - Westmark soldiers fire a howitzer near Harbourtown as officials said the strikes went on."
    assert marks(text) == [("dateline", "FILE -")]
