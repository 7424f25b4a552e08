"""Speaker proxy on PolNeAR attributions: does a found statement get a speaker, and a plausible one?

PolNeAR gold names each attribution's source span but not the actor it means, so this is a proxy, wide
where `eval speakers` (hand-made gold names) is narrow. Each system statement is matched one-to-one to a
gold attribution with a source whose cue it overlaps (greedily in text order, as `eval polnear` links).
The gold source is classed as

- pronoun: the source is one pronoun ("he", "they");
- named: its head word (the last word before a comma, "of", "who", ...) is capitalised ("Sen. Ted Cruz",
  "Republicans", "Brent Doe, founder of the group,");
- described: a common-noun head with a capitalised word before it ("the Florida senator", "the Clinton
  campaign", "Russia's defence ministry");
- nominal: anything else ("officials", "the campaign", "a spokeswoman").

Our speaker is `unresolved` (no actor: the statement has no source span, or its source reached no actor)
or resolved. For a named gold source the resolved actor `agrees` when one of the source's name words
(capitalised, not a title such as "Sen." or "President") is a word of the actor's name, one of its
aliases or its id slug (a trailing plural/possessive "s" aside); else it is `suspect-wrong`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..gazetteer import data_file
from ..model import Actor, ArticleAnalysis, Statement
from .brat import Fragments
from .polnear import Attribution, Document, article_for, load_gold

CLASSES: tuple[str, ...] = ("pronoun", "named", "described", "nominal")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_HEAD_END = re.compile(r",|\(|\s(?:of|who|whom|which|that|at|in|for|from|with|on|among|to|by)\s")
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT"}
_LEADING = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those"}


@dataclass
class SourceCase:
    """One matched statement: the gold source, what we found, and the verdict."""

    article: str
    gold_source: str
    gold_span: tuple[int, int]
    gold_class: str
    cue: str
    our_source: str | None
    speaker: str | None
    speaker_name: str | None
    verdict: str  # "unresolved", "resolved" (pronoun/nominal), "agree", "suspect-wrong" (named)

    @property
    def miss(self) -> bool:
        return self.verdict in ("unresolved", "suspect-wrong")


@dataclass
class SourceReport:
    cases: list[SourceCase] = field(default_factory=list)
    documents: int = 0
    gold_with_source: int = 0  # gold attributions with a source, matched or not

    def counts(self, gold_class: str | None = None) -> Counter[str]:
        return Counter(c.verdict for c in self.cases if gold_class in (None, c.gold_class))

    def total(self, gold_class: str | None = None) -> int:
        return sum(self.counts(gold_class).values())

    def rate(self, verdict: str, gold_class: str | None = None) -> float:
        n = self.total(gold_class)
        return self.counts(gold_class)[verdict] / n if n else 0.0

    def no_source(self, gold_class: str | None = None) -> int:
        """Unresolved because our statement has no source span at all (a detection miss)."""
        return sum(
            c.verdict == "unresolved" and c.our_source is None
            for c in self.cases
            if gold_class in (None, c.gold_class)
        )

    def as_dict(self) -> dict:
        out: dict = {"documents": self.documents, "gold_with_source": self.gold_with_source}
        for cls in (None, *CLASSES):
            counts = self.counts(cls)
            out[cls or "all"] = {
                "matched": self.total(cls),
                **dict(sorted(counts.items())),
                "unresolved_no_source": self.no_source(cls),
            }
        return out


def _pronouns() -> frozenset[str]:
    lex = json.loads(Path(data_file("actor_lexicon.json")).read_text(encoding="utf-8"))
    return frozenset(w for w in lex["pronouns"] if w not in ("who", "which", "that")) | {"you"}


def _titles() -> frozenset[str]:
    lex = json.loads(Path(data_file("actor_lexicon.json")).read_text(encoding="utf-8"))
    words = {w.lower() for w in lex.get("offices", {})} | {w.lower() for w in lex.get("honorifics", [])}
    words |= {w.lower() for w in lex.get("role_nouns", {})}
    return frozenset(part.strip(".") for w in words for part in w.split())


def _plain(word: str) -> str:
    word = word.casefold().replace("’", "'").strip(".'")
    if word.endswith("'s"):
        word = word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def classify(
    source: str,
    pronouns: frozenset[str] | None = None,
    entities: Sequence[tuple[int, int]] | None = None,
    offset: int = 0,
) -> str:
    """ "pronoun", "named", "described" or "nominal" for a gold source text (see the module docstring).

    `entities` (character spans of NER entities; `offset` is where the source starts) tell a name from a
    common noun capitalised only because it opens the source ("Police said"): a capitalised head that is
    the source's first word is a name only when an entity covers it."""
    pronouns = _pronouns() if pronouns is None else pronouns
    words = _WORD.findall(source)
    if len(words) == 1 and re.split(r"['’]", words[0])[0].lower() in pronouns:
        return "pronoun"
    head_part = _HEAD_END.split(source, maxsplit=1)[0]
    heads = list(_WORD.finditer(head_part)) or list(_WORD.finditer(source))
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    if not heads:
        return "nominal"
    head = heads[-1]
    if head.group()[:1].isupper() and head.group().lower() not in _LEADING:
        first = len(heads) == 1 or all(h.group().lower() in _LEADING for h in heads[:-1])
        if not first or entities is None:
            return "named"
        a, b = offset + head.start(), offset + head.end()
        if any(s < b and a < e for s, e in entities):
            return "named"
        words = words[1:]  # the opening word is a common noun
    return "described" if any(w[:1].isupper() for w in words) else "nominal"


def name_words(source: str, titles: frozenset[str] | None = None) -> list[str]:
    """The capitalised words of a source that are not titles or leading words, last first."""
    titles = _titles() if titles is None else titles
    words = [w for w in _WORD.findall(source) if w[:1].isupper()]
    keep = [w for w in words if w.lower().strip(".") not in titles and w.lower() not in _LEADING]
    return list(reversed(keep))


def agrees(source: str, actor: Actor | None, titles: frozenset[str] | None = None) -> bool:
    """Whether one of the source's name words is a word of the actor's name, aliases or id slug."""
    if actor is None:
        return False
    labels = [actor.name, *actor.aliases, actor.id.split(":", 1)[-1].replace("-", " ")]
    have = {_plain(w) for label in labels for w in re.split(r"[\s\-_/]+", label) if w}
    return any(_plain(w) in have for w in name_words(source, titles))


def _overlap(a: Fragments | None, b: Fragments | None) -> bool:
    return bool(a and b) and any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _cue_frags(st: Statement) -> Fragments:
    return ((st.cue.start, st.cue.end),)


def score_article(
    doc: Document,
    analysis: ArticleAnalysis,
    report: SourceReport,
    pronouns: frozenset[str] | None = None,
    titles: frozenset[str] | None = None,
) -> SourceReport:
    """Add one article's matched statements to `report`."""
    pronouns = _pronouns() if pronouns is None else pronouns
    titles = _titles() if titles is None else titles
    actors = {a.id: a for a in [*analysis.parents, *analysis.actors]}
    gold: list[Attribution] = [a for a in doc.attributions if a.cue and a.source]
    entities = [(e.span.start, e.span.end) for e in analysis.entities if e.label in _NAME_LABELS]
    report.documents += 1
    report.gold_with_source += len(gold)
    free = list(range(len(gold)))
    for st in sorted(analysis.statements, key=lambda s: s.cue.start):
        j = next((j for j in free if _overlap(_cue_frags(st), gold[j].cue)), None)
        if j is None:
            continue
        free.remove(j)
        g = gold[j]
        assert g.source is not None
        text = " ".join(doc.text[a:b] for a, b in g.source)
        cls = classify(text, pronouns, entities, g.source[0][0])
        actor = actors.get(st.speaker or "")
        if st.speaker is None:
            verdict = "unresolved"
        elif cls == "named":
            verdict = "agree" if agrees(text, actor, titles) else "suspect-wrong"
        else:
            verdict = "resolved"
        report.cases.append(
            SourceCase(
                article=doc.name,
                gold_source=text,
                gold_span=(g.source[0][0], g.source[-1][1]),
                gold_class=cls,
                cue=st.cue.text,
                our_source=st.source.text if st.source else None,
                speaker=st.speaker,
                speaker_name=actor.name if actor else None,
                verdict=verdict,
            )
        )
    return report


def evaluate(
    directory: str | Path,
    nlp=None,
    *,
    limit: int | None = 150,
    analyses: Iterable[ArticleAnalysis] | None = None,
) -> SourceReport:
    """Run the pipeline over the first `limit` articles (sorted by name) of a PolNeAR split and score
    their speakers; `analyses` (one per article, in that order) skips the pipeline."""
    docs = load_gold(directory, limit)
    if analyses is None:
        from ..pipeline import analyze_articles

        analyses = analyze_articles((article_for(d) for d in docs), nlp, batch_size=8)
    report = SourceReport()
    pronouns, titles = _pronouns(), _titles()
    for doc, analysis in zip(docs, analyses, strict=True):
        score_article(doc, analysis, report, pronouns, titles)
    return report


def misses(report: SourceReport, n: int, classes: Sequence[str] = CLASSES) -> list[SourceCase]:
    """The first `n` unresolved or suspect-wrong cases of the given gold classes, in article order."""
    return [c for c in report.cases if c.miss and c.gold_class in classes][:n]
