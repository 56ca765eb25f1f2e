"""Exceptions raised by summarize. Catch ``SummarizeError`` for all of them.

    SummarizeError                      exit code (sysexits)
    ├── InputError                      65  bad input data
    │   ├── EmptyInputError             65  empty or whitespace only
    │   ├── InputDecodeError            65  binary or not UTF-8
    │   ├── InputTooLargeError          65  larger than the model's context, or a page over the size cap
    │   ├── UnsafeURLError              65  not http(s), a private/loopback/metadata address, too many redirects
    │   └── InputNotFoundError          66  no such file, a directory, unreadable
    │       └── FetchError              66  a URL cannot be fetched: unknown host, refused, HTTP 404/410/4xx
    │           └── FetchUnavailableError 75  timed out, HTTP 429 or 5xx: try again later
    ├── OutputFileError                 73  the output file cannot be written
    ├── ConfigurationError              78  no endpoint, unknown model or URL, bad option
    ├── ProviderError                   75  the model endpoint failed
    │   ├── AuthenticationError         77  401 / 403 / insufficient quota
    │   ├── ProviderUnavailableError    75  429, 5xx, timeouts, connection errors after retries
    │   └── RequestRejectedError        78  404, 400 and other 4xx: the request was refused as sent
    └── ModelOutputError                69  the model's answer is unusable
        ├── InvalidOutputError          69  still invalid after the allowed re-asks
        ├── RefusalError                69  the model refused or a content filter fired
        ├── TruncatedOutputError        69  the answer was cut off (finish_reason "length")
        └── IncompleteCoverageError     69  --strict: a part of a long article could not be read

Every message is one line that names the fix. Messages never carry keys or headers.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "EmptyInputError",
    "FetchError",
    "FetchUnavailableError",
    "IncompleteCoverageError",
    "InputDecodeError",
    "InputError",
    "InputNotFoundError",
    "InputTooLargeError",
    "InvalidOutputError",
    "ModelOutputError",
    "OutputFileError",
    "ProviderError",
    "ProviderUnavailableError",
    "RefusalError",
    "RequestRejectedError",
    "SummarizeError",
    "TruncatedOutputError",
    "UnsafeURLError",
]


class SummarizeError(Exception):
    """Base class. ``exit_code`` is what the CLI exits with."""

    exit_code: int = 1
    usage: Any = None  # the requests and tokens spent before the failure, when a model was called

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))  # one line, always


class InputError(SummarizeError):
    exit_code = 65


class EmptyInputError(InputError):
    pass


class InputDecodeError(InputError):
    pass


class InputTooLargeError(InputError):
    pass


class InputNotFoundError(InputError):
    exit_code = 66


class FetchError(InputNotFoundError):
    """The page at a URL could not be fetched."""


class FetchUnavailableError(FetchError):
    """A temporary failure (timeout, 429, 5xx): the same URL may work later."""

    exit_code = 75


class UnsafeURLError(InputError):
    """A URL that is refused before anything is sent: the fix is another URL or ``--allow-private``."""


class OutputFileError(SummarizeError):
    exit_code = 73


class ConfigurationError(SummarizeError):
    exit_code = 78


class ProviderError(SummarizeError):
    exit_code = 75


class AuthenticationError(ProviderError):
    exit_code = 77


class ProviderUnavailableError(ProviderError):
    exit_code = 75


class RequestRejectedError(ProviderError):
    exit_code = 78

    def __init__(self, message: str, *, status: int | None = None, server_message: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.server_message = server_message  # what the server said, redacted, for mode fallback


class ModelOutputError(SummarizeError):
    exit_code = 69


class InvalidOutputError(ModelOutputError):
    pass


class RefusalError(ModelOutputError):
    pass


class TruncatedOutputError(ModelOutputError):
    pass


class IncompleteCoverageError(ModelOutputError):
    """Raised by the CLI under ``--strict`` when ``meta.coverage.failed`` is not empty."""
