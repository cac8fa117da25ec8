"""A body named by its head noun and its "по" remit where a capital marks the name, that the tagger
missed or cut at "по": "Как сообщил Всемирный совет по туризму и путешествиям, ...", "Эксперты
Международной федерации по хоккею ...", "ведётся Управлением по борьбе с серьёзным мошенничеством".

A singular head noun of ``lexicons/remit_capital_heads.txt`` or ``lexicons/remit_body_heads.txt``
right before "по", with the remit :func:`rufacts.entities.bodies.grow_complements` reads after it
(datives, their genitives, "и" between like words, "с"/"за" and its object, a seat "при <owner>";
a sport's fixed phrase, :func:`rufacts.entities.org_sport_tails.sport_tail`: "по хоккею на траве"),
and the adjectives before it that agree with it, is one organization where a capital says it is a
name: the head's or an adjective's inside the sentence, or at a sentence's start an adjective of
relation ("Всемирному совету по ... пришлось", "Международная ассоциация по ..."; not a quality's,
a pronoun's or an ordinal's: "Новый совет по ..."). Not a remit of a topic
(``lexicons/body_complements.txt``: "по словам", "по делу") nor of the word before the name
(:func:`rufacts.entities.org_topic_tails.topic_tail`: "отчётом Счётной палаты по исполнению
бюджета"), no name closing the remit that reads only in the nominative (the subject: "С Организацией
по запрещению химического оружия Дамаск договорился"), not one with a name right after it
(the phrase is that name's descriptor: "агентство по недвижимости «...»"), not after "под", not a
head inside a place or a quoted title ("Российской Федерации по вопросам ..." is the post's or
the law's remit). A
tagger's organization from the same start or from inside the phrase that ends before the remit's end
(cut at "по") gives way; one reaching past it, or a person over the phrase, stands.
Read by :mod:`rufacts.components.entities` before the remit tails.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .bodies import _agrees, grow_complements, longest_by_start
from .doc_words import lower_positions
from .institutions import RELATIVE, opens_sentence
from .org_remit_bodies import _named_after
from .org_sport_tails import sport_tail
from .org_topic_tails import topic_tail
from .doc_words import morph_values

MAX_ADJECTIVES = 3  # "Международный олимпийский", "Всемирный"
REFUSED = frozenset({"Qual", "Apro", "Anum"})
SCOPES = frozenset({"всемирный", "мировой", "глобальный"})  # a body's scope the dictionary marks as a quality


def _heads() -> frozenset[str]:
    return load_list("remit_capital_heads.txt") | load_list("remit_body_heads.txt")


def _adjectives(doc: Doc, i: int) -> int:
    """Start of the adjectives before the head at ``i`` that agree with it, from the first capitalized
    one ("государственной" + "Комиссии по атомной энергии", "влиятельного" + "Комитета по ...": a
    lower-case adjective before the capital describes the body)."""
    start = i
    while start > 0 and i - start < MAX_ADJECTIVES:
        adj = doc[start - 1]
        if adj.pos_ != "ADJ" or not adj.text.replace("-", "").isalpha() or not _agrees(adj, doc[i]) \
                or folded_lemma(adj) in load_list("anaphora_words.txt"):
            break
        start -= 1
    while start < i and not doc[start].is_title:
        start += 1
    return start


def _relation(token) -> bool:
    """A sentence's first adjective of relation ("Всемирному", "Международная")."""
    parses = [p for p in get_morph().parse(token.text) if p.tag.POS in ("ADJF", "PRTF")]
    if any(p.normal_form in SCOPES for p in parses):
        return True
    return bool(parses) and not any(REFUSED & p.tag.grammemes for p in parses) \
        and any(p.normal_form.endswith(RELATIVE) or p.normal_form.endswith(("ный", "ной", "вый")) for p in parses)


def _capital_name(doc: Doc, start: int, i: int) -> bool:
    """Whether a capital marks the words from ``start`` to the head at ``i`` as a name."""
    for j in range(start, i + 1):
        word = doc[j]
        if not word.is_title:
            continue
        if not opens_sentence(doc, j):
            return True
        if j < i and _relation(word):
            return True
    return False


def _without_subject(doc: Doc, end: int, entities: dict[int, Span]) -> int:
    """``end`` before a name closing the remit that reads only in the nominative, the sentence's
    subject ("С Организацией по запрещению химического оружия" + "Дамаск договорился")."""
    last = next((s for s in entities.values() if s.end == end and s.label_ in ("LOC", "ORG")), None)
    if last is None:
        return end
    cases = set(morph_values(last[0], "Case"))
    return last.start if cases and cases <= {"Nom"} else end


def _in_quotes(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` stands inside a quoted title of its sentence (a law's: "«О внесении
    изменений в отдельные законодательные акты Российской Федерации по вопросам ...»")."""
    words = doc[doc[i].sent.start:i] if doc.has_annotation("SENT_START") else doc[:i]
    return sum(t.text == "«" for t in words) > sum(t.text == "»" for t in words)


def capital_remits(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each body of a capitalized name and its "по" remit."""
    positions = lower_positions(doc, ("по",))
    if not positions:
        return spans
    heads, entities = _heads(), longest_by_start(spans)
    found = []
    for i in (p - 1 for p in positions if 0 < p < len(doc) - 1):
        head = doc[i]
        if head.pos_ not in ("NOUN", "PROPN") or folded_lemma(head) not in heads or "Plur" in morph_values(head, "Number") \
                or head.is_upper and len(head) > 1:
            continue
        if any(s.label_ == "LOC" and s.start <= i < s.end for s in spans) or _in_quotes(doc, i):
            continue  # "Президенте Российской Федерации по вопросам ...": a place's word, no body's head
        start = _adjectives(doc, i)
        if start > 0 and doc[start - 1].lower_ == "под" or not _capital_name(doc, start, i):
            continue
        if topic_tail(doc, Span(doc, start, i + 1)):
            continue  # "отчётом Счётной палаты по исполнению бюджета": the report's topic
        end = sport_tail(doc, _without_subject(doc, grow_complements(doc, i + 1, entities)[0], entities))
        if end <= i + 2 or not any(t.pos_ == "NOUN" for t in doc[i + 2:end]) or _named_after(doc, end):
            continue
        if start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and not opens_sentence(doc, start - 1):
            continue  # the name opens before: "Северо-Западный ..." is other rules'
        if any(s.label_ in ("ORG", "PER") and s.start < end and start < s.end and (
                s.label_ == "PER" or s.start < start or s.end > end or (s.start, s.end) == (start, end)) for s in spans):
            continue  # the tagger's name has it whole, or a name overlaps its edge
        if any(f.start < end and start < f.end for f, _ in found):
            continue
        found.append((Span(doc, start, end, label="ORG"), i))
    if not found:
        return spans  # (an owner inside stays its own: "Госсовете КНР" after "при")
    kept = [s for s in spans if not (s.label_ == "ORG" and any(f.start <= s.start <= i and s.end < f.end for f, i in found))]
    return sorted(kept + [f for f, _ in found], key=lambda s: (s.start, -s.end))
