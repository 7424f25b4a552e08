"""Statements and speakers of round s12 (main) on wire-style passages of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Kremlin said on Monday it was ready for talks with Kyiv, but accused the United States "
            "of prolonging the war.",
            "it was ready for talks with Kyiv",
        ),
        (
            "Warsaw said it would close two crossings, and called on Minsk to withdraw its troops.",
            "it would close two crossings",
        ),
    ],
)
def test_a_second_verb_of_the_speaker_ends_the_content_of_the_first(nlp, text, content):
    """Before, the content ran on to ", but" (the parser left the conjunction inside the clause)."""
    (st,) = [s for s in nlp(text)._.statements if s.cue.text == "said"]
    assert [c.text for c in st.content] == [content]


@pytest.mark.parametrize(
    ("text", "source", "speaker", "content"),
    [
        (
            "Peskov, asked about the strikes on the refinery, said Moscow would respond.",
            "Peskov",
            "person:dmitry-peskov",
            "Moscow would respond",
        ),
        (
            "Dmitry Peskov, asked whether talks were possible, said the Kremlin was open to them.",
            "Dmitry Peskov",
            "person:dmitry-peskov",
            "the Kremlin was open to them",
        ),
        (
            "Zelensky, questioned about the losses, told reporters the army would hold.",
            "Zelensky",
            "person:volodymyr-zelensky",
            "the army would hold",
        ),
    ],
)
def test_the_one_asked_in_an_aside_is_the_speaker_and_the_aside_no_statement(
    nlp, text, source, speaker, content
):
    """Before, "asked about ..." was Peskov's statement and "said" had no source (the parser made the
    name the subject of "asked")."""
    (st,) = nlp(text)._.statements
    assert (st.source.text, st.speaker, [c.text for c in st.content]) == (source, speaker, [content])
