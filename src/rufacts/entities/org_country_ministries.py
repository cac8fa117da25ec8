"""A ministry named after its country's adjective: "Хорватское Министерство моря, транспорта и
инфраструктуры объявило", "Литовское Министерство охраны окружающей среды". The tagger misses the
name or takes the adjective into it; the adjective says whose ministry it is, the name is the
capitalized "Министерство" and its remit, the lower-case genitive words after it, commas and "и"
between its nouns included (docs/gold-conventions.md: a name stops at its place). Read by
:class:`rufacts.components.entities` after the other organizations' tails.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .doc_words import morph_values
from .geo import lemma_positions

HEADS = frozenset({"министерство"})  # a capitalized head that names a state's ministry by its remit
PLACE_ENDINGS = ("ский", "цкий")  # a country's adjective: хорватский, литовский, чешский
MAX_REMIT = 10  # words of the remit: "моря , транспорта и инфраструктуры"


def _genitive(token: Token) -> bool:
    return token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ") and "Gen" in morph_values(token, "Case")


def genitive_run_end(doc: Doc, i: int, most: int = MAX_REMIT) -> int:
    """End of the lower-case genitive words after the head at ``i`` (ending in a noun; a comma or "и"
    between a noun and another genitive word): a ministry's remit "моря, транспорта и
    инфраструктуры", a body's complement (:mod:`.org_opening_bodies`)."""
    stop, end = i + 1, i + 1
    while stop < len(doc) and stop - i <= most:
        token = doc[stop]
        if _genitive(token):
            stop += 1
            if token.pos_ == "NOUN":
                end = stop
        elif token.text in (",", "и") and stop > i + 1 and stop + 1 < len(doc) and _genitive(doc[stop + 1]) \
                and doc[stop - 1].pos_ == "NOUN":
            stop += 1
        else:
            break
    return end


def country_ministries(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each ministry after its country's adjective as its own ORG span, the
    adjective left out; an ORG span of the tagger's over it gives way (its end kept where longer)."""
    found = []
    for i in lemma_positions(doc, HEADS.__contains__):  # (the doc's lemma index: no loop over every word)
        if i == 0:
            continue
        head, adjective = doc[i], doc[i - 1]
        if not head.is_title or adjective.pos_ != "ADJ" \
                or not adjective.lemma_.lower().endswith(PLACE_ENDINGS) \
                or adjective.morph.get("Case") != head.morph.get("Case"):
            continue
        end = genitive_run_end(doc, i)
        if end == i + 1:
            continue  # "Литовское Министерство" alone: no name
        over = [s for s in spans if s.start < end and i - 1 < s.end]
        if any(s.label_ != "ORG" and s.start >= i for s in over):
            continue
        end = max([end] + [s.end for s in over if s.label_ == "ORG" and s.start in (i - 1, i)])
        found.append((Span(doc, i, end, label="ORG"), over))
    if not found:
        return spans
    dropped = {(s.start, s.end, s.label_) for _, over in found for s in over}
    kept = [s for s in spans if (s.start, s.end, s.label_) not in dropped]
    return sorted(kept + [span for span, _ in found], key=lambda s: (s.start, -s.end))
