"""The gender of a name from the predicative adjective or participle right after it: "суд признал
Раилю Гильманову виновной" (Раиля Гильманова, not Раиль Гильманов), "считали Зауре пропавшей".
An adjective or participle in the instrumental singular that follows the name agrees with the
person named in gender (used by :func:`rufacts.entities.names_group.group_persons`); not an adjective
of a masculine noun after it, which names a woman too ("назвал Скворцову лучшим инженером": the
accusative tells her), while a feminine one tells ("признали Фомину лучшей спортсменкой")."""
from __future__ import annotations

from .name_apposition import GENDERS


def predicative_gender(span) -> frozenset[str]:
    """{"pred:<g>"}: the gender of an instrumental adjective or participle right after ``span``; empty else."""
    doc = span.doc
    if span.end >= len(doc):
        return frozenset()
    token = doc[span.end]
    morph = token.morph
    if token.pos_ not in ("ADJ", "VERB") or "Ins" not in morph.get("Case") or "Sing" not in morph.get("Number") \
            or (token.pos_ == "VERB" and "Part" not in morph.get("VerbForm")):
        return frozenset()
    genders = {GENDERS[g] for g in morph.get("Gender") if g in GENDERS}
    noun = doc[span.end + 1] if token.pos_ == "ADJ" and span.end + 1 < len(doc) else None
    if noun is not None and noun.pos_ == "NOUN" and "Ins" in noun.morph.get("Case") \
            and "Fem" not in noun.morph.get("Gender"):
        # the adjective of a masculine noun that names women too: "назвал Скворцову лучшим инженером"
        return frozenset()
    return frozenset({f"pred:{genders.pop()}"}) if len(genders) == 1 else frozenset()
