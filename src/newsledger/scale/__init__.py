"""Scale-out: partitioned input, Dask workers, sharded output, and loading shards into the ledger.

- `partitions`: split files, folders, globs, JSONL (line ranges) and WARC (record ranges) on any
  fsspec path into partitions, without reading the corpus in one process.
- `work`: what a worker does with a partition (read, analyse, return or write a shard).
- `shards`: Parquet tables and JSONL.gz analyses per partition, named by content hash and pipeline
  version, written atomically.
- `cluster`: a local cluster of single-threaded processes, or any scheduler address.
- `load`: shards into the SQLite ledger, in input order, idempotently.

The loop that ties them together is `newsledger.run.analyze_into`. Dask is imported only by
`cluster`, so reading shards or planning needs only the `scale` extra's pyarrow and fsspec.
"""

from __future__ import annotations

from .partitions import PARTITION_ITEMS, Partition, Unit, plan
from .report import RunReport
from .shards import FORMATS, Shards

__all__ = ["FORMATS", "PARTITION_ITEMS", "Partition", "RunReport", "Shards", "Unit", "plan"]
