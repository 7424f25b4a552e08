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
