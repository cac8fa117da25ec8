"""Two slots of a Latin-script company name for :mod:`rufacts.entities.org_latin_slots`:

- after a participle of founding, seat, ownership or choice over its own words
  (``lexicons/org_latin_participle_verbs.txt``): "зарегистрированная на Кипре Halcyon Shipping",
  "выбранная по конкурсу Nippon Koei"; a name in Latin letters does not decline, and the participle
  describing it is a company's;
- closing a sentence about a tender, a contract or a licence (``lexicons/org_latin_award_objects.txt``)
  after a verb of winning or receiving it (``lexicons/org_latin_award_verbs.txt``): "Тендер выиграла
  Olam Agri", "Заказ на турбины получила Vestas Wind Systems".
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicons import load_list

MAX_GAP = 4  # the participle's own words before the name: "зарегистрированная на Кипре"
GAP_POS = frozenset({"ADP", "NOUN", "PROPN", "NUM", "ADJ", "DET"})


def _lemma(token) -> str:
    return token.lemma_.lower().replace("ё", "е")


def participle_before(doc: Doc, i: int) -> bool:
    """A nominative singular participle of ``org_latin_participle_verbs.txt`` within ``MAX_GAP``
    words before ``doc[i]``, only its own words (no verb, no punctuation) between."""
    verbs = load_list("org_latin_participle_verbs.txt")
    k = i - 1
    while k >= 0 and i - k <= MAX_GAP + 1:
        token = doc[k]
        if token.pos_ in ("VERB", "ADJ") and token.morph.get("Case") == ["Nom"] \
                and token.morph.get("Number") == ["Sing"] and _lemma(token) in verbs:
            return True
        if token.pos_ not in GAP_POS or token.is_punct:
            return False
        k -= 1
    return False


def award_closing(doc: Doc, i: int, prev) -> bool:
    """``doc[i]`` opens a name right after ``prev``, a singular verb of winning or receiving, whose
    sentence names a tender, a contract or a licence before the verb."""
    if prev is None or prev.pos_ != "VERB" or _lemma(prev) not in load_list("org_latin_award_verbs.txt") \
            or "Plur" in prev.morph.get("Number"):
        return False
    objects = load_list("org_latin_award_objects.txt")
    start = doc[i].sent.start
    return any(_lemma(t) in objects for t in doc[start:prev.i])


ROLE_GAP = 2  # adjectives before the role's noun: "международным агентом", "единственным генеральным"


def role_object(doc: Doc, i: int, j: int) -> bool:
    """``doc[i:j]`` is the object of the finite or infinitive verb right before it, and the noun
    of a company's role in the instrumental (``lexicons/org_latin_role_nouns.txt``) follows it, at most
    ``ROLE_GAP`` adjectives between: "Продюсеры выбрали Wild Bunch международным агентом фильма"."""
    if i == 0 or j >= len(doc) or doc[i - 1].pos_ not in ("VERB", "AUX") or doc[i - 1].is_punct:
        return False
    k = j
    while k < len(doc) and k - j <= ROLE_GAP and doc[k].pos_ == "ADJ" and (doc[k].morph.get("Case") == ["Ins"] or (
            doc[k].lower_.endswith(("ой", "ей")) and doc[k].morph.get("Gender") == ["Fem"])):  # (-ой: any oblique case alike)
        k += 1
    if k >= len(doc) or doc[k].pos_ != "NOUN" or doc[k].morph.get("Case") != ["Ins"]:
        return False
    return _lemma(doc[k]) in load_list("org_latin_role_nouns.txt")
