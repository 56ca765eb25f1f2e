"""The chat messages of a request: the templates of ``summarize/prompts`` with the article spliced in, as data.

No template engine runs here. The only substitutions are two fixed markers in our own templates,
and the article is spliced in last, so nothing in it is ever evaluated or re-scanned: an article
containing ``{{ 7*7 }}`` or ``<<DELIMITER>>`` reaches the model unchanged.
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from importlib import resources

_ARTICLE_MARKER = "<<ARTICLE>>"
_DELIMITER_MARKER = "<<DELIMITER>>"
TEMPLATE_FILES = ("system.md", "user.md")


@cache
def template(name: str) -> str:
    return resources.files("summarize.prompts").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def prompt_version() -> str:
    """A short hash of the templates: changes whenever any prompt text changes."""
    digest = hashlib.sha256()
    for name in TEMPLATE_FILES:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(template(name).encode())
    return digest.hexdigest()[:12]


def delimiter_for(article: str) -> str:
    """A delimiter the article cannot close: derived from its hash, re-drawn if the text holds it."""
    salt = 0
    while True:
        tag = hashlib.sha256(f"{salt}:{article}".encode()).hexdigest()[:12]
        delimiter = f"ARTICLE-{tag}"
        if delimiter not in article:
            return delimiter
        salt += 1


def render_messages(article: str) -> list[dict[str, str]]:
    delimiter = delimiter_for(article)
    head, tail = template("user.md").replace(_DELIMITER_MARKER, delimiter).split(_ARTICLE_MARKER, 1)
    return [
        {"role": "system", "content": template("system.md").strip()},
        {"role": "user", "content": head + article + tail.rstrip("\n")},
    ]
