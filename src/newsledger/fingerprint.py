"""The pipeline version stored with each analysis: package version plus a digest of what the pipeline is.

Extractor behaviour changes with the knowledge files and weights as much as with the code, so an edited
lexicon, a user's gazetteer or a retrained model must make `analyze` re-run articles it would otherwise
call unchanged. The digest covers the package's `data/` folder (every packaged knowledge file and weight),
`nlp.config` (which pipes, in what order, with what settings), the base model's name and version, and
every newsledger pipe's serialised knowledge, user files included (what `to_disk` writes). It is
computed once per loaded `Language`.
"""

from __future__ import annotations

import hashlib
import tempfile
import weakref
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from . import __version__

DATA_DIR = Path(__file__).parent / "data"
_VERSIONS: weakref.WeakKeyDictionary[Language, str] = weakref.WeakKeyDictionary()


@lru_cache(maxsize=1)
def data_digest() -> str:
    """Digest of the packaged knowledge files, read once per process."""
    digest = hashlib.sha256()
    for path in sorted(p for p in DATA_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(DATA_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _digest(nlp: Language) -> str:
    digest = hashlib.sha256()
    digest.update(data_digest().encode())
    digest.update(nlp.config.to_str().encode("utf-8"))
    digest.update(f"{nlp.meta.get('name')}-{nlp.meta.get('version')}".encode())
    with tempfile.TemporaryDirectory() as tmp:
        for name, pipe in nlp.pipeline:
            factory = nlp.get_pipe_meta(name).factory
            if not factory.startswith("newsledger_") or not hasattr(pipe, "to_disk"):
                continue
            folder = Path(tmp) / name
            pipe.to_disk(folder)
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                digest.update(f"{name}/{path.relative_to(folder).as_posix()}".encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def version_of(nlp: Language) -> str:
    """`<package version>+<digest>` of `nlp`, computed once per nlp (`pipeline.pipeline_version()` gives
    the default pipeline's)."""
    version = _VERSIONS.get(nlp)
    if version is None:
        version = _VERSIONS[nlp] = f"{__version__}+{_digest(nlp)}"
    return version


def forget(nlp: Language) -> None:
    """Drop the cached version of `nlp` (after changing a pipe's knowledge in place)."""
    _VERSIONS.pop(nlp, None)
