"""A quoted name that is a clause, with a finite verb, stands as written (session 38, w342, NEREL
organizations): "телеграм-канал «Опер слил»" is "Опер слил", not "Оперы слил" (the analyzer reads
"Опер" as a genitive plural of "опера"); "«Мош сказал»". A clause does not decline with its slot, so no
word of it goes to the nominative. Read by ``components.entities.group_named`` before the other
readings of a name.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..grammars.morph import get_morph
from .quotes import CLOSING_QUOTES, OPENING_QUOTES



def _finite(token: Token) -> bool:
    """A finite verb by the tagger (no case: not a participle) and by the dictionary's first reading
    (the tagger calls an unknown name or a participle a verb too: "«Ситроена»", "«Объединённой ...»"),
    and no noun after an adjective ("«Уральской стали»": "стали" is a noun there, not "стать")."""
    if token.pos_ not in ("VERB", "AUX") or token.morph.get("Case"):
        return False
    morph = get_morph()
    parses = morph.parse(token.lower_)
    if token.i > 0 and token.doc[token.i - 1].pos_ == "ADJ" and any(p.tag.POS == "NOUN" for p in parses):
        return False
    return morph.is_known(token.lower_) and parses[0].tag.POS == "VERB"


def verb_title(span: Span) -> str | None:
    """The quoted words of ``span`` as written where one of them is a finite verb; else None."""
    tokens = [t for t in span if not t.is_space]
    i = next((k for k, t in enumerate(tokens) if t.text in OPENING_QUOTES), None)
    if i is None:
        i = -1 if span.start > 0 and span.doc[span.start - 1].text in OPENING_QUOTES else None
    if i is None:
        return None
    inner = tokens[i + 1:]
    while inner and inner[-1].text in CLOSING_QUOTES:
        inner = inner[:-1]
    if not inner or any(t.text in OPENING_QUOTES or t.text in CLOSING_QUOTES for t in inner) \
            or not any(_finite(t) for t in inner):
        return None
    return "".join(t.text_with_ws for t in inner).strip()
