"""The `newsledger_layout` pipe: quotations, paragraphs, page furniture and sentence starts, found once.

Runs before the parser and reads only the text (see `newsledger.layout` for what counts as each).
Writes `doc.spans["quotations"]`, `doc.spans["paragraphs"]`, `doc.spans["furniture"]` (label = kind),
each group with the exact character offsets in `attrs["offsets"]`, and `doc._.dateline`.

Sentence starts at line breaks: a headline or paragraph never runs into the next one (scraped news
puts headlines and paragraphs on their own lines without final punctuation; the parser respects
boundaries set before it).
"""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup, Token
from spacy.util import filter_spans

from ..layout import (
    FURNITURE,
    LATIN_LOOKALIKES,
    PARAGRAPHS,
    QUOTATIONS,
    FurnitureRules,
    dateline_of,
    find_paragraphs,
    find_quotes,
)
from . import doc_text, register_extensions


# -- the pipe ---------------------------------------------------------------------------------------
def _group(doc: Doc, name: str, found: list[tuple[int, int]], labels: list[str] | None = None) -> SpanGroup:
    spans, offsets = [], []
    for n, (start, end) in enumerate(found):
        label = labels[n] if labels else name
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
            offsets.append([start, end])
    return SpanGroup(doc, name=name, spans=spans, attrs={"offsets": offsets})


class LayoutComponent:
    """Finds the layout once per Doc; the furniture rules are its knowledge (config path, to_disk)."""

    def __init__(self, nlp: Language, name: str, furniture_path: str | None = None) -> None:
        self.name = name
        self.furniture_path = furniture_path
        self.rules: FurnitureRules | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Read the furniture rules now (else on the first doc; a saved pipeline brings its own)."""
        if self.rules is None:
            self.rules = FurnitureRules.load(self.furniture_path)

    def __call__(self, doc: Doc) -> Doc:
        self.initialize()
        self._join_addresses(doc)
        text = doc_text(doc)
        for i, token in enumerate(doc):
            if i == 0:
                token.is_sent_start = True
                continue
            if _breaks_line(doc[i - 1]) and not _broken_sentence(doc, i):
                token.is_sent_start = True
        doc.spans[QUOTATIONS] = _group(doc, QUOTATIONS, find_quotes(text))
        doc.spans[PARAGRAPHS] = _group(doc, PARAGRAPHS, find_paragraphs(text))
        marks = self.rules.find(text)
        for _start, end, kind, _ in marks:
            # A dateline is not the subject of the sentence it opens: the parser starts afresh after it.
            if kind == "dateline":
                following = next((t for t in doc if t.idx >= end and not t.is_space), None)
                if following is not None:
                    following.is_sent_start = True
        spans, kinds = [(s, e) for s, e, _, _ in marks], [k for _, _, k, _ in marks]
        doc.spans[FURNITURE] = _group(doc, FURNITURE, spans, kinds)
        doc._.dateline = dateline_of(marks)
        return doc

    def _join_addresses(self, doc: Doc) -> None:
        """ "Censor.NET": the tokenizer cuts an outlet's web address at the dot, the parser then ends a
        sentence there and NER finds two organisations. Its pieces (no whitespace around the dot, a
        capitalised word before it, one of the rules' domain_endings after it) become one proper noun."""
        endings = self.rules.domain_endings
        spans = [
            doc[i - 1 : i + 2]
            for i in range(1, len(doc) - 1)
            if doc[i].text == "."
            and not doc[i - 1].whitespace_
            and not doc[i].whitespace_
            and doc[i - 1].is_alpha
            and doc[i - 1].text[:1].isupper()
            and doc[i + 1].text.translate(LATIN_LOOKALIKES) in endings
        ]
        if spans:
            with doc.retokenize() as retokenizer:
                for span in filter_spans(spans):  # "Harbour.NET.ua": one address, not two overlapping
                    retokenizer.merge(span, attrs={"TAG": "NNP", "POS": "PROPN"})

    # Knowledge travels with a saved pipeline.
    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        self.initialize()
        return json.dumps(self.rules.raw, ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: tuple = ()) -> LayoutComponent:
        self.rules = FurnitureRules.from_data(json.loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "furniture.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> LayoutComponent:
        return self.from_bytes((Path(path) / "furniture.json").read_bytes())


register_extensions()


def _broken_sentence(doc: Doc, i: int) -> bool:
    """ "Mettan also argues that Zelensky\n\nis in fact opposed to ...": a line break the scraper put
    inside a sentence, where a lower-case word goes on from a line of several words that ends in a
    word, not a sentence's end; the parser, not the line, decides that boundary."""
    token = doc[i]
    if not token.text[:1].islower() or not token.is_alpha:
        return False
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or not doc[j].is_alpha:
        return False
    line_start = j
    while line_start > 0 and not _breaks_line(doc[line_start - 1]):
        line_start -= 1
    return sum(1 for t in doc[line_start : j + 1] if t.is_alpha) >= 4


def _breaks_line(tok: Token) -> bool:
    """Whether a line break follows or is `tok`."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


@Language.factory(
    "newsledger_layout",
    default_config={"furniture_path": None},
    assigns=["token.is_sent_start", "doc.spans", "doc._.dateline"],
)
def make_layout(nlp: Language, name: str, furniture_path: str | None) -> LayoutComponent:
    """`furniture_path`: a furniture.json of your own (default: the packaged one)."""
    return LayoutComponent(nlp, name, furniture_path)
