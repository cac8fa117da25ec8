"""A quoted name opening its clause as the subject of a verb whose object is a company's business
is an organization: "«Ирида» начала серийный выпуск транзисторов", "аналитики отметили, что
«Сирена» впервые за три года вышла на прибыль". Used by :func:`rufacts.entities.quoted.slot` beside
its subject verbs (``lexicons/org_subject_verbs.txt``), whose verb is any here: a film or a book
"начинает" and "выходит" too, but no film begins a serial output or comes out into profit.

- The name opens its clause: the sentence's start, or right after a comma or a subordinating
  conjunction ("что", "как", "поскольку").
- Before the verb only an adverbial stands: adverbs, particles, numbers and prepositional phrases
  ("впервые за три года"), no punctuation, no noun in the nominative (the subject would be that
  noun's).
- The verb is a finite singular one by the analyzer (the tagger reads "начала" as a noun's
  genitive), in the past of the gender of a nominative singular reading of the name's last word
  ("«Ирида» начала": no "Ирид"), or in the present or future.
- Within three words after the verb (adjectives and a preposition aside) stands a noun of a
  company's business (``lexicons/org_business_objects.txt``: "выпуск", "поставки", "прибыль").
- No noun of a work, a show or an event stands in the sentence (``quoted_title_cues`` and the
  other lexicons of :func:`.org_quoted_preps.is_title_cue`).

So is a name closing its clause right after a verb it agrees with, where a noun of the lexicon opens
the clause as that verb's object ("Крупный заказ получила «Волжанка».": no film gets an order;
"Главный приз получила «Метель»" says nothing).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..grammars.morph import Morph
from ..lexicons import load_list
from .org_quoted_preps import is_title_cue
from .name_verb_reach import after_closing_quote

OPENERS = frozenset({"что", "чтобы", "как", "когда", "поскольку", "так", "хотя", "если", "ведь", "пока"})
ADVERBIAL = frozenset({"ADV", "PART", "NUM", "ADP"})
REACH = 6      # words between the closing quote and the verb
OBJECT_REACH = 3


def _opens_clause(doc: Doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    return prev.text in (",", ":", "—", "–") or prev.lower_ in OPENERS or prev.is_sent_end


def _verb_agrees(morph: Morph, word: str, name: str) -> bool:
    """Whether ``word`` reads as a finite singular verb a nominative singular ``name`` may be the
    subject of."""
    genders = {p.tag.gender for p in morph.parse(name)
               if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"}
    for p in morph.parse(word):
        if p.tag.POS != "VERB" or p.tag.number != "sing":
            continue
        if p.tag.tense == "past" and p.tag.gender in genders:
            return True
        if p.tag.tense in ("pres", "futr") and p.tag.person == "3per" and genders:
            return True
    return False


def _business_object(doc: Doc, k: int, morph: Morph) -> bool:
    objects = load_list("org_business_objects.txt")
    end = min(k + 1 + OBJECT_REACH, len(doc))
    for m in range(k + 1, end):
        t = doc[m]
        if t.pos_ in ("ADJ", "DET", "ADP") or t.is_punct and t.text in ("«", "»"):
            continue
        lemmas = {t.lemma_.lower()} | {p.normal_form for p in morph.parse(t.text) if p.tag.POS == "NOUN"}
        return any(lemma.replace("ё", "е") in objects for lemma in lemmas)
    return False


def business_subject(doc: Doc, i: int, j: int, morph: Morph) -> bool:
    """Whether the quoted name ``doc[i+1:j]`` (``doc[i]``, ``doc[j]`` its quotes) opens its clause
    as the subject of a verb of a company's business (see the module's doc)."""
    inner = [t for t in doc[i + 1:j] if t.is_alpha]
    if not inner or not _opens_clause(doc, i):
        return False
    k, governed = j + 1, False
    while k < len(doc) and k - j <= REACH:
        t = doc[k]
        if _verb_agrees(morph, t.text, inner[-1].text):
            break
        if t.is_punct or t.pos_ not in ADVERBIAL and not (
                governed and t.pos_ in ("NOUN", "ADJ", "DET", "PRON") and "Nom" not in t.morph.get("Case")):
            return False  # a noun in the nominative or one no preposition governs: not an adverbial
        governed = governed or t.pos_ == "ADP"
        k += 1
    else:
        return False
    if k >= len(doc) or not _business_object(doc, k, morph):
        return False
    start, end = i, j
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    while end < len(doc) and not (end > j and doc[end].is_sent_start):
        end += 1
    return not any(is_title_cue(t) for t in doc[start:end] if t.i < i or t.i > j)


def business_subject_after(doc: Doc, i: int, j: int, morph: Morph) -> bool:
    """Whether the quoted name ``doc[i+1:j]`` closes its clause right after a verb it agrees with,
    a noun of a company's business opening the clause as the verb's object ("Крупный заказ получила
    «Волжанка».", "Контракт на поставку подписала «Ирида», сообщили в мэрии")."""
    inner = [t for t in doc[i + 1:j] if t.is_alpha]
    if not inner or i < 2 or j + 1 < len(doc) and not doc[j + 1].is_punct:
        return False
    verb = doc[i - 1]
    if not verb.is_alpha or not _verb_agrees(morph, verb.text, inner[-1].text):
        return False
    start = i - 1
    while start > 0 and not doc[start].is_sent_start and doc[start - 1].text not in (",", ":", "—", "«", "»"):
        start -= 1
    words = doc[start:i - 1]
    if not words or len(words) > REACH or any(t.pos_ == "PROPN" or t.is_punct for t in words):
        return False
    objects = load_list("org_business_objects.txt")
    return any(t.pos_ == "NOUN" and t.lemma_.lower().replace("ё", "е") in objects for t in words) \
        and not any(is_title_cue(t) for t in words)


def feminine_verb_after(doc: Doc, last: int) -> bool:
    """Whether the name whose last word ``doc[last]`` ends in -а or -я is followed, past its closing
    quote, by a feminine past singular verb (by the tag or by the analyzer where the tagger reads a
    noun): the name is its feminine subject as written ("«Мирта» начала": no genitive of "мирт")."""
    from .name_verb_forms import past_read_as_noun, past_singular
    verb = after_closing_quote(doc, last)
    if verb is None or not doc[last].lower_.endswith(("а", "я")):
        return False
    return verb.pos_ == "VERB" and past_singular(verb, ("femn",)) or past_read_as_noun(verb, ("femn",))
