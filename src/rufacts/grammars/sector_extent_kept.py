"""What a sector phrase takes in after it, read from the parsed sentence
(docs/gold-conventions.md, "The sector phrase's extent"; issue 11).

:mod:`.sector_extent_tree` grows a sector phrase to the right by what hangs on it:

* a genitive object ("выдача заказов маркетплейсов", "прокладка инженерных сетей"; a counted
  noun only after a noun of action: "продукция местных производителей" says whose)
  (:func:`genitive_after`);
* a phrase of route, means, material, destination or place of the work ("по
  межмуниципальным маршрутам", "по железной дороге", "с символикой"; a place of the work
  after a noun of action: "хранение автомобилей на штрафстоянках"; a destination or a
  proper name after a route noun only: "туры на Алтай", "перевозки из Турции через
  Грузию", not "мёд в Китай", "косметика из Татарстана") (:func:`pp_after`);

each up to its end (:func:`tail_end`): contiguous, no comma, no phrase of where or when
(:mod:`.sector_extent_where`).
"""
from __future__ import annotations

from typing import Optional

from .folded import folded_lemma
from .morph import Morph
from .sector_extent_where import WHERE_PREPS, capital, case_of, counted, destination, outside, \
    place_noun, where
from .sector_extent_work import own_phrase
from .sector_lexicon import lexicon

_KEPT_PREPS = frozenset({"по", "из", "через", "на", "в", "во", "с", "со", "за", "к", "ко"})


def _under(token, top, stop: set[int]) -> bool:
    """``token`` hangs (through its heads) on ``top`` before reaching ``stop``."""
    node = token
    for _ in range(40):
        if node.i == top.i:
            return True
        if node.i in stop or node.head.i == node.i:
            return False
        node = node.head
    return False


def tail_end(morph: Morph, doc, sent, first: int, top, span: set[int], root=None) -> int:
    """The last token of the phrase under ``top`` from ``first`` on: contiguous, no comma,
    no phrase of where or when (but the work's own: "промысел краба в Баренцевом море",
    :func:`.sector_extent_work.own_phrase`)."""
    end = top.i
    for k in range(first, sent.end):
        token = doc[k]
        if token.text in (",", ";", "—", "–", "(", ":") or not _under(token, top, span):
            break
        if token.pos_ == "ADP" and token.head.i > k and where(morph, token, token.head) \
                and not own_phrase(morph, token, token.head, (token.head.head, root)):
            break
        end = k
    return max(end, top.i)


def genitive_after(doc, sent, k: int, span: set[int], root, above: Optional[int]):
    """The genitive object opening at ``k``, hung on the phrase: its noun."""
    j = k
    while j < sent.end and doc[j].pos_ == "ADJ":
        j += 1
    if j >= sent.end:
        return None
    noun = doc[j]
    if any(doc[i].head.i != j for i in range(k, j)):
        return None  # "производством пиломатериалов занято порядка ...": no adjective of it
    if noun.pos_ not in ("NOUN", "PROPN") or not (noun.dep_ in ("nmod", "obj")
                                                  and noun.head.i in span
                                                  or noun.head.i == above) \
            or case_of(noun) != "gent" or any(c.dep_ == "case" for c in noun.children):
        return None
    if not (noun.text.islower() or noun.text.isupper()) or place_noun(noun) \
            or folded_lemma(noun) in outside()["served"] | outside()["measure"]:
        return None  # "отрасли Кузбасса", "услуги области", "теплоснабжение потребителей"
    lex = lexicon()
    if (folded_lemma(noun) in lex.objects - lex.heads or _animate(noun)) and not _action(root):
        return None  # "продукция местных производителей (фермеров)": whose, not what
    return noun


def _animate(noun) -> bool:
    """A noun of people ("фермеров", "производителей"): its first noun reading is animate."""
    from .morph import get_morph

    parses = [p for p in get_morph().parse(noun.text.lower()) if p.tag.POS == "NOUN"]
    return bool(parses) and parses[0].tag.animacy == "anim"


def _action(root) -> bool:
    """A noun of action or activity ("прокладка", "хранение", "деятельность")."""
    from .sector_tree_nodes import activities

    lemma = folded_lemma(root)
    return lemma in activities() or any(lemma.endswith(e) for e in outside()["action"])


def _route(root) -> bool:
    """A travel or carriage noun (``route_head`` rows of ``sector_kept_tails.tsv``)."""
    lemma = folded_lemma(root)
    return any(lemma.split("-")[-1] == r or lemma.endswith(r) for r in outside()["route"])


def pp_after(morph: Morph, doc, sent, k: int, span: set[int], above: Optional[int], root):
    """The phrase of route, means, material, destination or place of the work opening at
    ``k`` (a preposition), hung on the phrase (or where the parser hangs it, on the word the
    phrase hangs on): its noun."""
    prep = doc[k]
    word = prep.text.lower()
    if prep.pos_ != "ADP" or word not in _KEPT_PREPS or prep.head.i <= k:
        return None
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or not (noun.head.i in span or noun.head.i == above):
        return None
    if folded_lemma(noun) in outside()["manner"]:
        return None  # "инсулин по полному циклу": how, not what
    if own_phrase(morph, prep, noun, (noun.head if noun.head.i in span else None, root)):
        return noun  # "экспорт зерна через порт Азов", "промысел краба в Баренцевом море"
    if word in ("с", "со") and case_of(noun) != "ablt" and folded_lemma(noun) not in outside()["craft"]:
        return None  # "с автовокзала": where from (sector_extent_tails); "с дронов": means
    if word in ("к", "ко") and _route(root) and not counted(noun):
        return noun  # "перевозки зерна к портам Балтики": where a carriage goes, never where
        # the firms are
    if where(morph, prep, noun) or folded_lemma(noun) in lexicon().objects or noun.pos_ == "PRON":
        return None
    if word in WHERE_PREPS and destination(morph, noun) and not _route(root):
        return None  # "препараты в страны СНГ": where goods are sold; "туры в Абхазию" stay
    if word in WHERE_PREPS and not destination(morph, noun) and not _action(
            noun.head if noun.head.i in span else root):  # "услуги по хранению … на X"
        return None  # "электроэнергия в энергосистеме": where a thing is made, not the work
    if word not in WHERE_PREPS and (place_noun(noun) or folded_lemma(noun) in lexicon().fields):
        return None  # "из 30 стран": where the firms are from; "из частного сектора"
    if any(capital(t) or t.pos_ == "PROPN" and not t.text.isupper()
           for t in _own_tokens(morph, noun)) and not _route(root):
        return None  # "косметика из Татарстана", "мёд в Китай": where the firms are or
        # sell; a route's own places stay ("туры на Алтай", "перевозки из Турции")
    return noun


def _own_tokens(morph: Morph, noun) -> list:
    """The tokens of ``noun``'s phrase up to a phrase of where or when in it ("на дровах в
    Суздале": the town is where the bakeries are, not what they bake on)."""
    out = []
    for token in noun.subtree:
        if token.i > noun.i and token.pos_ == "ADP" and where(morph, token, token.head):
            break
        out.append(token)
    return out


__all__ = ["genitive_after", "pp_after", "tail_end"]
