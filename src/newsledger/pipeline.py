"""Builds the spaCy `Language` (a base model plus our pipes, per profile) and runs it over articles.

Profiles are data (`data/profiles.json`): which base model, which of our factories, in what order.
Every factory is registered under the `spacy_factories` entry points too, so a pipeline saved with
`nlp.to_disk(dir)` loads with `spacy.load(dir)` in a fresh process with only newsledger installed; each
pipe writes its knowledge (lexicons, gazetteer user file, weights) into the saved folder.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .chunking import CHUNK_CHARS, chunk_bounds, merge
from .extract import get_list
from .extract.cues import env_lexicons
from .fingerprint import version_of
from .gazetteer import env_path
from .ingest.clean import clean_text
from .model import Article, ArticleAnalysis, Entity, Span

PROFILES_PATH = Path(__file__).resolve().parent / "data" / "profiles.json"

#: Module that registers each of our factories (importing it is enough).
FACTORY_MODULES: dict[str, str] = {
    "newsledger_layout": "newsledger.extract.layout",
    "newsledger_attribution": "newsledger.attribution.component",
    "newsledger_statements": "newsledger.extract.statements",
    "newsledger_actors": "newsledger.extract.actors",
    "newsledger_events": "newsledger.extract.events",
    "newsledger_cues": "newsledger.extract.cues",
    "newsledger_encoder": "newsledger.encoder.component",
    "newsledger_attribution_encoder": "newsledger.encoder.component",
}

#: Our components after the layout, in pipeline order; `add_components` takes these short names.
COMPONENTS: tuple[str, ...] = ("attribution", "statements", "actors", "events", "cues")
DEFAULT_PROFILE = "fast"


def profiles() -> dict[str, dict[str, Any]]:
    """The profile table (`data/profiles.json`)."""
    return json.loads(PROFILES_PATH.read_text(encoding="utf-8"))["profiles"]


def _profile(name: str) -> dict[str, Any]:
    table = profiles()
    if name not in table:
        raise ValueError(f"unknown pipeline profile {name!r}; choose from {', '.join(sorted(table))}")
    return table[name]


def load_base_model(profile: str = DEFAULT_PROFILE) -> Language:
    """The profile's base model: the first of its packages that is installed (for "fast", the official
    `en_core_web_sm`, else its re-upload pinned in our lock file)."""
    names = _profile(profile)["base"]
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise OSError(f"none of the base models of profile {profile!r} is installed: {', '.join(names)}")


def import_factories() -> None:
    """Register every newsledger factory with spaCy (what the entry points do in a fresh process)."""
    for module in FACTORY_MODULES.values():
        importlib.import_module(module)


def add_components(
    nlp: Language,
    components: Sequence[str] = COMPONENTS,
    config: dict[str, dict[str, Any]] | None = None,
    profile: str = DEFAULT_PROFILE,
) -> Language:
    """Add our pipes to any English pipeline with a parser and NER (e.g. a user's own): always the layout
    pipe (before the parser), then `components` in the profile's order. `config`: per-factory settings,
    e.g. {"newsledger_actors": {"extra_path": "my_actors.json"}}. Adding twice changes nothing."""
    for name in components:
        if name not in COMPONENTS:
            raise ValueError(f"unknown component {name!r}; choose from {', '.join(COMPONENTS)}")
    if components and "parser" not in nlp.pipe_names:
        raise ValueError(
            "newsledger's pipes need a dependency parser and NER: add them to an English pipeline that has "
            "'parser' and 'ner' (e.g. en_core_web_sm), or use newsledger.load_nlp()"
        )
    import_factories()
    wanted = {"newsledger_layout"} | {f"newsledger_{c}" for c in components}
    config = config or {}
    for pipe in _profile(profile)["pipes"]:
        factory = pipe["factory"]
        if pipe.get("component", factory) not in wanted or factory in nlp.pipe_names:
            continue
        where = {k: pipe[k] for k in ("before", "after") if k in pipe and pipe[k] in nlp.pipe_names}
        nlp.add_pipe(factory, config=config.get(factory, {}), **where)
    return nlp


def env_config() -> dict[str, dict[str, Any]]:
    """Settings the environment gives: $NEWSLEDGER_ACTORS (a user gazetteer file) and
    $NEWSLEDGER_LEXICONS (user framing lexicons, os.pathsep-separated). They only set config paths here;
    the pipes themselves never read the environment."""
    config: dict[str, dict[str, Any]] = {}
    actors = env_path()
    if actors:
        config["newsledger_actors"] = {"extra_path": actors}
    lexicons = env_lexicons()
    if lexicons:
        config["newsledger_cues"] = {"lexicons": lexicons}
    return config


def load_nlp(profile: str = DEFAULT_PROFILE, components: tuple[str, ...] = COMPONENTS) -> Language:
    """The full newsledger pipeline for `profile`, loaded once per process (and per environment)."""
    env = json.dumps(env_config(), sort_keys=True)
    return _load_nlp(profile, tuple(components), env)


@lru_cache(maxsize=4)
def _load_nlp(profile: str, components: tuple[str, ...], env: str) -> Language:
    return add_components(load_base_model(profile), components, json.loads(env), profile)


def pipeline_version(nlp: Language | None = None) -> str:
    """The version stored with each analysis (see `fingerprint`): of `nlp`, default `load_nlp()`."""
    return version_of(nlp or load_nlp())


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


def doc_to_analysis(doc: Doc, article: Article, nlp: Language | None = None) -> ArticleAnalysis:
    """Plain data out of a processed Doc; the Doc itself is not kept."""
    text = article.text
    return ArticleAnalysis(
        article=article,
        entities=[Entity(span=Span.of(text, e.start_char, e.end_char), label=e.label_) for e in doc.ents],
        sentences=[Span.of(text, s.start_char, s.end_char) for s in doc.sents]
        if doc.has_annotation("SENT_START")
        else [],
        mentions=get_list(doc, "mentions"),
        actors=get_list(doc, "actors"),  # the actors pipe's, then the events pipe's; parents moved apart
        statements=get_list(doc, "statements"),
        events=get_list(doc, "events"),
        cues=get_list(doc, "cues"),
        pipeline_version=pipeline_version(nlp),
    ).parents_apart()


def analyze_articles(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    batch_size: int = 16,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[ArticleAnalysis]:
    """Analyse articles lazily, in spaCy batches, yielding one `ArticleAnalysis` per article in order.

    An article longer than `chunk_chars` goes through alone, as paragraph-bounded chunks one at a time
    (see `chunking`), so time stays linear in its length and memory bounded by one chunk; its analysis
    is merged back with the article's own offsets.
    """
    nlp = nlp or load_nlp()
    batch: list[Article] = []
    for article in articles:
        if len(article.text) > chunk_chars:
            yield from _analyse_batch(nlp, batch, batch_size)
            batch = []
            yield _analyse_long(nlp, article, chunk_chars)
            continue
        batch.append(article)
        if len(batch) == batch_size:
            yield from _analyse_batch(nlp, batch, batch_size)
            batch = []
    yield from _analyse_batch(nlp, batch, batch_size)


def _analyse_batch(nlp: Language, articles: list[Article], batch_size: int) -> Iterator[ArticleAnalysis]:
    docs = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size)
    for doc, article in zip(docs, articles, strict=True):
        yield doc_to_analysis(doc, article, nlp)


def _analyse_long(nlp: Language, article: Article, chunk_chars: int) -> ArticleAnalysis:
    parts: list[tuple[int, ArticleAnalysis]] = []
    for start, end in chunk_bounds(article.text, chunk_chars):
        # a chunk keeps the article's metadata; the title only in the chunk that holds it
        title = article.title_span if article.title_span and article.title_span.end <= end else None
        part = article.model_copy(
            update={"text": article.text[start:end], "title_span": title if start == 0 else None}
        )
        parts.append((start, doc_to_analysis(nlp(make_doc(nlp, part)), part, nlp)))
    return merge(ArticleAnalysis(article=article, pipeline_version=pipeline_version(nlp)), parts)


def analyze(
    text: str | bytes,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    nlp: Language | None = None,
) -> ArticleAnalysis:
    """Analyse one text. Offsets in the result refer to `text` exactly as given.

    Lone surrogates become U+FFFD (same length, so offsets still hold) and `bytes` are decoded as the
    file readers decode them; both are noted on the article. Anything else is a `TypeError`.
    """
    cleaned = clean_text(text)
    text = cleaned.text
    title_span = None
    if title and text.startswith(title):
        title_span = Span.of(text, 0, len(title))
    article = Article.create(
        text,
        outlet=outlet,
        url=url,
        title=title,
        published=published,
        title_span=title_span,
        notes=cleaned.notes,
    )
    return next(analyze_articles([article], nlp))
