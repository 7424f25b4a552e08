"""Sentence starts at line breaks: a headline or paragraph never runs into the next one.

Scraped news puts headlines, sub-heads and paragraphs on their own lines without final punctuation;
the small parser would otherwise glue "Shoigu: West must stop pumping weapons into Ukraine" to the
first sentence of the body. Runs before the parser, which respects boundaries set here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsledger_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return doc
