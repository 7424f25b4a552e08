"""The encoder at run time: an onnxruntime session over the windows, token vectors out.

The ONNX file takes `input_ids` and `attention_mask` (int64, batch x length) and returns
`last_hidden_state` (float32, batch x length x hidden); `train encoder-attribution` writes it (int8,
dynamically quantised) with `encoder.json` beside it: the window settings and the wordpiece ids of
[CLS] and [SEP]. Windows are run in batches sorted by length, so padding costs little.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .base import load_tokenizer
from .windows import layout, window_inputs

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "encoder"
ONNX_NAME, META_NAME, TOKENIZER_NAME = "encoder.onnx", "encoder.json", "tokenizer.json"


class Encoder:
    """One ONNX session; `vectors(text, token_spans)` gives one row per token (zeros where none)."""

    def __init__(self, path: str | Path = PACKAGE_DIR, threads: int = 1, batch_size: int = 16) -> None:
        import onnxruntime as ort

        self.path = Path(path)
        self.meta = json.loads((self.path / META_NAME).read_text(encoding="utf-8"))
        tok_file = self.path / TOKENIZER_NAME
        self.tokenizer = load_tokenizer(str(tok_file) if tok_file.exists() else None)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Memory patterns are planned per input shape and every doc brings new window lengths; with two
        # workers they raised peak RSS over PolNeAR dev (1022 -> 985 MB without), for no measured speed.
        opts.enable_mem_pattern = False
        self.session = ort.InferenceSession(
            str(self.path / ONNX_NAME), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.hidden = int(self.meta["hidden_size"])
        self.max_len = int(self.meta["max_len"])
        self.overlap = int(self.meta["overlap"])
        self.batch_size = batch_size

    def vectors(self, text: str, token_spans: Sequence[tuple[int, int]]) -> np.ndarray:
        lay = layout(text, token_spans, self.tokenizer, self.max_len, self.overlap)
        out = np.zeros((len(token_spans), self.hidden), dtype=np.float32)
        if not lay.windows:
            return out
        win, pos = lay.token_slots()
        order = sorted(range(len(lay.windows)), key=lambda k: lay.windows[k][1] - lay.windows[k][0])
        for b in range(0, len(order), self.batch_size):
            batch = order[b : b + self.batch_size]
            ids, mask = window_inputs(lay, self.meta["cls_id"], self.meta["sep_id"], batch)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(["last_hidden_state"], feeds)[0]
            for row, k in enumerate(batch):
                sel = np.flatnonzero(win == k)
                out[sel] = hidden[row, pos[sel]]
        return out
