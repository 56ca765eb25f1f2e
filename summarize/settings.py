"""Options, resolved once from arguments and the environment (arguments win), before any article is read.

The foundation layer with ``errors`` and ``version``: every stage above reads its options from here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, get_args

from summarize.errors import ConfigurationError

BackendChoice = Literal["auto", "llm", "offline"]
ModeChoice = Literal["auto", "tools", "json_schema", "json", "md_json"]
BACKENDS: tuple[str, ...] = get_args(BackendChoice)
MODES: tuple[str, ...] = get_args(ModeChoice)

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"  # used only against api.openai.com when no model is named
DEFAULT_TIMEOUT = 60.0  # seconds per request; the OpenAI client's own default is 600
DEFAULT_MAX_REASKS = 2
DEFAULT_JOBS = 4
MAX_JOBS = 64
MIN_MAX_INPUT_TOKENS = 1_000
# Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the client insists on one.
PLACEHOLDER_KEY = "sk-no-key-required"
CACHE_DIR_ENV = "SUMMARIZE_CACHE_DIR"

# Said (stderr, meta.warnings) when the default backend finds no endpoint and reads the article offline.
OFFLINE_NOTICE = (
    "no model endpoint configured: using the offline backend "
    "(set OPENAI_API_KEY and SUMMARIZE_MODEL, or --base-url, for an LLM briefing)"
)


@dataclass
class RetryPolicy:
    max_attempts: int = 4  # the first request plus three retries
    max_total_seconds: float = 90.0  # waiting included; beyond it we give up rather than sleep
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0  # a longer Retry-After is reported, not waited out


@dataclass(frozen=True)
class Settings:
    backend: BackendChoice = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: ModeChoice = "auto"
    max_reasks: int = DEFAULT_MAX_REASKS
    timeout: float = DEFAULT_TIMEOUT
    max_output_tokens: int | None = None
    temperature: float | None = None
    max_input_tokens: int | None = None  # per request; None: the model's default (see engine/budget.py)
    jobs: int = DEFAULT_JOBS  # chunks of one long article in flight at once
    retry: RetryPolicy = field(default_factory=RetryPolicy)

    @classmethod
    def resolve(cls, env: Mapping[str, str] | None = None, **options: object) -> Settings:
        """Settings from keyword options, falling back to SUMMARIZE_MODEL / OPENAI_BASE_URL / OPENAI_API_KEY."""
        env = os.environ if env is None else env
        unknown = set(options) - set(cls.__dataclass_fields__)
        if unknown:
            raise ConfigurationError(f"unknown option(s): {', '.join(sorted(unknown))}")
        given = {k: v for k, v in options.items() if v is not None}
        settings = replace(
            cls(
                model=env.get("SUMMARIZE_MODEL") or None,
                base_url=env.get("OPENAI_BASE_URL") or None,
                api_key=env.get("OPENAI_API_KEY") or None,
            ),
            **given,  # type: ignore[arg-type]  # any value may come in; check() below rejects wrong ones
        )
        settings.check()
        return settings

    def check(self) -> None:
        if self.backend not in BACKENDS:
            raise ConfigurationError(f"--backend must be one of {', '.join(BACKENDS)}, not {self.backend!r}")
        if self.mode not in MODES:
            raise ConfigurationError(f"--mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if not isinstance(self.max_reasks, int) or not 0 <= self.max_reasks <= 10:
            raise ConfigurationError(f"--max-reasks must be a whole number from 0 to 10, not {self.max_reasks!r}")
        if not isinstance(self.timeout, (int, float)) or not 0 < self.timeout <= 3600:
            raise ConfigurationError(f"--timeout must be a number of seconds from 0 to 3600, not {self.timeout!r}")
        if self.max_output_tokens is not None and (
            not isinstance(self.max_output_tokens, int) or self.max_output_tokens < 1
        ):
            raise ConfigurationError(
                f"--max-output-tokens must be a positive whole number, not {self.max_output_tokens!r}"
            )
        if self.temperature is not None and (
            not isinstance(self.temperature, (int, float)) or not 0 <= self.temperature <= 2
        ):
            raise ConfigurationError(f"temperature must be a number from 0 to 2, not {self.temperature!r}")
        if self.max_input_tokens is not None and (
            not isinstance(self.max_input_tokens, int) or self.max_input_tokens < MIN_MAX_INPUT_TOKENS
        ):
            raise ConfigurationError(
                f"--max-input-tokens must be a whole number of at least {MIN_MAX_INPUT_TOKENS:,}, "
                f"not {self.max_input_tokens!r}"
            )
        if not isinstance(self.jobs, int) or not 1 <= self.jobs <= MAX_JOBS:
            raise ConfigurationError(f"--jobs must be a whole number from 1 to {MAX_JOBS}, not {self.jobs!r}")
        if not isinstance(self.retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy")

    @property
    def endpoint_configured(self) -> bool:
        return bool(self.api_key or self.base_url)

    def chosen_backend(self) -> Literal["llm", "offline"]:
        if self.backend == "auto":
            return "llm" if self.endpoint_configured else "offline"
        return self.backend

    def llm_model(self) -> str:
        """The model to ask, or a ConfigurationError naming how to set one."""
        if not self.endpoint_configured:
            raise ConfigurationError(
                "no model endpoint is configured: set OPENAI_API_KEY (and optionally SUMMARIZE_MODEL), "
                "or --base-url/OPENAI_BASE_URL for a local server, or use --backend offline"
            )
        if self.base_url is not None and not self.base_url.startswith(("http://", "https://")):
            raise ConfigurationError(
                "the base URL (--base-url or OPENAI_BASE_URL) must start with http:// or https://, "
                f"not {self.base_url!r}"
            )
        if self.model:
            return self.model
        if self.base_url is None:
            return DEFAULT_OPENAI_MODEL
        raise ConfigurationError(
            f"no model named for the endpoint at {self.base_url}: pass --model or set SUMMARIZE_MODEL"
        )

    def llm_key(self) -> str:
        return self.api_key or PLACEHOLDER_KEY


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get(CACHE_DIR_ENV) or user_cache_dir("summarize"))


def cache_dir_for(cache: object) -> Path | None:
    """The folder the ``cache`` option points at: None when off (False/None), the default for True."""
    if cache is None or cache is False:
        return None
    if cache is True:
        return default_cache_dir()
    if isinstance(cache, (str, os.PathLike)) and str(cache):
        return Path(cache).expanduser()
    raise ConfigurationError(f"cache must be True, False or a folder path, not {cache!r}")
