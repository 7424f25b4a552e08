"""The `newsledger_encoder` and `newsledger_attribution_encoder` pipes (the "accurate" profile).

`newsledger_encoder` runs the int8 ONNX encoder once per Doc and leaves one float32 row per token on
`doc._.encoder_vectors` (plain numpy data: a DocBin with `store_user_data=True` keeps it; zeros for
whitespace tokens, which have no wordpiece). Over a stream (`nlp.pipe`) it encodes docs on `workers`
background threads while spaCy parses the next ones: onnxruntime releases the GIL, the encoder is most
of the profile's cost, and bare spaCy leaves the second core idle. Each doc still goes through the
same ONNX batches as in a plain call (quantisation scales are per batch), so the vectors are the same.

`newsledger_attribution_encoder` tags source / cue / content from those vectors, links them around cues
with the parse (`attribution.model.link`, the CRF's linker) and writes the same span groups the CRF
pipe writes, so the statements pipe merges them with its rules unchanged. Both load their files from
config paths (default: `data/models/encoder/`) and write them with `to_disk`, so a saved pipeline
carries the weights.
"""

from __future__ import annotations

import shutil
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .heads import HEAD_META, HEAD_NAME, AttributionHead
from .runtime import META_NAME, ONNX_NAME, PACKAGE_DIR, TOKENIZER_NAME, Encoder

VECTORS = "encoder_vectors"

if not Doc.has_extension(VECTORS):
    Doc.set_extension(VECTORS, default=None)


def _copy(src: Path, dst: Path, names: tuple[str, ...]) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for name in names:
        if (src / name).exists():
            shutil.copyfile(src / name, dst / name)


def _token_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(t.idx, t.idx + len(t.text)) for t in doc]


class EncoderComponent:
    """Token vectors from the ONNX encoder. `threads`: onnxruntime's intra-op threads per run;
    `workers`: threads encoding docs side by side in `pipe` (0: in the caller's thread);
    `lookahead`: how many docs `pipe` may hold while they are encoded (bounds memory)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        model_path: str | None,
        threads: int,
        batch_size: int,
        workers: int = 0,
        lookahead: int = 32,
    ):
        if workers < 0 or lookahead < 1:
            raise ValueError("newsledger_encoder needs workers >= 0 and lookahead >= 1")
        self.name = name
        self.model_path = Path(model_path) if model_path else PACKAGE_DIR
        self.threads = threads
        self.batch_size = batch_size
        self.workers = workers
        self.lookahead = lookahead
        self.encoder: Encoder | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        if self.encoder is None:
            self.encoder = Encoder(self.model_path, threads=self.threads, batch_size=self.batch_size)

    def __call__(self, doc: Doc) -> Doc:
        self.initialize()
        doc._.set(VECTORS, self.encoder.vectors(doc.text, _token_spans(doc)))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Docs in order, each with its vectors. Pulling the next doc from `stream` runs the upstream
        pipes (the parse) in this thread while the workers encode the docs already pulled."""
        self.initialize()
        if not self.workers:
            yield from map(self, stream)
            return
        encoder = self.encoder
        pending: deque[tuple[Doc, Future]] = deque()
        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="newsledger-encoder")
        try:
            for doc in stream:
                pending.append((doc, pool.submit(encoder.vectors, doc.text, _token_spans(doc))))
                while pending and (len(pending) > self.lookahead or pending[0][1].done()):
                    done, future = pending.popleft()
                    done._.set(VECTORS, future.result())
                    yield done
            while pending:
                done, future = pending.popleft()
                done._.set(VECTORS, future.result())
                yield done
        finally:
            for _, future in pending:
                future.cancel()
            pool.shutdown(wait=False)

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        self.initialize()
        _copy(self.model_path, Path(path), (ONNX_NAME, META_NAME))
        (Path(path) / TOKENIZER_NAME).write_text(self.encoder.tokenizer.to_str(), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> EncoderComponent:
        self.model_path = Path(path)
        self.encoder = None
        self.initialize()
        return self


class AttributionEncoderComponent:
    """BIO tags from the encoder's vectors, Viterbi-decoded, linked into attribution candidates."""

    def __init__(self, nlp: Language, name: str, head_path: str | None):
        self.name = name
        self.head_path = Path(head_path) if head_path else PACKAGE_DIR
        self.head: AttributionHead | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        if self.head is None:
            self.head = AttributionHead(self.head_path)

    def tag(self, doc: Doc) -> list[str]:
        self.initialize()
        vectors = doc._.get(VECTORS)
        if vectors is None:
            raise ValueError("newsledger_attribution_encoder needs newsledger_encoder before it")
        return self.head.tag(vectors, np.any(vectors != 0, axis=1))

    def predict(self, doc: Doc):
        from ..attribution.labels import label_spans
        from ..attribution.model import link

        return link(doc, label_spans(self.tag(doc)))

    def __call__(self, doc: Doc) -> Doc:
        from ..attribution.component import write_candidates

        if not doc.has_annotation("DEP"):
            raise ValueError("newsledger_attribution_encoder needs a dependency parse: add it after a parser")
        write_candidates(doc, self.predict(doc))
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        _copy(self.head_path, Path(path), (HEAD_NAME, HEAD_META))

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> AttributionEncoderComponent:
        self.head_path = Path(path)
        self.head = AttributionHead(self.head_path)
        return self


@Language.factory(
    "newsledger_encoder",
    default_config={"model_path": None, "threads": 1, "batch_size": 16, "workers": 2, "lookahead": 32},
    assigns=["doc._.encoder_vectors"],
)
def make_encoder(
    nlp: Language,
    name: str,
    model_path: str | None,
    threads: int,
    batch_size: int,
    workers: int,
    lookahead: int,
) -> EncoderComponent:
    """`model_path`: a folder with `encoder.onnx` and `encoder.json` (default: the packaged one);
    `workers` (default 2, the cores of the machines we target) encode docs beside the parse."""
    return EncoderComponent(nlp, name, model_path, threads, batch_size, workers, lookahead)


@Language.factory(
    "newsledger_attribution_encoder",
    default_config={"head_path": None},
    requires=["doc._.encoder_vectors", "token.dep", "token.is_sent_start"],
    assigns=["doc.spans"],
)
def make_attribution_encoder(nlp: Language, name: str, head_path: str | None) -> AttributionEncoderComponent:
    """`head_path`: a folder with `attribution_head.npz` and `.json` (default: the packaged one)."""
    return AttributionEncoderComponent(nlp, name, head_path)
