"""Spans for hand-built fixtures, found by phrase so tests never count characters by hand."""

from __future__ import annotations

from newsledger.model import Span


def at(text: str, phrase: str, nth: int = 0) -> Span:
    """The span of the nth occurrence (0-based) of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span.of(text, start, start + len(phrase))


def speakers_by_source(nlp, text: str) -> dict[str, str | None]:
    """Each statement's source text and the actor it resolved to, for speaker tests."""
    doc = nlp(text)
    return {st.source.text: st.speaker for st in doc._.statements if st.source is not None}


def statements_by_cue(nlp, text: str) -> dict:
    """The rule statements of `text`, keyed by their cue's text."""
    from newsledger.extract.statements import rule_statements

    return {s.cue.text: s for s in rule_statements(nlp(text))}


def content_pieces(st) -> list[str]:
    """A statement's content pieces as text."""
    return [c.text for c in st.content]


def speaker_ids(doc) -> list[str | None]:
    """Each statement's speaker, in text order."""
    return [s.speaker for s in doc._.statements]


def actor_ids(doc) -> set[str]:
    """The ids of the document's actors."""
    return {a.id for a in doc._.actors}


def event_parties(doc) -> list[tuple[str, list[str | None], list[str | None]]]:
    """Each event's category, source ids and target ids, in text order."""
    return [
        (e.category, [p.actor_id for p in e.sources], [p.actor_id for p in e.targets]) for e in doc._.events
    ]
