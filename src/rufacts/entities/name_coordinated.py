"""The case of a name coordinated with a name right before it that a preposition governs (used by
:func:`rufacts.entities.names_group.name_hints`): "между Тамарой Сихарулидзе и Ираклием
Гвинианидзе", "с Анной Петровой и Ираклием Кобахидзе", "о Петре Иванове, Ираклии Кобахидзе и ...": the
preposition governs both names, so the second is in its case, not the subject of a verb after it
("... возник спор"); and the nominative of a name after a person noun that opens an item of a list of
people ("депутат Баир Эрдынеев, архитектор X и ...": :func:`listed_nominative`)."""
from __future__ import annotations
from .doc_words import morph_values

CONJUNCTIONS = frozenset({"и", "или", ",", "либо"})
MAX_NAME = 4  # words of the name before the conjunction ("Анной Петровной Смирновой", "А. В. Петровой")


def _name_word(token) -> bool:
    return (token.text[:1].isupper() and token.is_alpha) or token.text in (".", "-")


def coordinated_cases(span, governed: dict) -> frozenset[str]:
    """The cases the preposition before the name before ``span`` governs, where ``span`` follows it
    over a conjunction or a comma; empty else."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in CONJUNCTIONS:
        return frozenset()
    if doc[i].text == "," and not (span.end < len(doc) and doc[span.end].lower_ in CONJUNCTIONS):
        return frozenset()  # a comma only inside a list ("о Петре, Ираклии и Нино"), not before a clause
    j = i - 1
    while j >= 0 and i - j <= MAX_NAME + 2 and _name_word(doc[j]) and doc[j].lower_ not in governed:
        j -= 1
    if j < 0 or j == i - 1 or not doc[j + 1].text[:1].isupper() or doc[j].lower_ not in governed:
        return frozenset()
    if any(doc[k].ent_type_ == "LOC" for k in range(j + 1, i)) and span.label_ == "PER":
        return frozenset()  # "Оксане Жук из Минска и Фабиану Кордеро": a person is no place's conjunct
    return frozenset(governed[doc[j].lower_])


LIST_MARKS = frozenset({",", "и"})
NOMINATIVE = frozenset({"nomn"})


def listed_nominative(doc, before, morph) -> frozenset[str]:
    """{"nomn"} for a name after a singular noun for a person in the nominative alone that opens an
    item of a list of people, after a comma or "и" and the name closing the item before ("вошли
    депутат Баир Эрдынеев, архитектор X и ..."): the items share their case, the name is in
    apposition to its noun (not the genitive of its owner, "помощник Путина"); empty else."""
    if before is None or before.pos_ != "NOUN" or "Anim" not in morph_values(before, "Animacy") \
            or "Sing" not in morph_values(before, "Number"):
        return frozenset()
    cases = {p.tag.case for p in morph.parse(before.text.lower())
             if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and "sing" in p.tag.grammemes}
    if cases != NOMINATIVE:
        return frozenset()
    j = before.i - 1
    while j >= 0 and doc[j].pos_ == "ADJ":  # "главный инженер"
        j -= 1
    if j < 1 or doc[j].lower_ not in LIST_MARKS:
        return frozenset()
    previous = doc[j - 1]
    return NOMINATIVE if previous.ent_type_ == "PER" and previous.text[:1].isupper() else frozenset()


def coordinated_with_noun(span, after) -> bool:
    """A name after "и"/"или" that joins it to a common noun ("Спор между министерством обороны и
    Пером Хольмбергом дошёл", "проект музея и Полом Уиллисом получил"), before a singular verb: the
    name is no subject of that verb (a subject of two would take the plural), its case is its own
    words'. Read by :func:`rufacts.entities.names_group.name_hints`."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in ("и", "или") or after is None or "Sing" not in morph_values(after, "Number"):
        return False
    partner = doc[i - 1]
    return partner.pos_ in ("NOUN", "ADJ") and partner.is_lower and "Nom" not in morph_values(partner, "Case")
