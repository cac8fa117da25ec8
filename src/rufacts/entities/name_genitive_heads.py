"""The head a name stands in apposition to over the head's genitive dependents (used by
:func:`rufacts.entities.names_group.group_persons`): "Жителю Охи Эдуарду Зинатуллину" (житель's
dative: Эдуард, not the accusative of an Эдуарда), "вдове лётчика Марине Кравец" (вдова's dative:
Марина), "рассказала начальник отдела геологии ... Хакаснедра Марина Боргоякова" (the nominative, a
woman's by the verb before the head: not the genitive of a Марин Боргояков).

The words between the head and the name are genitives: nouns, adjectives and proper nouns the tagger
or the dictionary reads in the genitive, "и" between them, and a place's or body's one-word name
the tagger found ("Охи", "Хакаснедра"). The head is an animate singular noun; its cases and gender
give ``"agree:<case>:<gender>"``, as :func:`rufacts.entities.name_case_cues.apposition_cue` does
for an apposition after the name, of the head's own gender (a man's title may serve a woman, but
over the chain the name is as likely a genitive: "заместителю председателя правительства Свиягину
К. А." is Свиягин's dative, no woman's genitive). A head in the nominative counts
only after a feminine past-tense verb, which makes it a woman's ("рассказала начальник"), and with no
animate noun in the chain (the name may be that person's, in the genitive). An animate noun inside
the chain ("лётчика") may be the head as well: its cues are added, the name's own form chooses.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_list
from .name_apposition import GENDERS
from .doc_words import morph_values

REACH = 7  # words of genitive dependents between the head and the name
JOINS = frozenset({"и"})
PLACE_LABELS = frozenset({"ORG", "LOC", "GPE"})


def _named_word(token: Token) -> bool:
    """A capitalized word inside a place's or body's span the tagger found ("Охи", "Хакаснедра")."""
    return token.text[:1].isupper() and any(
        e.label_ in PLACE_LABELS and e.start <= token.i < e.end for e in token.doc.ents)


def _genitive(token: Token) -> bool:
    """A noun, adjective or proper noun in the genitive by the tagger or (lower case) the dictionary."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ", "DET"):
        return _named_word(token)
    if "Gen" in morph_values(token, "Case") or _named_word(token):
        return True
    return token.text.islower() and any("gent" in p.tag.grammemes for p in get_morph().parse(token.text))


def _animate_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and not token.text.isupper() and "Anim" in morph_values(token, "Animacy") \
        and "Sing" in morph_values(token, "Number")


def _cues(noun: Token, verb_gender: str | None, title_serves: bool = True) -> set[str]:
    """The head's "agree:<case>:<gender>" cues; ``title_serves``: a man's title may be a woman's."""
    gender = GENDERS.get(next(iter(morph_values(noun, "Gender")), ""))
    cases = {UD_CASES.get(c) for c in morph_values(noun, "Case")} - {None}
    if not gender or not cases:
        return set()
    if gender == "masc" and "accs" in cases:  # an animate man's accusative is his genitive
        cases |= {"gent"}
    if "nomn" in cases and verb_gender == "femn":  # "рассказала начальник": a woman's title
        genders: tuple[str, ...] = (verb_gender,)
    elif title_serves and gender == "masc" and noun.lemma_.lower() in load_list("role_words.txt"):
        genders = ("masc", "femn")  # a man's title serves a woman too
    else:
        genders = (gender,)
    return {f"agree:{c}:{g}" for c in cases for g in genders}


def genitive_head_cue(span: Span) -> frozenset[str]:
    """{"agree:<case>:<gender>"} of the animate head before the name over its genitive dependents;
    nothing where no such head stands there or no genitive stands between."""
    doc = span.doc
    i, chain = span.start - 1, []
    while i >= 0 and span.start - i <= REACH and (_genitive(doc[i]) or (doc[i].lower_ in JOINS and chain)):
        chain.append(doc[i])
        i -= 1
    if i < 0 or not chain or chain[-1].lower_ in JOINS or not _animate_noun(doc[i]):
        return frozenset()
    head = doc[i]
    verb = doc[i - 1] if i > 0 else None
    verb_gender = GENDERS.get(next(iter(morph_values(verb, "Gender")), "")) \
        if verb is not None and verb.pos_ == "VERB" and "Sing" in morph_values(verb, "Number") else None
    animate_chain = any(_animate_noun(t) for t in chain)
    cues = set()
    if verb_gender == "femn" and not animate_chain or "Nom" not in morph_values(head, "Case"):
        # a nominative head only after a feminine verb and with no person in the chain the name may
        # be of ("сообщил пресс-секретарь суда Евгения Пилипенко", "сообщила помощник депутата
        # Станислава ...": the genitive)
        cues = _cues(head, verb_gender, title_serves=False)
    if "Nom" in morph_values(head, "Case"):
        return frozenset(cues)  # (the chain's person over a nominative head: the other rules')
    for token in chain:
        if _animate_noun(token):
            cues |= _cues(token, None, title_serves=False)
    return frozenset(cues)
