"""A web page's main text: detection, decoding and extraction (trafilatura, the ``html`` extra).

The extracted text keeps one blank line between paragraphs (the offline backend segments on them).
Hidden elements are removed before extraction, repeated blocks (a caption shown twice) are kept
once, and zero-width and bidi control characters are stripped, so what a reader cannot see never
reaches the model, and what the model quotes can be found in the text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from summarize.errors import EmptyInputError
from summarize.extras import import_extra

if TYPE_CHECKING:
    from lxml.html import HtmlElement

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Characters that change how text reads or renders without being seen: zero-width space/joiners,
# LRM/RLM, bidi embeddings and overrides, bidi isolates, word joiner, byte-order mark.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_LEADING_MARKUP = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SNIFF = 4096
# What hides an element from a reader: an inline style, or a rule in the page's own <style> for a
# simple selector (".ad-note", "#x", "p.x"), or a common utility class. Trafilatura drops some
# hidden elements itself; these are the ways it was seen to let hidden text through.
_HIDING_STYLE = re.compile(r"(?:^|[;{])\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))", re.I)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"[A-Za-z0-9]*([.#])([\w-]+)")
_HIDING_CLASSES = frozenset(
    {"hidden", "hide", "d-none", "is-hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text"}
)
_NEVER_DROPPED = frozenset({"html", "body"})


@dataclass(frozen=True)
class Article:
    """What a page yields: the main text and the metadata the page states."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


def strip_invisible(text: str) -> str:
    """``text`` without zero-width and bidi control characters."""
    return _INVISIBLE.sub("", text)


def looks_like_html(raw: bytes, name: str | None = None) -> bool:
    """A page by its file name, or by a leading ``<!doctype html`` / ``<html`` (after a BOM)."""
    if name is not None and name.lower().endswith(HTML_SUFFIXES):
        return True
    head = raw[:_SNIFF]
    for bom, _ in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    return _LEADING_MARKUP.match(head) is not None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """Bytes to text: a BOM, else the charset the server declared, else the page's meta charset,
    else UTF-8. Undecodable bytes become U+FFFD; this never fails."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace")
    meta = _META_CHARSET.search(raw[:_SNIFF])
    codec = _known_codec(declared) or _known_codec(meta.group(1).decode("ascii") if meta else None) or "utf-8"
    if codec in {"utf-16", "utf-16-le", "utf-16-be", "utf-32"}:  # a meta tag read in ASCII cannot say that
        codec = "utf-8"
    return raw.decode(codec, errors="replace")


def _trafilatura() -> Any:
    return import_extra("trafilatura", needs="reading web pages needs trafilatura", extra="html")


def _parse(html: str) -> HtmlElement | None:
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser(remove_comments=True, remove_pis=True)
    try:
        tree = document_fromstring(html.replace("\x00", ""), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    classes, ids = _hidden_by_stylesheet(tree)
    classes |= _HIDING_CLASSES
    hidden = [element for element in tree.iter() if isinstance(element.tag, str) and _hides(element, classes, ids)]
    for element in hidden:
        element.drop_tree()  # keeps the tail text, which belongs to the parent
    return tree


def _hidden_by_stylesheet(tree: Any) -> tuple[set[str], set[str]]:
    """Classes and ids that the page's own ``<style>`` rules hide (simple selectors only)."""
    classes: set[str] = set()
    ids: set[str] = set()
    for style in tree.iter("style"):
        for selectors, declarations in _CSS_RULE.findall(style.text or ""):
            if not _HIDING_STYLE.search("{" + declarations):
                continue
            for selector in selectors.split(","):
                simple = _SIMPLE_SELECTOR.fullmatch(selector.strip())
                if simple:
                    (classes if simple.group(1) == "." else ids).add(simple.group(2))
    return classes, ids


def _hides(element: Any, classes: set[str], ids: set[str]) -> bool:
    if element.tag in _NEVER_DROPPED or element.getparent() is None:
        return False
    if element.tag in ("template", "noscript"):
        return True
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    if _HIDING_STYLE.search(attrib.get("style", "")):
        return True
    return attrib.get("id") in ids or not classes.isdisjoint(attrib.get("class", "").split())


def _block_text(element: Any) -> str:
    """An extracted block's text; a line break inside it stays a single newline."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _block_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(body: Any) -> list[str]:
    """Paragraph texts in order: list items and table rows are paragraphs of their own."""
    blocks: list[str] = []
    for element in body:
        if element.tag == "list":
            blocks.extend(_block_text(item) for item in element.iter("item"))
        elif element.tag == "table":
            blocks.extend(" ".join(_block_text(cell).strip() for cell in row) for row in element.iter("row"))
        else:
            blocks.append(_block_text(element))
    return blocks


def _clean(block: str) -> str:
    lines = (" ".join(strip_invisible(line).split()) for line in block.splitlines())
    return "\n".join(line for line in lines if line)


def _meta_value(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(strip_invisible(value).split())
    return cleaned or None


def extract_article(html: str, *, source: str, url: str | None = None) -> Article:
    """The main text of ``html`` with its title, author, date and URL."""
    trafilatura = _trafilatura()
    tree = _parse(html)
    result = None
    if tree is not None:
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,  # readers' comments are not the article
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,  # repeated blocks are dropped below, exactly
            # a date the page states in its markup, never one guessed from the text ("since 2009")
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    body = getattr(result, "body", None)
    if result is None or body is None:
        raise EmptyInputError(f"{source}: no article text found in the page")
    title = _meta_value(getattr(result, "title", None))
    seen: set[str] = set()
    paragraphs: list[str] = []
    for block in map(_clean, _blocks(body)):
        if not block or block in seen:
            continue
        seen.add(block)
        paragraphs.append(block)
    if paragraphs and title and paragraphs[0] == title:  # the headline is the title, kept in meta
        paragraphs = paragraphs[1:]
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise EmptyInputError(f"{source}: no article text found in the page")
    return Article(
        text=text,
        title=title,
        author=_meta_value(getattr(result, "author", None)),
        published=_meta_value(getattr(result, "date", None)),
        url=_meta_value(getattr(result, "url", None)) or url,
    )
