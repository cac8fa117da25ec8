"""The verb of a quoted name that opens its sentence and is described by a clause between commas
before it: "«Репортёры без границ», объединяющие журналистов из десятков стран, опубликовали
индекс", "«Уралхим», который выкупил долю у партнёров, объявил ...". Used by
:func:`rufacts.entities.quoted.slot`, whose subject rule reads the verb right after the closing
quote: the verb after the clause stands for it there.

The clause opens right after the comma with a participle in the nominative ("объединяющие",
"контролирующий") or a nominative of "который", and closes at the next comma (within
``MAX_CLAUSE`` words, no sentence's end, no dash or bracket inside); the word after that comma is
the verb, finite and in the number of the clause's first word (a participle's or "который"'s
number is the name's: "объединяющие ... опубликовали"). Nothing else: a comma after a name opening
a sentence in a list ("«Мечел», «Распадская» и ...") or before a quotation gives no verb here.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..grammars.morph import get_morph

MAX_CLAUSE = 16  # words between the commas: "который в прошлом году перевёз более 55 миллионов пассажиров"
WHICH = frozenset({"который", "которая", "которое", "которые"})
BREAKS = frozenset({".", "!", "?", "—", "–", "(", ")", ":", ";"})


def _clause_opener(token) -> bool:
    """A nominative participle or "который" opening the describing clause."""
    if token.lower_ in WHICH:
        return True
    return token.pos_ in ("VERB", "ADJ") and "Nom" in token.morph.get("Case") and any(
        p.tag.POS == "PRTF" and p.tag.case == "nomn" for p in get_morph().parse(token.lower_))


def verb_after_clause(doc: Doc, j: int):
    """The finite verb after a describing clause between commas that follows the closing quote at
    ``doc[j]``; None where no such clause stands there."""
    k = j + 1
    if k + 1 >= len(doc) or doc[k].text != "," or not _clause_opener(doc[k + 1]):
        return None
    opener = doc[k + 1]
    m = k + 2
    while m < len(doc) and m - k <= MAX_CLAUSE and doc[m].text != ",":
        if doc[m].text in BREAKS or doc[m].is_sent_start:
            return None
        m += 1
    if m + 1 >= len(doc) or doc[m].text != ",":
        return None
    verb = doc[m + 1]
    if verb.pos_ != "VERB" or verb.morph.get("Case") or not any(p.tag.POS == "VERB" for p in get_morph().parse(verb.lower_)):
        return None  # a finite verb: no participle, infinitive or gerund
    number, own = opener.morph.get("Number"), verb.morph.get("Number")
    return verb if not number or not own or number == own else None
