"""What a run did, filled in as it goes: the progress display reads it, the summary prints it, and
after Ctrl-C it still says what was stored."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class RunReport:
    read: int = 0
    outcomes: Counter = field(default_factory=Counter)  # new / updated / unchanged
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (item, same article as)
    stored: list[str] = field(default_factory=list)  # ids now current in the ledger
    analysed: int = 0  # articles that went through the NLP in this run
    items_total: int = 0  # articles the plan expects (lines, records, files)
    items_done: int = 0
    partitions: int = 0
    partitions_done: int = 0
    shards_reused: int = 0
    shards_written: int = 0
    shard_bytes: int = 0
    dashboard: str | None = None
    workers: dict[str, int] = field(default_factory=dict)  # worker → articles analysed
    worker_seconds: dict[str, float] = field(default_factory=dict)  # worker → seconds in the NLP
    task_seconds: float = 0.0  # summed over tasks, NLP included
    cpu_seconds: float = 0.0  # CPU time summed over tasks (articles per CPU second = per-core throughput)
    started: float = field(default_factory=time.perf_counter)
    first_result: float | None = None  # when the first analysis came back (after start-up)
    finished: float | None = None
    interrupted: bool = False

    @property
    def elapsed(self) -> float:
        return (self.finished or time.perf_counter()) - self.started

    @property
    def rate(self) -> float:
        """Articles analysed per second of wall time so far."""
        return self.analysed / self.elapsed if self.elapsed > 0 else 0.0
