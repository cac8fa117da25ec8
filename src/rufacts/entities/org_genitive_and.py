"""An organization's genitive complement goes on over "и" where the tagger stopped before it:
"Тагильского театра оперетты [и мюзикла]", "института физики [и математики]", "министерства
науки [и высшего образования]".

The span closes on a lower-case genitive noun after the organization's head noun (an institution,
a descriptor, a body: :func:`rufacts.entities.org_lead_nouns.body_nouns`); "и" follows, then one to
three lower-case genitive words ending in a noun of the same number that is no body's head (not
"театра драмы и министерства культуры": two bodies) and no person ("и зрителей"), and no further
genitive word after them, unless that noun (of either number) names a field (``lexicons/institution_fields.txt``) and
up to three genitive words of its own close the phrase ("института статистических исследований [и
экономики знаний]"); so do those words after a span the tagger closed on that field noun ("Музея
истории и культуры" + "старообрядчества").

A name closed by a capitalized genitive (an adjective and its noun) that depends on a lower-case plural
genitive ("федерация обществ Красного Креста") takes in "и" and a second such pair in the same case
and number that the tagger read as an organization of its own ("и Красного Полумесяца"): the
members' two names, not a second body (not "министерства обороны и Генштаба": no plural genitive
between); so does a pair right after the name's own head noun where the second pair's noun is no
body's ("Общество Красного Креста" + "и Красного Полумесяца Казахстана"; not "Государственной думы
и Совета Федерации"). Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .org_lead_nouns import body_nouns
from .doc_words import morph_values

MAX_AFTER = 3  # "и высшего профессионального образования"


def _genitive(token: Token, pos: tuple[str, ...] = ("NOUN", "ADJ")) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ in pos and "Gen" in morph_values(token, "Case")


def _tail_end(doc: Doc, span: Span, taken: set[int]) -> int | None:
    last, end = span[-1], span.end
    if len(span) > 3 and span[-2].lower_ == "и" and _genitive(last, ("NOUN",)) and end < len(doc) \
            and _genitive(doc[end]) and _genitive(span[-3], ("NOUN",)) \
            and any(t.pos_ == "NOUN" and t.lemma_.lower() in body_nouns() for t in span[:-3]) \
            and "," not in span.text and folded_lemma(doc[end]) not in load_list("org_place_kind_nouns.txt"):
        return _field_dependents_end(doc, end - 1, taken)  # "Музея истории и культуры" + "старообрядчества"
        # (not a list's, nor a place's: "Министерство науки, образования и культуры" + "республики")
    if not _genitive(last, ("NOUN",)) or end + 1 >= len(doc) or doc[end].lower_ != "и" \
            or not any(t.pos_ == "NOUN" and t.lemma_.lower() in body_nouns() for t in span[:-1]):
        return None
    k = end + 1
    while k < len(doc) and k - end - 1 < MAX_AFTER and _genitive(doc[k], ("ADJ",)):
        k += 1
    if k >= len(doc) or k in taken or not _genitive(doc[k], ("NOUN",)):
        return None
    noun = doc[k]
    if noun.lemma_.lower() in body_nouns() or "Anim" in morph_values(noun, "Animacy"):
        return None
    if k + 1 < len(doc) and _genitive(doc[k + 1]):
        return _field_dependents_end(doc, k, taken)  # the phrase goes on: the name's only as a field's
    if morph_values(noun, "Number") != morph_values(last, "Number"):
        return None
    return k + 1


def _field_dependents_end(doc: Doc, k: int, taken: set[int]) -> int | None:
    """End of the genitive group after the noun at ``k`` ("исследований и экономики" + "знаний": the
    numbers may differ) where the noun names a field (``lexicons/institution_fields.txt``) and the group ends in a noun with no
    genitive after it; None else (the phrase goes on: "театра драмы и истории города области")."""
    if folded_lemma(doc[k]) not in load_list("institution_fields.txt"):
        return None
    j = k + 1
    while j < len(doc) and j - k <= MAX_AFTER and j not in taken and _genitive(doc[j]):
        j += 1
    if j - k > MAX_AFTER or doc[j - 1].pos_ != "NOUN" or "Anim" in morph_values(doc[j - 1], "Animacy") \
            or (j < len(doc) and _genitive(doc[j])):
        return None
    return j


def genitive_and_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization's genitive complement grown over "и" and its next noun."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, changed = [], False
    for span in spans:
        end = _tail_end(doc, span, taken) if span.label_ == "ORG" else None
        if end is not None:
            span = Span(doc, span.start, end, label="ORG")
            changed = True
        out.append(span)
    joined = _capital_pairs(doc, out)
    return joined if joined is not None else out if changed else spans


def _pair(tokens) -> bool:
    """A capitalized adjective and its noun, both genitive ("Красного Креста")."""
    return len(tokens) == 2 and tokens[0].pos_ == "ADJ" and tokens[1].pos_ in ("NOUN", "PROPN") \
        and all(t.is_title and "Gen" in morph_values(t, "Case") for t in tokens) \
        and morph_values(tokens[0], "Number") == morph_values(tokens[1], "Number")


def _place_tail(tokens) -> bool:
    """Capitalized genitives after the second pair: the country of the society ("Казахстана")."""
    return all(t.is_title and t.pos_ == "PROPN" and "Gen" in morph_values(t, "Case") for t in tokens)


def _head_pair(doc: Doc, span: Span, second: Span) -> bool:
    """The name's own head noun right before its first pair, the second pair no body's head noun
    ("Общество Красного Креста" + "и" + "Красного Полумесяца Казахстана"; not "Государственной
    думы и Совета Федерации", "Московского университета и Российской академии наук")."""
    head = span[-3]
    return head.pos_ == "NOUN" and head.lemma_.lower() in body_nouns() and len(second) >= 2 \
        and _pair(second[:2]) and second[1].lemma_.lower() not in body_nouns() \
        and span[-1].lemma_.lower() not in body_nouns() and _place_tail(second[2:])


def _capital_pairs(doc: Doc, spans: list[Span]) -> list[Span] | None:
    """``spans`` with "федерация обществ Красного Креста" (or "Общество Красного Креста") + "и" +
    "Красного Полумесяца" made one; None where none is."""
    starts = {s.start: s for s in spans}
    out, drop = [], set()
    for span in spans:
        second = starts.get(span.end + 1)
        if span.label_ == "ORG" and len(span) >= 3 and second is not None and second.label_ == "ORG" \
                and doc[span.end].lower_ == "и" and _pair(span[-2:]) and (
                    len(span) >= 4 and _pair(second) and _genitive(span[-3], ("NOUN",))
                    and "Plur" in morph_values(span[-3], "Number")
                    and morph_values(second[1], "Number") == morph_values(span[-1], "Number")
                    or _head_pair(doc, span, second)
                    and morph_values(second[1], "Number") == morph_values(span[-1], "Number")):
            span = Span(doc, span.start, second.end, label="ORG")
            drop.add((second.start, second.end))
        out.append(span)
    if not drop:
        return None
    return [s for s in out if (s.start, s.end) not in drop]
