"""The dative of a name after a verb's direct object (used by
:func:`rufacts.entities.names_group.name_hints`).

A verb ``lexicons/name_verbs.tsv`` lists with the dative ("вручить", "доверить", "передать"),
then its direct object, an inanimate noun in the accusative with its adjectives, then a name:
the name is the verb's indirect object, in the dative ("доверил капитанскую повязку Габриэлу
Нунесу": Габриэл Нунес, not Габриэла Нунеса; "вручили награду Олегу Петрову").
"""
from __future__ import annotations

from ..lexicons import load_list
from .name_case_cues import verb_cases
from .name_verb_forms import non_past_singular, past_singular
from .doc_words import morph_values

DATIVE = frozenset({"datv"})
OBJECT_REACH = 4  # words of the object between the verb and the name


def _accusative_inanimate(token, noun: bool) -> bool:
    if "Acc" not in morph_values(token, "Case") or "Plur" in morph_values(token, "Number") and not noun:
        return False
    if noun:
        return token.pos_ == "NOUN" and "Anim" not in morph_values(token, "Animacy")
    return token.pos_ in ("ADJ", "DET")


def dative_after_object(span) -> frozenset[str] | None:
    """{"datv"} for a name after a dative verb and its accusative object; None else."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or not _accusative_inanimate(doc[i], noun=True):
        return None
    i -= 1
    while i >= 0 and span.start - i <= OBJECT_REACH and _accusative_inanimate(doc[i], noun=False):
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB" or not DATIVE <= verb_cases().get(doc[i].lemma_, frozenset()):
        return None
    return DATIVE


ADDRESSED = frozenset({"datv", "gent"})


def dative_noun_before(span) -> frozenset[str] | None:
    """{"datv", "gent"} for a name right after a noun of a thing given or addressed to a person
    (``lexicons/name_dative_nouns.txt``): the person it goes to or the one it is of ("Выговор Лапину
    объявили": Лапин, not Лапина's accusative; "ответ Лапина"); None else."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].pos_ != "NOUN":
        return None
    lemma = doc[span.start - 1].lemma_.lower().replace("ё", "е")
    if lemma not in load_list("name_dative_nouns.txt") or _subject_of_next_verb(span):
        return None
    return ADDRESSED


def _subject_of_next_verb(span) -> bool:
    """The name is the subject of the singular verb right after it, the noun before it the object
    ("Награду Е. П. Соломатина получила в Кремле": a noun no nominative reads, "награду", names no
    subject)."""
    from ..grammars.morph import get_morph

    doc = span.doc
    verb = doc[span.end] if span.end < len(doc) else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or "Sing" not in morph_values(verb, "Number"):
        return False
    return not any(p.tag.POS == "NOUN" and "nomn" in p.tag.grammemes
                   for p in get_morph().parse(doc[span.start - 1].text.lower()))


def dative_before_impersonal(span) -> frozenset[str] | None:
    """{"datv"} for a name right before an impersonal verb of an obligation or a success whose
    experiencer is a dative (``lexicons/org_impersonal_verbs.txt``: "Ринкевичсу предстоит назвать",
    "Петрову удалось", a "не" between): no subject of the verb, which has none (Ринкевичс, not a
    nominative "Ринкевичсу"); also before a verb of a threat, a lack or luck in a form of no person
    (``lexicons/name_dative_experiencer_verbs.txt``: "Кылычу грозит до десяти лет", "Ивановой не хватило
    голосов"); None else."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].lower_ == "не":
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
        return None
    lemma = doc[k].lemma_
    return DATIVE if lemma in load_list("org_impersonal_verbs.txt") or lemma in load_list(
        "name_dative_experiencer_verbs.txt") and _impersonal_form(doc[k]) else None


def _impersonal_form(verb) -> bool:
    """The verb's form has no person for a subject: the neuter past, or a singular of the present or the
    future ("грозило", "хватило", "грозит", "светит"; not "грозил", "грозила": "Иванова грозила
    соседям" is her threat)."""
    return past_singular(verb, ("neut",)) or non_past_singular(verb)
