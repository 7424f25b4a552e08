"""Statements on war news (issue 11 §3): the model's statements need a cue the lexicon knows (or a quoted
content introduced by a verb with its subject), and no indirect statement sits inside another's content.
Our own sentences."""

from __future__ import annotations

from newsledger.attribution.combine import attributed, combine
from newsledger.extract.statements import drop_nested, rule_statements
from newsledger.model import Span, Statement

TEXT = 'Kyiv said the talks had failed, adding that the army would hold. "We stay," she bristled.'


def _st(sid: str, cue: str, content: str, *, kind: str = "indirect", stance: str = "neutral",
        method: str = "rules", source: str | None = "Kyiv") -> Statement:  # fmt: skip
    def span(words: str) -> Span:
        start = TEXT.index(words)
        return Span.of(TEXT, start, start + len(words))

    return Statement(
        id=sid, cue=span(cue), content=[span(content)], source=span(source) if source else None,
        kind=kind, cue_lemma=cue, cue_stance=stance, statement_class="speech", method=method,
    )  # fmt: skip


def test_a_model_statement_with_a_cue_outside_the_lexicon_is_dropped():
    rules = [_st("S1", "said", "the talks had failed")]
    unknown = _st("M1", "hold", "the army would hold", stance="unknown", method="model")
    known = _st("M2", "adding", "that the army would hold", method="model")
    merged = combine(rules, [unknown, known])
    assert [(s.cue.text, s.method) for s in merged] == [("said", "rules"), ("adding", "model")]
    assert not attributed(None, unknown)


def test_a_quoted_model_statement_with_its_own_subject_stays(nlp):
    doc = nlp(TEXT)
    quoted = _st(
        "M1", "bristled", '"We stay,"', kind="direct", stance="unknown", method="model", source="she"
    )
    assert attributed(doc, quoted)
    assert [s.cue.text for s in combine([], [quoted], doc)] == ["bristled"]


def test_an_indirect_statement_inside_another_content_is_dropped():
    outer = _st("S1", "said", "the talks had failed, adding that the army would hold")
    inner = _st("S2", "adding", "that the army would hold", source=None)
    quoted = _st("S3", "bristled", '"We stay,"', kind="direct", source="she")
    assert [s.cue.text for s in drop_nested([outer, inner, quoted])] == ["said", "bristled"]


def test_no_statement_nested_in_a_reported_clause(nlp):
    text = "The minister said the United States had claimed that the strike was planned in advance."
    assert [s.cue.text for s in rule_statements(nlp(text))] == ["said", "had claimed"]
    doc = nlp(text)
    assert [(s.cue.text, s.source.text if s.source else None) for s in doc._.statements] == [
        ("said", "The minister")
    ]


def test_a_cue_in_the_infinitive_of_an_act_is_no_statement(nlp):
    doc = nlp("The regime tried to confirm that the troops had left.")
    assert doc._.statements == []
    doc = nlp("The regime sought to confirm that the troops had left.")  # "seek to" is an intention
    assert [(s.cue.text, [c.text for c in s.content]) for s in doc._.statements] == [
        ("sought", ["to confirm that the troops had left"])
    ]
    doc = nlp("He refused to confirm that the troops had left.")
    assert [(s.cue.text, [c.text for c in s.content]) for s in doc._.statements] == [
        ("refused", ["to confirm that the troops had left"])
    ]


def test_maintain_with_a_noun_object_is_an_act_not_a_claim(nlp):
    doc = nlp("The alliance will maintain unity across the Atlantic.")
    assert doc._.statements == []
    doc = nlp("He has long maintained that the war was provoked.")
    assert [(s.cue.text, [c.text for c in s.content]) for s in doc._.statements] == [
        ("has long maintained", ["that the war was provoked"])
    ]
