"""Organizations named by a descriptive phrase without quotes, in an oblique case, that the tagger
missed or cut short: capitalized adjectives agreeing with a lower-case head noun (the institution,
descriptor and body nouns of :func:`rufacts.entities.org_lead_nouns.body_nouns`, and
``lexicons/org_descriptive_heads.txt``: "орган", "автономия", "профсоюз"), then the rest of the name:
its lower-case genitive chain ("работников культуры", "кино и движущегося изображения"), a body or a
place in the genitive ("Росстата", "ФНС", "немцев Омской области", "Ассоциация юристов России"), a number
("№ 3") and the "по" scope of a territorial body ("по Пензенской области"). "Общероссийскому профсоюзу
работников культуры так и не удалось ..." (a dative opening the sentence, no verb before it),
"Национальным центром кино и движущегося изображения" (the tagger's name cut at the "и"),
"Территориальным органом Росстата по Пензенской области".

Where the tagger found the name, its end stands but for the chain going on after "и", the owners,
the number and the scope. Lower-case names too where they name one body: a region's level adjective
first ("краевого бюро судебно-медицинской экспертизы", "в областном кожно-венерологическом
диспансере") or a field complement and the place ("станции скорой медицинской помощи Кирова").

The phrase stands only where it takes in more than the head and its adjectives; at a sentence's start
(any word is capitalized there) only in the dative or the instrumental and with a first adjective that
is no quality or pronoun ("Новому профсоюзу ..." stays a kind), or in any case where the name runs on
to a territorial body's "по" scope ("Главное бюро медико-социальной экспертизы по Курской области") or
where a country's adjective opens it ("Эстонская федерация хоккея ...": a body of that country). A
tagger's organization inside the phrase gives way to it, a place inside stays nested; an organization
or a person reaching over its edge, or a person inside it, leaves it alone. Read by :mod:`rufacts.components.entities` after the
institutions.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph, get_morph
from ..lexicons import load_list
from .geo import lemma_positions, place_of
from .institutions import MAX_ADJECTIVES, NUMBER_SIGNS, _adjective, _end, _nouns, _noun_readings, institution_heads, numbered, \
    opens_sentence
from .org_lead_nouns import body_nouns
from .org_coordinated_remits import people_after
from .doc_words import morph_values

REGION_LEVELS = ("областной", "краевой", "республиканский", "окружной", "окружный")  # one body of its kind in the region
OPENING_CASES = ("Dat", "Ins")  # "Общероссийскому профсоюзу ...", "Территориальным органом ..."
MAX_CHAIN = 4  # genitive words after the head: "работников пассажирского транспорта"
MAX_AND = 3  # genitive words after an "и" of the chain
MAX_OWNERS = 2  # capitalized genitives after the chain: "немцев" + "Омской области"; "МЧС России"


def _heads() -> frozenset[str]:
    return body_nouns() | load_list("org_descriptive_heads.txt")


def _span_at(spans: list[Span], i: int) -> Span | None:
    """The longest ORG or LOC span opening at ``i``."""
    found = [s for s in spans if s.start == i and s.label_ in ("ORG", "LOC")]
    return max(found, key=len) if found else None


def _genitive(token) -> bool:
    """A lower-case genitive word of the chain, a participle too ("движущегося изображения"); no
    word that may be a verb ("прибыли") or a month ("двенадцатого сентября")."""
    if not (token.text.replace("-", "").isalpha() and token.is_lower and token.pos_ in ("NOUN", "ADJ", "VERB")
            and ("Gen" in morph_values(token, "Case") or token.pos_ == "ADJ" and _genitive_adjective(token))):
        return False  # (an adjective the tagger read in another case: "медико-социальной экспертизы")
    return not any(p.tag.POS == "VERB" or p.normal_form in load_list("months.tsv")
                   for p in get_morph().parse(token.text))


def _genitive_adjective(token) -> bool:
    """An adjective the dictionary reads in the genitive, before a genitive noun of the chain."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and "Gen" in morph_values(nxt, "Case") and nxt.pos_ == "NOUN" and any(
        p.tag.POS == "ADJF" and p.tag.case == "gent" for p in get_morph().parse(token.text))


def _chain(doc: Doc, i: int, limit: int) -> int:
    """End of the genitive words from ``i`` (at most ``limit``), ending in a noun; ``i`` where none.
    After a noun that governs a dative (``lexicons/org_dative_governors.txt``) the chain goes on over
    its dative and that word's genitives ("содействия" + "развитию международной торговли")."""
    stop = i
    while stop < len(doc) and stop - i < limit and _genitive(doc[stop]):
        stop += 1
    while stop > i and doc[stop - 1].pos_ != "NOUN":
        stop -= 1
    return dative_tail(doc, stop) if stop > i else stop


def dative_tail(doc: Doc, stop: int) -> int:
    """``stop`` moved over the dative a noun of ``lexicons/org_dative_governors.txt`` at ``stop - 1``
    governs and that dative's genitive chain ("содействия" + "развитию международной торговли")."""
    if not 0 < stop < len(doc) or doc[stop - 1].lemma_.lower() not in load_list("org_dative_governors.txt"):
        return stop
    j = stop
    while j < len(doc) and j - stop < MAX_AND and doc[j].pos_ == "ADJ" and doc[j].is_lower \
            and "Dat" in morph_values(doc[j], "Case"):
        j += 1
    if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].is_lower and "Dat" in morph_values(doc[j], "Case"):
        return max(_chain(doc, j + 1, MAX_CHAIN), j + 1)
    return stop


def _and_end(doc: Doc, end: int) -> int:
    """The chain going on after "и" ("кино" + "и движущегося изображения"), where it does."""
    while end + 1 < len(doc) and doc[end].lower_ == "и" and _genitive(doc[end - 1]) \
            and not people_after(doc[end - 1], doc[end + 1]):  # not "академии танца и художников из Бурятии"
        stop = _chain(doc, end + 1, MAX_AND)
        if stop == end + 1 or any(t.pos_ == "NOUN" and t.lemma_.lower() in _heads() for t in doc[end + 1:stop]):
            break  # a second body: "театра драмы и министерства культуры"
        end = stop
    return end


def _owner(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """A genitive place or body after the name ("Омской области", "России"), or a body's acronym or
    one word ("ФНС", "Росстата"); not a person's first name the tagger read as a place ("ректора
    ... института Зарины Хасановны Гуриевой")."""
    first = doc[span.start]
    parses = get_morph().parse(first.text)
    if any(s.start == span.end and s.label_ == "PER" for s in spans) or span.label_ == "LOC" and not any(
            "Geox" in p.tag.grammemes for p in parses) and any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses):
        return False
    if span.label_ == "LOC":
        return "Gen" in morph_values(first, "Case")
    return first.is_upper and first.is_alpha or len(span) <= 2 and "Gen" in morph_values(first, "Case")


def phrase_end(doc: Doc, k: int, spans: list[Span], end: int | None = None) -> int:
    """End of the name after its head noun at ``k``: the genitive chain (the tagger's ``end`` where
    it found the name: then only the chain's part after "и"), owners, a number, a scope."""
    end = _chain(doc, k + 1, MAX_CHAIN) if end is None else end
    end = _and_end(doc, dative_tail(doc, end)) if end > k + 1 else end
    for _ in range(MAX_OWNERS):
        owner = _span_at(spans, end)
        if owner is None or not _owner(doc, owner, spans):
            break
        end = owner.end
    if numbered(doc, end - 1):
        end += 2  # "Межрайонной инспекцией ФНС № 3"
    if end < len(doc) and doc[end].lower_ == "по" and end > k + 1:
        scope = _span_at(spans, end + 1)  # "по Тверской области", a territorial body's region
        if scope is not None and scope.label_ == "LOC":
            end = scope.end
    return end


def _opening_name(doc: Doc, start: int, k: int, morph: Morph) -> bool:
    """A sentence's first words naming the body: the head in the dative or the instrumental, the
    first adjective no quality, pronoun or ordinal."""
    if not set(OPENING_CASES) & set(morph_values(doc[k], "Case")):
        return False
    return not any({"Qual", "Apro", "Anum"} & p.tag.grammemes
                   for p in morph.parse(doc[start].text) if p.tag.POS in ("ADJF", "PRTF"))


def _scoped_opening(doc: Doc, start: int, k: int, spans: list[Span], morph: Morph) -> bool:
    """A sentence's first words naming a territorial body in any case: the name runs on to its "по"
    scope, a place ("Главное бюро медико-социальной экспертизы по Курской области", "Территориальный
    орган Росстата по Омской области"); the first adjective no pronoun or ordinal ("Этот орган ...")."""
    end = phrase_end(doc, k, spans)
    if not any(doc[i].lower_ == "по" for i in range(k + 2, end)):
        return False
    return not any({"Apro", "Anum"} & p.tag.grammemes
                   for p in morph.parse(doc[start].text) if p.tag.POS in ("ADJF", "PRTF"))


TERRITORIAL = ("территориальный", "межрегиональный")  # a federal agency's body in a region


def _territorial(doc: Doc, start: int, k: int, spans: list[Span]) -> bool:
    """A lower-case territorial body of an agency named right after it that runs on to its "по" scope: "в территориальном
    органе Росздравнадзора по Республике Марий Эл", as its capitalized twin opening a sentence."""
    if not doc[start].is_lower or doc[start].lemma_.lower() not in TERRITORIAL \
            or k + 1 >= len(doc) or not doc[k + 1].text[:1].isupper():
        return False  # the agency's name right after the head ("Росздравнадзора"), not "отдел полиции № 9"
    end = phrase_end(doc, k, spans)
    return any(doc[i].lower_ == "по" for i in range(k + 2, end))


def _heads_with_adjectives(doc: Doc, morph: Morph, heads):
    """(k, noun, start) for each lower-case singular noun of ``heads`` (lemmas) at ``k``, ``start`` the
    first of the adjectives before it that agree with it (at most ``MAX_ADJECTIVES``; ``k`` where none)."""
    for k in lemma_positions(doc, heads.__contains__):
        noun = doc[k]
        if not noun.is_lower or noun.pos_ != "NOUN" or "Plur" in morph_values(noun, "Number"):
            continue
        readings = _noun_readings(morph, noun)
        start = k
        while start > 0 and k - start < MAX_ADJECTIVES and _adjective(morph, doc[start - 1], readings):
            start -= 1
        yield k, noun, start


def _regional(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """Lower-case names of a region's one institution of its kind: a region's level adjective
    (``REGION_LEVELS``) first, then another adjective or the field complement the institution
    nouns take ("краевого бюро судебно-медицинской экспертизы", "в областном кожно-венерологическом
    диспансере"; not "краевого центра", a region's capital); or a field complement and the place in
    the genitive ("станции скорой медицинской помощи Кирова")."""
    found = []
    for k, noun, start in _heads_with_adjectives(doc, morph, institution_heads()):
        if not doc[start].is_lower:
            continue
        complement = _nouns()[noun.lemma_.lower()][0]
        end = _end(doc, k, complement)
        chain = _chain(doc, k + 1, MAX_CHAIN) if complement and end == k + 1 else end
        if chain > k + 1 and doc[chain - 1].lemma_.lower() in load_list("institution_fields.txt"):
            end = chain  # a hyphenated adjective in the field: "судебно-медицинской экспертизы"
        place = _span_at(spans, end) if end > k + 1 else None
        if place is not None and place.label_ == "LOC" and _owner(doc, place, spans):
            end = place.end  # named by its place: "станции скорой медицинской помощи Кирова"
        elif start == k or doc[start].lemma_.lower() not in REGION_LEVELS or k - start < 2 and end == k + 1:
            continue
        if any(s.start < end and start < s.end and not (s.label_ == "LOC" and s.start >= start) for s in spans):
            continue
        found.append(Span(doc, start, end, label="ORG"))
    return found


def descriptive_phrases(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with an ORG span for each descriptive name the tagger missed or cut short."""
    found = _regional(doc, spans, morph)
    for k, noun, start in _heads_with_adjectives(doc, morph, _heads()):
        if start == k or not (doc[start].is_title or _territorial(doc, start, k, spans)):
            continue
        found_by_tagger = [s.end for s in spans if s.label_ == "ORG" and s.start == start and s.end > k]
        if opens_sentence(doc, start):  # (the tagger's name there is one: only its chain grows)
            if not found_by_tagger and not _opening_name(doc, start, k, morph) \
                    and not _scoped_opening(doc, start, k, spans, morph) and place_of(doc[start]) is None:
                continue
        elif doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not opens_sentence(doc, start - 1):
            continue  # the name goes on before: other rules' ("Северо-Западного" + ...)
        end = phrase_end(doc, k, spans, max(found_by_tagger) if found_by_tagger else None)
        if found_by_tagger and not (_and_end(doc, dative_tail(doc, max(found_by_tagger))) > max(found_by_tagger) or any(
                doc[i].text in NUMBER_SIGNS for i in range(max(found_by_tagger), end))):
            continue  # its owners and scope alone are the later rules' ("Национальный банк" + "Украины")
        if end == k + 1:
            continue
        if any(s.start == start and s.end == end and s.label_ == "ORG" for s in spans):
            continue
        if any(s.start < end and start < s.end and (
                s.label_ in ("ORG", "PER") and (s.start < start or s.end > end) or s.label_ == "PER")
               for s in spans):
            continue
        if any(f.start < end and start < f.end for f in found):
            continue
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not (s.label_ == "ORG" and any(f.start == s.start and s.end <= f.end for f in found))]
    # (an owner inside stays its own mention: "КПСС" of "Свердловского обкома КПСС")
    return sorted(kept + found, key=lambda s: (s.start, -s.end))


def dative_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans ending in a noun that governs a dative grown over that dative ("Китайский комитет
    содействия" + "развитию международной торговли"), where no other span reaches into it."""
    out = []
    for span in spans:
        end = dative_tail(doc, span.end) if span.label_ == "ORG" and span[-1].is_lower else span.end
        if end > span.end and not any(s.start < end and span.end < s.end for s in spans if s is not span):
            span = Span(doc, span.start, end, label="ORG")
        out.append(span)
    return out
