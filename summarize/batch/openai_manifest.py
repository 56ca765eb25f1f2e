"""The local record of a submitted batch: ``<out>.batch.json``, written atomically.

It holds what collecting needs on another day or machine: the batch and input file ids, the
options the requests were built with (an allow-list: never the key), and for each request its
article id, source and text, so quotes can be grounded when the answers come back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from summarize.errors import InputDecodeError, InputNotFoundError
from summarize.sources.document import Document

MANIFEST_VERSION = 1
MANIFEST_SUFFIX = ".batch.json"
# Options that shape the requests or the re-asks; anything else (api_key, clients) is never stored.
STORED_OPTIONS = ("model", "base_url", "mode", "max_reasks", "timeout", "max_output_tokens", "temperature")


@dataclass
class Entry:
    id: str
    source: str
    text: str
    title: str | None = None

    def document(self) -> Document:
        return Document(text=self.text, source=self.source, title=self.title)


@dataclass
class Manifest:
    batch_id: str
    input_file_id: str
    model: str
    mode: str
    out: str
    prompt_version: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)  # by custom_id
    version: int = MANIFEST_VERSION

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str) -> Manifest:
        try:
            data = json.loads(text)
            entries = {cid: Entry(**entry) for cid, entry in data.pop("entries").items()}
            return cls(**data, entries=entries)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise InputDecodeError(f"{where}: not a summarize batch manifest ({type(exc).__name__})") from None


def stored_options(options: dict[str, Any]) -> dict[str, Any]:
    """The allow-listed, JSON-representable options (never the key)."""
    return {
        name: options[name]
        for name in STORED_OPTIONS
        if options.get(name) is not None and isinstance(options[name], (str, int, float))
    }


def manifest_path(out: Path) -> Path:
    return out.with_name(out.name + MANIFEST_SUFFIX)


def load_manifest(path: Path) -> Manifest:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputNotFoundError(f"{path}: no such batch manifest") from None
    except OSError as exc:
        raise InputNotFoundError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InputDecodeError(f"{path}: not a summarize batch manifest (not UTF-8)") from None
    return Manifest.from_json(text, str(path))


def find_manifest(batch_id: str, folder: Path) -> Path | None:
    """The manifest of ``batch_id`` among ``*.batch.json`` files in ``folder``, if there is one."""
    for path in sorted(folder.glob(f"*{MANIFEST_SUFFIX}")):
        try:
            if json.loads(path.read_text(encoding="utf-8")).get("batch_id") == batch_id:
                return path
        except (OSError, ValueError, AttributeError):
            continue  # not ours, or unreadable: keep looking
    return None
