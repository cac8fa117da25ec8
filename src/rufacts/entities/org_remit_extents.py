"""Organization names the tagger closed inside their remit or field (second38o).

- :func:`dangling_remits`: a name cut right after "по", "при" or "против" ("Международного совета по" | "крикету") is open:
the remit after the preposition is the name's (:func:`rufacts.entities.bodies.grow_complements`
reads it: words in the case the preposition governs, their genitives, "и" between like ones), so
the span goes on to its end ("Международный совет по крикету"). Where no such complement follows,
the preposition is no part of the name and goes. Not over words another entity holds (but a place
inside the remit: "по Курской области").
- :func:`people_scopes`: a name ending in the history or culture it keeps (``HISTORY_FIELDS``) takes
  in the people they are of, a lower-case animate genitive plural ("Музей истории" + "немцев"),
  and a place in the locative after "в"/"на" right after the people, where they live ("Музей
  истории евреев" + "в России", "Центр культуры немцев" + "в Поволжье"): the history is of the
  people there. Not after a field with no people ("Музей истории в Казани": the museum's seat).

- :func:`detached_remits`: a name the tagger closed on its head ("Кенийского совета" | "по зерну")
  takes the "по" remit after it.

Read by :func:`rufacts.entities.org_open_tails.open_tails`; :func:`detached_remits` by
:mod:`.span_passes` among the last passes.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .bodies import LINKED, grow_complements, longest_by_start
from .doc_words import morph_values

HISTORY_FIELDS = frozenset({"история", "культура"})


def _held(spans: list[Span], span: Span, end: int) -> bool:
    """Another entity (not a place wholly inside the remit) holds a word between the span's end and ``end``."""
    return any(s is not span and s.start < end and s.end > span.end
               and not (s.label_ == "LOC" and s.start >= span.end and s.end <= end) for s in spans)


def dangling_remits(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization that ends on a remit's preposition grown over the remit,
    or without the preposition where no remit follows."""
    out, changed = [], False
    entities = None
    for span in spans:
        if span.label_ != "ORG" or len(span) < 2 or span[-1].lower_ not in LINKED:
            out.append(span)
            continue
        entities = entities if entities is not None else longest_by_start(spans)
        end, _ = grow_complements(doc, span.end - 1, entities)
        if end > span.end and not _held(spans, span, end):
            out.append(Span(doc, span.start, end, label="ORG"))
        elif end <= span.end:
            out.append(Span(doc, span.start, span.end - 1, label="ORG"))
        else:
            out.append(span)
            continue
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _people(token) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ == "NOUN" and "Anim" in morph_values(token, "Animacy") \
        and "Gen" in morph_values(token, "Case") and "Plur" in morph_values(token, "Number")


def _field(token) -> bool:
    return token.is_lower and token.pos_ == "NOUN" and folded_lemma(token) in HISTORY_FIELDS \
        and "Gen" in morph_values(token, "Case")


def people_scopes(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization ending in its history's field grown over the people and
    their land."""
    out, changed = [], False
    for span in spans:
        end = span.end
        if span.label_ == "ORG" and len(span) >= 2 and span[0].text[:1].isupper():
            if _field(span[-1]) and end < len(doc) and _people(doc[end]):
                end += 1  # "Музея истории" + "немцев"
            if end > span.end or len(span) >= 3 and _people(span[-1]) and _field(span[-2]):
                place = next((s for s in spans if s.label_ == "LOC" and s.start == end + 1), None)
                if place is not None and doc[end].lower_ in ("в", "во", "на") and place[0].text[:1].isupper():
                    end = place.end  # "Музея истории евреев" + "в России"
        if end > span.end and not any(s is not span and s.start < end and s.end > span.end and s.label_ != "LOC"
                                      for s in spans):
            out.append(Span(doc, span.start, end, label="ORG"))
            changed = True
        else:
            out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


ANNIVERSARY = frozenset({"исполниться"})  # "Федерации ... исполнилось 30 лет": the dative's age
OPEN_LINKS = frozenset({"по", "за", "из", "в", "во", "на", "с", "со", "при", "имени", "и", "№"})
MAX_OPENING = 10


def _opening_head(doc: Doc, i: int, heads: frozenset[str]) -> bool:
    """A capitalized body noun that opens the sentence and reads as a singular dative."""
    head = doc[i]
    if not (head.is_title and head.is_alpha and head.pos_ in ("NOUN", "PROPN") and folded_lemma(head) in heads):
        return False  # (most capitalized words: the two imports below not run for them)
    from ..grammars.morph import get_morph
    from .institutions import opens_sentence

    return opens_sentence(doc, i) and any(p.tag.case == "datv" and p.tag.number == "sing" and p.tag.POS == "NOUN"
                                           for p in get_morph().parse(head.lower_))


def _name_word(token) -> bool:
    if token.lower_ in OPEN_LINKS or token.like_num:
        return True
    if not token.is_alpha or token.pos_ in ("VERB", "AUX", "PRON", "DET", "ADV", "SCONJ", "PART"):
        return False
    return token.pos_ in ("NOUN", "ADJ", "PROPN") or token.is_upper


@lru_cache(maxsize=1)
def _opening_words() -> tuple[frozenset[str], frozenset[str]]:
    """The impersonal predicates and the body nouns of :func:`dative_openers`, joined once."""
    from ..lexicons import load_list
    from .org_lead_nouns import body_nouns

    return load_list("org_impersonal_verbs.txt") | ANNIVERSARY, \
        body_nouns() | load_list("remit_capital_heads.txt") | load_list("remit_body_heads.txt")


def dative_openers(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organization for each body named at the sentence's start in the dative of
    an impersonal predicate ("Совету по контролю за крикетом в Индии" + "придётся", "Федерации
    стрельбы из лука Республики Бурятия" + "исполнилось"): the body's noun, capitalized, and every
    word up to the predicate, that has no other subject (lexicons/org_impersonal_verbs.txt)."""
    from .doc_words import title_positions

    verbs, heads = _opening_words()
    found = []
    for i in title_positions(doc):  # only a capitalized word opens such a name
        if i >= len(doc) - 2 or not _opening_head(doc, i, heads):
            continue
        k = i + 1
        while k < len(doc) and k - i <= MAX_OPENING and _name_word(doc[k]):
            k += 1
        v = k + 1 if k < len(doc) and doc[k].lower_ == "не" else k
        if k <= i + 1 or v >= len(doc) or doc[v].lemma_ not in verbs or doc[k - 1].lower_ in OPEN_LINKS:
            continue
        if any(s.start < k and s.end > i and (s.label_ == "PER" or s.start < i or s.end > k) for s in spans):
            continue  # a person inside, or a name over the phrase's edge
        if any(s.start == i + 1 and s.label_ in ("ORG", "LOC") for s in spans):
            continue  # the noun is a name's descriptor ("Компании Apple удалось"), other rules'
        found.append(Span(doc, i, k, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not (s.label_ == "ORG" and any(f.start <= s.start and s.end <= f.end for f in found))]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))


def detached_remits(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each descriptive name the tagger closed on its head noun of
    ``lexicons/org_remit_heads.txt`` grown over the "по" remit right after it ("Кенийского совета" +
    "по зерну": :func:`rufacts.entities.bodies.grow_complements`); a capitalized first word, the head
    in lower case, not over words another entity holds."""
    heads = load_list("org_remit_heads.txt")
    out, changed = [], False
    entities = None
    for span in spans:
        if span.label_ == "ORG" and len(span) > 1 and span.end < len(doc) and doc[span.end].lower_ == "по" \
                and span[0].text[:1].isupper() and span[-1].is_lower and span[-1].pos_ == "NOUN" \
                and folded_lemma(span[-1]) in heads:
            entities = entities if entities is not None else longest_by_start(spans)
            end, _ = grow_complements(doc, span.end, entities)
            if end > span.end + 1 and not _held(spans, span, end) and not _constituency(doc, span.end, end):
                span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _constituency(doc: Doc, start: int, end: int) -> bool:
    """"по избирательному округу № 29" after a council is where its deputy was elected, no remit."""
    return (end < len(doc) and doc[end].text == "№") or any(t.lower_.startswith("округ") for t in doc[start:end])
