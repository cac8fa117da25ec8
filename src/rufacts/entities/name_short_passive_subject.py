"""A name right after a short passive participle in the singular whose clause has no subject before it
("Главным тренером «Ромы» назначен Даниэле Де Росси", "Лучшим игроком матча признан ..."): the name
is the participle's subject, in the nominative of its gender, not the agent's instrumental or the
recipient's dative the participle governs elsewhere ("подписан Ивановым", "Приказ объявлен И. П. Павлу"), so
that a given name that stands as written is read so ("Даниэле": not the dative of a woman's Даниэла). A noun or
pronoun in the nominative before the participle in its clause is its subject ("Орден вручён Даниэле
...": the dative). Read by :func:`rufacts.entities.names_group.name_hints` (w373)."""
from __future__ import annotations

from .doc_words import morph_values

GENDERS = {"Masc": "masc", "Fem": "femn"}
CLAUSE_ENDS = frozenset({".", "!", "?", ",", ";", ":", "—", "–", "«", "»", "(", ")"})


def passive_cases(span, morph, cases: frozenset[str]) -> frozenset[str]:
    """{"nomn:<gender>"} for a name right after a singular short passive participle with no subject
    before it in its clause, else ``cases`` (the agent's and the recipient's)."""
    return _subject_after(span, morph) or cases


def _subject_after(span, morph) -> frozenset[str]:
    doc = span.doc
    if span.start == 0:
        return frozenset()
    verb = doc[span.start - 1]
    if verb.pos_ not in ("VERB", "AUX", "ADJ") or not verb.is_lower:
        return frozenset()
    parse = morph.parse(verb.lower_)[:1]
    if not parse or parse[0].tag.POS != "PRTS" or "pssv" not in parse[0].tag.grammemes \
            or parse[0].tag.number != "sing" or parse[0].tag.gender not in ("masc", "femn"):
        return frozenset()
    for i in range(verb.i - 1, -1, -1):
        token = doc[i]
        if token.text in CLAUSE_ENDS and not (token.text in "«»" and i < verb.i - 1):
            if token.text in ".!?;,":
                break
            continue
        case = morph_values(token, "Case")
        if token.pos_ in ("NOUN", "PROPN", "PRON") and "Plur" not in morph_values(token, "Number") and (
                "Nom" in case or ("Acc" in case and "Inan" in morph_values(token, "Animacy")
                                  and not (i > 0 and doc[i - 1].pos_ == "ADP"))):
            return frozenset()  # its subject ("Договор подписан ...", the tagger's accusative too); a plural is none

    return frozenset({f"nomn:{parse[0].tag.gender}"})
