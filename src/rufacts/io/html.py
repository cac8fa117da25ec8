"""HTML-looking article text reduced to plain text before extraction.

Dumps such as RIA's store the article as HTML. :func:`looks_like_html` spots
markup (an HTML element tag or a character entity); :func:`html_to_text` parses
it with selectolax (the lexbor HTML5 parser), drops scripts, styles and the
like, turns block elements and ``<br>`` into line breaks, decodes entities and
tidies whitespace. The record then holds the reduced text, which its offsets
index, and says so in ``meta`` (see :data:`TEXT_BASIS_KEY`).
"""
from __future__ import annotations

import html
import re

#: The meta key that states what the record's ``text`` (and so its offsets) is.
TEXT_BASIS_KEY = "text_basis"
#: Its value for a text reduced from HTML (absent: the text is the input's, as decoded).
HTML_BASIS = "text reduced from the input's HTML"

_ELEMENTS = (
    "a|abbr|article|aside|b|blockquote|body|br|caption|cite|code|dd|div|dl|dt|em|figcaption|figure|"
    "font|footer|h[1-6]|head|header|hr|html|i|iframe|img|li|main|meta|nav|noscript|ol|p|pre|q|s|"
    "script|section|small|span|strong|style|sub|sup|table|tbody|td|th|thead|time|title|tr|u|ul"
)
_TAG = re.compile(r"</?(?:" + _ELEMENTS + r")(?:\s[^<>]*)?/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});")

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "iframe", "svg", "object"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "title",
})
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
#: Deeper element nesting is reduced without the HTML5 parser, whose tree building is
#: quadratic in the depth (8,000 nested <div>: 2 s; 200,000: hours).
MAX_DEPTH = 500
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})[^<>]{0,4096}>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_BREAKS = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    """True if ``text`` holds HTML element tags or character entities.

    >>> looks_like_html("<p>Москва, 31 янв - РИА Новости.</p>"), looks_like_html("1 < 2 > 0")
    (True, False)
    >>> looks_like_html("&laquo;Роснано&raquo; вложит"), looks_like_html("AT&T")
    (True, False)
    """
    return _TAG.search(text) is not None or _ENTITY.search(text) is not None


def html_to_text(markup: str) -> str:
    """The readable text of an HTML fragment or page, block elements on their own lines.

    >>> html_to_text("<p>Мэр&nbsp;<b>Москвы</b> открыл завод.</p><script>x()</script>"
    ...              "<p>Два<br>три</p>")
    'Мэр Москвы открыл завод.\\n\\nДва\\nтри'
    """
    if nesting_depth(markup) > MAX_DEPTH:
        return _tidy(_flat_text(markup))
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(markup)
    root = tree.root
    if root is None:
        return ""
    parts: list[str] = []
    # an explicit stack (deeply nested markup must not hit the recursion limit):
    # a node to open, or a string to emit after its children
    stack: list[object] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = item.tag  # type: ignore[attr-defined]
        if tag == "-text":
            parts.append(item.text(deep=False))  # type: ignore[attr-defined]
            continue
        if tag in _SKIP or tag in ("-comment", "!doctype"):
            continue
        if tag == "br":
            parts.append("\n")
            continue
        after = "\n\n" if tag in _BLOCK else " " if tag in _CELL else None
        if after is not None:
            parts.append(after)
            stack.append(after)
        stack.extend(reversed(list(item.iter(include_text=True))))  # type: ignore[attr-defined]
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BREAKS.sub("\n\n", text).strip()


def nesting_depth(markup: str) -> int:
    """The deepest element nesting of ``markup`` by its tags (linear; a rough count).

    >>> nesting_depth("<div><p>a<br>b</p><p>c</p></div>")
    2
    """
    depth = deepest = 0
    for match in _ANY_TAG.finditer(markup):
        name = match[2].lower()
        if name in _VOID:
            continue
        if match[1]:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _flat_text(markup: str) -> str:
    """Text of markup too deeply nested to parse: tags dropped (block tags and ``<br>``
    as line breaks), entities decoded; linear."""
    def tag(match: re.Match) -> str:
        name = match[2].lower()
        return "\n\n" if name in _BLOCK else "\n" if name == "br" else " " if name in _CELL else ""

    return html.unescape(_ANY_TAG.sub(tag, markup))
