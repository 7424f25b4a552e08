"""Nominal speakers on war news (issue 11 §3): "officials" and "the researchers" speak for the body the
article is talking about there, never the other side named nearby. Our own sentences."""

from __future__ import annotations


def _speakers(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {st.source.text: st.speaker for st in doc._.statements if st.source is not None}


def test_officials_after_a_speaker_of_one_side_are_that_side_not_the_other_named_nearby(nlp):
    text = (
        "Russian attacks on civilians continued on Sunday.\n\n"
        "Ukraine's government said that Russia had launched 24 drones overnight.\n\n"
        "Six people were wounded in a strike on a village, local officials said."
    )
    speakers = _speakers(nlp, text)
    assert speakers["Ukraine's government"] == "gov:UKR"
    assert speakers["local officials"] == "gov:UKR"


def test_a_definite_plural_source_repeats_the_earlier_source_with_that_noun(nlp):
    text = (
        "Hackers are targeting the vote, researchers at Microsoft said in a report.\n\n"
        "The activity could increase in the coming months, the researchers said."
    )
    speakers = _speakers(nlp, text)
    assert speakers["researchers at Microsoft"] == "org:microsoft"
    assert speakers["the researchers"] == "org:microsoft"
