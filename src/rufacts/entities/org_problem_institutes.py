"""A research institution named by "the problems of" its field, opening a sentence (orgextent42).

"Научный центр проблем здоровья семьи и репродукции человека начал набор пациенток": a sentence's
first word is capitalized for the sentence, so the tagger sees no name there, and the field's last
noun ("человека") is no field noun of ``lexicons/institution_fields.txt``. The Russian academy's
pattern says it: capitalized adjectives, an institution's noun (``institutions.institution_heads``:
центр, институт) and a genitive of ``lexicons/org_research_genitives.txt`` ("проблем") right after
it are a name with the lower-case genitive chain that follows (adjectives and nouns, "и" between
them), ending in a noun, past "проблем" (not "Институт проблем" alone); no pronoun's adjective opens it ("Этот
центр проблем ..."). Not over a word another entity holds. Read by
:mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list
from .doc_words import morph_values
from .geo import lemma_positions
from .institutions import institution_heads

MAX_ADJECTIVES = 3
MAX_CHAIN = 8  # "здоровья семьи и репродукции человека"


def _genitive(token: Token) -> bool:
    """A lower-case genitive to the tagger, or an adjective the dictionary reads so (the tagger carries
    an oblique case over a form both share: "клинической" read locative)."""
    if not (token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ")):
        return False
    if "Gen" in morph_values(token, "Case"):
        return True
    from ..grammars.morph import get_morph

    return token.pos_ == "ADJ" and any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in get_morph().parse(token.lower_))


def _chain_end(doc: Doc, i: int) -> int:
    """End of the lower-case genitive chain from ``doc[i]``, ending in a noun (``i`` where none)."""
    j, end = i, i
    while j < len(doc) and j - i < MAX_CHAIN:
        if _genitive(doc[j]):
            j += 1
            if doc[j - 1].pos_ == "NOUN":
                end = j
        elif doc[j].lower_ == "и" and j > i and _genitive(doc[j - 1]) and j + 1 < len(doc) and _genitive(doc[j + 1]):
            j += 1
        else:
            break
    return end


def _pronominal(token: Token) -> bool:
    """A pronoun's or a numeral's adjective ("этот", "первый"), which opens no name."""
    from ..grammars.morph import get_morph

    return any(p.tag.POS == "ADJF" and {"Apro", "Anum"} & p.tag.grammemes for p in get_morph().parse(token.lower_))


def problem_institutes(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each such name opening a sentence one ORG span."""
    positions = lemma_positions(doc, load_list("org_research_genitives.txt").__contains__)
    if not positions:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for k in positions:
        head = k - 1
        if head < 1 or not doc[k].is_lower or "Gen" not in morph_values(doc[k], "Case") \
                or doc[head].pos_ != "NOUN" or not doc[head].is_lower or doc[head].lemma_.lower() not in institution_heads():
            continue
        start = head
        while start > 0 and head - start < MAX_ADJECTIVES and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_alpha \
                and set(morph_values(doc[start - 1], "Case")) & set(morph_values(doc[head], "Case")):
            start -= 1
        if start == head or not doc[start].is_sent_start or not doc[start].is_title \
                or any(_pronominal(t) for t in doc[start:head]):
            continue  # (inside a sentence the capital is the tagger's cue; "Этот центр проблем")
        end = _chain_end(doc, k + 1)
        if end > k + 1 and not any(i in taken for i in range(start, end)):
            found.append(Span(doc, start, end, label="ORG"))
    return sorted(spans + found, key=lambda s: (s.start, -s.end)) if found else spans
