"""The pipeline version stored with each analysis: package version plus a digest of the knowledge files.

Extractor behaviour changes with the data files and shipped weights as much as with the code, so an
edited lexicon or retrained model must make `analyze` re-run articles it would otherwise call unchanged.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from . import __version__

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in DATA_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(DATA_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"
