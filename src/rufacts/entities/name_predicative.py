"""The gender of a name from the predicative adjective or participle right after it: "суд признал
Раилю Гильманову виновной" (Раиля Гильманова, not Раиль Гильманов), "считали Зауре пропавшей".
An adjective or participle in the instrumental singular that follows the name agrees with the
person named in gender (used by :func:`rufacts.entities.names_group.group_persons`); not an adjective
of a masculine noun after it, which names a woman too ("назвал Скворцову лучшим инженером": the
accusative tells her), while a feminine one tells ("признали Фомину лучшей спортсменкой"). The
adjective may come first, right after its verb (``lexicons/name_predicative_verbs.txt``): "суд признал
виновной Н. Т. Бобоеву" is hers, the accusative of Бобоева, not the dative of a Бобоев."""
from __future__ import annotations

from ..lexicons import load_list
from .name_apposition import GENDERS
from .doc_words import morph_values


def predicative_gender(span) -> frozenset[str]:
    """{"pred:<g>"}: the gender of an instrumental adjective or participle right after ``span``; empty else."""
    doc = span.doc
    fronted = predicative_before(span)
    if fronted:
        return fronted
    if span.end >= len(doc):
        return frozenset()
    token = doc[span.end]
    morph = token.morph
    if token.pos_ not in ("ADJ", "VERB") or "Ins" not in morph.get("Case") or "Sing" not in morph.get("Number") \
            or (token.pos_ == "VERB" and "Part" not in morph.get("VerbForm")):
        return frozenset()
    genders = {GENDERS[g] for g in morph.get("Gender") if g in GENDERS}
    noun = doc[span.end + 1] if token.pos_ == "ADJ" and span.end + 1 < len(doc) else None
    if noun is not None and noun.pos_ == "NOUN" and "Ins" in morph_values(noun, "Case") \
            and ("Fem" not in morph_values(noun, "Gender") or "Inan" in morph_values(noun, "Animacy")):
        # the adjective of a masculine noun that names women too: "назвал Скворцову лучшим инженером";
        # of a thing, the means of the verb, no predicative: "наградил Пушкарёва почётной грамотой"
        return frozenset()
    return frozenset({f"pred:{genders.pop()}"}) if len(genders) == 1 else frozenset()


def predicative_before(span) -> frozenset[str]:
    """{"pred:<g>", "accs"}: an instrumental singular adjective of one gender right before ``span``
    whose verb right before it takes a predicative ("признал виновной X", "признала невиновным X");
    the name is that verb's object, in the accusative. Empty else."""
    doc, i = span.doc, span.start - 1
    if i < 1:
        return frozenset()
    adjective, verb = doc[i], doc[i - 1]
    if adjective.pos_ not in ("ADJ", "VERB") or "Ins" not in morph_values(adjective, "Case") \
            or "Sing" not in morph_values(adjective, "Number") \
            or verb.lemma_.lower() not in load_list("name_predicative_verbs.txt"):
        return frozenset()
    genders = {GENDERS[g] for g in morph_values(adjective, "Gender") if g in GENDERS}
    return frozenset({f"pred:{genders.pop()}", "accs"}) if len(genders) == 1 else frozenset()
