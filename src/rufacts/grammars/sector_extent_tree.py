"""The sector phrase's extent, read again from the parsed sentence (docs/gold-conventions.md,
"The sector phrase's extent"; issue 11).

Every reading of a sector (the surface grammar, the tree rules) ends its phrase by rules of
its own; this one rule, run over all of them where the sentence is parsed, sets where the
phrase starts and ends. The phrase is found in its sentence by its words' lemmas; then:

* it takes in the adjectives before its first word that agree with it ("Межрегиональными
  автобусными перевозками" -> межрегиональные автобусные перевозки; "въездным и внутренним
  туризмом");
* it takes in what follows and hangs on it: a genitive object ("выдача заказов
  маркетплейсов", "прокладка инженерных сетей"; a counted noun only after a noun of action:
  "продукция местных производителей" says whose) and a phrase of route, means, material,
  destination or place of the work ("по межмуниципальным маршрутам", "по железной дороге",
  "с символикой"; a place of the work after a noun of action: "хранение автомобилей на
  штрафстоянках"; a destination or a proper name after a route noun only: "туры на Алтай",
  "перевозки из Турции через Грузию", not "мёд в Китай", "косметика из Татарстана");
* it ends before where or when the firms are: "в"/"на" + a locative proper name ("в
  Кузбассе") and a phrase of a place or time noun (``sector_extent_outside.tsv`` place rows,
  the ``around`` and ``site`` cues: "в промзоне", "в городах-миллионниках", "в этом году"),
  before a market ("на экспорт", "за рубеж") and before a noun with a number of its own ("по
  27 муниципальным маршрутам": how much, not what);
* a programme, register or list the firms are in is no sector (``programme`` rows, the
  ``register`` cues): "участвуют в программе льготного лизинга 27 лизинговых компаний" ->
  the counted noun's own adjective, лизинг; with no such adjective, no count.

"для" and "от" phrases are left as each reading has them (:mod:`.sector_extent_tails`,
:mod:`.sector_beneficiary`).

This module finds the phrase in its sentence and sets its ends; what it takes in after it is
read by :mod:`.sector_extent_kept`, where or when the firms are by :mod:`.sector_extent_where`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from .folded import folded_lemma
from .morph import Morph
from .sector_extent_kept import genitive_after, pp_after, tail_end
from .sector_extent_work import moving, object_after, own_on_verb, own_phrase, size, \
    sold_to
from .sector_extent_where import case_of, outside, where

_WORD = re.compile(r"[\w-]+|[^\w\s]")
_JOINERS = frozenset({"и", "или"})


def _lemmas(morph: Morph, word: str) -> frozenset[str]:
    word = word.lower().replace("ё", "е")
    return frozenset({word} | {p.normal_form.replace("ё", "е") for p in morph.parse(word)})


def _matches(morph: Morph, token, word: str) -> bool:
    text = token.text.lower().replace("ё", "е")
    if text == word.lower().replace("ё", "е"):
        return True
    lemmas = _lemmas(morph, word)
    return folded_lemma(token) in lemmas or bool(_lemmas(morph, token.text) & lemmas)


def _locate(morph: Morph, sent, words: list[str], value) -> Optional[tuple[int, int]]:
    """(first, last) token indices of the sector's words in ``sent``: a run with a word
    inside the count's span, else an instrumental one before it that hangs on the word a
    word of that span hangs on ("въездным и внутренним туризмом занимаются 52
    туроператора"; not "На строительство школы претендуют 3 строительные компании": one
    project); not the same words elsewhere ("26 страховых компаний, из них семь работают в сегменте страхования")."""
    n = len(words)
    doc = sent.doc
    inside = [t for t in sent if value.start <= t.idx < value.stop]
    heads = {t.head.i for t in inside if t.dep_ in ("nsubj", "nsubj:pass", "obj", "obl")}
    runs = [(i, i + n - 1) for i in range(sent.start, sent.end - n + 1)
            if all(_matches(morph, doc[i + k], words[k]) for k in range(n))]
    for lo, hi in runs:
        if any(value.start <= doc[j].idx < value.stop for j in range(lo, hi + 1)):
            return lo, hi
    for lo, hi in runs:  # a phrase fronted before the count
        root = _root(doc, lo, hi)  # the parser may hang it on a word of its own
        if inside and hi < inside[0].i and case_of(root) == "ablt" and {root.head.i,
                                                                        root.head.head.i} & (
                heads - set(range(lo, hi + 1))):
            return lo, hi
    return None


def _root(doc, lo: int, hi: int):
    return next((doc[i] for i in range(lo, hi + 1)
                 if not lo <= doc[i].head.i <= hi or doc[i].head.i == i), doc[hi])


def _adjective(token, case: Optional[str], sent) -> bool:
    return token.pos_ == "ADJ" and case is not None and case_of(token) == case \
        and (token.text.islower() or token.i == sent.start) \
        and folded_lemma(token) not in outside()["vague"]


def _left(doc, sent, lo: int) -> int:
    """The first token after taking in the agreeing adjectives before ``lo``."""
    case = case_of(doc[lo])
    new = lo
    j = lo - 1
    while j >= sent.start:
        if _adjective(doc[j], case, sent):
            new = j
        elif not (doc[j].text.lower() in _JOINERS and j - 1 >= sent.start
                  and _adjective(doc[j - 1], case, sent) and doc[j + 1].pos_ == "ADJ"):
            break
        j -= 1
    return new


def _right(morph: Morph, doc, sent, lo: int, hi: int) -> int:
    span = set(range(lo, hi + 1))
    root = _root(doc, lo, hi)
    # where the parser hangs a phrase's own tail: on the noun the phrase hangs on, or on
    # the verb after a fronted phrase ("перевозками пассажиров по городским маршрутам
    # занимаются")
    above = root.head.i if root.head.i != root.i and (
        root.head.pos_ == "NOUN" or root.head.i > hi or root.dep_ == "obj" and moving(
            (root,))) else None  # "организуют туры за северным сиянием": on the verb
    verb = root.head.i if root.dep_ == "obj" and root.head.i < lo else None
    while hi + 1 < sent.end:
        noun = genitive_after(doc, sent, hi + 1, span, root, above) or pp_after(
            morph, doc, sent, hi + 1, span, above, root) or object_after(
            doc, sent, hi + 1, span, root, above) or own_on_verb(
            morph, doc, hi + 1, verb, root)
        if noun is None:
            break
        end = tail_end(morph, doc, sent, hi + 1, noun, span, root)
        if end <= hi:
            break
        span |= set(range(hi + 1, end + 1))
        hi = end
    return hi


def _cut(morph: Morph, doc, lo: int, hi: int) -> int:
    """The last token before a phrase of where or when inside the phrase (not the work's
    own: :func:`.sector_extent_work.own_phrase`), before the places goods are sold to
    ("продукция в школьные столовые") or before a measure ("ветропарки общей мощностью",
    "розница регионального масштаба")."""
    root = _root(doc, lo, hi)
    for k in range(lo + 1, hi + 1):
        token = doc[k]
        if token.pos_ == "ADP" and lo <= token.head.i <= hi and token.head.i > k \
                and where(morph, token, token.head) \
                and not own_phrase(morph, token, token.head, (token.head.head, root)) \
                or token.pos_ == "ADP" and lo <= token.head.i <= hi and token.head.i > k \
                and sold_to(morph, token, token.head, (token.head.head, root)):
            return k - 1
        if size(token) and lo <= token.head.i <= hi and token.head.i != token.i:
            first = k
            while first - 1 > lo and doc[first - 1].pos_ == "ADJ" \
                    and doc[first - 1].head.i == token.i:
                first -= 1
            return first - 1
    return hi


def _own_adjective(doc, sent, value) -> Optional[str]:
    """The sector of the counted noun's own adjective ("лизинговых компаний" -> лизинг)."""
    from .sector_words import adjective_sector

    nouns = [t for t in sent if folded_lemma(t).endswith(value.object)
             and value.start <= t.idx < value.stop]
    for noun in nouns:
        for kid in noun.children:
            if kid.dep_ == "amod" and kid.i < noun.i:
                found = adjective_sector(folded_lemma(kid))
                if found:
                    return found
    return None


def _word_starts(sector: str) -> list[int]:
    return [m.start() for m in _WORD.finditer(sector)]


def extent(morph: Morph, doc, text: str, value):
    """``value`` with its sector set to the phrase's extent; None where its phrase is a
    programme or register with no industry of the counted noun."""
    sector = value.sector or ""
    words = _WORD.findall(sector)
    sent = _sentence(doc, value.start)
    if not words or sent is None or not any(t.dep_ for t in sent):
        return value
    found = _locate(morph, sent, words, value)
    if found is None:
        return value
    lo, hi = found
    root = _root(doc, lo, hi)
    if folded_lemma(root) in outside()["programme"] and any(k.dep_ == "case" and k.i < root.i
                                                            for k in root.children):
        own = _own_adjective(doc, sent, value)
        return replace(value, sector=own) if own else None
    cut = _cut(morph, doc, lo, hi)
    if cut < hi:
        sector = sector[:_word_starts(sector)[cut - lo + 1]].rstrip(" ,")
        hi = cut
    else:
        end = _right(morph, doc, sent, lo, hi)
        if end > hi:
            sector += text[doc[hi].idx + len(doc[hi]):doc[end].idx + len(doc[end])]
    first = _left(doc, sent, lo)
    if first < lo:
        from .sector_normal import sector_name
        from .sector_words import tokenize

        last = doc[hi]
        name = sector_name(morph, tokenize(morph, text, doc[first].idx, last.idx + len(last)),
                           case_of(doc[lo]))
        name = name[:1].lower() + name[1:] if name[1:2].islower() else name
        head = sector[:_word_starts(sector)[hi - lo + 1]].rstrip() \
            if hi - lo + 1 < len(_word_starts(sector)) else sector
        if name.lower().endswith(" " + head.lower()):
            sector = name + sector[len(head):]
    return value if sector == value.sector else replace(value, sector=sector)


def extents(morph: Morph, doc, text: str, values: list) -> list:
    """Each value's sector at the phrase's extent (:func:`extent`)."""
    if not doc.has_annotation("DEP"):
        return values
    found = [extent(morph, doc, text, value) for value in values]
    # a count whose phrase is not found beside it (an earlier figure, "их стало 160") carries
    # the sector of the count before it, so it takes that count's extent too
    grown = {}
    for old, new in zip(values, found):
        if new is not None and new.sector != old.sector:
            grown.setdefault((_sentence(doc, old.start), old.sector), new.sector)
    out = []
    for old, new in zip(values, found):
        if new is not None and new.sector == old.sector:
            sector = grown.get((_sentence(doc, old.start), old.sector))
            new = replace(new, sector=sector) if sector else new
        if new is not None:
            out.append(new)
    return out


def _sentence(doc, at: int):
    """The parsed sentence holding offset ``at``; None where none does."""
    return next((s for s in doc.sents if s.start_char <= at < s.end_char), None)


__all__ = ["extent", "extents"]
