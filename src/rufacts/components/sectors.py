"""Sector counts component -> ``doc.spans["sector_counts"]``; each span's
``._.rufacts_sector_count`` is a :class:`rufacts.grammars.sectors.SectorValue`
(count, object, sector, total, ОКВЭД 2 codes, the count's qualifier: "около 50" is
approx, as for amounts).

The surface grammar runs over the text; where the ``rufacts_syntax`` component parsed a
sentence, the tree rules (:mod:`rufacts.grammars.sector_tree`) add the counts whose number
no grammar match covers. Where neither found a count, in a sentence with a number, the
learned reader (:mod:`rufacts.components.sector_learned`, ``via="learned"``) may add some,
with ``learned = true`` in the component's config (on in ``pipelines/default.cfg``).
"""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc

from ..grammars.morph import UD_CASES, Morph, get_morph
from ..grammars.sector_among import among_totals
from ..grammars.sector_shared_totals import shared_totals, stated_object
from ..grammars.sector_numbers import range_end, with_range_start
from ..grammars.sector_facilities import with_parts
from ..grammars.sector_beneficiary import without_residents
from ..grammars.sector_extent_tails import named_only, without_frame
from ..grammars.sector_extent_tree import extents
from ..grammars.sector_extent_learners import with_learners
from ..grammars.sector_extent_sites import with_sites
from ..grammars.sector_manner_tails import with_manner
from ..grammars.sector_own_products import own_products
from ..grammars.sector_fused_whole import fused_whole_sectors
from ..grammars.sector_false_counts import false_counts
from ..grammars.sector_not_counts import not_counts
from ..grammars.sector_name_numbers import name_numbers
from ..grammars.sector_own_trade import own_trades
from ..grammars.sector_open_totals import open_totals
from ..grammars.sector_parts_whole_sector import whole_sectors
from ..grammars.sector_number_wholes import frame_totals
from ..grammars.sector_parts import leading_totals
from ..grammars.sector_part_wholes import part_wholes
from ..grammars.sector_glued_numbers import unglued
from ..grammars.sector_parts_elided import elided_siblings
from ..grammars.sector_elided_more import adjective_parts, more_counts, unfounded_counts
from ..grammars.sector_gap_siblings import gap_siblings
from ..grammars.sector_subset_clauses import scale_sectors, subset_counts
from ..grammars.sector_gapped_cases import gapped_cases
from ..grammars.sector_bound_agents import subject_of_trade
from ..grammars.sector_gapped_counts import gapped_counts
from ..grammars.sector_second_figures import (changed_counts, late_figures, of_them_totals,
                                               whole_remainders)
from ..grammars.sector_parts_purpose import purposed_parts
from ..grammars.sector_parts_other import other_parts
from ..grammars.sector_appositions import unappositioned, unowned
from ..grammars.sector_hedges import unhedged
from ..grammars.sector_parts_possessors import possessor_parts
from ..grammars.sector_parts_prepositional import prepositional_parts
from ..grammars.sector_parts_summed import summed_parts
from ..grammars.sector_parts_agents import agent_items
from ..grammars.sector_topic_frames import topic_counts
from ..grammars.sector_spoken_second import second_figures
from ..grammars.sector_spoken_topics import spoken_topic_counts, without_wished
from ..grammars.sector_ranked_by import ranked_by_counts
from ..grammars.sector_so_many import so_many_counts
from ..grammars.sector_headlines import headline_counts, placed_siblings
from ..grammars.sector_parts_places import placed_sectors
from ..grammars.sector_parts_leading import leading_parts, nested_totals
from ..grammars.sector_parts_pronoun import pronoun_parts, unborrowed_wholes
from ..grammars.sector_subgroups import carried_totals, cue_totals, subgroup_counts
from ..grammars.sector_subgroups_dashed import dashed_parts
from ..grammars.sector_facility_bound import acted_on, named_by_sector, own_genitive
from ..grammars.sector_nouns import bound_beside, bound_in_clause, bound_nouns, sentence_of
from ..grammars.sector_ranks import without_ranks
from ..grammars.sector_market import market_counts
from ..grammars.sector_compound_splits import compounds_split
from ..grammars.sector_latin_fields import after_field, latin_fields
from ..grammars.sector_object_readings import object_readings
from ..grammars.sector_range_repair import ranges_rehung
from ..grammars.sector_qualifier import qualifier
from ..grammars.sector_shared_counts import shared_counts
from ..grammars.sector_self_corrections import counter_sectors, self_corrected
from .base import GrammarSpans
from .sector_learned import learned_counts
from ..grammars.sector_learned_parts import learned_parts, learned_totals
from .sector_value_forms import _abbreviated, _empty, _spelled, _unwrapped, activity_names
from ..entities.doc_text import doc_text
from .extensions import set_span_value

_TABLE = re.compile(r"\w\s*[—–-]\s*\d")  # "металлургия — 14"
_LIST_WHOLE = re.compile(r"\d\s+[\w-]+(?:\s+[\w-]+)?:\s*\w")  # "40 компаний: 16 в …"


def _measured(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the amounts component's measures (mass, money, percent, ...):
    a number inside one ("250 млн т", "5 млрд рублей") counts no firms."""
    spans = doc.spans.get("amounts", ()) if hasattr(doc, "spans") else ()
    return [(s.start_char, s.end_char) for s in spans
            for v in [getattr(s._, "rufacts_amount", None)]
            if v is not None and getattr(v, "kind", "count") != "count"]


def _bound_ok(doc: Doc, value) -> bool:
    """"200 субъектов МСП" counts, "40 субъектов РФ" does not; "точек общепита" count,
    "12 точек на карте" does not (:func:`~rufacts.grammars.sector_nouns.bound_beside`): the
    words beside the counted noun's token nearest the count, in its sentence."""
    if value.object not in bound_nouns() or value.via == "unit":
        return True  # "unit": its genitive names the trade (grammars.sector_topic_frames)
    span = doc.char_span(value.start, value.stop, alignment_mode="expand")
    sent = sentence_of(doc, span.start) if span is not None and len(span) else doc[:]
    nouns = [t for t in sent if t.lemma_.lower().endswith(value.object)]
    if not nouns:
        return False
    noun = min(nouns, key=lambda t: (not value.start <= t.idx < value.stop,
                                     abs(t.idx - value.start)))
    if acted_on(noun):  # "Ведомство проверило 200 торговых точек": sites, no firms
        return False
    return bound_beside(noun, value.object) or bound_in_clause(noun, value.object) \
        or named_by_sector(sent, value.object, value.sector) \
        or subject_of_trade(noun, get_morph(), value.sector)  # "шиномонтажем заняты 90 точек"


def _own_industry(values: list) -> list:
    """A whole ("Из 17 туроператоров ...") whose sector is only its agent noun's own
    industry (``sector_agents.tsv``) is no count where its parts name another industry:
    the convention gives the noun's industry "when the sentence names none other"
    ("Из 25 ритейлеров, ответивших на опрос, девять торгуют только бытовой техникой")."""
    from ..grammars.sector_nouns import agent_industry

    return [v for v in values if not (
        v.via == "whole" and v.sector == agent_industry(v.object) and any(
            w.total == v.count and w.object == v.object and w.sector != v.sector
            for w in values))]


def sentence_nodes(sent, morph=None) -> list:
    """The parsed sentence as :class:`~rufacts.grammars.sector_tree.Node` s; with ``morph``,
    a cardinal tagged a noun ("сто" of "сто двенадцать") is made a number."""
    from ..grammars.sector_number_words import numeral_pos
    from ..grammars.sector_tree import Node

    base = sent.start
    nodes = []
    for token in sent:
        case = token.morph.get("Case")
        head = token.head.i - base if sent.start <= token.head.i < sent.end else token.i - base
        lemma, pos = token.lemma_, token.pos_
        if pos in ("ADP", "CCONJ", "PART") and len(token.text) > 1 and token.text.isupper():
            lemma, pos = token.text, "NOUN"  # "промышленное ПО": an abbreviation, no "по"
        elif morph is not None:
            pos = numeral_pos(morph, token, pos,
                              sent.doc[token.i + 1].text if token.i + 1 < sent.end else None,
                              sent.doc[token.i - 1].text if token.i > sent.start else None)
        nodes.append(Node(token.i - base, token.idx, token.idx + len(token.text), token.text,
                          lemma, pos, UD_CASES.get(case[0]) if case else None, head,
                          token.dep_))
    return ranges_rehung(nodes)  # "от 80 до 100 фирм" (grammars.sector_range_repair)


def _parsed_sents(doc: Doc) -> list:
    """The sentences with a dependency label on a word (those the syntax component parsed),
    found by the doc's label array, not by reading every word's label string."""
    labelled = [0] + np.cumsum(doc.to_array(DEP) != 0).tolist()  # labelled words before each index
    return [s for s in doc.sents if labelled[s.end] > labelled[s.start]]


class SectorsComponent(GrammarSpans):
    spans_key = "sector_counts"
    value_attr = "rufacts_sector_count"

    def __init__(self, nlp: Language, name: str, morph: Morph, learned: bool = False) -> None:
        super().__init__(nlp, name, morph)
        self.learned = learned  # the learned reader where the rules are silent (sector_learned)

    def make_parser(self, morph: Morph):
        from ..grammars.sector_parser import SectorParser

        self.morph = morph
        return SectorParser(morph)

    def label(self, value) -> str:
        return "SECTOR_COUNT"

    def __call__(self, doc: Doc) -> Doc:
        from ..grammars.okved import okved_codes, trade_codes
        from ..grammars.okved_trade_verbs import traded_codes
        from ..grammars.sector_tree import tree_counts
        from ..grammars.sectors import SectorValue

        text = doc_text(doc)  # spaCy joins every token's text on each doc.text: once a doc
        read = unhedged(self.morph, unowned(  # "занятое в основном X", "N компаний с
            self.morph, unappositioned(self.morph, text)))  # российским участием в X",
        # "11 компаний — участниц X — выпускают": read with the aside blanked out
        values = [with_range_start(text, v)  # "15–20 клиник": the whole range
                  for v in self.parser.findall(read)]
        if read is not text:
            values = [replace(v, text=text[v.start:v.stop]) for v in values]
        parsed = _parsed_sents(doc) if doc.has_annotation("DEP") else []
        # a lone activity noun ("разработки") is no sector: read it again from the tree
        values = [v for v in values if v.sector.lower() not in activity_names(self.morph)
                  or not any(s.start_char <= v.start < s.end_char for s in parsed)]
        covered = [(v.start, v.stop) for v in values]
        measured = _measured(doc)
        last = None  # the sentence before, parsed: "Из них ..." counts its noun
        last_nodes: list = []  # its nodes, made once (tree_counts copies, never changes them)
        for sent in parsed:
            before = last_nodes if last is not None and last.end == sent.start else ()
            nodes = sentence_nodes(sent, self.morph)
            last, last_nodes = sent, nodes
            for found in tree_counts(nodes, text, self.morph, before):
                if any(a <= found.count_start < b for a, b in measured):
                    continue  # "а их общий объём — 200 млн тонн": a measure, not a count
                if found.overrides:  # a built thing or a verb over the noun's adjective
                    values = [v for v in values if not v.start <= found.count_start < v.stop]
                    covered = [c for c in covered if not c[0] <= found.count_start < c[1]]
                if found.family == "whole":  # "Из 43 IT-компаний 12 ...": a whole with an
                    # industry of its own is a count too (sector_tree_recall._whole_count)
                    if any((v.count, v.object) == (found.count, found.object) for v in values):
                        continue
                elif any(a <= found.count_start < b for a, b in covered):
                    if found.family == "genitive":  # "в сфере рынка … 187 объектов
                        values = [replace(v, sector=found.sector)  # розничной торговли"
                                  if v.start <= found.count_start < v.stop
                                  and (v.count, v.object) == (found.count, found.object)
                                  and own_genitive(v.object, v.sector, found.sector)
                                  else v for v in values]
                    # the tree's whole where the grammar has none: "1200 экспонентов,
                    # среди них около 300 станкостроительных компаний"
                    values = [replace(v, total=found.total) if v.start <= found.count_start
                              < v.stop and v.total is None and found.total is not None
                              and (v.count, v.object) == (found.count, found.object) else v
                              for v in values]
                    continue
                values.append(SectorValue(found.start, found.stop,
                                          text[found.start:found.stop], found.count,
                                          stated_object(self.morph, text,
                                                        found.count_start, found.object)
                                          or found.object, found.sector, found.total,
                                          via=found.family))
                covered.append((found.start, found.stop))
        considered = list(values)  # the rules' candidates: a learned count in one is vetoed
        values = extents(self.morph, doc, text, values)  # the sector phrase's extent (issue 11)
        values = [replace(v, sector=without_frame(self.morph, without_residents(  # "... для
                              self.morph, _unwrapped(self.morph, v.sector))),  # жителей района"
                          count=range_end(v.text, v.count)) for v in values]  # "15–20"
        values = with_sites(self.morph, text, with_learners(  # "школ X для детей",
            self.morph, text, values))  # "в сфере ремонта и отделки помещений"
        values = own_products(self.morph, text, with_manner(  # "ремонт квартир под ключ";
            self.morph, text, values))  # "свои вина покажут 140 винодельческих хозяйств"
        values = [v for v in values if not _empty(self.morph, v)  # "оказывают услуги": no industry
                  and _bound_ok(doc, v)]  # "субъектов РФ": no firms
        values = [v for k, v in enumerate(values) if not any(  # the same count twice
            (w.count, w.object, w.sector, w.total) == (v.count, v.object, v.sector, v.total)
            and w.start < v.stop and v.start < w.stop for w in values[:k])]
        values += [v for v in self._items(text, values) if _bound_ok(doc, v)]
        values = leading_parts(self.morph, text, values)  # "Из 19 заводов, …, семь …"
        values = with_parts(self.morph, text, values)  # "из них девять — в Приморье"
        values += subgroup_counts(self.morph, text, values)  # "12 из них входят в ..."
        values += dashed_parts(self.morph, text, values)  # "три из них — из металлургии"
        values += pronoun_parts(self.morph, text, values)  # ", но только 30 из них ..."
        values += possessor_parts(self.morph, text, values)  # "…, но склады есть лишь у пяти"
        values = prepositional_parts(self.morph, text, values)  # "…, причём в 18 из них"
        values = summed_parts(self.morph, text, values)  # "52 предприятия — 37 X и 15 Y"
        values = elided_siblings(self.morph, text, values)  # "…предприятий и три — агро…"
        values = gap_siblings(self.morph, text, values)  # "…, ещё 23 — пищевую"
        values = gapped_cases(self.morph, text, values)  # "X-ом заняты 6, Y-ом — 4"
        values = gapped_counts(self.morph, text, values)  # "три местные … и одна краевая"
        values = more_counts(self.morph, text, values)  # "…, ещё у трёх отозваны лицензии"
        values = purposed_parts(self.morph, text, values)  # "из них пять — для автопрома"
        values = other_parts(self.morph, text, values)  # "один выпускает X, другой — Y"
        values += agent_items(self.morph, text, values)  # "48 — станкостроители"
        values = topic_counts(self.morph, text, values)  # "Если брать X, то … N компаний"
        values = spoken_topic_counts(self.morph, text, values)  # "X-ых заводов — тех, что …, — 28"
        values = second_figures(self.morph, text, values)  # "Автошкол 40, а нормальных — 8"
        values = so_many_counts(self.morph, text, ranked_by_counts(  # "По числу X край (73) …",
            self.morph, text, values))  # "48 — столько пекарен открылось"
        values = headline_counts(self.morph, text, values)  # "Кострома: X-ых предприятий — 420"
        values = placed_siblings(self.morph, text, values)  # "… из Иннополиса и три — из Сколково"
        values = [v for v in values if _bound_ok(doc, v)]  # parts too: "12 объектов сдано"
        values = market_counts(self.morph, text, values)  # "Рынок X делят пять операторов"
        values = late_figures(self.morph, text, values)  # "…, хотя недавно работали девять"
        values = subset_counts(self.morph, text, values)  # "…, но экспортируют лишь 3"
        values = without_ranks(self.morph, text, _own_industry(values))  # "в первую десятку"
        values = leading_totals(self.morph, text,  # "Из 120 компаний, ..., 48 — ..."
                                shared_totals(self.morph, text, values))
        values = among_totals(text, values)  # "Среди 140 участников — ... и 12 кузниц"
        values = cue_totals(self.morph, text, values)  # "15 команд, из них 6 — проекты"
        values = carried_totals(self.morph, text, values)  # "…, девять — в X и одна — в Y"
        values = [replace(v, total=None) if v.via == "earlier" else v  # "43 фабрики — против
                  for v in values]  # 29 годом ранее": an earlier figure has no whole
        values = part_wholes(self.morph, text, nested_totals(text, values))  # "семь …, причём два из
        # них": 2 of 7; "54 застройщика из 71 работающего в регионе": 71 a count too
        values = unborrowed_wholes(text, values)  # "38 компаний, 20 из них работают в X"
        values = whole_remainders(self.morph, text, values)  # "Из 40 …, осталось семь"
        values = of_them_totals(text, values)  # "96, и 41 из них — объекты общепита"
        values = changed_counts(self.morph, text, values)  # "X стало больше: 214 против 196"
        values = adjective_parts(self.morph, text, values)  # "из них 9 — лесопильные"
        values = placed_sectors(self.morph, text, values)  # "12 — в Находке": no sector
        values = unglued(values)  # "(IE3 и выше) выпускают": no count of 3
        values = scale_sectors(self.morph, text, values)  # "выпускают больше 100 тыс. изделий"
        values = fused_whole_sectors(values)  # "угледобывающих ..., из них 27 ведут добычу"
        values = latin_fields(self.morph, values)  # "из сферы e-commerce"
        values = object_readings(text, values)  # "молочных ферм": молочное животноводство
        values = compounds_split(self.morph, text, values)  # "три таксопарка": парк, такси
        values = sorted((replace(v, okved=trade_codes(v.object, okved_codes(self.morph,
                                                                       v.sector)),
                                 qualifier=qualifier(doc, v.start, v.stop),
                                 object=_spelled(self.morph, _abbreviated(
                                     v.object, text[max(0, v.start - 150):v.stop]),
                                                 text[max(0, v.start - 150):v.stop]))
                         for v in values),
                        key=lambda v: v.start)
        values = traded_codes(self.morph, text, values)  # "торгуют одеждой": 47
        values = named_only(values, lambda v: after_field(  # "на долю ERG": a name is no
            self.morph, text, v))  # sector, "в сегменте BNPL" is
        values = shared_counts(self.morph, values)  # "оказывают 190 и 165 объектов"
        considered += values
        values = false_counts(self.morph, text, values)  # "с 9 до 5", "9,5 тыс. человек"
        values = not_counts(self.morph, text, own_trades(  # "сыроварни … маршрута":
            self.morph, values))  # сыроделие; "до 23:00", "в один холдинг": none
        values = name_numbers(self.morph, text, values)  # "№ 3", "15-м", "ул. Мира, 5"
        values = without_wished(text, values)  # "аптек четыре, а надо бы восемь"
        values = counter_sectors(self_corrected(  # "семь, нет, восемь": 8; "штук сорок"
            self.morph, text, values))
        values = unfounded_counts(self.morph, text, values)  # "льготный лизинг", a place
        values = whole_sectors(values, text)  # "14 компаний выпекают хлеб, из них три — хлебозаводы"
        values = frame_totals(self.morph, text, values)  # "число резидентов выросло до 31, из них"
        values = open_totals(self.morph, text, values)  # "Три из пяти крупнейших …"
        if self.learned:  # the tagger, in the sentences with a number and no count of the rules
            values = sorted(values + self._learned(doc, text, values, considered),
                            key=lambda v: v.start)
        spans = []
        for value in values:
            span = doc.char_span(value.start, value.stop, label="SECTOR_COUNT",
                                 alignment_mode="expand")
            if span is not None:
                set_span_value(span, self.value_attr, value)
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def _learned(self, doc: Doc, text: str, values: list, considered: list) -> list:
        """The learned reader's counts where the rules kept none, through the rules' own
        filters (:func:`~.sector_learned.learned_counts`)."""
        from ..grammars.okved import okved_codes, trade_codes

        keep = lambda v: not _empty(self.morph, v) and _bound_ok(doc, v)  # noqa: E731
        found = learned_totals(text, learned_counts(
            doc, text, values, self.morph, vetoed=[(v.start, v.stop) for v in considered],
            keep=keep))
        parts = [replace(p, okved=trade_codes(p.object, okved_codes(self.morph, p.sector)),
                         qualifier=qualifier(doc, p.start, p.stop))  # "Три из пяти заводов
                 for p in learned_parts(self.morph, text, values + found, found)  # ЖБИ …"
                 if keep(p)]
        return found + [p for p in parts if p.okved]

    def _items(self, text: str, values: list) -> list:
        """List items and earlier figures next to the counts (grammars.sector_items)."""
        from ..grammars.sector_items import Anchor, list_items
        from ..grammars.sector_anchor import PART_ITEMS
        from ..grammars.sector_scan import sentences
        from ..grammars.sectors import SectorValue

        out = []
        if not values and len(_TABLE.findall(text)) < 2 and not PART_ITEMS.search(text) \
                and not _LIST_WHOLE.search(text):
            return out  # most articles: no count, no table, no "из них N —", no "N <noun>:"
        before: list = []
        for start, stop in sentences(text):
            inside = [v for v in values if start <= v.start < stop]
            if not inside and before:  # "… девять перевозчиков. А пять лет назад их было 23."
                out += _next_figures(self.morph, text, start, stop, before[-1])
            before = inside
            if not inside and len(_TABLE.findall(text, start, stop)) < 2 \
                    and not PART_ITEMS.search(text, start, stop) \
                    and not _LIST_WHOLE.search(text, start, stop):
                continue
            anchors = [Anchor(v.start, v.stop, v.object, v.sector, v.total) for v in inside]
            out += [SectorValue(i.start, i.stop, text[i.start:i.stop], i.count, i.object,
                                i.sector, i.total, via=i.family)
                    for i in list_items(self.morph, text, start, stop, anchors)]
        return [i for i in out if not any(  # a figure a count already holds ("… области их
            ((v.count, v.object, v.sector, v.total) == (i.count, i.object, i.sector, i.total)
             or i.via == "earlier" and v.count == i.count)  # (w199) an earlier figure of a count
            and v.start < i.stop and i.start < v.stop for v in values)]  # read with its noun


def _next_figures(morph: Morph, text: str, start: int, stop: int, last) -> list:
    """Another figure of the ``last`` count of the sentence before, opening the sentence
    ``text[start:stop]`` (:mod:`rufacts.grammars.sector_earlier_next`)."""
    from ..grammars.sector_earlier_next import next_figure
    from ..grammars.sectors import SectorValue

    found = next_figure(morph, text, start, stop)
    if found is None or last.via == "earlier":
        return []
    return [SectorValue(found[0], found[1], text[found[0]:found[1]], found[2],
                        found[3] or last.object, last.sector, None, via="earlier")]


@Language.factory("rufacts_sectors", assigns=["doc.spans"],
                  default_config={"morph": {"@misc": "rufacts.morph.v1"}, "learned": False})
def make_sectors(nlp: Language, name: str, morph: Morph, learned: bool = False) -> SectorsComponent:
    """``learned``: add the learned reader's counts (:mod:`.sector_learned`) in the sentences
    where the rules found none."""
    return SectorsComponent(nlp, name, morph, learned)
