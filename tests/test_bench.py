"""`newsledger bench` on three tiny texts written for the test: it must print both timings and a ratio."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from newsledger.cli import app
from newsledger.cli.bench import read_texts


def _write_texts(folder):
    (folder / "sub").mkdir()
    (folder / "a.txt").write_text("The minister said the talks would resume on Monday.", encoding="utf-8")
    (folder / "b.txt").write_text("Officials warned that supplies were running low.", encoding="utf-8")
    (folder / "sub" / "c.txt").write_text(
        '"We will not back down," the envoy told reporters.', encoding="utf-8"
    )
    (folder / "notes.md").write_text("not an article", encoding="utf-8")


def test_read_texts_recurses_and_keeps_only_txt(tmp_path):
    _write_texts(tmp_path)
    texts = read_texts(tmp_path)
    assert len(texts) == 3
    assert texts[0].startswith("The minister said")
    assert len(read_texts(tmp_path, limit=2)) == 2


def test_bench_prints_timings_and_ratio(tmp_path, nlp):
    _write_texts(tmp_path)
    result = CliRunner().invoke(app, ["bench", str(tmp_path), "--repeat", "2"])
    assert result.exit_code == 0, result.output
    assert "bare en_core_web_sm" in result.output
    assert "full newsledger" in result.output
    assert "3 articles" in result.output
    ratio = re.search(r"ratio full/bare: (\d+\.\d+) \(per repeat (\d+\.\d+)-(\d+\.\d+)", result.output)
    assert ratio is not None
    assert float(ratio.group(1)) > 0
    assert float(ratio.group(2)) <= float(ratio.group(3))
    assert re.search(r"CPU-time ratio full/bare: \d+\.\d+", result.output)


def test_bench_rejects_a_folder_without_texts(tmp_path):
    result = CliRunner().invoke(app, ["bench", str(tmp_path)])
    assert result.exit_code != 0
