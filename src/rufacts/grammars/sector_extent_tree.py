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
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..lexicons import load_rows
from .morph import UD_CASES, Morph
from .sector_lexicon import lexicon

_WORD = re.compile(r"[\w-]+|[^\w\s]")
_KEPT_PREPS = frozenset({"по", "из", "через", "на", "в", "во", "с", "со", "за", "к", "ко"})
_WHERE_PREPS = frozenset({"в", "во", "на"})
_JOINERS = frozenset({"и", "или"})


@lru_cache(maxsize=1)
def _outside() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, lemma in (row[:2] for row in load_rows("sector_extent_outside.tsv")):
        kinds.setdefault(kind, set()).add(lemma.lower().replace("ё", "е"))
    lex = lexicon()
    programme = kinds.get("programme", set()) | lex.first_words("register")
    return {"place": frozenset(kinds.get("place", set()) | lex.first_words("site")),
            "market": frozenset(kinds.get("market", set()) | programme),
            "around": lex.first_words("around"),  # said after "в" only: "в составе"
            "programme": frozenset(programme),
            "action": frozenset(kinds.get("action", set())),
            "route": frozenset(row[1] for row in load_rows("sector_kept_tails.tsv")
                               if row[0] == "route_head"),
            "craft": frozenset(row[1] for row in load_rows("sector_kept_tails.tsv")
                               if row[0] == "craft"),
            "measure": frozenset(kinds.get("measure", set())),
            "manner": frozenset(kinds.get("manner", set())),
            "served": frozenset(kinds.get("served", set()) | lex.first_words("resident")),
            "vague": lex.first_words("vague")}


def _lemmas(morph: Morph, word: str) -> frozenset[str]:
    word = word.lower().replace("ё", "е")
    return frozenset({word} | {p.normal_form.replace("ё", "е") for p in morph.parse(word)})


def _matches(morph: Morph, token, word: str) -> bool:
    text = token.text.lower().replace("ё", "е")
    if text == word.lower().replace("ё", "е"):
        return True
    lemmas = _lemmas(morph, word)
    return token.lemma_.lower().replace("ё", "е") in lemmas or bool(
        _lemmas(morph, token.text) & lemmas)


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
        if inside and hi < inside[0].i and _case(root) == "ablt" and {root.head.i,
                                                                      root.head.head.i} & (
                heads - set(range(lo, hi + 1))):
            return lo, hi
    return None


def _case(token) -> Optional[str]:
    case = token.morph.get("Case")
    return UD_CASES.get(case[0]) if case else None


def _lemma(token) -> str:
    return token.lemma_.lower().replace("ё", "е")


def _place_noun(token, around: bool = True) -> bool:
    """A noun of where or when: its lemma (or a hyphenated lemma's first part) in the
    place rows (with ``around``, the "в X" cues too); a field noun with a common genitive
    after it is a field ("в области биотехнологий"), no place."""
    from .morph import get_morph

    lemma = _lemma(token)
    places = _outside()["place"] | (_outside()["around"] if around else frozenset())
    lemmas = {lemma, lemma.split("-")[0]} | {  # the parser's lemma may be wrong: "парка"
        p.normal_form.replace("ё", "е") for p in get_morph().parse(token.text.lower())
        if p.tag.POS == "NOUN"}
    if not lemmas & places:
        return False
    return not (lemma in lexicon().fields and any(
        k.dep_ == "nmod" and k.i > token.i and (
            _case(k) == "gent" and k.text.islower() or k.text.isupper())  # "в области ИИ"
        and not any(c.dep_ == "case" for c in k.children) for k in token.children))


def _capital(token) -> bool:
    return token.text[:1].isupper() and not token.text.isupper() \
        and token.i != token.sent.start or token.text in ("«", '"')


def _named(noun, prep=None) -> bool:
    """A proper name in the phrase: "в Кузбассе", "на Спортивной набережной", "на «Яндекс
    Маркете»"; not a name further down ("в школах Магнитогорска": школы)."""
    start = prep.i + 1 if prep is not None and prep.i < noun.i else noun.i
    return noun.pos_ == "PROPN" and not noun.text.isupper() or any(
        _capital(t) for t in noun.doc[start:noun.i + 1]) or any(
        _capital(k) for k in noun.children if k.dep_ in ("appos", "flat", "flat:name"))


def _destination(morph: Morph, noun) -> bool:
    """A noun whose form is an accusative and no locative: "в Абхазию", "на Алтай"."""
    word = noun.text.lower().rsplit("-", 1)[-1]  # "в бизнес-инкубаторе": the last part
    if noun.doc[noun.i - 1].text in ("«", '"') or not morph.is_known(word):
        return False  # "на «Яндекс Маркете»": a name, its case unknown
    cases = {p.tag.case for p in morph.parse(word) if p.tag.POS == "NOUN"}
    return "accs" in cases and not cases & {"loct", "loc2", "datv"}


def _counted(noun) -> bool:
    """A noun with a number of its own: "по 27 муниципальным маршрутам" says how much the
    firms do, not what."""
    return any(k.dep_.startswith("nummod") or k.pos_ == "NUM" for k in noun.children)


def _where(morph: Morph, prep, noun) -> bool:
    """"в промзоне", "в Кузбассе", "в этом году", "в реестре": where or when the firms
    are; a destination ("в Абхазию", "на Алтай") and a place of the work ("на дому", "в
    школах") are the work's own."""
    word = prep.text.lower()
    if _counted(noun) or word in _WHERE_PREPS | {"за"} and _lemma(noun) in _outside()["market"]:
        return True  # "на экспорт", "за рубеж", "в реестре Минцифры"; not "для маркетплейсов"
    if word not in _WHERE_PREPS:
        return False
    if word in ("в", "во") and _place_noun(noun) and not _place_noun(noun, around=False):
        return True  # "в сезон", "в этом году": a time is never a destination
    if _destination(morph, noun):
        return False
    return _place_noun(noun) or _named(noun, prep)


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


def _tail_end(morph: Morph, doc, sent, first: int, top, span: set[int]) -> int:
    """The last token of the phrase under ``top`` from ``first`` on: contiguous, no comma,
    no phrase of where or when."""
    end = top.i
    for k in range(first, sent.end):
        token = doc[k]
        if token.text in (",", ";", "—", "–", "(", ":") or not _under(token, top, span):
            break
        if token.pos_ == "ADP" and token.head.i > k and _where(morph, token, token.head):
            break
        end = k
    return max(end, top.i)


def _genitive_after(doc, sent, k: int, span: set[int], root, above: Optional[int]):
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
            or _case(noun) != "gent" or any(c.dep_ == "case" for c in noun.children):
        return None
    if not (noun.text.islower() or noun.text.isupper()) or _place_noun(noun) \
            or _lemma(noun) in _outside()["served"] | _outside()["measure"]:
        return None  # "отрасли Кузбасса", "услуги области", "теплоснабжение потребителей"
    lex = lexicon()
    if (_lemma(noun) in lex.objects - lex.heads or _animate(noun)) and not _action(root):
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

    lemma = _lemma(root)
    return lemma in activities() or any(lemma.endswith(e) for e in _outside()["action"])


def _route(root) -> bool:
    """A travel or carriage noun (``route_head`` rows of ``sector_kept_tails.tsv``)."""
    lemma = _lemma(root)
    return any(lemma.split("-")[-1] == r or lemma.endswith(r) for r in _outside()["route"])


def _pp_after(morph: Morph, doc, sent, k: int, span: set[int], above: Optional[int], root):
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
    if _lemma(noun) in _outside()["manner"]:
        return None  # "инсулин по полному циклу": how, not what
    if word in ("с", "со") and _case(noun) != "ablt" and _lemma(noun) not in _outside()["craft"]:
        return None  # "с автовокзала": where from (sector_extent_tails); "с дронов": means
    if word in ("к", "ко") and _route(root) and not _counted(noun):
        return noun  # "перевозки зерна к портам Балтики": where a carriage goes, never where
        # the firms are
    if _where(morph, prep, noun) or _lemma(noun) in lexicon().objects or noun.pos_ == "PRON":
        return None
    if word in _WHERE_PREPS and _destination(morph, noun) and not _route(root):
        return None  # "препараты в страны СНГ": where goods are sold; "туры в Абхазию" stay
    if word in _WHERE_PREPS and not _destination(morph, noun) and not _action(
            noun.head if noun.head.i in span else root):  # "услуги по хранению … на X"
        return None  # "электроэнергия в энергосистеме": where a thing is made, not the work
    if word not in _WHERE_PREPS and (_place_noun(noun) or _lemma(noun) in lexicon().fields):
        return None  # "из 30 стран": where the firms are from; "из частного сектора"
    if any(_capital(t) or t.pos_ == "PROPN" and not t.text.isupper() for t in noun.subtree) \
            and not _route(root):
        return None  # "косметика из Татарстана", "мёд в Китай": where the firms are or
        # sell; a route's own places stay ("туры на Алтай", "перевозки из Турции")
    return noun


def _root(doc, lo: int, hi: int):
    return next((doc[i] for i in range(lo, hi + 1)
                 if not lo <= doc[i].head.i <= hi or doc[i].head.i == i), doc[hi])


def _adjective(token, case: Optional[str], sent) -> bool:
    return token.pos_ == "ADJ" and case is not None and _case(token) == case \
        and (token.text.islower() or token.i == sent.start) \
        and _lemma(token) not in _outside()["vague"]


def _left(doc, sent, lo: int) -> int:
    """The first token after taking in the agreeing adjectives before ``lo``."""
    case = _case(doc[lo])
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
        root.head.pos_ == "NOUN" or root.head.i > hi) else None
    while hi + 1 < sent.end:
        noun = _genitive_after(doc, sent, hi + 1, span, root, above) or _pp_after(
            morph, doc, sent, hi + 1, span, above, root)
        if noun is None:
            break
        end = _tail_end(morph, doc, sent, hi + 1, noun, span)
        if end <= hi:
            break
        span |= set(range(hi + 1, end + 1))
        hi = end
    return hi


def _cut(morph: Morph, doc, lo: int, hi: int) -> int:
    """The last token before a phrase of where or when inside the phrase."""
    for k in range(lo + 1, hi + 1):
        token = doc[k]
        if token.pos_ == "ADP" and lo <= token.head.i <= hi and token.head.i > k \
                and _where(morph, token, token.head):
            return k - 1
    return hi


def _own_adjective(doc, sent, value) -> Optional[str]:
    """The sector of the counted noun's own adjective ("лизинговых компаний" -> лизинг)."""
    from .sector_words import adjective_sector

    nouns = [t for t in sent if _lemma(t).endswith(value.object)
             and value.start <= t.idx < value.stop]
    for noun in nouns:
        for kid in noun.children:
            if kid.dep_ == "amod" and kid.i < noun.i:
                found = adjective_sector(_lemma(kid))
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
    if _lemma(root) in _outside()["programme"] and any(k.dep_ == "case" and k.i < root.i
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
                           _case(doc[lo]))
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
