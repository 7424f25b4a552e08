"""Shared fixtures. The spaCy pipeline is loaded once per test session: loading is the slow part."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from newsledger.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def analyze(nlp):
    """`analyze(text, **meta)` with the shared pipeline."""
    from newsledger import analyze as _analyze

    def run(text: str, **meta):
        return _analyze(text, nlp=nlp, **meta)

    return run
