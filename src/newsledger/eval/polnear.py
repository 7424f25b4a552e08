"""PolNeAR attribution scorer: gold BRAT files against our statements.

Layout read: `DIR/text/<article>.txt` and `DIR/attributions/<article>_<annotator>.ann`; where an
article has several annotators' files the first in sorted filename order is used.

Units. Each gold event (`Attribution` or `Attribution-no-source`) becomes one attribution with a cue,
an optional source and one content. The content is the union of all its `Content`, `Content2`, ...
fragments, just as a `Statement` holds all its content pieces in one list. `Discuss`/`Discard` are
ignored; a Source/Cue/Content text-bound that no event uses still counts as a span of its role.
Spans are normalised before comparison: each fragment loses leading/trailing whitespace, and
fragments separated only by whitespace are joined (annotators split spans at line breaks).

Measures, per role (Source, Cue, Content):
- exact: a predicted span is a true positive when a gold span of the same role has exactly the same
  (normalised) fragments; P = TP / predicted spans, R = TP / gold spans.
- overlap: a predicted span counts toward P when it shares at least one character with a gold span of
  the same role; a gold span counts toward R when some predicted span of the role overlaps it. Not
  one-to-one, so one long prediction covering two gold spans is one correct prediction and two recalled
  gold spans.
- chars: P = |predicted ∩ gold| / |predicted|, R = |predicted ∩ gold| / |gold| over the non-whitespace
  character positions covered by each role.
Linked attributions, matched one-to-one (greedily, in text order):
- linked: a predicted attribution matches a gold one when its cue overlaps the gold cue, its content
  overlaps the gold content, and its source overlaps the gold source (an absent source matches only an
  absent source).
- linked-exact: cue, source and content all exactly equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, Span, Statement
from .brat import AnnFile, AnnWriter, Fragments, read_ann
from .metrics import Score, exact_score

ROLES: tuple[str, ...] = ("source", "cue", "content")
_ROLE_OF_TYPE = {"Source": "source", "Cue": "cue", "Content": "content"}
_DIGITS = re.compile(r"\d+$")


def _role(name: str) -> str | None:
    return _ROLE_OF_TYPE.get(_DIGITS.sub("", name))


@dataclass(frozen=True)
class Attribution:
    cue: Fragments | None
    source: Fragments | None = None
    content: Fragments | None = None

    def get(self, role: str) -> Fragments | None:
        return getattr(self, role)


@dataclass
class Document:
    name: str
    text: str
    attributions: list[Attribution]
    # Role spans no event links (rare annotation slips); they still count as spans of their role.
    loose: dict[str, set[Fragments]] = field(default_factory=dict)

    def role_spans(self, role: str) -> set[Fragments]:
        spans = {a.get(role) for a in self.attributions} - {None}
        return spans | self.loose.get(role, set())


def normalise(text: str, frags: Iterable[tuple[int, int]]) -> Fragments | None:
    """Whitespace-trimmed fragments in text order, joined across whitespace-only gaps; None if empty."""
    out: list[list[int]] = []
    for a, b in sorted(frags):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a >= b:
            continue
        if out and (a <= out[-1][1] or not text[out[-1][1] : a].strip()):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out) or None


def attributions_from_ann(ann: AnnFile, text: str) -> tuple[list[Attribution], dict[str, set[Fragments]]]:
    """One `Attribution` per BRAT event, plus the role spans no event refers to."""
    used: set[str] = set()
    attrs: list[Attribution] = []
    for ev in ann.events:
        if not ev.type.startswith("Attribution"):
            continue
        parts: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
        for role_name, ref in ev.args:
            role = _role(role_name)
            tb = ann.textbounds.get(ref)
            if role is None or tb is None:
                continue
            used.add(ref)
            parts[role].extend(tb.fragments)
        if ev.trigger:
            used.add(ev.trigger)
        norm = {r: normalise(text, parts[r]) for r in ROLES}
        if norm["cue"] is None and norm["content"] is None:
            continue
        attrs.append(Attribution(cue=norm["cue"], source=norm["source"], content=norm["content"]))
    loose: dict[str, set[Fragments]] = {}
    for tid, tb in ann.textbounds.items():
        role = _role(tb.type)
        if role and tid not in used:
            frags = normalise(text, tb.fragments)
            if frags:
                loose.setdefault(role, set()).add(frags)
    return attrs, loose


def gold_files(directory: str | Path) -> list[tuple[str, Path, Path]]:
    """(article name, text path, chosen .ann path) for every text that has an annotation file."""
    root = Path(directory)
    anns = sorted((root / "attributions").glob("*.ann"))
    out = []
    for txt in sorted((root / "text").glob("*.txt")):
        mine = [a for a in anns if a.name.startswith(txt.stem + "_")]
        if mine:
            out.append((txt.stem, txt, mine[0]))
    return out


def load_gold(directory: str | Path, limit: int | None = None) -> list[Document]:
    docs = []
    for name, txt, ann_path in gold_files(directory)[:limit]:
        text = txt.read_text(encoding="utf-8")
        attrs, loose = attributions_from_ann(read_ann(ann_path), text)
        docs.append(Document(name, text, attrs, loose))
    return docs


def article_for(doc: Document) -> Article:
    """An Article for a PolNeAR text: first line is the headline, date taken from the file name."""
    title_end = doc.text.find("\n")
    title_end = len(doc.text) if title_end < 0 else title_end
    date = re.search(r"_(\d{4}-\d{2}-\d{2})_", doc.name)
    title_span = Span.of(doc.text, 0, title_end) if title_end else None
    return Article.create(
        doc.text,
        id=doc.name,
        outlet=doc.name.split("_", 1)[0],
        title=doc.text[:title_end] or None,
        title_span=title_span,
        published=date.group(1) if date else None,
        source_file=doc.name + ".txt",
    )


def attribution_of(statement: Statement, text: str) -> Attribution:
    return Attribution(
        cue=normalise(text, [(statement.cue.start, statement.cue.end)]),
        source=normalise(text, [(statement.source.start, statement.source.end)])
        if statement.source
        else None,
        content=normalise(text, [(c.start, c.end) for c in statement.content]),
    )


def write_ann(attrs: Iterable[Attribution], text: str) -> str:
    """BRAT lines in PolNeAR's shape: Source / Cue / Content / Attribution text-bounds and one E each."""
    w = AnnWriter(text)
    for a in attrs:
        if a.cue is None:
            continue
        args = []
        if a.source:
            args.append(("Source", w.textbound("Source", a.source)))
        args.append(("Cue", w.textbound("Cue", a.cue)))
        if a.content:
            args.append(("Content", w.textbound("Content", a.content)))
        typ = "Attribution" if a.source else "Attribution-no-source"
        w.event(typ, w.textbound(typ, a.cue), args)
    return w.render()


# --- scoring -----------------------------------------------------------------------------------


def _overlap(a: Fragments | None, b: Fragments | None) -> bool:
    if not a or not b:
        return False
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _chars(text: str, spans: Iterable[Fragments]) -> set[int]:
    return {i for frags in spans for a, b in frags for i in range(a, b) if not text[i].isspace()}


def _source_ok(pred: Fragments | None, gold: Fragments | None) -> bool:
    return (pred is None and gold is None) or _overlap(pred, gold)


@dataclass
class Report:
    """Accumulated scores; keys are `<role>/<measure>` plus `linked` and `linked-exact`."""

    scores: dict[str, Score] = field(default_factory=dict)
    documents: int = 0

    def score(self, key: str) -> Score:
        return self.scores.setdefault(key, Score())

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {k: v.as_dict() for k, v in self.scores.items()}


def score_document(
    text: str,
    gold: list[Attribution],
    pred: list[Attribution],
    report: Report,
    loose: dict | None = None,
    pred_loose: dict | None = None,
) -> Report:
    """Add one document's counts to `report` (see the module docstring for the definitions)."""
    gdoc = Document("", text, gold, loose or {})
    pdoc = Document("", text, pred, pred_loose or {})
    report.documents += 1
    for role in ROLES:
        g, p = gdoc.role_spans(role), pdoc.role_spans(role)
        ex = exact_score(p, g)
        report.score(f"{role}/exact").add(ex.tp_pred, ex.n_pred, ex.tp_gold, ex.n_gold)
        report.score(f"{role}/overlap").add(
            sum(any(_overlap(x, y) for y in g) for x in p),
            len(p),
            sum(any(_overlap(y, x) for x in p) for y in g),
            len(g),
        )
        gc, pc = _chars(text, g), _chars(text, p)
        report.score(f"{role}/chars").add(len(gc & pc), len(pc), len(gc & pc), len(gc))
    gold_linkable = [a for a in gold if a.cue]
    pred_linkable = [a for a in pred if a.cue]
    for key, same in (("linked", _linked_match), ("linked-exact", _linked_exact)):
        free = list(range(len(gold_linkable)))
        tp = 0
        for pa in pred_linkable:
            for j in free:
                if same(pa, gold_linkable[j]):
                    free.remove(j)
                    tp += 1
                    break
        report.score(key).add(tp, len(pred_linkable), tp, len(gold_linkable))
    return report


def _linked_match(p: Attribution, g: Attribution) -> bool:
    return _overlap(p.cue, g.cue) and _overlap(p.content, g.content) and _source_ok(p.source, g.source)


def _linked_exact(p: Attribution, g: Attribution) -> bool:
    return p.cue == g.cue and p.content == g.content and p.source == g.source


def predict(docs: list[Document], nlp=None, batch_size: int = 8) -> Iterator[list[Attribution]]:
    """Our statements for each gold text, through the full pipeline, as attributions."""
    from ..pipeline import analyze_articles

    analyses = analyze_articles((article_for(d) for d in docs), nlp, batch_size=batch_size)
    for doc, analysis in zip(docs, analyses, strict=True):
        yield [attribution_of(s, doc.text) for s in analysis.statements]


def evaluate(
    directory: str | Path,
    nlp=None,
    *,
    predictions: str | Path | None = None,
    limit: int | None = None,
) -> Report:
    """Run the pipeline over a PolNeAR split, optionally writing one `.ann` per text, and score it."""
    docs = load_gold(directory, limit)
    out_dir = Path(predictions) if predictions else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    report = Report()
    for doc, pred in zip(docs, predict(docs, nlp), strict=True):
        if out_dir:
            (out_dir / f"{doc.name}.ann").write_text(write_ann(pred, doc.text), encoding="utf-8")
        score_document(doc.text, doc.attributions, pred, report, doc.loose)
    return report


def score_dirs(gold_dir: str | Path, pred_dir: str | Path, limit: int | None = None) -> Report:
    """Score `.ann` files already written (`<article>.ann` or `<article>_<x>.ann`) against the gold."""
    report = Report()
    pred_root = Path(pred_dir)
    for doc in load_gold(gold_dir, limit):
        cands = sorted(pred_root.glob(f"{doc.name}.ann")) + sorted(pred_root.glob(f"{doc.name}_*.ann"))
        pred: list[Attribution] = []
        pred_loose: dict[str, set[Fragments]] = {}
        if cands:
            pred, pred_loose = attributions_from_ann(read_ann(cands[0]), doc.text)
        score_document(doc.text, doc.attributions, pred, report, doc.loose, pred_loose)
    return report
