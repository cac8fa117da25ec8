"""A body named by its members (read by :func:`rufacts.entities.org_name_extent.joined_orgs`): the
genitive plural of people after the head noun of an organization's name is part of it, and so is
a second one coordinated with "и" ("Центральное духовное управление" + "буддистов"; "Союз
садоводов" + "и огородников"; "Альянсе либералов" + "и демократов"); heads in
``lexicons/org_member_heads.txt``. Not a lone genitive after a nominative head where a verb or "не" follows: the
people may be the verb's fronted object ("Новый союз ветеранов не бросит").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list


def _people(token: Token) -> bool:
    """A lower-case animate noun in the genitive plural ("буддистов", "огородников")."""
    morph = token.morph
    return token.is_alpha and token.is_lower and token.pos_ == "NOUN" and "Gen" in morph.get("Case") \
        and "Plur" in morph.get("Number") and "Anim" in morph.get("Animacy")


def _head(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in load_list("org_member_heads.txt")


def members_end(doc: Doc, span: Span, taken: set[int]) -> int:
    """End of the ORG ``span`` grown by its members' genitive; ``span.end`` where none."""
    end = span.end
    if not span[0].text[:1].isupper() or end >= len(doc):
        return end
    if len(span) >= 2 and _people(span[-1]) and _head(span[-2]):
        stop = end  # "Союз садоводов": the tagger took the first group of members
    elif _head(span[-1]) and (span[-1].is_lower or len(span) == 1) and _people(doc[end]):
        stop = end + 1  # "Центральное духовное управление" + "буддистов"
    else:
        return end
    lone = stop > end
    if stop + 1 < len(doc) and doc[stop].lower_ == "и" and _people(doc[stop + 1]):
        stop += 2  # "и огородников"
    if stop == end or any(i in taken for i in range(end, stop)):
        return end
    after = doc[stop] if stop < len(doc) else None
    if lone and "Nom" in span[-1].morph.get("Case") and after is not None \
            and (after.pos_ in ("VERB", "AUX") or after.lower_ in ("не", "ни")):
        return end  # the subject before its fronted object
    return stop
