"""A batch job's settings: what submit records, and what later commands run the job with."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from summarizer.batch.parts import Limits, Parts
from summarizer.config import DEFAULT_MODEL, ENV, Settings
from summarizer.engines.base import Engine
from summarizer.engines.model_engine import ModelEngine
from summarizer.errors import ConfigurationError
from summarizer.model.batch_api import BatchAPI
from summarizer.model.types import ModelConfig, config_for

if TYPE_CHECKING:
    from summarizer.batch.records import Job
    from summarizer.batch.store import BatchStore

DEFAULT_BASE_URL = "https://api.openai.com/v1"


def recorded(settings: Settings) -> Settings:
    """The settings a job keeps (no API key), with the endpoint and model made explicit."""
    name = settings.resolved_engine()
    if name != "openai":
        raise ConfigurationError(
            f"batch needs an OpenAI-compatible endpoint with a Batch API (not the {name} "
            "engine): set OPENAI_BASE_URL or OPENAI_API_KEY"
        )
    if not settings.cache:
        raise ConfigurationError(
            "batch works by filling the response cache: drop --no-cache (or `cache = false` "
            "in the config file)"
        )
    base_url = settings.base_url or DEFAULT_BASE_URL
    model = settings.model or DEFAULT_MODEL
    return replace(settings, engine="openai", model=model, base_url=base_url, api_key=None)


def job_settings(job: Job) -> Settings:
    """The job's recorded settings with the API key from the environment."""
    return replace(job.settings, api_key=os.environ.get(ENV["api_key"]) or None)


def model_config(job: Job) -> ModelConfig:
    """Endpoint and credentials of the job's Batch API."""
    return config_for(job_settings(job))


def model_engine(opened: Engine) -> ModelEngine:
    """The opened engine as the model engine a batch job always has."""
    assert isinstance(opened, ModelEngine), "batch engines are always model engines"
    return opened


def same_as_submitted(engine: ModelEngine, job: Job) -> None:
    """Refuse to summarize when the replies would miss the cache the batch filled."""
    if engine.prompts.version != job.prompt_version:
        raise ConfigurationError(
            f"the prompt templates changed since batch job {job.id} was submitted "
            f"({job.prompt_version}, now {engine.prompts.version}): the batch results would miss "
            "the cache; restore them, or submit the inputs again",
            job=job.id,
        )


def job_parts(store: BatchStore, job: Job, limits: Limits, api: BatchAPI) -> Parts:
    """Part files whose batches are recorded with the requests queued for them."""
    return Parts(api, limits, str(job.id), lambda part, info: store.submitted(part, job.id, info))
