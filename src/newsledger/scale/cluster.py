"""The Dask engine: a local cluster of single-threaded worker processes, or any existing scheduler.

spaCy's small model is CPU-bound Python plus numpy; one thread per process and BLAS/OpenMP pinned to
one thread keep N workers on N cores instead of N×M threads fighting for them. Each worker loads the
pipeline once, in a worker plugin, before its first task (and again on a worker Dask restarts).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin

#: Environment for worker processes: numeric libraries use one thread each.
PINNED_THREADS = {
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
}


class PipelinePlugin(WorkerPlugin):
    """Loads the newsledger pipeline when a worker starts, so no task pays for it."""

    name = "newsledger-pipeline"

    def setup(self, worker) -> None:  # noqa: ANN001 - a distributed.Worker
        from ..pipeline import load_nlp

        load_nlp()


@contextmanager
def connect(
    workers: int | None = None, scheduler: str | None = None, *, dashboard: str = ":8787"
) -> Iterator[Client]:
    """A client on a new local cluster of `workers` processes, or on the scheduler at `scheduler`
    (e.g. "tcp://10.0.0.5:8786"); the pipeline plugin is registered on it either way."""
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        n = workers or os.cpu_count() or 1
        saved = {k: os.environ.get(k) for k in PINNED_THREADS}
        os.environ.update(PINNED_THREADS)  # inherited by the spawned worker processes
        try:
            cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=dashboard,
                silence_logs=logging.ERROR,
                env=dict(PINNED_THREADS),
            )
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        client = Client(cluster)
    try:
        client.register_plugin(PipelinePlugin())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def worker_pids(client: Client) -> dict[str, int]:
    """Worker address → process id (for measurements and for killing one in tests)."""
    return client.run(os.getpid)
