"""An online service named by its coined name after its noun, unquoted: "в онлайн-кинотеатре Кион", "на
видеосервисе Иви", "на платформе VK Видео", "на стриминговом сервисе Звук" name "Кион", "Иви", "VK
Видео", "Звук" (docs/gold-conventions.md: the body's own name without its descriptor, as after
"компания"). The tagger misses such a name or reads it as a place; a Latin name alone after a
company's noun is read by :mod:`rufacts.entities.org_latin_slots`, a quoted one by
:mod:`rufacts.entities.quoted`.

The noun is one of ``lexicons/org_service_name_heads.txt``, singular ("стриминговом" before "сервисе"
counts for the two words), in lower case or opening the sentence; the name right after it is a capitalized Cyrillic word,
or a Latin word and a capitalized Cyrillic one ("VK Видео"), and stands in apposition: a word the
dictionary knows only in an oblique case is the owner's ("платформа Сбера"), a person's or a place's name
it knows is no coined one ("платформа Макса", "на платформе Россия"). A word the dictionary does not know is taken as written, whatever
ending it has. A span of the tagger over the name, or over the noun and the name ("Онлайн-кинотеатр Кион купил"),
becomes the organization; one reaching past them is left. Read by :mod:`rufacts.components.entities` after the organization passes.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions
from .spans import over_found

LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
PERSONAL = frozenset({"Name", "Surn", "Patr"})
SERVICE = "сервис"


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return load_list("org_service_name_heads.txt")


def _cyrillic_capital(token: Token) -> bool:
    text = token.text
    return len(text) > 1 and text[:1].isupper() and not text[:1].isascii() and text.replace("-", "").isalpha()


def _coined(token: Token) -> bool:
    """A capitalized word that may be a coined name in apposition (see the module)."""
    morph = get_morph()
    parses = morph.parse(token.text)
    if not morph.is_known(token.lower_):  # the likeliest noun of the guesses: "Смотрешка", not "Сбера"
        first = next((p.tag for p in parses if p.tag.POS == "NOUN"), None)
        return first is None or first.case in ("nomn", "accs")
    return any(p.tag.case == "nomn" for p in parses) and not any((PERSONAL | {"Geox"}) & p.tag.grammemes for p in parses)


def _name_end(doc: Doc, start: int) -> int | None:
    if start >= len(doc):
        return None
    first = doc[start]
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    if LATIN.match(first.text) and first.text[:1].isupper() and nxt is not None and _cyrillic_capital(nxt):
        return start + 2  # "VK Видео"
    if not _cyrillic_capital(first) or first.is_upper or not _coined(first):
        return None
    if nxt is not None and (_cyrillic_capital(nxt) or LATIN.match(nxt.text) and nxt.text[:1].isupper()):
        return None  # a longer name: left to the other rules
    return start + 1


def _name_start(doc: Doc, i: int) -> int | None:
    """Where the name after the service noun at ``i`` starts ("стриминговом сервисе" + the name)."""
    token = doc[i]
    opening = token.is_sent_start and token.text[:1].isupper() and token.text[1:].islower()  # "Онлайн-кинотеатр"
    if not (token.is_lower or opening) or "Plur" in morph_values(token, "Number"):
        return None
    if token.pos_ == "ADJ":
        return i + 2 if i + 1 < len(doc) and doc[i + 1].lemma_.lower() == SERVICE else None
    return i + 1 if token.pos_ == "NOUN" else None


def _found(doc: Doc) -> list[tuple[int, int, int]]:
    """(the service noun, the name's start, its end) of each name after a service noun."""
    out = []
    for i in lemma_positions(doc, _heads().__contains__):
        start = _name_start(doc, i)
        end = _name_end(doc, start) if start is not None else None
        if end is not None:
            out.append((i, start, end))
    return out


def service_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each service's coined name after its noun an organization (see the module)."""
    found = _found(doc)
    if not found:
        return spans
    # a longer name around it stays (one over the noun and the name too: "Онлайн-кинотеатр Кион")
    return over_found(doc, spans, found, same_stays=True)


def service_name(span: Span) -> str | None:
    """A service's coined name after its noun as written ("на видеосервисе Иви"); None for any other span.
    Read by :func:`rufacts.components.entities.group_named`."""
    if span.label_ != "ORG" or span.start == 0 or len(span) > 2:
        return None
    doc = span.doc
    for i in (span.start - 1, span.start - 2):
        if i >= 0 and doc[i].lemma_.lower() in _heads() and _name_start(doc, i) == span.start:
            return span.text if _name_end(doc, span.start) == span.end else None
    return None
