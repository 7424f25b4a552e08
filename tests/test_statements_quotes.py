"""Quote-mark scanning (no spaCy): which stretches of text are quotations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsledger.layout import find_quotes


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quotes(text)]


def test_straight_double_quotes_with_apostrophe_inside():
    assert quoted('He said "we don\'t know," and left.') == ['"we don\'t know,"']


def test_two_curly_quotes_in_one_sentence():
    assert quoted("“Yes,” he said, “at once.”") == ["“Yes,”", "“at once.”"]


def test_apostrophes_do_not_open_or_close_single_quotes():
    text = "'I can't,' she said of Russia's plan."
    assert quoted(text) == ["'I can't,'"]
    assert quoted("The country's army won't move.") == []


def test_curly_single_quotes_and_plural_possessive():
    assert quoted("They said ‘no’ to the leaders' idea.") == ["‘no’"]


def test_doubled_single_quotes_of_wire_archives():
    assert quoted("He said ''I don't like it,'' adding more.") == ["''I don't like it,''"]


def test_quote_reopened_in_the_next_paragraph_continues():
    assert quoted("“First part.\n\n“Second part,” he said.") == ["“First part.\n\n“Second part,”"]


def test_unclosed_quote_ends_with_its_paragraph():
    assert quoted('"Never closed.\nNext one "x" here.') == ['"Never closed.', '"x"']


@given(st.text(alphabet=st.sampled_from(list("ab '\"“”‘’\n,.")), max_size=80))
def test_quotes_are_ordered_disjoint_and_open_with_a_quote_mark(text):
    spans = find_quotes(text)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start] in "'\"“‘"
