# The public surface of summarize, written once: type checkers read this stub, and at run time
# summarize/__init__.py reads it to load each name on first use. A name added here is public.
# Keep to one form: `from summarize.<module> import (NAME as NAME, ...)`.

from summarize.api import (
    Summarizer as Summarizer,
    asummarize as asummarize,
    summarize as summarize,
)
from summarize.batch.runner import summarize_many as summarize_many
from summarize.errors import (
    AuthenticationError as AuthenticationError,
    ConfigurationError as ConfigurationError,
    IncompleteCoverageError as IncompleteCoverageError,
    InputError as InputError,
    InputNotFoundError as InputNotFoundError,
    InvalidOutputError as InvalidOutputError,
    ModelOutputError as ModelOutputError,
    ProviderError as ProviderError,
    ProviderUnavailableError as ProviderUnavailableError,
    RefusalError as RefusalError,
    SummarizeError as SummarizeError,
    TruncatedOutputError as TruncatedOutputError,
)
from summarize.schemas import (
    Briefing as Briefing,
    BriefingDraft as BriefingDraft,
)
from summarize.sources.document import Document as Document
from summarize.version import __version__ as __version__

__all__: list[str]
