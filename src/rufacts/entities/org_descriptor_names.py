"""A foreign name in apposition right after an organization's descriptor in the nominative or the
accusative is the organization's, whatever the tagger made of it: "концерн [Тиссенкрупп]" and
"агентство [Пренса Латина]" (read as persons), "авиакомпания Пегасус" (missed); in another case
where the tagger reads the name as a nominative ("агентства Тхонгтан"); and after an institution's
adjectives and noun in an oblique case, where the tagger read it as a place ("Шанхайским
университетом Цзяотун").

The descriptor is a lower-case noun of ``lexicons/org_descriptors.txt`` that is neither a body's
noun (``body_heads.txt``: "администрация") nor one of an institution named after people
(``org_dedicated_descriptors.txt``: "фонд Потанина", "музей Фаберже"). The name is one to four
capitalized Cyrillic words the dictionary does not know ("компания Илона Маска", "концерн
Абрамовича", "команда Весны Янкович" stay persons), and no person's noun before the
descriptor ("Владелец кафе Йохен Шарф": the owner); a word the tagger missed is taken
where the dictionary does not know it. Read by :mod:`rufacts.components.entities` after
``retype``; the descriptor rules (``orgs.descriptor_orgs``) then take the descriptor in.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .bodies import body_heads
from .spans import capitalized_words
from .name_foreign_first import foreign_first_forms
from .institutions import _nouns
from .doc_words import morph_values

CASES = frozenset({"Nom", "Acc"})
MAX_WORDS = 4
OWNER_REACH = 5  # words between the person's noun and the descriptor


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return load_list("org_descriptors.txt") - set(body_heads()) - load_list("org_dedicated_descriptors.txt")


def _descriptor(token: Token, name: Token) -> bool:
    """A descriptor in the nominative or the accusative, or in another case with the name after it
    read as a nominative by the tagger ("агентства Тхонгтан": apposition, not an owner's genitive)."""
    cases = set(morph_values(token, "Case"))
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in _descriptors() \
        and "Sing" in morph_values(token, "Number") and bool(
            CASES & cases or morph_values(name, "Case") == ["Nom"] and "Nom" not in cases)


def _owned(doc: Doc, descriptor: int) -> bool:
    """A person's noun before the descriptor ("Владелец кафе Йохен Шарф", "директор компании"): the
    name after the descriptor may be that person's."""
    k = descriptor - 1
    while k >= 0 and (doc[k].pos_ == "ADJ" or (  # ... over the post's genitive words too: "Руководитель отдела
            doc[k].pos_ == "NOUN" and doc[k].is_lower and morph_values(doc[k], "Case") == ["Gen"]  # просвещения
            and "Anim" not in morph_values(doc[k], "Animacy") and descriptor - k <= OWNER_REACH)):  # Катунского заповедника X"
        k -= 1
    if k < 0:
        return False
    token = doc[k]
    return token.pos_ == "NOUN" and (token.lemma_.lower() in load_list("role_words.txt")
                                     or "Anim" in morph_values(token, "Animacy"))


def _named_before(doc: Doc, descriptor: int) -> bool:
    """A capitalized adjective names the descriptor in an oblique case already ("Катунского
    заповедника Эжер Тадыров"): the person's name after it is the person's (orgextent45)."""
    token, k = doc[descriptor], descriptor - 1
    return k >= 0 and doc[k].pos_ == "ADJ" and doc[k].text[:1].isupper() \
        and not CASES & set(morph_values(token, "Case"))


def _name_word(token: Token) -> bool:
    text = token.text
    return token.is_alpha and text[:1].isupper() and not text.isascii() and not token.is_upper and len(text) > 2


def _personal(word: str) -> bool:
    """A word the dictionary knows: a person's name part ("Илона") or a word a person's name may be
    made of ("команда Весны Янкович"); a coined foreign name is unknown to it. So is a case form of a
    listed foreign first name (``lexicons/name_foreign_first_names.tsv``: "включила в команду Парису
    Мохаммади", a woman)."""
    return get_morph().is_known(word.lower()) or bool(foreign_first_forms(word))


def _institution_tail(doc: Doc, org: Span, place: Span) -> bool:
    """A one-word foreign name the tagger read as a place or a person right after an institution's name that
    ends in its lower-case noun in an oblique case ("Шанхайским университетом" + "Цзяотун"): the
    tagger's nominative reading of a word the dictionary does not know, no case agreement."""
    head, word = org[-1], place[0]
    return len(place) == 1 and place.start == org.end and org[0].pos_ == "ADJ" and org[0].text[:1].isupper() \
        and head.pos_ == "NOUN" and head.is_lower and head.lemma_.lower() in _nouns() \
        and "Nom" not in morph_values(head, "Case") and morph_values(word, "Case") == ["Nom"] \
        and _name_word(word) and not get_morph().is_known(word.lower_)


def descriptor_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a name after a descriptor made an organization (or added where missed)."""
    spans = _joined_tails(doc, spans)
    out, changed = [], False
    covered = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        if span.label_ == "PER" and span.start > 0 and len(span) <= MAX_WORDS and _descriptor(doc[span.start - 1], span[0]) \
                and all(_name_word(t) for t in span) and not any(_personal(t.text) for t in span) \
                and not _owned(doc, span.start - 1) and not _named_before(doc, span.start - 1):
            span = Span(doc, span.start, span.end, label="ORG")  # "концерн Тиссенкрупп"
            changed = True
        out.append(span)
    morph = get_morph()
    for token in map(doc.__getitem__, sorted(capitalized_words(doc) - {0})):  # every word _name_word takes
        if token.i in covered or not _name_word(token) or token.is_sent_start \
                or not _descriptor(doc[token.i - 1], token) or morph.is_known(token.lower_) \
                or _owned(doc, token.i - 1):
            continue
        nxt = token.i + 1 < len(doc) and doc[token.i + 1]
        if nxt and (nxt.i in covered or _name_word(nxt)):
            continue  # a longer name: left to the tagger
        out.append(Span(doc, token.i, token.i + 1, label="ORG"))  # "авиакомпания Пегасус"
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _joined_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an institution's foreign name (:func:`_institution_tail`) taken into it."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and last.label_ == "ORG" and span.label_ in ("LOC", "PER") \
                and _institution_tail(doc, last, span):
            out[-1] = Span(doc, last.start, span.end, label="ORG")  # "Шанхайским университетом Цзяотун"
            continue
        out.append(span)
    return out
