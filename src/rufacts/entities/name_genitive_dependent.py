"""A person right after an inanimate plural noun that a preposition governs ("из объяснений К. Д.
Сомина", "в действиях А. С. Курочкина", "из показаний Н. Р. Галкина"): the name depends on the noun, in the
genitive, and is no nominative in apposition to it (an inanimate plural names no person). The
weak genitive hint after a noun (names_group.name_hints) let a woman's nominative the dictionary
reads as heavily (Сомина) win over the man's genitive (Сомин); the cue ``"notnomn"`` (weighed in
:func:`rufacts.entities.name_solutions._solutions`) takes the nominative out where nothing after the
name makes it a subject (a verb right after it: "Из материалов дела Сомина узнала ...", but not the
impersonal "из показаний А. С. Курочкина следует")."""
from __future__ import annotations

from ..lexicons import load_list

NOT_NOMINATIVE = frozenset({"notnomn"})


def genitive_dependent(span) -> frozenset[str]:
    """{"notnomn"} where ``span`` follows a preposition and an inanimate plural noun in an oblique case
    (not a word for people, lexicons/role_words.txt), and no verb follows the name; empty else."""
    doc, i = span.doc, span.start - 1
    if i < 1:
        return frozenset()
    noun, preposition = doc[i], doc[i - 1]
    if noun.pos_ != "NOUN" or preposition.pos_ != "ADP":
        return frozenset()
    morph = noun.morph
    if "Plur" not in morph.get("Number") or "Inan" not in morph.get("Animacy") \
            or not set(morph.get("Case")) & {"Gen", "Loc", "Dat", "Ins"} \
            or noun.lemma_.lower() in load_list("role_words.txt"):
        return frozenset()
    end = span.end + (span.end < len(doc) and doc[span.end].text == "." and len(span[-1].text) == 1)
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ in ("VERB", "AUX", "PROPN", "NOUN") \
            and not (preposition.lower_ == "из" and after.lemma_ == "следовать"):
        return frozenset()  # (but "из показаний X следует": impersonal, no subject)
    return NOT_NOMINATIVE
