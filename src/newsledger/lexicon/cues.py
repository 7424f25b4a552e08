"""The cue lexicon (`data/cue_verbs.tsv`): which words mark a statement and the stance each one takes."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import STANCES, STATEMENT_CLASSES, Stance, StatementClass

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_PATH = DATA_DIR / "cue_verbs.tsv"
_TYPES = {"verb", "verb+clause", "verb+object", "verb+to", "adj+to", "adj+clause", "adj+noun"} | {
    "verb+particle",
    "adv",
    "noun",
    "prep",
    "label",
    "medium",
}


@dataclass(frozen=True)
class CueEntry:
    cue: str
    stance: Stance
    type: str
    cls: StatementClass = "speech"  # the `class` column: what act the cue reports


@dataclass
class Lexicon:
    """Entries indexed by the word a token is looked up with, so a lookup per token is one dict hit."""

    version: str = "?"
    verbs: dict[str, CueEntry] = field(default_factory=dict)
    # lemma -> {particle: entry}, for "point out", "call on"
    particles: dict[str, dict[str, CueEntry]] = field(default_factory=dict)
    nouns: dict[str, CueEntry] = field(default_factory=dict)
    adjectives: dict[str, CueEntry] = field(default_factory=dict)  # "ready to", "determined to"
    attributive: dict[str, CueEntry] = field(default_factory=dict)  # "alleged plans", "purported ties"
    adverbs: dict[str, CueEntry] = field(default_factory=dict)  # "reportedly hit", "allegedly fell"
    preps: dict[str, CueEntry] = field(default_factory=dict)  # "according to", "in words"
    labels: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()  # "said in a statement": part of the cue
    forms: dict[str, str] = field(default_factory=dict)  # "hoped" -> "hope", for lemmatiser slips
    hashes: Any = None  # the statements component's lookup arrays, built on first use

    def verb(self, lemma: str) -> CueEntry | None:
        return self.verbs.get(lemma)


def parse_lexicon(lines: list[str]) -> Lexicon:
    """Build a lexicon from TSV lines; the version is read from the header comment."""
    lex = Lexicon()
    labels: set[str] = set()
    media: set[str] = set()
    rows = []
    for line in lines:
        if line.startswith("#"):
            if "version" in line and lex.version == "?":
                lex.version = line.split("version", 1)[1].split()[0].strip(",;")
            continue
        if line.strip():
            rows.append(line.rstrip("\n"))
    for row in csv.DictReader(rows, delimiter="\t"):
        cue, stance, kind = row["cue"].strip().lower(), row["stance"].strip(), row["type"].strip()
        # A user's lexicon written before the class column was added reads as "speech".
        cls = (row.get("class") or "speech").strip()
        if stance not in STANCES or kind not in _TYPES or cls not in STATEMENT_CLASSES:
            raise ValueError(f"cue lexicon: bad row {row!r}")
        entry = CueEntry(cue, stance, kind, cls)  # type: ignore[arg-type]
        if kind in ("verb", "verb+clause", "verb+object", "verb+to"):
            lex.verbs[cue] = entry
        elif kind == "verb+particle":
            lemma, particle = cue.split(" ", 1)
            lex.particles.setdefault(lemma, {})[particle] = entry
        elif kind == "noun":
            lex.nouns[cue] = entry
        elif kind in ("adj+to", "adj+clause"):
            lex.adjectives[cue] = entry
        elif kind == "adj+noun":
            lex.attributive[cue] = entry
        elif kind == "adv":
            lex.adverbs[cue] = entry
        elif kind == "prep":
            lex.preps[cue] = entry
        elif kind == "medium":
            media.add(cue)
        else:
            labels.add(cue)
    lex.labels = frozenset(labels)
    for lemma in [*lex.verbs, *lex.particles]:
        for form in inflections(lemma):
            lex.forms.setdefault(form, lemma)
    lex.media = frozenset(media)
    return lex


def inflections(lemma: str) -> set[str]:
    """Regular English verb forms: enough to catch a lemmatiser slip on a cue verb."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma + "s", stem + "ed", stem + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    return forms - {lemma}


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The shipped lexicon (or one at `path`), read once per process."""
    text = Path(path or DEFAULT_PATH).read_text(encoding="utf-8")
    return parse_lexicon(text.splitlines())


@dataclass(frozen=True)
class StatementWords:
    """The statement rules' other word lists (`data/statement_words.json`)."""

    first_person: frozenset[str]
    addressee_verbs: frozenset[str]
    leading_conjunctions: tuple[str, ...]
    leading_adverbs: tuple[str, ...]
    not_resumed: frozenset[str]
    light_verbs: frozenset[str]
    example_markers: frozenset[str]
    passive_preps: dict[str, str]
    likelihood_adjectives: frozenset[str]
    as_only_verbs: frozenset[str]
    said_nouns: frozenset[str]
    owned_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    aspectual_verbs: frozenset[str] = frozenset()
    speaker_roles: frozenset[str] = frozenset()
    agent_only_verbs: frozenset[str] = frozenset()
    non_agent_nouns: frozenset[str] = frozenset()
    other_particle_verbs: frozenset[str] = frozenset()
    contrast_marks: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    interview_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def statement_words() -> StatementWords:
    raw = json.loads((DATA_DIR / "statement_words.json").read_text(encoding="utf-8"))
    return StatementWords(
        first_person=frozenset(raw["first_person"]),
        addressee_verbs=frozenset(raw["addressee_verbs"]),
        leading_conjunctions=tuple(raw["leading_conjunctions"]),
        leading_adverbs=tuple(raw["leading_adverbs"]),
        not_resumed=frozenset(raw["not_resumed"]),
        light_verbs=frozenset(raw.get("light_verbs", ())),
        example_markers=frozenset(raw.get("example_markers", ())),
        passive_preps=dict(raw.get("passive_preps", {})),
        likelihood_adjectives=frozenset(raw.get("likelihood_adjectives", ())),
        as_only_verbs=frozenset(raw.get("as_only_verbs", ())),
        said_nouns=frozenset(raw.get("said_nouns", ())),
        owned_nouns=frozenset(raw.get("owned_nouns", ())),
        person_pronouns=frozenset(raw.get("person_pronouns", ())),
        aspectual_verbs=frozenset(raw.get("aspectual_verbs", ())),
        speaker_roles=frozenset(raw.get("speaker_roles", ())),
        agent_only_verbs=frozenset(raw.get("agent_only_verbs", ())),
        non_agent_nouns=frozenset(raw.get("non_agent_nouns", ())),
        other_particle_verbs=frozenset(raw.get("other_particle_verbs", ())),
        contrast_marks=frozenset(raw.get("contrast_marks", ())),
        claim_nouns=frozenset(raw.get("claim_nouns", ())),
        topic_nouns=frozenset(raw.get("topic_nouns", ())),
        interview_words=frozenset(raw.get("interview_words", ())),
    )
