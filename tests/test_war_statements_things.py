"""A reporting verb whose content is only a thing named by a noun phrase says nothing that could be true or
false (docs/annotation.md): no statement. An event noun or a small clause is something said. Our own
sentences."""

from __future__ import annotations

from newsledger.extract.statements import propositional, subjectless
from newsledger.model import Span, Statement
from spans import statements_by_cue


def _cues(nlp, text: str) -> set[str]:
    return {st.cue.text for st in nlp(text)._.statements}


def test_a_noun_phrase_object_is_no_statement(nlp):
    assert _cues(nlp, "The minister praised Ms Novak for her courage.") == set()
    assert "citing" not in _cues(nlp, "The weekly reported the figures on Monday, citing officials.")


def test_an_event_noun_or_a_small_clause_is_something_said(nlp):
    assert "denied" in _cues(nlp, "Kyiv denied any involvement in the blast.")
    assert "called" in _cues(nlp, "The senator called the envoy a liar.")


def test_the_rules_still_find_a_clause(nlp):
    found = statements_by_cue(nlp, "The minister said that the envoy had lied.")
    assert [c.text for c in found["said"].content] == ["that the envoy had lied"]


def test_a_gerund_that_is_the_sentence_subject_reports_nothing(nlp):
    text = "Does learning that the mayor lied about the budget change your view of the council?"
    found = statements_by_cue(nlp, text)
    assert "Does learning" not in found and "learning" not in found
    assert "Knowing" not in statements_by_cue(nlp, "Knowing that the bridge was mined changes nothing.")
    st = statements_by_cue(nlp, "Knowing that the bridge was mined, the troops turned back.")["Knowing"]
    assert st.source is not None and st.source.text == "the troops"


def _statement(text: str, cue: str, content: str, method: str) -> Statement:
    """A no-source indirect statement of `text` whose cue and one content piece are the given words."""
    a, b = text.index(cue), text.index(content)
    return Statement(
        id="S1",
        cue=Span.of(text, a, a + len(cue)),
        content=[Span.of(text, b, b + len(content))],
        source=None,
        kind="indirect",
        cue_lemma=cue,
        cue_stance="neutral",
        statement_class="speech",
        method=method,
    )


def test_a_model_cue_with_a_clause_for_its_subject_is_dropped(nlp):
    text = "That he was named envoy in May confirms the party's insistence that a wider war is planned."
    doc = nlp(text)
    model = _statement(text, "confirms", "the party's insistence that a wider war is planned", "model")
    assert subjectless(doc, [model]) == []
    st = _statement(text, "insistence", "that a wider war is planned", "model")
    assert subjectless(doc, [st]) == [st]


def test_a_person_pronoun_alone_is_nothing_said(nlp):
    text = "The mayor did not think the gifts worth it to mention them."
    st = _statement(text, "mention", "them", "rules")
    assert propositional(nlp(text), [st]) == []
    text = "The paper kept portraying her as a pawn of the bankers."
    st = _statement(text, "portraying", "her as a pawn of the bankers", "rules")
    assert propositional(nlp(text), [st]) == [st]
