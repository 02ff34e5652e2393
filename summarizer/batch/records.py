"""The batch store's records as frozen dataclasses, and their rows in SQLite."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.model.batch_api import BatchInfo


@dataclass(frozen=True)
class Job:
    """One `summarize batch submit`: what the reader asked for and how it is summarized."""

    id: int
    created: float
    lang: str
    length: str
    format: str
    out_dir: Path
    settings: Settings
    temperature: float
    prompt_version: str


@dataclass(frozen=True)
class NewRequest:
    """A first call an article waits for: its cache key (the custom_id) and chat body."""

    custom_id: str
    body: str


@dataclass(frozen=True)
class StoredArticle:
    """An article waiting to be summarized, rebuilt from the stored cleaned text."""

    id: int
    spec: str
    article: Article


@dataclass(frozen=True)
class BatchRow:
    """A batch as last seen, the job that made it, and whether its results are ingested."""

    info: BatchInfo
    job: int
    ingested: bool


def job_fields(job: Job, created: float) -> tuple[Any, ...]:
    """The columns of a new jobs row after its id (the settings as JSON, without the API key)."""
    settings = {k: v for k, v in asdict(job.settings).items() if k != "api_key"}
    asked = (created, job.lang, job.length, job.format, str(job.out_dir))
    return (*asked, json.dumps(settings), job.temperature, job.prompt_version)


def job_of(row: tuple[Any, ...]) -> Job:
    """A Job from its jobs row."""
    settings = Settings(**json.loads(row[6]))
    return Job(row[0], row[1], row[2], row[3], row[4], Path(row[5]), settings, row[7], row[8])


def batch_fields(info: BatchInfo) -> tuple[Any, ...]:
    """The columns of a batches row from input_file_id to errors."""
    errors = json.dumps(list(info.errors), ensure_ascii=False)
    files = (info.input_file_id, info.status, info.output_file_id, info.error_file_id)
    return (*files, info.total, info.completed, info.failed, errors)


def batch_row_of(row: tuple[Any, ...]) -> BatchRow:
    """A BatchRow from its batches row."""
    errors = tuple(json.loads(row[9]))
    info = BatchInfo(row[0], row[3], row[2], row[4], row[5], row[6], row[7], row[8], errors)
    return BatchRow(info, job=row[1], ingested=bool(row[10]))


def stored_of(row: tuple[Any, ...]) -> StoredArticle:
    """A StoredArticle from (id, spec, title, text, lang, origin)."""
    article = Article.from_text(row[3], title=row[2], lang=row[4], origin=row[5])
    return StoredArticle(row[0], row[1], article)
