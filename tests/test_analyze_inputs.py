"""`newsledger.analyze` on text Python can hold but UTF-8 cannot, on bytes, and on what is not text."""

from __future__ import annotations

import pytest

import newsledger

pytestmark = pytest.mark.slow


def test_lone_surrogates_become_replacement_characters_with_offsets_kept():
    text = "Defence Secretary Ben Wallace said the \ud800 talks had failed."
    result = newsledger.analyze(text)
    assert result.article.text == text.replace("\ud800", "\ufffd")
    assert len(result.article.text) == len(text)
    assert any("surrogate" in note for note in result.article.notes)
    assert result.check_offsets() == []
    result.to_json().encode("utf-8")  # storable
    assert [s.speaker for s in result.statements] == ["person:ben-wallace"]


def test_bytes_are_decoded_as_the_file_readers_decode_them():
    result = newsledger.analyze(b"Lavrov said the West was to blame.")
    assert result.article.text == "Lavrov said the West was to blame."
    assert result.statements[0].speaker == "person:sergey-lavrov"


def test_anything_else_is_a_type_error_naming_the_type():
    with pytest.raises(TypeError, match="int"):
        newsledger.analyze(123)  # type: ignore[arg-type]
