"""Page layout of a scraped news article: title, publication date, source URL.

Scraped news dumps usually look like::

    Title line

    11.12.2015   (or "12 марта 2019, 14:05", "Дата публикации: 5 апреля 2021 г.", "2023-06-30")

    Body paragraphs ...

    Адрес страницы: <http://...>   (or "Источник: ...", "Ссылка: ...", "URL: ...")
    [Publisher](#)

:func:`parse_layout` recovers these three fields with plain line-level
regexes.  It is deliberately forgiving: any field it cannot find is ``None``,
and it never raises on any ``str`` input.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..lexicons import load_rows

__all__ = ["FOOTER_LABELS", "MONTHS", "looks_like_title", "parse_date_line", "parse_layout"]

#: Labels that introduce the source URL in a footer line ("<label>: <url>").
FOOTER_LABELS: tuple[str, ...] = (
    "Адрес страницы",
    "Источник",
    "Ссылка",
    "URL",
)

#: Month names (genitive, as in "5 апреля 2021") mapped to month numbers (``lexicons/months.tsv``).
MONTHS: dict[str, int] = {row[0]: int(row[1]) for row in load_rows("months.tsv")
                          if row[2:] == ("genitive",)}

#: How many leading non-empty lines may hold the date line.
DATE_WINDOW = 5
#: How many trailing non-empty lines may hold the URL footer.
FOOTER_WINDOW = 5
#: A title is at most this many characters and words; a longer first line is a paragraph
#: (headlines of the 962 texts of ../shared/eval: 99 % under 120 characters).
TITLE_MAX_CHARS = 140
TITLE_MAX_WORDS = 25
#: ... and a first line ending in a full stop at most this long (else it is a lead sentence).
TITLE_MAX_CHARS_STOP = 100

# A sentence end inside a line: ". " (after a word of 3+ letters: not "г. Москва", "Э. Уитакер")
# or "!", "?", "…", then a capital: a line of two sentences is a paragraph, not a title.
_SENTENCE_INSIDE = re.compile(r"(?:[^\W\d_]{3}\.|[!?…])[»\")]*\s+[«\"]?[A-ZА-ЯЁ]")
# A byline or dateline, not a title: "МОСКВА, 12 марта. /ТАСС/.", "Автор: ...", "Фото: ...".
_BYLINE = re.compile(
    r"^(?:(?:Автор|Авторы|Текст|Фото|Фотография|Источник|Корреспондент|Редакция|By)\s*:"
    r"|[A-ZА-ЯЁ][A-ZА-ЯЁ -]+,\s+[0-9]{1,2}\s+[а-яё]+\b"
    r"|.*/\s*(?:ТАСС|РИА Новости|Интерфакс|ИТАР-ТАСС|ПРАЙМ|Прайм|[A-ZА-ЯЁ][^/]{1,30})\s*/)",
    re.IGNORECASE)
#: Longest date line and footer line (whitespace runs squeezed) worth matching: the
#: regexes only ever see short lines of single spaces, so none can backtrack for long.
MAX_DATE_LINE = 120
MAX_FOOTER_LINE = 4096

# An optional label ("Дата публикации:", "Опубликовано:") before the date.
_LABEL = r"(?:[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*)?"
# An optional time after the date: ", 14:05", " 14:05:30", " в 14:05".
_TIME = r"(?:,?\s*(?:в\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
_END = _TIME + r"\s*(?:\(?(?:МСК|мск|UTC|GMT)(?:[+-][0-9]{1,2})?\)?)?\s*$"

_DMY = re.compile(r"^" + _LABEL + r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})" + _END)
_ISO = re.compile(
    r"^" + _LABEL + r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?\s*$"
)
_TEXTUAL = re.compile(
    r"^" + _LABEL + r"([0-9]{1,2})\s+(" + "|".join(MONTHS) + r")\s+([0-9]{4})"
    r"(?:\s*(?:г\.|г|года))?" + _END,
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"^(?:" + "|".join(re.escape(label) for label in FOOTER_LABELS) + r")\s*:\s*"
    r"<?\s*((?:https?://|www\.)[^\s<>]+)\s*>?",
    re.IGNORECASE,
)


def _iso(year: str, month: str | int, day: str) -> str | None:
    """Return ``YYYY-MM-DD`` for a valid calendar date, else ``None``."""
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except (ValueError, OverflowError):
        return None


def _squeezed(line: str, limit: int) -> str | None:
    """``line`` with each whitespace run made one space, or None when longer than ``limit``.

    >>> _squeezed("  5   апреля\t2021 ", 120), _squeezed("x" * 200, 120)
    ('5 апреля 2021', None)
    """
    line = " ".join(line.split())  # linear
    return line if len(line) <= limit else None


def parse_date_line(line: str) -> str | None:
    """Parse a line that consists of a publication date (plus label/time).

    >>> parse_date_line("Дата публикации: 5 апреля 2021 г.")
    '2021-04-05'
    >>> parse_date_line("32.13.2015") is None
    True
    """
    line = _squeezed(line, MAX_DATE_LINE)
    if line is None:
        return None
    if m := _DMY.match(line):
        return _iso(m[3], m[2], m[1])
    if m := _ISO.match(line):
        return _iso(m[1], m[2], m[3])
    if m := _TEXTUAL.match(line):
        return _iso(m[3], MONTHS[m[2].lower()], m[1])
    return None


def _is_date_line(line: str) -> bool:
    """True if ``line`` has the shape of a date line (even an invalid date)."""
    line = _squeezed(line, MAX_DATE_LINE)
    return line is not None and any(p.match(line) for p in (_DMY, _ISO, _TEXTUAL))


def _footer_url(line: str) -> str | None:
    """Return the URL of a ``<label>: <url>`` footer line, else ``None``."""
    line = _squeezed(line, MAX_FOOTER_LINE)
    m = _FOOTER.match(line) if line is not None else None
    return m[1].rstrip(".,;)>") if m else None


def looks_like_title(line: str) -> bool:
    """True if a first line has the shape of a headline: short, one sentence, starting with a
    capital (or digit, quote), not ending in ":" or ",", not a date line, a byline or a URL.

    >>> looks_like_title("Собянин открыл завод «Ангстрем»"), looks_like_title("12.03.2019")
    (True, False)
    >>> looks_like_title("МОСКВА, 12 марта. /ТАСС/. Федеральная таможенная служба ...")
    False
    >>> looks_like_title("Казахстан выделил Киргизии заём на 100 млн долларов. Средства получил бюджет.")
    False
    >>> looks_like_title("Илон Маск продаёт акции. Что будет с Tesla?")  # two sentences, headline-short
    True
    """
    line = line.strip()
    if not line or len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    if line.endswith(".") and not line.endswith("..") and len(line) > TITLE_MAX_CHARS_STOP:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "«\"„“'("):
        return False
    if line.endswith((":", ",", ";")) or _is_date_line(line) or _footer_url(line):
        return False
    if _BYLINE.match(line) or re.match(r"^(?:https?://|www\.)", line):
        return False
    # two sentences make a paragraph, unless the whole is headline-short ("Илон Маск продаёт акции.
    # Что будет с Tesla?")
    return len(line) <= 60 or _SENTENCE_INSIDE.search(line) is None


def parse_layout(text: str) -> dict[str, str | None]:
    """Extract ``title``, ``published`` (ISO date) and ``url`` from an article.

    * ``title``: the first non-empty line, stripped, if the text has more than
      one non-empty line (a single paragraph has no title) and that line looks like a
      title (:func:`looks_like_title`: not a date line, a byline or a long paragraph).
    * ``published``: the date of the first date-shaped line among the first
      :data:`DATE_WINDOW` non-empty lines, as ``YYYY-MM-DD``; ``None`` if
      there is none or that date is impossible (``32.13.2015``).
    * ``url``: the URL of the last footer line (see :data:`FOOTER_LABELS`)
      among the last :data:`FOOTER_WINDOW` non-empty lines, without angle
      brackets.

    Never raises on ``str`` input; any field not found is ``None``.
    """
    result: dict[str, str | None] = {"title": None, "published": None, "url": None}
    if not isinstance(text, str):
        return result
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) > 1 and looks_like_title(lines[0]):
        result["title"] = lines[0]
    for line in lines[:DATE_WINDOW]:
        if _is_date_line(line):
            result["published"] = parse_date_line(line)
            break
    for line in reversed(lines[-FOOTER_WINDOW:]):
        url = _footer_url(line)
        if url:
            result["url"] = url
            break
    return result
