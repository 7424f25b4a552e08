"""Page furniture of news sites the dev pages do not show (session 10): archives that close every line
with a full stop, photographers credited "via" a library, credits in brackets run on after the last
sentence, production credits, newsletter widgets, bios without an article. Our own sentences; body
sentences of the same words stay unmarked, and nothing in furniture yields an actor, statement or event."""

from __future__ import annotations

from newsledger.layout import FurnitureRules

FURNITURE = FurnitureRules.load()

BODY = (
    "The harbour council voted on Tuesday night to close two grain terminals for repairs, and the mayor "
    "said in a statement on Wednesday that the work would take most of the summer."
)


def marks(text: str) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind, _ in FURNITURE.find(text)]


def test_headlines_closed_with_a_full_stop_under_a_quoted_heading_are_related_links():
    text = (
        f'Council Shuts Terminals.\n\n{BODY}\n\n"Related:"\n\n'
        "Mayor Wins Vote On Harbour Budget.\n\nWhy The Grain Trade Moved North.\n\n"
        "Ferry Strike Ends After Two Weeks\n"
    )
    assert marks(text) == [
        ("related", '"Related:"'),
        ("related", "Mayor Wins Vote On Harbour Budget."),
        ("related", "Why The Grain Trade Moved North."),
        ("related", "Ferry Strike Ends After Two Weeks"),
    ]


def test_sentences_closed_with_a_full_stop_after_the_body_stay_unmarked():
    text = (
        f"Council Shuts Terminals.\n\n{BODY}\n\nThe vote was close.\n\nShe said the work would start soon.\n"
    )
    assert marks(text) == []


def test_a_photographer_via_a_library_and_a_library_alone_are_credits():
    text = f"Council Shuts Terminals\n\n{BODY}\n\nOskar Lindqvist via Getty Images.\n\n{BODY}\n\nGetty.\n"
    assert marks(text) == [
        ("credit", "Oskar Lindqvist via Getty Images"),
        ("credit", "Getty."),
    ]


def test_closing_credits_in_brackets_after_the_last_sentence_are_a_byline():
    text = (
        f"Council Shuts Terminals\n\n{BODY} The port will reopen in September. (Reporting by Mira Holm "
        "in Bergen; Editing by Tomas Berg.)\n"
    )
    assert marks(text) == [("byline", "(Reporting by Mira Holm in Bergen; Editing by Tomas Berg.)")]


def test_production_credits_on_a_line_of_their_own_are_a_byline():
    line = "Story by Mira Holm\xa0Video produced by Tomas BergCinematography by Ada Lund"
    text = f"Council Shuts Terminals\n\n{BODY}\n\n{line}\n"
    assert marks(text) == [("byline", line)]


def test_a_newsletter_widget_is_a_share_prompt():
    text = (
        f"Council Shuts Terminals\n\n{BODY}\n\nWant more updates from Mira? Sign up for her newsletter, "
        "Harbour Notes.\n\nEnter your email address:\n"
    )
    assert marks(text) == [
        ("share", "Want more updates from Mira? Sign up for her newsletter, Harbour Notes."),
        ("share", "Enter your email address:"),
    ]


def test_a_closing_bio_without_an_article_and_an_update_note_are_footers():
    text = (
        f"Council Shuts Terminals\n\n{BODY}\n\nThis story has been updated with comment from the mayor.\n\n"
        "Mira Holm is senior business editor at the Harbour Gazette.\n"
    )
    assert marks(text) == [
        ("footer", "This story has been updated with comment from the mayor."),
        ("footer", "Mira Holm is senior business editor at the Harbour Gazette."),
    ]


def test_common_page_shapes_of_news_sites_are_furniture():
    cases = [
        ("Related: Ferry strike ends after two weeks", "related"),
        ("Follow us on Twitter and Facebook", "share"),
        ("Subscribe to our newsletter", "share"),
        ("Advertisement", "ad"),
        ("This article was originally published by the Harbour Gazette.", "footer"),
        ("Read more: Ferry strike ends after two weeks", "teaser"),
    ]
    for line, kind in cases:
        text = f"Council Shuts Terminals\n\n{BODY}\n\n{line}\n\n{BODY}\n"
        assert (kind, line) in marks(text), line
    text = f"Council Shuts Terminals\n\n{BODY}\n\nMira Holm is a correspondent for the Harbour Gazette.\n"
    assert ("footer", "Mira Holm is a correspondent for the Harbour Gazette.") in marks(text)
    text = f"Council Shuts Terminals\n\nThe closed terminal (Photo: Ada Lund/Nordpix)\n\n{BODY}\n"
    assert marks(text)[0][0] == "caption"


def test_nothing_in_the_furniture_yields_an_actor_a_statement_or_an_event(analyze):
    text = (
        f'Council Shuts Terminals\n\n{BODY}\n\n"Related:"\n\n'
        "Senator Lund Attacks Mayor Holm Over Budget.\n\n"
        "Ferry Strike Ends As Union Chief Berg Signs Deal.\n\nOskar Lindqvist via Getty Images.\n\n"
        "Want more updates from Mira? Sign up for her newsletter, Harbour Notes.\n"
    )
    result = analyze(text)
    assert {a.id for a in result.actors} == set()
    body_end = text.index(BODY) + len(BODY)
    assert all(s.cue.start < body_end for s in result.statements)
    assert all(e.trigger.start < body_end for e in result.events)


def test_a_sign_up_prompt_for_a_reporters_emails_and_an_app_prompt_are_share_prompts():
    lines = [
        "Sign up to receive e-mail alerts whenever reporter Mira Holm files from the port.",
        "For more from the Harbour Gazette, download our app for iOS or Android.",
    ]
    text = f"Council Shuts Terminals\n\n{BODY}\n\n{lines[0]}\n\n{BODY}\n\n{lines[1]}\n"
    assert marks(text) == [("share", lines[0]), ("share", lines[1])]
    body = f"Council Shuts Terminals\n\n{BODY}\n\nShe told voters to download the app before the vote.\n"
    assert marks(body) == []


def test_a_closing_bio_of_an_honorific_and_a_surname_is_a_footer():
    line = "Ms. Holm is Director of the Harbour Studies Program at the Nordic Institute."
    text = f"Council Shuts Terminals\n\n{BODY}\n\n{BODY}\n\n{line}\n"
    assert marks(text) == [("footer", line)]
    body = f"Council Shuts Terminals\n\n{BODY}\n\n{BODY}\n\nMs. Holm is angry about the vote, she said.\n"
    assert marks(body) == []
