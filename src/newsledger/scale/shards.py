"""Shards: one partition's analyses as files, written by the worker that made them.

Layout under the shard folder (any fsspec path), NAME being the partition's content hash and the
pipeline version, so a changed input or a new pipeline makes a new shard and an unchanged one is found:

    analyses/NAME.jsonl.gz      whole analyses (ArticleAnalysis JSON, one a line): what `load` reads
    articles/NAME.parquet       one table per folder, flat columns, so DuckDB, pandas, Polars and
    statements/NAME.parquet     Spark read `statements/*.parquet` as one table
    events/ actors/ mentions/ cues/
    _manifests/NAME.json        written last: the shard is complete when its manifest exists

Every file is written under a temporary name and renamed, so a killed job leaves no half shard
that looks whole; a re-run skips partitions whose manifest is there.
"""

from __future__ import annotations

import gzip
import io
import json
import types
import typing
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..model import Actor, Article, ArticleAnalysis, Cue, Event, Mention, Span, Statement

FORMATS = ("jsonl", "parquet")
MANIFESTS = "_manifests"
ANALYSES = "analyses"
#: Parquet tables: folder name → (model, the ArticleAnalysis list it comes from; None for articles).
TABLES: dict[str, tuple[type[BaseModel], str | None]] = {
    "articles": (Article, None),
    "statements": (Statement, "statements"),
    "events": (Event, "events"),
    "actors": (Actor, "actors"),
    "mentions": (Mention, "mentions"),
    "cues": (Cue, "cues"),
}


def shard_name(content_hash: str, pipeline_version: str) -> str:
    """`<hash>-<version>` with characters object stores dislike ("+") made safe."""
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in pipeline_version)
    return f"{content_hash[:24]}-{safe}"


@dataclass
class Shards:
    """A shard folder on any fsspec filesystem."""

    root: str

    def __post_init__(self) -> None:
        from fsspec.core import url_to_fs

        self.fs, self.path = url_to_fs(self.root)
        self.path = self.path.rstrip("/")

    def _file(self, folder: str, name: str, ext: str) -> str:
        return f"{self.path}/{folder}/{name}.{ext}"

    def manifest(self, name: str) -> dict | None:
        """The manifest of a complete shard, or None when the shard is not (fully) there."""
        path = self._file(MANIFESTS, name, "json")
        try:
            with self.fs.open(path, "rb") as handle:
                return json.loads(handle.read())
        except FileNotFoundError:
            return None

    def _put(self, path: str, data: bytes) -> None:
        """Write under a temporary name, then rename: readers see all of the file or none of it."""
        parent = path.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        temp = f"{parent}/.tmp-{uuid.uuid4().hex}-{path.rsplit('/', 1)[1]}"
        with self.fs.open(temp, "wb") as handle:
            handle.write(data)
        self.fs.mv(temp, path)

    def write(
        self, name: str, analyses: list[ArticleAnalysis], manifest: dict, formats: Iterable[str] = FORMATS
    ) -> dict:
        """Write one shard (manifest last); returns the manifest with the bytes written."""
        formats = set(formats)
        unknown = formats - set(FORMATS)
        if unknown:
            raise ValueError(f"unknown shard format(s) {sorted(unknown)}; choose from {', '.join(FORMATS)}")
        written = 0
        if "jsonl" in formats:
            lines = "".join(a.to_json() + "\n" for a in analyses).encode("utf-8")
            data = gzip.compress(lines, compresslevel=6, mtime=0)
            self._put(self._file(ANALYSES, name, "jsonl.gz"), data)
            written += len(data)
        if "parquet" in formats:
            for table, data in parquet_tables(analyses).items():
                self._put(self._file(table, name, "parquet"), data)
                written += len(data)
        manifest = {**manifest, "name": name, "formats": sorted(formats), "bytes": written}
        self._put(self._file(MANIFESTS, name, "json"), json.dumps(manifest, indent=1).encode())
        return manifest

    def manifests(self) -> list[dict]:
        """Every complete shard's manifest, in input order (as the partitions were planned)."""
        pattern = f"{self.path}/{MANIFESTS}/*.json"
        found = []
        for path in sorted(self.fs.glob(pattern)):
            with self.fs.open(path, "rb") as handle:
                found.append(json.loads(handle.read()))
        return sorted(found, key=lambda m: (m.get("order") or [], m["name"]))

    def analyses(self, name: str) -> Iterator[str]:
        """The analyses of one shard as JSON strings, streamed line by line."""
        path = self._file(ANALYSES, name, "jsonl.gz")
        with self.fs.open(path, "rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield line.rstrip("\n")


# -- Parquet tables --------------------------------------------------------------------------------


def _unwrap(annotation: Any) -> Any:
    """`X | None` → X."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _columns(model: type[BaseModel]) -> list[tuple[str, str, Any]]:
    """(column, field, arrow type) for a model: scalars as they are, a Span as three columns,
    a list of strings as a list, anything nested as JSON text. Derived from the model, so a field
    added to the model appears in the tables without code here."""
    import pyarrow as pa

    columns: list[tuple[str, str, Any]] = []
    for field, info in model.model_fields.items():
        kind = _unwrap(info.annotation)
        origin = typing.get_origin(kind)
        if kind is Span:
            columns += [
                (f"{field}_start", field, pa.int64()),
                (f"{field}_end", field, pa.int64()),
                (f"{field}_text", field, pa.string()),
            ]
        elif kind is bool:
            columns.append((field, field, pa.bool_()))
        elif kind is int:
            columns.append((field, field, pa.int64()))
        elif kind is float:
            columns.append((field, field, pa.float64()))
        elif kind is str or origin is typing.Literal:
            columns.append((field, field, pa.string()))
        elif origin is list and typing.get_args(kind) == (str,):
            columns.append((field, field, pa.list_(pa.string())))
        else:
            columns.append((field, field, pa.string()))  # JSON
    return columns


def _value(column: str, field: str, kind: Any, item: dict) -> Any:
    value = item.get(field)
    if value is None:
        return None
    if column != field:  # a Span's part: start, end or text
        return value[column[len(field) + 1 :]]
    if isinstance(value, list) and all(isinstance(v, str) for v in value) and str(kind).startswith("list"):
        return value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def parquet_tables(analyses: list[ArticleAnalysis]) -> dict[str, bytes]:
    """Each table as Parquet bytes; rows other than articles carry `article_id` first."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out: dict[str, bytes] = {}
    for table, (model, attr) in TABLES.items():
        columns = _columns(model)
        rows: list[tuple[str, dict]] = []
        for analysis in analyses:
            aid = analysis.article.id
            if attr is None:
                item = analysis.article.model_dump(mode="json")
                item["pipeline_version"] = analysis.pipeline_version
                rows.append((aid, item))
            else:
                rows += [(aid, x.model_dump(mode="json")) for x in getattr(analysis, attr)]
        fields, arrays = [], []
        if attr is not None:
            fields.append(pa.field("article_id", pa.string()))
            arrays.append(pa.array([aid for aid, _ in rows], pa.string()))
        for column, field, kind in columns:
            fields.append(pa.field(column, kind))
            arrays.append(pa.array([_value(column, field, kind, item) for _, item in rows], kind))
        if attr is None:
            fields.append(pa.field("pipeline_version", pa.string()))
            arrays.append(pa.array([item["pipeline_version"] for _, item in rows], pa.string()))
        sink = io.BytesIO()
        pq.write_table(pa.Table.from_arrays(arrays, schema=pa.schema(fields)), sink, compression="zstd")
        out[table] = sink.getvalue()
    return out
