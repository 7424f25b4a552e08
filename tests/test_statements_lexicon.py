"""The cue lexicon data file: every row parses, stances are the model's, multiword cues are indexed."""

from __future__ import annotations

import pytest

from newsledger.lexicon.cues import load_lexicon, parse_lexicon


def test_shipped_lexicon_has_a_version_and_the_brief_s_stances():
    lex = load_lexicon()
    assert lex.version == "1"
    assert lex.verbs["say"].stance == "neutral"
    assert lex.verbs["claim"].stance == "distancing"
    assert lex.verbs["admit"].stance == "guilt"
    assert lex.verbs["warn"].stance == "speech-act"
    assert lex.verbs["believe"].stance == "belief"
    assert lex.particles["point"]["out"].stance == "endorsing"
    assert lex.particles["call"]["on"].stance == "speech-act"
    assert "according to" in lex.preps
    assert "statement" in lex.media
    assert "update" in lex.labels


def test_rows_and_header_version():
    lines = [
        "# test lexicon, version 7",
        "cue\tstance\ttype",
        "aver\tdistancing\tverb",
        "spell out\tneutral\tverb+particle",
    ]
    lex = parse_lexicon(lines)
    assert lex.version == "7"
    assert lex.verbs["aver"].stance == "distancing"
    assert lex.particles["spell"]["out"].cue == "spell out"


def test_bad_stance_is_refused():
    with pytest.raises(ValueError):
        parse_lexicon(["cue\tstance\ttype", "aver\tsneaky\tverb"])
