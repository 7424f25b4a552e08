"""Trailing attributions the parser misreads (issue 11 §3). Our own sentences."""

from __future__ import annotations

from newsledger.extract.statements import rule_statements


def test_an_inverted_source_after_the_cue_wins_over_a_subject_the_parser_hung_on_it(nlp):
    # en_core_web_sm hangs "East Germany" on "said" as a subject too; the source is the one after it
    text = "He has made much of his years in Dresden, in 1980s East Germany, and it shaped him, said Walton."
    sts = [s for s in rule_statements(nlp(text)) if s.cue.text == "said"]
    assert len(sts) == 1
    assert sts[0].source is not None and sts[0].source.text == "Walton"
    assert sts[0].content[0].text.endswith("East Germany, and it shaped him")
