"""Institutions named by adjectives and a common noun, which the tagger often misses or
reads as a place: "Ивановскую филармонию", "Северо-Кавказским федеральным университетом",
"Ивановским роддомом № 4", "Пермского театра оперы и балета".

An institution noun (``lexicons/institution_nouns.txt``, or an enterprise's noun of
``lexicons/org_plant_heads.txt``: "Аликовским лесхозом", "Урмарского хлебозавода") in the singular, with up to four
adjectives before it that agree with it (pymorphy3 readings in the noun's case, number and
gender), the first of them capitalized, is one organization. Its name takes in a number
after the noun ("№ 4"), "имени" with the capitalized words after it, and, for nouns marked
"+", a lower-case genitive complement (a genitive to the tagger or, where the tagger kept the noun's
case, to the analyzer: "в институте степной экологии") ending in a field noun (``lexicons/institution_fields.txt``:
"оперы и балета", "общей юрисдикции"; not "суда комплекса зданий").

A number after the noun names one body whatever the words before it: "в городской больнице
№ 3", "закончил школу № 212" (the adjectives of kind and level taken in, not "нашей" or
"новой"). A capitalized first word of a sentence says nothing of a name, so there the first
adjective must be an ordinal before another adjective ("Пятнадцатый арбитражный апелляционный
суд") or a relative one formed from a proper name ("Ивановская", "Басманный"): ending in
-ский/-цкий/-ской, not qualitative, and not a word that only says a kind or a level
(``lexicons/institution_adjectives.txt``: "Городская", "Областная") or a country's or a big
city's adjective (``lexicons/geo_adjectives.tsv``: "Американское агентство сообщило") unless
adjectives of kind follow it ("Красноярская краевая клиническая больница"); before a noun a
sentence's first word may name, two adjectives or more name the body whenever the first is a
relative one or a kind's and no quality ("Республиканская клиническая больница", "Греческий
национальный оперный театр"; not "Новая городская больница"). A noun marked "<adjective" is an
institution only right after that adjective ("железная дорога"). A number after the
noun may come with an honoree ("школа № 2 имени Пушкина"); a noun marked "№" names an institution
only with its number ("детский сад № 34").
A span of the tagger inside the phrase (a place "Ивановскую", the whole phrase as a place)
gives way to the organization; the tagger's organization ending in the noun takes in
the number or complement after it. A name right after the noun makes the noun its
descriptor ("Российский фонд DST"), left to the descriptor rules. An organization or person span that reaches outside the
phrase, or covers its noun, stands and nothing is added.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES, Morph
from ..lexicons import load_list
from .geo import geo_adjectives, lemma_positions
from .org_bracketed_adjectives import bracketed_before
from .doc_words import morph_values
from .honoree import honoree_stop

MAX_ADJECTIVES = 4
NUMBER_SIGNS = ("№", "N")  # "школа № 5", "ГКБ N 15"
MAX_COMPLEMENT = 3   # genitive words after the noun: "общей юрисдикции", "оперы и балета"
RELATIVE = ("ский", "цкий", "ской")
SECOND_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}  # "в саду": the locative


@lru_cache(maxsize=1)
def _nouns() -> dict[str, tuple[bool, bool, bool]]:
    """Institution noun lemma -> (whether it takes a genitive complement, whether a
    sentence's first word may name it, whether a country's adjective names it there: "=", a
    body one per country, "Российская премьер-лига")."""
    out = {}
    for entry in load_list("institution_nouns.txt"):
        words = entry.split()
        out[words[0]] = ("+" in words[1:] or "*" in words[1:], "-" not in words[1:], "=" in words[1:])
    for head in load_list("org_plant_heads.txt"):  # enterprises: "Аликовским лесхозом", "Урмарского хлебозавода"
        out.setdefault(head, (False, True, False))
    return out


@lru_cache(maxsize=1)
def numbered_only() -> frozenset[str]:
    """Nouns marked "№": an institution only with a number after them ("детский сад № 34")."""
    return frozenset(e.split()[0] for e in load_list("institution_nouns.txt") if "№" in e.split()[1:])


@lru_cache(maxsize=1)
def plural_named() -> frozenset[str]:
    """Nouns marked "pl": a body named in the plural ("Турецкие авиалинии")."""
    return frozenset(e.split()[0] for e in load_list("institution_nouns.txt") if "pl" in e.split()[1:])


@lru_cache(maxsize=1)
def bound_adjectives() -> dict[str, frozenset[str]]:
    """Nouns marked "<adjective": an institution only with one of those adjectives right before them
    ("Свердловская железная дорога", not "Военно-Грузинская дорога"; "морской рыбный порт")."""
    return {e.split()[0]: frozenset(w[1:] for w in e.split()[1:] if w.startswith("<"))
            for e in load_list("institution_nouns.txt") if "<" in e}


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """The head noun of every entry of ``lexicons/institution_nouns.txt`` (its first word), but
    for a noun bound to its adjective ("<железный": "дорога" alone is no institution's)."""
    return frozenset(e.split()[0] for e in load_list("institution_nouns.txt")) - bound_adjectives().keys()


@lru_cache(maxsize=1)
def _product_nouns() -> frozenset[str]:
    """Enterprise nouns marked "*": a genitive complement ending in a plural noun, what the
    enterprise makes, is part of the name ("завод металлоконструкций", "комбинат хлебопродуктов")."""
    return frozenset(e.split()[0] for e in load_list("institution_nouns.txt") if "*" in e.split()[1:])


def _before_name(doc: Doc, end: int, spans: list[Span]) -> bool:
    """Whether a name follows the noun, which is then its descriptor ("фонд DST",
    "театр «Современник»")."""
    if end >= len(doc):
        return False
    t = doc[end]
    # a person after the noun names it only where institutions are named after people, in the
    # genitive ("фонд Владимира Потанина"); else it is the post's holder ("главы Каменского сельсовета Ивана Рябова")
    named = load_list("org_dedicated_descriptors.txt")
    return t.text in "«\"„“" or any(s.start == end and (s.label_ == "ORG" or s.label_ == "PER" and (
        doc[end - 1].lemma_.lower() in named) and _genitive_word(t)) for s in spans) \
        or t.is_alpha and t.text[:1].isupper() and t.text[:1].isascii()


def _preposition_led(span: Span, start: int, k: int) -> bool:
    """Whether ``span`` is a person the tagger read in a preposition and the adjectives of the
    institution ``start``..``k`` ("О Сызранском" of "О Сызранском водоканале"): the
    preposition is no initial, the adjective no surname."""
    return span.label_ == "PER" and span.start < start < span.end <= k \
        and all(t.pos_ == "ADP" for t in span.doc[span.start:start])


def _genitive_word(token: Token) -> bool:
    """A word with a genitive singular reading: a namesake after the noun ("театра Олега Табакова"), not the
    subject after it ("Большого драматического театра Вадим Ласточкин не появлялся")."""
    from ..grammars.morph import get_morph

    return any(p.tag.case == "gent" and p.tag.number == "sing" for p in get_morph().parse(token.text))


def _noun_readings(morph: Morph, token: Token) -> set[tuple[str, str | None]]:
    """(case, gender) readings of the noun in the singular ("саду": the locative too), in a case
    spaCy gives it or the adjective before it where it gives one, else every reading."""
    cases = {UD_CASES.get(c) for c in morph_values(token, "Case")}
    before = token.doc[token.i - 1] if token.i else None
    if cases and before is not None and before.pos_ == "ADJ":  # "Детскому саду": Dat and Loc to spaCy
        cases |= {UD_CASES.get(c) for c in morph_values(before, "Case")}
    every = set()
    for p in morph.parse(token.text):
        if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") == folded_lemma(token) and (
                p.tag.number == "sing" or p.normal_form in plural_named()):  # "Турецких авиалиний"
            every.add((SECOND_CASES.get(p.tag.case, p.tag.case), p.tag.gender if p.tag.number == "sing" else "plur"))
    return {r for r in every if not cases or r[0] in cases} or every


def _adjective(morph: Morph, token: Token, readings: set) -> list:
    """The pymorphy3 adjective parses of ``token`` that agree with one of the noun's
    readings."""
    if not token.is_alpha and not (token.text.count("-") == 1 and token.text.replace("-", "").isalpha()):
        return []
    out = []
    for p in morph.parse(token.text):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur" and (p.tag.case, "plur") in readings:
            out.append(p)
        elif p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "sing" and any(
                p.tag.case == case and (p.tag.gender == gender or gender is None
                                        or p.tag.case in ("ablt", "datv", "loct", "gent")
                                        and gender in ("masc", "neut") and p.tag.gender in ("masc", "neut"))
                for case, gender in readings):
            out.append(p)
    return out


def agrees(morph: Morph, adjective: Token, noun: Token) -> bool:
    """``adjective`` has a reading that agrees with one of ``noun``'s (its readings as
    :func:`_noun_readings` gives them)."""
    return bool(_adjective(morph, adjective, _noun_readings(morph, noun)))


def opens_sentence(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in "«\"„“(—-"):
        j -= 1
    return j < 0 or doc[i].is_sent_start or doc[j].is_sent_start and doc[j].is_punct or doc[j].text in ".!?…:"


def _named(parses: list, token: Token, first_word: bool, rest: Span | tuple = (), chain: bool = False) -> bool:
    """Whether a capitalized first adjective makes the phrase a proper name. At a sentence's
    start an ordinal before another adjective numbers one of a series of bodies ("Пятнадцатый
    арбитражный апелляционный суд", "Второй кассационный суд"), not "Второй суд"; a country's or
    a city's adjective names a body before adjectives of its kind and level ("Красноярская краевая
    клиническая больница"), not alone ("Американское агентство сообщило"). With ``chain`` (a noun
    a sentence's first word may name, two adjectives or more before it) a relative first adjective
    names it even where it says a kind, a level or a country: "Республиканская клиническая больница",
    "Областная клиническая больница", "Греческий национальный оперный театр" ("Городская больница"
    alone stays a kind; not a quality's "Новая городская больница")."""
    if not token.text[:1].isupper() or token.is_upper and len(token.text) > 1:
        return False
    if not first_word:
        return True
    if rest and any("Anum" in p.tag for p in parses):
        return True
    kinds = load_list("institution_adjectives.txt")
    generic = kinds | geo_adjectives().keys()
    if rest and all(folded_lemma(t) in kinds for t in rest):
        generic = kinds
    if rest and chain:  # (a word of kind too: "Областная клиническая больница", not "Новая городская")
        return any((p.normal_form.endswith(RELATIVE) or folded_lemma(token) in kinds)
                   and not {"Qual", "Apro", "Anum"} & p.tag.grammemes for p in parses)
    return any(p.normal_form.endswith(RELATIVE) and "Qual" not in p.tag and "Anum" not in p.tag
               and p.normal_form.replace("ё", "е") not in generic and p.normal_form not in generic
               for p in parses)  # "Американское агентство сообщило": any agency of that country


def after_named(doc: Doc, i: int) -> int | None:
    """Index after "имени" or "им." at ``i`` (the tokenizer may cut "им" from its dot); None where
    neither stands there."""
    if i < len(doc) and doc[i].lower_ in ("имени", "им."):
        return i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "им" and doc[i + 1].text == ".":
        return i + 2
    return None


def _end(doc: Doc, k: int, complement: bool) -> int:
    """End of the name after its noun at ``k``: "№ 4", "имени Пушкина" (after the number too), a
    genitive complement."""
    end = k + 1
    if numbered(doc, end - 1):
        end += 2  # "школа № 2", "школа № 2 имени Пушкина"
        if after_named(doc, end) is None:
            return end
        k = end - 1
    named = after_named(doc, end)
    if named is not None:
        stop = honoree_stop(doc, named)
        return stop if stop is not None else k + 1
    if complement:
        stop, words = end, 0
        while stop < len(doc) and words < MAX_COMPLEMENT:
            t = doc[stop]
            if t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ") and _genitive(t):
                words += 1
                stop += 1
            elif t.lower_ == "и" and stop > end and doc[stop - 1].pos_ == "NOUN" and stop + 1 < len(doc) \
                    and doc[stop + 1].is_lower and doc[stop + 1].pos_ in ("NOUN", "ADJ") \
                    and _genitive(doc[stop + 1]):
                stop += 1
            else:
                break
        while stop > end and doc[stop - 1].pos_ != "NOUN" and not (  # ("португальских трудящихся": a noun)
                folded_lemma(doc[stop - 1]) in load_list("substantive_adjectives.txt")):
            stop -= 1
        fields = load_list("institution_fields.txt")
        last = doc[stop - 1]
        if not (stop > end and (folded_lemma(last) in fields or (
                doc[k].lemma_.lower() in _product_nouns() and "Plur" in morph_values(last, "Number")
                and not (stop < len(doc) and doc[stop].lower_ in ("не", "ни"))))):
            return k + 1  # (not an object before a negation: "на заводе турбин не хватает")
        if numbered(doc, stop - 1):
            return stop + 2  # "Больница скорой медицинской помощи № 2"
        return stop
    return end


def _genitive(token: Token) -> bool:
    """A genitive to the tagger, or to the analyzer where the tagger carried the noun's oblique case
    over a form that is both ("в институте степной экологии": "степной экологии" read as locatives);
    the complement counts only where it ends in a field noun."""
    if "Gen" in morph_values(token, "Case"):
        return True
    from ..grammars.morph import get_morph

    pos = "NOUN" if token.pos_ == "NOUN" else "ADJF"
    return bool(morph_values(token, "Case")) and any(p.tag.POS == pos and p.tag.case == "gent"
                                                 for p in get_morph().parse(token.lower_))


def numbered(doc: Doc, k: int) -> bool:
    """A number right after the token at ``k``: "№ 12", "N 15"."""
    return k + 2 < len(doc) and doc[k + 1].text in NUMBER_SIGNS and doc[k + 2].like_num


def _numbered_end(doc: Doc, k: int, end: int) -> bool:
    """A number right after the noun at ``k`` or after its complement, the name ending at ``end``
    ("больница скорой медицинской помощи № 2")."""
    return numbered(doc, k) or end - 2 > k and doc[end - 2].text in NUMBER_SIGNS or _honoree_end(doc, k, end)


def _honoree_end(doc: Doc, k: int, end: int) -> bool:
    """The noun at ``k`` named after a person, the name ending after the honoree ("больница имени
    Пирогова", "школа им. Пушкина"): an institution of that kind, named as its number would."""
    named = after_named(doc, k + 1)
    return named is not None and end > named


def _honoree_named_elsewhere(doc: Doc, spans: list[Span], end: int) -> bool:
    """The honoree's surname (the last word before ``end``) in an organization the tagger found
    elsewhere in the doc: a lower-case "театр имени ..." refers back (or ahead) to that body's
    full name, which coreference joins it to."""
    lemma = doc[end - 1].lemma_.lower()
    return any(s.label_ == "ORG" and not s.start <= end - 1 < s.end and any(t.lemma_.lower() == lemma for t in s)
               for s in spans)


def _kind_words(morph: Morph, doc: Doc, start: int, k: int) -> int:
    """The start of the adjectives before a numbered noun that say its kind or level
    ("средней", "городской клинической"), past pronouns and qualities ("нашей", "новой")."""
    while start < k and any("Apro" in p.tag or "Qual" in p.tag or "Anum" in p.tag
                            for p in morph.parse(doc[start].text) if p.tag.POS == "ADJF"):
        start += 1
    return start


def institution_orgs(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with an ORG span for each institution named by its adjectives; tagger spans
    inside it dropped."""
    nouns = _nouns()
    found, extended = [], []
    for s in spans:  # the tagger's "Детской школе искусств" + "№ 2"
        if s.label_ == "ORG" and numbered(doc, s.end - 1) and any(
                t.is_lower and t.lemma_.lower() in nouns and t.pos_ == "NOUN" for t in s) \
                and not any(o.start <= s.end < o.end for o in spans):
            extended.append((s, Span(doc, s.start, s.end + 2, label="ORG")))
    for k in lemma_positions(doc, nouns.__contains__):
        noun = doc[k]
        if noun.pos_ not in ("NOUN", "PROPN") or "Plur" in morph_values(noun, "Number") and not numbered(doc, k) \
                and noun.lemma_.lower() not in plural_named() or not (  # ("поликлиники № 7": one)
                noun.is_lower or noun.is_title and opens_sentence(doc, k)):  # "Больница № 2 закупила"
            continue
        if not noun.is_lower and not _numbered_end(doc, k, _end(doc, k, nouns[noun.lemma_.lower()][0])):
            continue
        if noun.lemma_.lower() in numbered_only() and not numbered(doc, k):
            continue  # "Летний сад": a park
        bound = bound_adjectives().get(noun.lemma_.lower())
        if bound and not (k and folded_lemma(doc[k - 1]) in bound):
            continue
        grown = [s for s in spans if s.label_ == "ORG" and s.end == k + 1]
        if grown:  # the tagger's "Второй кассационный суд" + "общей юрисдикции"
            end = _end(doc, k, nouns[noun.lemma_.lower()][0])
            if end > k + 1 and not any(s.start < end and s.end > k + 1 for s in spans):
                extended.append((grown[0], Span(doc, grown[0].start, end, label="ORG")))
            continue
        readings = _noun_readings(morph, noun)
        if not readings:
            continue
        start, parses = k, []
        while start > 0 and k - start < MAX_ADJECTIVES:
            agreeing = _adjective(morph, doc[start - 1], readings)
            if not agreeing and start < k:  # "Казанском (Приволжском) федеральном университете"
                bracket = bracketed_before(doc, start, lambda t: bool(_adjective(morph, t, readings)))
                agreeing = _adjective(morph, doc[bracket - 1], readings) if bracket else []
                start = bracket if agreeing else start
            if not agreeing:
                break
            start -= 1
            parses = agreeing
        complement, opening, national = nouns[noun.lemma_.lower()]
        chain = opening
        first = opens_sentence(doc, start)
        end = _end(doc, k, complement)
        if first and not opening and k - start >= 2:
            opening = True  # "Муслюмовской районной комиссией": a place's adjective before a kind's
        if start == k or first and not opening or not (_named(parses, doc[start], first, doc[start + 1:k], chain)
                                                       or national and any(
                p.normal_form in geo_adjectives() for p in parses) and doc[start].text[:1].isupper()):
            if not _numbered_end(doc, k, end) or not numbered(doc, k) and _honoree_end(doc, k, end) \
                    and _honoree_named_elsewhere(doc, spans, end):
                continue  # "в театре им. Галиаскара Камала" after "театре имени Г. Камала": coref's
            start = _kind_words(morph, doc, start, k)  # "в городской больнице № 3", "школу № 212"
        if end == k + 1 and _before_name(doc, end, spans):
            continue
        if any(s.start <= k < s.end and s.label_ in ("ORG", "PER") or (
                s.label_ in ("ORG", "PER") and s.start < end and start < s.end
                and (s.start < start or s.end > end)) and not _preposition_led(s, start, k) for s in spans):
            continue  # the tagger's organization has it, or a name overlaps its edge
        found.append((Span(doc, start, end, label="ORG"), k))
    if extended:
        old = {(a.start, a.end): b for a, b in extended}
        spans = [old.get((s.start, s.end), s) for s in spans]
    if not found:
        return spans
    kept = [s for s in spans if not any(  # a person after "имени" stays
        f.start <= s.start and s.end <= f.end and (s.label_ != "PER" or s.start <= k) or _preposition_led(s, f.start, k)
        for f, k in found)]
    return sorted(kept + [f for f, _ in found], key=lambda s: (s.start, -s.end))
