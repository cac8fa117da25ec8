"""The extent of an organization's name after its head noun.

- A capitalized institution noun (``org_lead_nouns.body_nouns``: "Университет", "Институт",
  "Фонд", "Банк", "Музей") the tagger kept alone, right before capitalized words that do not
  decline (pymorphy3 does not know them, or reads them only as unchanging foreign words), takes
  them in: "Ректор Университета Тарбиат Модарес", "в Университете Васэда" (the tagger's person or
  place over those words gives way). A word that declines ("Университета Москвы", "Фонду Ивана")
  is no such name, nor an unknown word in -ы, a Russian case ending ("Суд Боготы").
- A word the tagger ran into a name's tail after its head noun must be able to be a genitive (the
  complement of the head) or stand in a phrase opened by a preposition ("для", "по", "при",
  "имени"); a name whose head stands in a dative, instrumental or locative (fronted before the
  clause it opens) stops before a lower-case word that may be a nominative or accusative but not a
  genitive, the next clause's (a dative of a verbal noun stays: "Фонда содействия инновациям"; a
  genitive head keeps its tail as written: "Российского института культурологи"):
  "Шадринскому краеведческому музею | наследники коллекционера передали".
- A party's, movement's or union's name (``lexicons/org_cause_heads.txt``) goes on over "за" and
  the accusative group of the cause it stands for: "с Российской партией пенсионеров [за
  социальную справедливость]"; only where the head noun has its own genitive in the name or opens
  it capitalized ("Движение за права человека"), not after a name that ends in the head noun
  ("Коммунистическая партия за поправки не голосовала").
- A capitalized institution noun inside a sentence (a hyphenated one of two such nouns too:
  "Лицей-интернат") with a number after it is one organization, with "для" and the people it
  serves (an animate plural genitive): "передало Лицею-интернату № 1 для одарённых детей"; not a
  purpose ("Гимназии № 7 для ремонта").
- A lower-case body noun ("компания") after lower-case adjectives opened by a capitalized one
  inside a sentence, all agreeing with it, is one organization: "к Национальной иранской
  нефтяной компании"; a bank's or a sports body's name after one capitalized adjective too
  (:mod:`rufacts.entities.org_adjective_banks`: "перед Нижневолжским кредитным банком").

Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import Morph
from ..lexicons import load_list
from .geo import lemma_positions
from .institutions import institution_heads, numbered, opens_sentence
from .org_lead_nouns import body_nouns
from .org_adjective_banks import adjective_banks
from .org_opening_bodies import opening_bodies
from .org_place_companies import place_companies  # noqa: F401  (read with capital_adjective_bodies by components.entities)
from .quotes import OPENING_QUOTES
from .spans import with_found
from .doc_words import morph_values

MAX_FOREIGN = 3   # "Университет Тарбиат Модарес"
MAX_CAUSE = 4     # "за социальную справедливость", "за права и свободы человека"
MAX_SERVED = 5   # "для слепых и слабовидящих детей"
MAX_CHAIN = 3    # "иранской нефтяной" before "компании"
OBLIQUE = frozenset({"Dat", "Ins", "Loc"})
GENITIVE = frozenset({"gent", "gen2"})
TAIL_PREPOSITIONS = frozenset({"для", "по", "при", "имени", "им.", "в", "на", "с", "о", "об", "от", "к", "за"})


def _unchanging(morph: Morph, token: Token) -> bool:
    """A capitalized word that does not decline: unknown to pymorphy3, or only its Fixd readings."""
    text = token.text
    if not (text.isalpha() and text[:1].isupper() and not text.isupper()):
        return False
    if not morph.is_known(text):
        # a final -ы is a Russian case ending (no foreign name Russian leaves unchanged ends so): the
        # word declines though pymorphy3 does not know it ("Суд Боготы": the court of Богота)
        return not text.endswith("ы")
    parses = morph.parse(text)
    return bool(parses) and all("Fixd" in p.tag for p in parses)


def _foreign_tail(doc: Doc, span: Span, spans: list[Span], morph: Morph) -> Span | None:
    head = span[-1]
    if not (head.is_title and head.is_alpha and head.lemma_.lower() in body_nouns()):
        return None
    stop = span.end
    while stop < len(doc) and stop - span.end < MAX_FOREIGN and _unchanging(morph, doc[stop]):
        stop += 1
    if stop == span.end:
        return None
    for other in spans:  # a span over the words must lie wholly inside them
        if other is not span and other.start < stop and other.end > span.end and (
                other.start < span.end or other.end > stop):
            return None
    return Span(doc, span.start, stop, label="ORG")


def foreign_name_tails(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each lone capitalized institution noun grown over the unchanging capitalized
    words right after it (the tagger's spans over them dropped)."""
    out, drop, changed = [], set(), False
    for span in spans:
        grown = _foreign_tail(doc, span, spans, morph) if span.label_ == "ORG" and len(span) == 1 else None
        if grown is not None:
            drop.update((s.start, s.end) for s in spans if span.end <= s.start and s.end <= grown.end)
            span, changed = grown, True
        out.append(span)
    if not changed:
        return spans
    return [s for s in out if (s.start, s.end) not in drop]


def _clause_word(morph: Morph, token: Token) -> bool:
    """A word that may be nominative but not genitive ("наследники"): the next clause's; a dative
    governed by a verbal noun ("Фонда содействия инновациям") stays in the name."""
    parses = morph.parse(token.lower_)
    return not any(p.tag.case in GENITIVE or "Fixd" in p.tag for p in parses) \
        and any(p.tag.case in ("nomn", "accs") for p in parses)


def _head_index(span: Span) -> int | None:
    """Index in the doc of the span's head noun: its first institution or body noun."""
    heads = body_nouns()
    for token in span[:4]:
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in heads:
            return token.i
        if token.pos_ not in ("ADJ", "NUM", "DET") and not token.is_punct:
            return None
    return None


def _tail_stop(doc: Doc, span: Span, morph: Morph) -> int | None:
    if any(t.text in "«»\"„“”" for t in span):
        return None
    k = _head_index(span)
    if k is None or not set(morph_values(span.doc[k], "Case")) & OBLIQUE or "Nom" in morph_values(span.doc[k], "Case"):
        return None  # a subject right after the name: the name fronted in an oblique case
    for token in doc[k + 1:span.end]:
        if token.lower_ in TAIL_PREPOSITIONS or token.pos_ == "ADP":
            return None  # a phrase of its own: "для", "по", "при", "имени" ...
        if token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ", "PROPN") \
                and _clause_word(morph, token):
            return token.i
    return None


def without_clause_tails(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each organization cut before the first word of its tail that cannot be a
    genitive (the next clause's: "музею наследники коллекционера")."""
    out, changed = [], False
    for span in spans:
        stop = _tail_stop(doc, span, morph) if span.label_ == "ORG" and len(span) > 2 else None
        if stop is not None and stop > span.start:
            span, changed = Span(doc, span.start, stop, label="ORG"), True
        out.append(span)
    return out if changed else spans


def _cause_end(doc: Doc, k: int, morph: Morph) -> int | None:
    """End of "за" + an accusative group (lower-case adjectives and nouns, "и" between) at ``k``."""
    if k >= len(doc) or doc[k].lower_ != "за":
        return None
    stop, last_noun = k + 1, None
    while stop < len(doc) and stop - k - 1 < MAX_CAUSE:
        token = doc[stop]
        if token.lower_ == "и" and last_noun is not None:
            stop += 1
            continue
        if not (token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ")):
            break
        parses = [p for p in morph.parse(token.lower_) if p.tag.case == "accs" and p.tag.POS in ("NOUN", "ADJF")]
        if not parses:
            break
        stop += 1
        if any(p.tag.POS == "NOUN" for p in parses):
            last_noun = stop
    return last_noun


def cause_tails(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with each party's, movement's or union's name grown over its "за" cause."""
    heads = load_list("org_cause_heads.txt")
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and span[0].is_title:
            head = next((t for t in span if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in heads), None)
            if head is not None and (head.i < span.end - 1 or head.i == span.start):
                end = _cause_end(doc, span.end, morph)
                if end is not None and not any(i in taken for i in range(span.end, end)):
                    span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    return out if changed else spans


def _served_end(doc: Doc, k: int) -> int:
    """End of "для" + lower-case adjectives and an animate plural genitive, the people an institution
    serves ("для одарённых детей", "для слепых и слабовидящих детей"), at ``k``; ``k`` where none."""
    if k >= len(doc) or doc[k].lower_ != "для":
        return k
    stop, end = k + 1, k
    while stop < len(doc) and stop - k <= MAX_SERVED:
        token = doc[stop]
        if token.lower_ == "и" and stop > k + 1:
            stop += 1
            continue
        if not (token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ")
                and "Gen" in morph_values(token, "Case") and "Plur" in morph_values(token, "Number")):
            break
        stop += 1
        if token.pos_ == "NOUN" and "Anim" in morph_values(token, "Animacy"):
            end = stop
    return end


def _body_head(lemma: str) -> bool:
    """An institution's or body's noun (its lower-case lemma), or a hyphenated one whose parts
    are such nouns ("лицей-интернат", "школа-интернат")."""
    heads = body_nouns()
    return lemma in heads or "-" in lemma and all(part in heads or part in institution_heads()
                                                  for part in lemma.split("-"))


def numbered_capital_heads(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each capitalized institution noun inside a sentence (a
    hyphenated one too) with its number after it and the people it serves: "Лицею-интернату № 1 для
    одарённых детей"."""
    taken = {i for s in spans for i in range(s.start, s.end) if s.label_ in ("ORG", "PER")}
    found = []
    for k in lemma_positions(doc, _body_head):  # the head noun first: a few words of the doc
        token = doc[k]
        if k in taken or k + 2 >= len(doc) or not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN") \
                or "Plur" in morph_values(token, "Number") or opens_sentence(doc, k):
            continue
        if not numbered(doc, k):
            continue
        end = _served_end(doc, k + 3)
        if any(i in taken for i in range(k, end)):
            continue
        found.append(Span(doc, k, end, label="ORG"))
    return with_found(spans, found)


def _agrees(adjective: Token, noun: Token) -> bool:
    return adjective.pos_ == "ADJ" and adjective.is_alpha and all(
        morph_values(adjective, f) == morph_values(noun, f) and morph_values(noun, f) for f in ("Case", "Gender"))


def capital_adjective_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each lower-case body noun (``org_lead_nouns.body_nouns``:
    "компания", "банк") after lower-case adjectives opened by a capitalized one inside a sentence, all
    agreeing with it: "к Национальной иранской нефтяной компании" (places the tagger saw inside give
    way)."""
    taken = {i for s in spans for i in range(s.start, s.end) if s.label_ in ("ORG", "PER")}
    heads, found = body_nouns(), []
    for k in lemma_positions(doc, heads.__contains__):  # the body noun first: a few words of the doc
        noun = doc[k]
        if k in taken or not noun.is_lower or noun.pos_ != "NOUN" or morph_values(noun, "Number") != ["Sing"]:
            continue
        start = k
        while start > 0 and k - start < MAX_CHAIN and doc[start - 1].is_lower and _agrees(doc[start - 1], noun):
            start -= 1
        first = start - 1
        if k - start < 2 or first < 0 or not doc[first].is_title or not _agrees(doc[first], noun) \
                or opens_sentence(doc, first) or first and doc[first - 1].text[:1].isupper():
            continue
        if k + 1 < len(doc) and (doc[k + 1].text in OPENING_QUOTES or doc[k + 1].text[:1].isupper()):
            continue  # "компании «...»", "банка Москвы": left to the descriptor rules
        if any(i in taken for i in range(first, k + 1)):
            continue
        found.append(Span(doc, first, k + 1, label="ORG"))
    spans = with_found(spans, found)
    spans = with_found(spans, adjective_banks(doc, spans))  # "перед Нижневолжским кредитным банком"
    return opening_bodies(doc, spans)  # "Вологодскому облисполкому поручено"
