"""An institution named by its adjectives and noun, then its owner's acronyms: the whole is its name.

"Томскому научному центру СО РАН" -> Томский научный центр СО РАН, "Удмуртский федеральный
исследовательский центр УрО РАН", "Пермского научного центра УрО РАН": the acronyms after the
institution's noun (``institutions.institution_heads``) are not its own name (as "ИРНА" is in
"Иранское агентство ИРНА") but the academy's branch and the academy it belongs to. Two acronyms in a
row, the first possibly in mixed case ("УрО", "ДВО", "СО"), say so even where a sentence's capital
leaves the place's adjective in doubt; so does a lone mixed-case branch acronym ("УрО"), which
:func:`.orgs.split_descriptor` (capitals only) does not read as one. Such a span is named whole from
its first word, as docs/gold-conventions.md keeps a body's owner in a unit's name.
Read by :func:`.org_party_branches.split_descriptor` (and so :mod:`rufacts.components.entities`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .org_region_seats import split_descriptor as _split_descriptor

# "РАН", "СО", "УрО", "ДВО": a capital, then capitals with at most one lower-case letter between them
OWNER_ACRONYM = re.compile(r"^[А-ЯЁ](?:[а-яё]?[А-ЯЁ])+$")
MIXED = re.compile(r"[а-яё]")


def _institution_heads() -> frozenset[str]:
    from .institutions import institution_heads

    return institution_heads()


def owner_acronyms(span: Span, start: int) -> bool:
    """``span`` is "<Capitalized adjective> [adjectives] <institution noun> <owner acronyms>" with the
    acronyms from ``start`` to its end: two or more of them, or one in mixed case."""
    rest = span[start:]
    if not 1 <= len(rest) <= 3 or start < 2 or not all(OWNER_ACRONYM.match(t.text) for t in rest):
        return False
    if len(rest) == 1 and not MIXED.search(rest[0].text):
        return False  # "Иранское агентство ИРНА": one acronym in capitals may be the body's own name
    head = span[start - 1]
    first = span[0]
    return head.is_lower and head.lemma_.lower() in _institution_heads() \
        and first.pos_ == "ADJ" and first.text[:1].isupper() and first.is_alpha \
        and all(t.is_lower and t.is_alpha for t in span[1:start - 1])


def split_descriptor(span: Span) -> tuple[str | None, int]:
    """:func:`.org_region_seats.split_descriptor`, except that the owner's acronyms after an
    institution's adjectives and noun are no name of its own: the name starts at the first word."""
    kind, start = _split_descriptor(span)
    if kind is not None and start and owner_acronyms(span, start):
        return kind, 0
    return kind, start
