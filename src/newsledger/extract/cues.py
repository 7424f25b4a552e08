"""Framing cues: word choices, labels, hedges and stances that show how a story was told.

All knowledge lives in data files (`data/lexicon_*.json`, `data/place_variants.tsv`), loaded once when
the component is built; users add their own lexicons through the component config `lexicons` (JSON in
the same format, or TSV: category, term, alternative, explanation; `load_nlp` adds those named by
$NEWSLEDGER_LEXICONS), which `to_disk` writes into a saved pipeline. Matching uses one Matcher and two
PhraseMatchers per doc, so the cost is a few passes over the tokens.

Whose word is it? A cue inside a statement's content or inside quotation marks is the speaker's, not
the outlet's: it is still recorded (so the analyst sees who used the word) but with `in_quote=True`,
the statement's speaker and id. Precision beats recall: context-free words ("regime", "pumping",
"terrorists") only match in the contexts the lexicon spells out.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np
from spacy.attrs import LEMMA, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..layout import Furniture, quotations
from ..model import Cue, Span, Statement
from . import doc_text, get_list, register_extensions

DATA_DIR = Path(str(files("newsledger") / "data"))
DEFAULT_LEXICONS: tuple[str, ...] = (
    "lexicon_terminology.json",
    "lexicon_loaded.json",
    "lexicon_hedges.json",
    "lexicon_evaluative.json",
)
ENV_LEXICONS = "NEWSLEDGER_LEXICONS"

#: Categories whose use in the outlet's own voice makes its sentence an unattributed evaluation.
EVALUATIVE = frozenset({"loaded-label", "evaluative"})

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry; matches are filtered by `context`, `not_after` and `not_if_explained`
    (lower-case words)."""

    id: str
    category: str
    term: str
    alternative: str | None = None
    explanation: str | None = None
    context: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    not_if_explained: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    entries: dict[str, Entry] = field(default_factory=dict)
    patterns: dict[str, list] = field(default_factory=dict)
    phrases: dict[str, list[str]] = field(default_factory=dict)
    places: dict[str, Entry] = field(default_factory=dict)  # variant (case-sensitive) -> entry
    place_exceptions: list[str] = field(default_factory=list)
    place_origins: frozenset[str] = frozenset()  # language_or_origin words that make a variant a cue
    places_skipped: frozenset[str] = frozenset()
    stances: dict[str, dict] = field(default_factory=dict)
    label_introducers: frozenset[str] = frozenset()
    label_verbs: frozenset[str] = frozenset()
    speaker_pronouns: frozenset[str] = frozenset()
    attributing_verbs: frozenset[str] = frozenset()
    speaker_entities: frozenset[str] = frozenset()
    versions: dict[str, str] = field(default_factory=dict)

    def add(self, raw: dict, source: str) -> None:
        entry = Entry(
            id=raw["id"],
            category=raw["category"],
            term=raw["term"],
            alternative=raw.get("alternative"),
            explanation=raw.get("explanation"),
            context=frozenset(w.lower() for w in raw.get("context", ())),
            not_after=frozenset(w.lower() for w in raw.get("not_after", ())),
            not_if_explained=frozenset(w.lower() for w in raw.get("not_if_explained", ())),
        )
        if not raw.get("patterns") and not raw.get("phrases"):
            raise ValueError(f"{source}: lexicon entry {entry.id!r} has neither patterns nor phrases")
        self.entries[entry.id] = entry
        self.patterns.setdefault(entry.id, []).extend(raw.get("patterns", ()))
        self.phrases.setdefault(entry.id, []).extend(raw.get("phrases", ()))


def _read_json(lex: Lexicon, path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    lex.versions[path.name] = str(data.get("version", "?"))
    for raw in data.get("entries", ()):
        lex.add(raw, path.name)
    lex.place_exceptions.extend(data.get("place_name_exceptions", ()))
    lex.place_origins |= frozenset(w.lower() for w in data.get("place_origins_flagged", ()))
    lex.places_skipped |= frozenset(data.get("place_variants_skipped", ()))
    lex.attributing_verbs |= frozenset(data.get("attributing_verbs", ()))


def _read_tsv(lex: Lexicon, path: Path) -> None:
    """User TSV: `category, term, alternative, explanation`; the term is matched as a phrase."""
    lex.versions[path.name] = "user"
    rows = (ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#")
    for n, row in enumerate(csv.reader(rows, delimiter="\t")):
        if n == 0 and row[:2] == ["category", "term"]:
            continue
        category, term, alternative, explanation = (row + ["", "", "", ""])[:4]
        slug = re.sub(r"\W+", "-", term.lower()).strip("-")
        lex.add(
            {
                "id": f"user:{slug}",
                "category": category,
                "term": term,
                "alternative": alternative or None,
                "explanation": explanation or None,
                "phrases": [term],
            },
            path.name,
        )


def _read_places(lex: Lexicon, path: Path) -> None:
    """`place_variants.tsv`: rows whose variant differs from the preferred form are cues."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"]
    lex.versions[path.name] = "tsv"
    for row in csv.DictReader(lines, delimiter="\t"):
        variant, preferred = (row.get("variant") or "").strip(), (row.get("preferred") or "").strip()
        origin = (row.get("language_or_origin") or "").strip()
        if not variant or not preferred or variant == preferred or variant in lex.places_skipped:
            continue
        if lex.place_origins and not any(w in origin.lower() for w in lex.place_origins):
            continue
        note = (row.get("note") or "").strip() or f"{origin} spelling; preferred form: {preferred}."
        lex.places[variant] = Entry(f"place:{variant}", "place-name", variant, preferred, note)


def env_lexicons() -> list[str]:
    """The user lexicons $NEWSLEDGER_LEXICONS names (os.pathsep-separated); `load_nlp` puts them in the
    component's config."""
    return [p for p in os.environ.get(ENV_LEXICONS, "").split(os.pathsep) if p]


#: The packaged files the framing lexicon is built from (what the cues pipe writes into a saved pipeline).
LEXICON_FILES: tuple[str, ...] = (*DEFAULT_LEXICONS, "place_variants.tsv", "lexicon_stance.json")


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = (), data_dir: str | None = None) -> Lexicon:
    """The shipped lexicons (or the `LEXICON_FILES` in `data_dir`, as a saved pipeline holds them) plus
    `extra` user files; cached, so every pipeline shares one copy."""
    base = Path(data_dir) if data_dir else DATA_DIR
    lex = Lexicon()
    for name in DEFAULT_LEXICONS:
        _read_json(lex, base / name)
    places = base / "place_variants.tsv"
    if places.exists():
        _read_places(lex, places)
    stance = json.loads((base / "lexicon_stance.json").read_text(encoding="utf-8"))
    lex.versions["lexicon_stance.json"] = str(stance.get("version", "?"))
    lex.stances = stance["stances"]
    lex.label_introducers = frozenset(w.lower() for w in stance.get("label_introducers", ()))
    lex.label_verbs = frozenset(w.lower() for w in stance.get("label_verbs", ()))
    lex.speaker_pronouns = frozenset(w.lower() for w in stance.get("speaker_pronouns", ()))
    lex.speaker_entities = frozenset(stance.get("speaker_entities", ()))
    for path in extra:
        p = Path(path)
        (_read_tsv if p.suffix.lower() == ".tsv" else _read_json)(lex, p)
    return lex


@dataclass(frozen=True)
class Voice:
    """Whose words a stretch of text is: the outlet's, or a speaker's (`in_quote`)."""

    in_quote: bool = False
    speaker: str | None = None
    statement_id: str | None = None


OUTLET = Voice()


class Voices:
    """Statement contents and quotation marks of one doc, for asking whose words a span is."""

    def __init__(self, quotes: list[tuple[int, int]], statements: Sequence[Statement]):
        self.statements = list(statements)
        self.contents = sorted(
            ((c.start, c.end, st) for st in self.statements for c in st.content), key=lambda x: x[0]
        )
        self.quotes = quotes  # the layout's quotations

    def content_at(self, start: int, end: int, exclude: str | None = None) -> Statement | None:
        """The innermost statement whose content overlaps the stretch (reports nest in reports)."""
        best: tuple[int, Statement] | None = None
        for s, e, st in self.contents:
            if s >= end:
                break
            if start < e and st.id != exclude and (best is None or e - s < best[0]):
                best = (e - s, st)
        return best[1] if best else None

    def quote_at(self, start: int, end: int) -> tuple[int, int] | None:
        for s, e in self.quotes:
            if s >= end:
                break
            if s <= start and end <= e:
                return s, e
        return None

    def of(self, start: int, end: int, exclude: str | None = None) -> Voice:
        """`exclude`: a statement whose own cue is asked about, which cannot be its own speaker's word."""
        st = self.content_at(start, end, exclude)
        if st is not None:
            return Voice(True, st.speaker, st.id)
        quote = self.quote_at(start, end)
        if quote is not None:
            st = self.content_at(*quote, exclude)
            return Voice(True, st.speaker if st else None, st.id if st else None)
        return OUTLET

    def statement_in(self, start: int, end: int) -> bool:
        """Whether any statement (cue, source or content) touches this stretch."""
        for st in self.statements:
            spans = [st.cue, *st.content] + ([st.source] if st.source else [])
            if any(sp.start < end and start < sp.end for sp in spans):
                return True
        return False

    def quote_in(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.quotes)


_STOPWORDS = frozenset({"the", "of", "a", "an", "in", "to", "with", "and", "or", "for", "on", "'s", "-"})


def _anchor(pattern: list[dict]) -> set[str] | None:
    """Words one of which any match must contain: the last required token with literal values that are
    not stopwords. None when the pattern has no such token (it is then run on every sentence)."""
    best: set[str] | None = None
    for tok in pattern:
        if str(tok.get("OP", "1")).startswith(("?", "*", "{0")):
            continue
        for attr in ("ORTH", "LOWER", "LEMMA", "NORM", "TEXT"):
            value = tok.get(attr)
            values = (
                {value}
                if isinstance(value, str)
                else set(value.get("IN", ()))
                if isinstance(value, dict)
                else set()
            )
            if values and not values & _STOPWORDS:
                best = values
    return {form for v in best for form in (v, v.lower())} if best else None


class Sentences:
    """Sentence lookup by token index from one array read, instead of walking `doc.sents` per query."""

    def __init__(self, doc: Doc):
        self.doc = doc
        if doc.has_annotation("SENT_START"):
            starts = np.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
            self.starts = starts if starts and starts[0] == 0 else [0, *starts]
        else:
            self.starts = [0]

    def of(self, i: int) -> SpacySpan:
        n = bisect_right(self.starts, i) - 1
        end = self.starts[n + 1] if n + 1 < len(self.starts) else len(self.doc)
        return self.doc[self.starts[n] : end]


class CueFinder:
    """The `newsledger_cues` component: matchers built once from the lexicons.

    Token patterns are the costly part, so each entry has its own Matcher, run only on the sentences
    that contain one of the entry's anchor words (found with one vectorised look-up over the doc's LOWER
    and LEMMA); an entry with a pattern that has no anchor runs on the whole doc.
    """

    def __init__(self, nlp: Language, lexicon: Lexicon | list[str]):
        """`lexicon`: a built Lexicon, or the paths of user lexicon files to add to the packaged ones
        (read when the pipe first runs, so that a saved pipeline's own copies can replace them)."""
        self.nlp = nlp
        self.user_paths: list[str] = [] if isinstance(lexicon, Lexicon) else list(lexicon)
        self.data_dir: str | None = None  # where the packaged lexicons are read from (None: the package)
        self.lex: Lexicon | None = None
        if isinstance(lexicon, Lexicon):
            self._build(lexicon)

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Read the lexicons now (else on the first doc)."""
        if self.lex is None:
            self._build(load_lexicon(tuple(self.user_paths), self.data_dir))

    def _build(self, lexicon: Lexicon) -> None:
        nlp = self.nlp
        self.lex = lexicon
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matchers: dict[str, Matcher] = {}
        self.unanchored: list[str] = []
        self.by_anchor: dict[int, list[str]] = {}  # word hash -> entries anchored on it
        for ident, patterns in lexicon.patterns.items():
            if not patterns:
                continue
            self.matchers[ident] = Matcher(nlp.vocab, validate=True)
            self.matchers[ident].add(ident, patterns)
            anchors = [_anchor(p) for p in patterns]
            if any(a is None for a in anchors):
                self.unanchored.append(ident)
                continue
            for word in set().union(*anchors):
                self.by_anchor.setdefault(nlp.vocab.strings.add(word), []).append(ident)
        self.anchors = np.array(sorted(self.by_anchor), dtype="uint64")
        for ident, phrases in lexicon.phrases.items():
            if phrases:
                self.phrases.add(ident, [nlp.make_doc(p) for p in phrases])
        for variant, entry in lexicon.places.items():
            self.places.add(entry.id, [nlp.make_doc(variant)])
        self.place_entries = {e.id: e for e in lexicon.places.values()}
        self.exceptions = PhraseMatcher(nlp.vocab, attr="LOWER")
        if lexicon.place_exceptions:
            self.exceptions.add("except", [nlp.make_doc(p) for p in lexicon.place_exceptions])

    def __call__(self, doc: Doc) -> Doc:
        self.initialize()
        statements = get_list(doc, "statements")
        text = doc_text(doc)
        voices = Voices(quotations(doc), statements)
        sents = Sentences(doc)
        found = [(e, voices.of(sp.start_char, sp.end_char), sp) for e, sp in self._matches(doc, sents)]
        cues = [self._cue(text, e, v, sp) for e, v, sp in found if e.category != "evaluative"]
        cues += self._stance_cues(doc, statements, voices)
        cues += self._scare_quotes(doc, text, voices, sents)
        cues += self._unattributed(doc, text, voices, found, sents)
        furniture = Furniture(doc)
        cues = [c for c in cues if not furniture.overlaps(c.span.start, c.span.end)]
        cues.sort(key=lambda c: (c.span.start, c.span.end, c.category))
        for n, cue in enumerate(cues, 1):
            cue.id = f"C{n}"
        doc._.cues = cues
        return doc

    # The lexicons (packaged and the user's) travel with a saved pipeline.
    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        (path / "lexicons").mkdir(parents=True, exist_ok=True)
        base = Path(self.data_dir) if self.data_dir else DATA_DIR
        for name in LEXICON_FILES:
            if (base / name).exists():
                shutil.copyfile(base / name, path / "lexicons" / name)
        names = []
        for n, user in enumerate(self.user_paths):
            name = f"user_{n}{Path(user).suffix.lower()}"
            shutil.copyfile(user, path / name)
            names.append(name)
        (path / "user_lexicons.json").write_text(json.dumps(names), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> CueFinder:
        path = Path(path)
        names = json.loads((path / "user_lexicons.json").read_text(encoding="utf-8"))
        self.user_paths = [str(path / n) for n in names]
        self.data_dir = str(path / "lexicons")
        self._build(load_lexicon(tuple(self.user_paths), self.data_dir))
        return self

    # -- lexicon matches ------------------------------------------------------------------------
    def _pattern_matches(self, doc: Doc, sents: Sentences) -> list[tuple[int, int, int]]:
        out = [m for ident in self.unanchored for m in self.matchers[ident](doc)]
        arr = doc.to_array([LOWER, LEMMA])
        todo: dict[tuple[str, int], SpacySpan] = {}
        for i in np.flatnonzero(np.isin(arr, self.anchors).any(axis=1)).tolist():
            sent = None
            for h in set(arr[i].tolist()):
                for ident in self.by_anchor.get(h, ()):
                    sent = sent or sents.of(i)
                    todo[(ident, sent.start)] = sent
        for (ident, start), sent in todo.items():
            out += [(key, start + s, start + e) for key, s, e in self.matchers[ident](sent)]
        return out

    def _matches(self, doc: Doc, sents: Sentences) -> list[tuple[Entry, SpacySpan]]:
        strings = doc.vocab.strings
        raw: list[tuple[Entry, SpacySpan]] = []
        for key, start, end in [*self._pattern_matches(doc, sents), *self.phrases(doc)]:
            entry = self.lex.entries[strings[key]]
            if self._fits(doc, entry, start, end, sents):
                raw.append((entry, doc[start:end]))
        excepted = [doc[s:e] for _, s, e in self.exceptions(doc)]
        for key, start, end in self.places(doc):
            if not any(x.start <= start and end <= x.end for x in excepted):
                raw.append((self.place_entries[strings[key]], doc[start:end]))
        # Per category keep the longest of overlapping matches ("Kiev regime" over a shorter one).
        raw.sort(key=lambda m: (m[1].start, -(m[1].end - m[1].start)))
        kept: list[tuple[Entry, SpacySpan]] = []
        for entry, span in raw:
            if not any(
                e.category == entry.category and s.start < span.end and span.start < s.end for e, s in kept
            ):
                kept.append((entry, span))
        return kept

    @staticmethod
    def _fits(doc: Doc, entry: Entry, start: int, end: int, sents: Sentences) -> bool:
        if entry.not_after and any(t.lower_ in entry.not_after for t in doc[max(0, start - 3) : start]):
            return False
        if entry.not_if_explained and _explained(doc, end, entry.not_if_explained):
            return False
        if entry.context:
            return any(t.lower_ in entry.context for t in sents.of(start))
        return True

    @staticmethod
    def _cue(text: str, entry: Entry, voice: Voice, span: SpacySpan) -> Cue:
        return Cue(
            id="",
            span=Span.of(text, span.start_char, span.end_char),
            category=entry.category,
            term=entry.term,
            alternative=entry.alternative,
            explanation=entry.explanation,
            in_quote=voice.in_quote,
            speaker=voice.speaker,
            statement_id=voice.statement_id,
        )

    # -- reporting verbs ------------------------------------------------------------------------
    def _stance_cues(self, doc: Doc, statements: Sequence[Statement], voices: Voices) -> list[Cue]:
        cues = []
        for st in statements:
            conf = self.lex.stances.get(st.cue_stance)
            if not conf:
                continue
            lemma = (st.cue_lemma or _lemma(doc, st.cue)).lower()
            verbs: dict[str, str] = conf.get("verbs", {})
            if conf.get("only_listed") and lemma not in verbs:
                continue
            if not _asserted(doc, st):
                continue
            nested = voices.of(st.cue.start, st.cue.end, exclude=st.id)
            cues.append(
                Cue(
                    id="",
                    span=st.cue,
                    category=conf["category"],
                    term=lemma,
                    explanation=verbs.get(lemma, conf.get("explanation")),
                    in_quote=nested.in_quote,
                    speaker=nested.speaker,
                    statement_id=st.id,
                )
            )
        return cues

    # -- scare quotes ---------------------------------------------------------------------------
    def _scare_quotes(self, doc: Doc, text: str, voices: Voices, sents: Sentences) -> list[Cue]:
        """1-3 quoted words that nobody is reported to have said: the outlet keeps its distance."""
        cues = []
        for start, end in voices.quotes:
            inner = text[start + 1 : end - 1]
            words = _WORD_RE.findall(inner)
            if not 1 <= len(words) <= 3 or inner.strip()[-1:] in ",.!?;:…":
                continue
            first = doc.char_span(start, end, alignment_mode="expand")
            if first is None:
                continue
            sent = sents.of(first.start)
            if first.start == sent.start:
                continue
            before = [t for t in doc[sent.start : first.start] if not t.is_punct]
            if any(t.lower_ in self.lex.label_introducers for t in before[-2:]) or any(
                t.lemma_ in self.lex.label_verbs for t in before
            ):
                continue
            if voices.statement_in(sent.start_char, sent.end_char) or not _label_like(text, start, words):
                continue
            outside = [t for t in sent if not first.start <= t.i < first.end]
            if any(
                t.lower_ in self.lex.speaker_pronouns or t.ent_type_ in self.lex.speaker_entities
                for t in outside
            ):
                continue
            cues.append(
                Cue(
                    id="",
                    span=Span.of(text, start, end),
                    category="scare-quote",
                    term=inner.strip(),
                    explanation="Quotation marks around a short phrase nobody is reported as saying: "
                    "the writer distances itself from the word.",
                )
            )
        return cues

    # -- evaluations in the outlet's own voice -------------------------------------------------------
    def _unattributed(self, doc: Doc, text: str, voices: Voices, found: list, sents: Sentences) -> list[Cue]:
        """One cue per sentence that judges in the outlet's own voice, with no source anywhere in it."""
        if not doc.has_annotation("SENT_START"):
            return []
        by_sent: dict[int, list[tuple[Entry, SpacySpan]]] = {}
        for entry, voice, span in found:
            if entry.category in EVALUATIVE and not voice.in_quote:
                by_sent.setdefault(sents.of(span.start).start, []).append((entry, span))
        cues = []
        for hits in by_sent.values():
            sent = sents.of(hits[0][1].start)
            s, e = _trimmed(sent)
            if voices.statement_in(s, e) or voices.quote_in(s, e):
                continue
            if any(t.pos_ == "VERB" and t.lemma_ in self.lex.attributing_verbs for t in sent):
                continue
            terms = "; ".join(dict.fromkeys(span.text for _, span in hits))
            cues.append(
                Cue(
                    id="",
                    span=Span.of(text, s, e),
                    category="unattributed-evaluation",
                    term=terms,
                    explanation="A judgement stated as fact in the outlet's own voice, with no source.",
                )
            )
        return cues


_NOT_ASSERTED = frozenset(
    {"to", "would", "could", "might", "may", "should", "not", "n't", "n’t", "never", "worth"}
)
_QUOTE_MARKS = "\"“”«»'‘’"


def _asserted(doc: Doc, st: Statement) -> bool:
    """False for a reporting verb that reports no actual statement: "failed to note", "did not show",
    "would confirm", "it is worth noting", or a content that is no proposition ("claimed victory",
    "maintains a lead", "noted the attacks"): only a clause or a quotation can be doubted or endorsed."""
    toks = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if toks is None or not len(toks):
        return True
    if not any(_proposition(doc, c) for c in st.content):
        return False
    head = toks.root
    near = (
        [*toks, *head.children, head.head]
        if head.dep_ in ("xcomp", "acomp", "pcomp")
        else [*toks, *head.children]
    )
    return not any(
        t.lower_ in _NOT_ASSERTED and t.dep_ in ("aux", "neg", "ROOT", "acomp", "amod") for t in near
    )


def _proposition(doc: Doc, content: Span) -> bool:
    if content.text.lstrip()[:1] in _QUOTE_MARKS:
        return True
    toks = doc.char_span(content.start, content.end, alignment_mode="expand")
    return toks is not None and len(toks) > 0 and toks.root.pos_ in ("VERB", "AUX")


def _lemma(doc: Doc, span: Span) -> str:
    """The cue's lemma when the statement does not give one: "has claimed" -> "claim"."""
    toks = doc.char_span(span.start, span.end, alignment_mode="expand") or []
    words = [t.lemma_ for t in toks if t.pos_ not in ("AUX", "PUNCT")]
    return " ".join(words) or span.text


def _label_like(text: str, start: int, words: list[str]) -> bool:
    """Common words, not a title or nickname ("American Skin", "Bobby"), number or markup attribute."""
    if text[max(0, start - 1) : start] == "=" or any(ch.isdigit() for w in words for ch in w):
        return False
    return not all(w[:1].isupper() for w in words)


def _explained(doc: Doc, end: int, explainers: frozenset[str]) -> bool:
    """The name after the match is explained at once ("so-called carried interest, which ..."): the
    writer is introducing a term of art, not keeping its distance from it."""
    for i in range(end, min(end + 8, len(doc) - 1)):
        tok = doc[i]
        if tok.is_punct and not set(tok.text) <= set(_QUOTE_MARKS + "-"):
            return tok.text == "," and doc[i + 1].lower_ in explainers
    return False


def _trimmed(sent: SpacySpan) -> tuple[int, int]:
    text = sent.text
    stripped = text.strip()
    start = sent.start_char + (len(text) - len(text.lstrip()))
    return start, start + len(stripped)


register_extensions()


@Language.factory(
    "newsledger_cues",
    default_config={"lexicons": []},
    requires=["token.lemma", "token.is_sent_start", "doc.spans", "doc._.statements"],
    assigns=["doc._.cues"],
)
def make_component(nlp: Language, name: str, lexicons: list[str]) -> CueFinder:
    """`lexicons`: paths of a user's lexicon files, added to the packaged ones."""
    return CueFinder(nlp, [str(p) for p in lexicons])
