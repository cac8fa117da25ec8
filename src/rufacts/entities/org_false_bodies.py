"""Common nouns the tagger or the body rules read as an organization that name none, and a body
named after the person who leads it (family nerelob38, from NEREL train):

- :func:`without_false_bodies` leaves out of the spans
  - the press as a whole, "СМИ" with its adjectives or its country ("как сообщают СМИ",
    "израильские СМИ", "СМИ Южной Кореи"): no one body (NEREL and factRuEval mark none); "СМИ"
    inside a body's own name stays ("Комитет по оценке СМИ", "Союз журналистов и СМИ");
  - the centre of a town ("в центре Харькова", "центр города Твери"): a part of the place;
    a capitalized "Центр" or one with an adjective or a remit is an institution ("Центр ядерной
    медицины", "культурный центр Германии");
  - a ruler's reign read as a board ("в годы правления короля", "правление президента Маркоса"):
    "правление" of a company or a bank stays ("правление Сбербанка");
  - a device read as a body's staff (nerel39: "больного подключили к аппарату ИВЛ",
    "аппарат искусственного кровообращения"): a lower-case "аппарат" whose lower-case genitive names
    no body, institution or office holder ("аппарат правительства", "аппарат нижней палаты", "аппарат
    губернатора", "аппарат национальной безопасности" stay);
  - a Latin brand joined to a lower-case common noun that names no body ("в своём Telegram-канале",
    "YouTube-блогером"): a channel or a person of the brand, no organization ("Ozon-банк" stays: a bank
    is an institution's noun);
  - a time adverb opening the sentence that the tagger took into the body ("Позднее пресс-служба
    Минобороны", "Ранее Генпрокуратура"): cut off, the body stays;
  and takes into a body named by a lower-case noun the level adjectives before it
  (``lexicons/institution_adjectives.txt``) that agree with it in some reading, where the tagger
  read their case otherwise ("В областной больнице Пензы": "областной" read as a genitive), and the
  place right after its lower-case noun that the tagger read as a locative or a dative, where the
  same form is a genitive ("сухопутным войскам Румынии": no bare locative follows a noun).
- :func:`person_owned` tells :func:`.org_region_seats.split_descriptor` that a person in the
  genitive after a body's noun is its owner, not its proper name: "администрации Ильдара
  Хабирова" -> администрация Ильдара Хабирова (docs/gold-conventions.md: a body named by its
  type keeps the type).

Read by :mod:`rufacts.components.entities` (on its last span pass) and by
:mod:`.org_region_seats`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_list
from .spans import SPANS_KEY
from .doc_words import morph_values

PRESS = frozenset({"сми"})  # the press as a whole
CENTRE = "центр"
REIGN = "правление"
# rulers whose "правление" is a reign ("правления короля", "в годы правления президента Маркоса")
RULERS = frozenset({"президент", "король", "королева", "царь", "царица", "император", "императрица",
                    "монарх", "шах", "султан", "эмир", "хан", "князь", "княгиня", "фараон", "диктатор",
                    "генсек", "канцлер", "династия", "кайзер", "халиф"})
# time adverbs that open a sentence and are no part of a name ("Позднее пресс-служба ...")
LEAD_ADVERBS = frozenset({"позднее", "позже", "ранее", "затем", "потом", "вчера", "сегодня", "теперь",
                          "сейчас", "тогда", "впоследствии", "накануне", "прежде"})


def _entity_spans(doc: Doc, label: str) -> list[Span]:
    return [s for s in doc.spans.get(SPANS_KEY, []) if s.label_ == label] if SPANS_KEY in doc.spans else []


def _press(span: Span, places: set[int]) -> bool:
    """[adjectives] "СМИ" [a place, as a genitive after it]: the press, no body."""
    heads = [k for k, t in enumerate(span) if t.lower_ in PRESS]
    if len(heads) != 1:
        return False
    k = heads[0]
    before_ok = all(t.pos_ == "ADJ" or t.is_punct or t.lower_ in ("и", ",") for t in span[:k])
    after = span[k + 1:]
    return before_ok and all(t.i in places or t.is_punct for t in after)


def _centre(span: Span, places: set[int]) -> bool:
    """"центр(е) Москвы", "центра города Твери": a lower-case "центр" and a place after it only."""
    first = span[0]
    if not (first.is_lower and folded_lemma(first) == CENTRE) or len(span) < 2:
        return False
    rest = list(span[1:])
    if rest and rest[0].is_lower and folded_lemma(rest[0]) in ("город", "село", "посёлок", "поселок", "район",
                                                               "станица", "деревня", "столица"):
        rest = rest[1:]
    return bool(rest) and all(t.i in places for t in rest) and _town_genitive(rest[-1].text)


def _town_genitive(word: str) -> bool:
    """A town's name in the genitive, by the dictionary ("Москвы", "Тбилиси"): not a centre's own
    name after it ("в центре Кин-Топ проходят занятия", an organization)."""
    return any(p.tag.case == "gent" and "Geox" in p.tag for p in get_morph().parse(word))


def _reign(span: Span, persons: set[int]) -> bool:
    """"правление короля", "правление президента Маркоса", "правления Петра I": a ruler's reign."""
    first = span[0]
    if not (first.is_lower and folded_lemma(first) == REIGN) or len(span) < 2:
        return False
    second = span[1]
    return (second.is_lower and folded_lemma(second) in RULERS) or second.i in persons


DEVICE = "аппарат"  # a body's staff and a device alike
OWNER_LEXICONS = ("institution_nouns.txt", "body_heads.txt", "body_nouns.txt", "org_descriptors.txt", "role_words.txt",
                  "institution_fields.txt")  # a remit: "аппарат национальной безопасности" stays


def _device(span: Span) -> bool:
    """[adjectives] "аппарат" + lower-case genitive words none of whose nouns is a body's, an
    institution's or an office holder's: a device ("аппарату искусственной вентиляции")."""
    heads = [k for k, t in enumerate(span) if t.is_lower and folded_lemma(t) == DEVICE]
    if len(heads) != 1 or heads[0] == len(span) - 1 or any(t.pos_ != "ADJ" for t in span[:heads[0]]):
        return False
    rest = span[heads[0] + 1:]
    if not all(t.is_lower and t.is_alpha for t in rest):
        return False
    owners = _owner_words()
    return not any(t.pos_ in ("NOUN", "PROPN") and (folded_lemma(t) in owners or "Anim" in t.morph.get("Animacy"))
                   for t in rest)


BRAND_NOUN = re.compile(r"^[A-Za-z][A-Za-z0-9]*-([а-яё]+)$")


def _brand_compound(span: Span) -> bool:
    """One word of a Latin brand, a hyphen and a lower-case noun no body's or institution's lexicon
    has ("Telegram-канал", "YouTube-блогер")."""
    if len(span) != 1:
        return False
    match = BRAND_NOUN.match(span[0].text)
    if match is None:
        return False
    parses = [p for p in get_morph().parse(match.group(1)) if p.tag.POS == "NOUN"]
    return bool(parses) and not any(p.normal_form.replace("ё", "е") in _owner_words() for p in parses)


@lru_cache(maxsize=1)
def _owner_words() -> frozenset[str]:
    out = set()
    for name in OWNER_LEXICONS:
        out |= {entry.split()[0].replace("ё", "е") for entry in load_list(name) if entry.split()}
    return frozenset(out)


def _lead_adverb(span: Span) -> bool:
    first = span[0]
    return len(span) > 1 and first.is_sent_start and first.lower_ in LEAD_ADVERBS and span[1].text[:1].isalpha()


MAX_LEVELS = 3  # "областной клинической детской больнице"


def _level_start(doc: Doc, span: Span, taken: set[int]) -> int:
    """Start of the level adjectives before a body's lower-case head noun opening ``span``."""
    head = span[0]
    if not (head.is_lower and head.pos_ == "NOUN") or not morph_values(head, "Case"):
        return span.start
    if len(span) > 1 and (span[1].text[:1] in "«\"„" or span[1].text[:1].isascii() and span[1].is_alpha
                          or span[1].text[:1].isupper() and "Nom" in morph_values(span[1], "Case")):
        return span.start  # "компанией Ikano", "корпорацией Агентство ...": a descriptor before a name
    case = UD_CASES.get(morph_values(head, "Case")[0])
    number = "plur" if "Plur" in morph_values(head, "Number") else "sing"
    parses = [p for p in get_morph().parse(head.lower_) if p.tag.POS == "NOUN" and p.tag.case == case]
    genders = {p.tag.gender for p in parses}
    levels, morph = load_list("institution_adjectives.txt"), get_morph()
    start = span.start
    while start > 0 and span.start - start < MAX_LEVELS and start - 1 not in taken:
        adj = doc[start - 1]
        if not (adj.is_lower and adj.is_alpha and adj.pos_ == "ADJ"):
            break
        if not any(p.tag.POS == "ADJF" and p.normal_form in levels and p.tag.case == case
                   and p.tag.number == number and (number == "plur" or p.tag.gender in genders)
                   for p in morph.parse(adj.lower_)):
            break
        start -= 1
    return start


def _place_after(span: Span, places: dict[int, Span]) -> Span | None:
    """The place right after ``span``'s lower-case noun that the tagger read as a locative or a
    dative where its form is also a genitive; None where there is none."""
    last, place = span[-1], places.get(span.end)
    if place is None or not (last.is_lower and last.pos_ == "NOUN") or len(place) > 3:
        return None
    first = place[0]
    if not first.text[:1].isupper() or not {"Loc", "Dat"} & set(morph_values(first, "Case")):
        return None
    parses = get_morph().parse(first.text)
    same = {p.tag.case for p in parses if p.word == first.lower_}
    return place if "gent" in same and {"loct", "datv"} & same else None


def without_false_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` without the ORG spans that name no organization, a lead adverb cut off."""
    places = {i for s in spans if s.label_ == "LOC" for i in range(s.start, s.end)}
    persons = {i for s in spans if s.label_ == "PER" for i in range(s.start, s.end)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    starts = {s.start: s for s in spans if s.label_ == "LOC"}
    org_ends = {(s.start, s.end) for s in spans if s.label_ == "ORG"}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG":
            if _press(span, places) or _centre(span, places) or _reign(span, persons) or _device(span) \
                    or _brand_compound(span):
                changed = True
                continue
            if _lead_adverb(span):
                span, changed = Span(doc, span.start + 1, span.end, label="ORG"), True
            start = _level_start(doc, span, taken)
            if start < span.start:  # "областной" + "больнице Пензы"
                span, changed = Span(doc, start, span.end, label="ORG"), True
            place = _place_after(span, starts)
            if place is not None and (span.start, place.end) not in org_ends:  # "войскам" + "Румынии"
                span, changed = Span(doc, span.start, place.end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def person_owned(span: Span, start: int) -> bool:
    """The words of ``span`` from ``start`` (after a body's noun) are one person the tagger found,
    in the genitive: the body's owner ("администрации Ильдара Хабирова"), no name in apposition."""
    rest = span[start:]
    if not len(rest) or not rest[0].text[:1].isupper():
        return False
    doc = span.doc
    for person in _entity_spans(doc, "PER"):
        if person.start == rest.start and person.end == rest.end:
            return "Gen" in morph_values(rest[-1], "Case") or "Gen" in morph_values(rest[0], "Case")
    return False
