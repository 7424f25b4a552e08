"""`newsledger eval ledger`: the whole ledger scored against the war-news gold (`benchmarks/war_dev/`)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import typer

from .app import eval_app


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf(s: dict) -> str:
    return (
        f"P {_num(s['p'])} ({s['tp']:g}/{s['system']:g})  R {_num(s['r'])} ({s['tp']:g}/{s['gold']:g})"
        f"  F1 {_num(s['f1'])}"
    )


def _acc(a: dict) -> str:
    return f"{_num(a['value'])} ({a['right']:g}/{a['of']:g})"


def format_figures(name: str, f: dict) -> list[str]:
    """The figures of one split (or all) as lines of text."""
    st, ev, tr, ac = f["statements"], f["events"], f["transfers"], f["actors"]
    unnamed = st["speaker_on_unnamed"]
    return [
        f"== {name}: {f['articles']} gold article(s) ==",
        f"statements   {_prf(st['match'])}   (cues overlap, contents share ≥ 50% of the shorter)",
        f"  exact spans          {_prf(st['exact'])}",
        f"  speaker right        {_acc(st['speaker'])} of matched with a named gold speaker"
        f" ({st['speaker_wrong']} wrong, {st['speaker_unresolved']} left unresolved)",
        f"  speaker on unnamed   {unnamed['given']} of {unnamed['of']} matched with no gold speaker got one",
        f"  said (speech/writing)                  {_prf(st['said'])}",
        f"  thought (belief/intention/perception)  {_prf(st['thought'])}",
        f"  class right          {_acc(st['class'])} of matched",
        f"events       strict {_prf(ev['strict'])}   (trigger, category, both parties)",
        f"  located              {_prf(ev['located'])}   (trigger overlap)",
        f"  of located: category {_acc(ev['category'])}  source {_acc(ev['source'])}"
        f"  target {_acc(ev['target'])}  both parties {_acc(ev['parties'])}",
        f"              status {_acc(ev['status'])}  claimed_by {_acc(ev['claimed_by'])}",
        f"transfers    rows {_prf(tr['rows'])}   (supplier, recipient, item, quantity, status)",
        f"  supplier+recipient+item right  {_acc(tr['supplier_recipient_item'])} of gold rows",
        f"actors       junk {ac['junk']} of {ac['system']} system actors"
        f" = {_num(ac['junk_per_article'])} per article",
        f"  link precision       {_acc(ac['link_precision'])} ({ac['link_unresolved']} unresolved)"
        f"  link recall {_acc(ac['link_recall'])}",
        f"furniture    {_acc(f['furniture'])} of gold furniture spans produced an item",
        f"not scored   {f['gold_unread']} gold item(s) in text the reader drops (a repeated title line)",
    ]


@eval_app.command("ledger")
def eval_ledger(
    gold_dir: Path = typer.Argument(..., help="Folder of resolved gold files (<ARTICLE>.json)."),
    data: Path = typer.Option(..., "--data", help="Folder with the articles (<ARTICLE>.txt)."),
    split: str = typer.Option("all", "--split", help="dev, test or all (all: each split, then both)."),
    misses: int = typer.Option(0, "--misses", help="Print up to N errors of each kind.", min=0),
    json_out: Path | None = typer.Option(
        None, "--json", help="Write every figure, per article too, and all errors as JSON here."
    ),
) -> None:
    """Score the whole ledger (statements, speakers, events, transfers, actors, furniture) against gold.

    Each gold article's text is read from --data as `newsledger analyze` reads it (its sha256 must be
    the one the gold was resolved on) and run through the pipeline once.

    Example: newsledger eval ledger benchmarks/war_dev --data ../shared/data/war-news --split dev --misses 5
    """
    from ..eval.ledger import (
        MISS_CATEGORIES,
        GoldError,
        LedgerReport,
        analyze_gold,
        check_gold,
        load_gold,
        score_article,
    )

    if split not in ("dev", "test", "all"):
        raise typer.BadParameter("choose dev, test or all", param_hint="--split")
    try:
        golds = load_gold(gold_dir, split)
        if not golds:
            typer.echo(f"No gold files for split {split} in {gold_dir}.", err=True)
            raise typer.Exit(1)
        for problem in (p for g in golds for p in check_gold(g)):
            typer.echo(f"warning: {problem}", err=True)
        began = time.perf_counter()
        report = LedgerReport(
            [score_article(g.data, *a) for g, a in zip(golds, analyze_gold(golds, data), strict=True)]
        )
    except GoldError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    seconds = time.perf_counter() - began
    lines: list[str] = []
    names = report.splits() if split == "all" else [split]
    for name in names:
        lines += format_figures(name, report.figures(name))
    if split == "all" and len(names) > 1:
        lines += format_figures("all", report.figures())
    junk = report.junk()
    lines.append(f"junk actors ({len(junk)}):")
    for a in report.articles:
        if a.junk:
            listed = ", ".join(
                f"{j['actor']} @{j['start'] if j['start'] is not None else '-'} ({j['reason']})"
                for j in a.junk
            )
            lines.append(f"  {a.article}: {listed}")
    if misses:
        for category in MISS_CATEGORIES:
            found = report.misses(category)
            if not found:
                continue
            lines.append(f"-- {category}: {len(found)} (first {min(misses, len(found))}) --")
            for m in found[:misses]:
                lines.append(f"  {m.article} {m.start}-{m.end} “{m.snippet}”  {m.detail}")
    lines.append(f"({len(golds)} article(s) analysed and scored in {seconds:.0f} s)")
    typer.echo("\n".join(lines))
    if json_out is not None:
        data_out = {"gold_dir": str(gold_dir), "split": split, **report.to_dict()}
        json_out.write_text(json.dumps(data_out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
