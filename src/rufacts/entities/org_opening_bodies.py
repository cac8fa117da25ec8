"""A body named by a capitalized adjective before its head noun, which the tagger misses where
nothing but the adjective says it is a name: "Вологодскому облисполкому поручено ...", "Тверской
таможне передали ...", "Хорватскому фонду занятости выделено ...", "Окружная коллегия адвокатов
Тувы направила ..."; and a sentence's capitalized first noun of a body with its complement and a
place ("Министерству земли, транспорта и туризма Японии поручено").

A body's head noun (``org_lead_nouns.body_nouns`` and ``lexicons/org_opening_heads.txt``, a noun
marked "<adjective" only after that adjective: "особая экономическая зона") in the singular, found
through the doc's lemma index, with up to four adjectives before it that agree with it in case,
number and gender (pymorphy3's readings in the noun's case), the first of them capitalized, is one
organization. Inside a sentence the capital says so. A sentence's first word is capitalized for the
sentence, so there the first adjective must be formed from a place's name the dictionary knows
("Могилёвскому" from Могилёв, not "Гражданское"), or be a country's or a big city's
(``lexicons/geo_adjectives.tsv``) before other adjectives ("Московскому областному суду", not
"Американской компании выделено"), or the name must go on with a capitalized place in the genitive
("Квалификационная коллегия судей Омской области").

The name takes in the head's lower-case genitive complement (adjectives and nouns ending in a
noun, with "и" or a comma between nouns: "фонду развития промышленности", "министерству
земли, транспорта и туризма") and a capitalized place in the genitive after it ("Японии",
"Омской области"). Not where an organization or a person of the tagger or the rules covers a word
of it or a place covers its head ("по Российской федерации"; a zone named with its adjective is
no place: "Рижской свободной экономической зоне") (a place inside gives way, one across
its edge stands; a person that is one adjective with no name's reading gives way), not before a quote or a Latin name (the descriptor's rules), not
after a capitalized word. Read by :func:`rufacts.entities.org_foreign_tails.capital_adjective_bodies`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import UD_CASES, UD_GENDERS, get_morph
from ..lexicons import load_list
from .doc_words import morph_values
from .geo import geo_adjectives, lemma_positions
from .institutions import opens_sentence
from .org_country_ministries import genitive_run_end
from .org_lead_nouns import body_nouns
from .spans import with_found

MAX_ADJECTIVES = 4
MAX_COMPLEMENT = 8  # "земли, инфраструктуры, транспорта и туризма"
SAME_FORM = {"nomn": "accs", "accs": "nomn"}  # an inanimate noun's two cases the tagger confuses
PLACE_NOUNS = ("область", "край", "район", "округ", "республика", "автономный")


@lru_cache(maxsize=1)
def _heads() -> dict[str, str | None]:
    """Head lemma -> the adjective it needs before it (None where any)."""
    out: dict[str, str | None] = {h: None for h in body_nouns()}
    for line in load_list("org_opening_heads.txt"):
        head, _, bound = line.partition("<")
        out[head.strip()] = bound.strip() or None
    return out


def _own_head(noun: Token) -> bool:
    """A head of ``lexicons/org_opening_heads.txt``, no place's noun ("Вологодскую судоверфь" the tagger
    takes for a place)."""
    return noun.lemma_.lower() in load_list("org_opening_heads.txt")


def _adjective_agrees(token: Token, case: str, number: str, gender: str | None) -> list:
    """pymorphy3's adjective readings of ``token`` in the noun's case, number and gender."""
    if not token.is_alpha and "-" not in token.text or token.is_upper and len(token.text) > 1:
        return []
    out = []
    for p in get_morph().parse(token.text.lower()):
        tag = p.tag
        if tag.POS != "ADJF" or tag.case != case or tag.number != number:
            continue
        if number == "sing" and gender and tag.gender != gender:
            continue
        out.append(p)
    return out


def _place_derived(lemma: str) -> bool:
    """An adjective's lemma formed from a place's name the dictionary knows ("могилёвский" from
    Могилёв, "липецкий" from Липецк, "лиепайский" from Лиепая, "тверской" from Тверь), not from a
    common noun ("гражданский")."""
    suffix = next((e for e in ("ский", "ской", "цкий", "цкой") if lemma.endswith(e)), None)
    if suffix is None or len(lemma) - len(suffix) < 2:
        return False
    stem = lemma[:-len(suffix)]
    if suffix[0] == "ц":
        names = [stem + "цк", stem + "ц"]
    else:
        names = [stem, stem + "ск", stem + "а", stem + "я", stem + "ия", stem + "ь", stem + "о", stem + "и"]
        names += [stem[:-1] + "я"] if stem.endswith("й") else []
        names += [stem[:-2] + "а", stem[:-2] + "о"] if stem.endswith("ен") else []
        names += [stem[:-1] + "га"] if stem.endswith("ж") else []  # "рижский": Рига
        names += [stem[:-2] + stem[-1] + "а"] if stem[-2:-1] in ("о", "е") else []  # "вологодский": Вологда
    morph = get_morph()
    return any("Geox" in p.tag and p.normal_form == name and p.is_known for name in names for p in morph.parse(name))


def _countries(lemma: str, geo) -> bool:
    """A compound adjective of countries' adjectives (``lexicons/geo_adjectives.tsv``): "российско-эмиратский",
    "российско-китайский" (each part but the last in "-о": "российско" of "российский"), as a country's own."""
    parts = lemma.split("-")
    return len(parts) > 1 and all(part.endswith("о") and part[:-1] + "ий" in geo for part in parts[:-1]) \
        and parts[-1] in geo


def _relative(parses: list, chain: bool) -> bool:
    """A sentence's first adjective that names a body: one formed from a place's name, not a country's
    or a big city's (``lexicons/geo_adjectives.tsv``: "Американской компании выделено") unless
    adjectives of a kind follow it (``chain``: "Московскому областному суду"; not a quality or a second
    place: "Американская крупная компания"); a country's with "все-"/"обще-"
    ("Всебелорусское народное собрание"); two countries' ("Российско-Эмиратскому деловому совету")."""
    geo = geo_adjectives()
    for p in parses:
        lemma = p.normal_form.replace("ё", "е")
        if {"Qual", "Anum", "Apro"} & p.tag.grammemes:
            continue
        if lemma in geo or p.normal_form in geo or _countries(lemma, geo):
            if chain:
                return True
            continue
        if lemma.startswith(("все", "обще")) and lemma[3 if lemma[0] == "в" else 4:] in geo:
            return True
        if _place_derived(p.normal_form) or lemma in load_list("org_crown_adjectives.txt"):
            return True  # (a crown's: "Королевская испанская федерация футбола")
    return False


def _kind_adjective(token: Token) -> bool:
    """An adjective after a country's that says what kind of body it is ("областному", "народное"), not a
    quality ("крупная": pymorphy3's Qual) nor a second place ("Британская японская компания")."""
    geo = geo_adjectives()
    return not any("Qual" in p.tag.grammemes or p.normal_form.replace("ё", "е") in geo
                   for p in get_morph().parse(token.lower_))


def _place_end(doc: Doc, k: int, spans: list[Span]) -> int:
    """End of a capitalized place in the genitive at ``k`` ("Японии", "Омской области",
    "Ханты-Мансийского автономного округа"); ``k`` where none."""
    if k >= len(doc) or not doc[k].text[:1].isupper() or doc[k].is_upper and len(doc[k].text) > 1:
        return k
    if any(s.start <= k < s.end and s.label_ in ("ORG", "PER") for s in spans):
        return k
    token = doc[k]
    if "Gen" not in morph_values(token, "Case"):
        return k
    loc = next((s for s in spans if s.start == k and s.label_ == "LOC"), None)
    if loc is not None:
        return loc.end
    if token.pos_ == "PROPN":
        return k + 1
    stop = k + 1
    while stop < len(doc) and stop - k < 3 and doc[stop].is_lower and "Gen" in morph_values(doc[stop], "Case"):
        if folded_lemma(doc[stop]) in PLACE_NOUNS:
            return stop + 1 if doc[stop].pos_ == "NOUN" else stop
        stop += 1
    return k


def _opening_head(doc: Doc, k: int, spans: list[Span], taken: set[int]) -> Span | None:
    """A sentence's capitalized first noun, a body's head, with its genitive complement and a
    capitalized place after it: "Министерству земли, транспорта и туризма Японии поручено"."""
    after = genitive_run_end(doc, k, MAX_COMPLEMENT)
    end = _place_end(doc, after, spans) if after > k + 1 else after
    if end == after or any(i in taken for i in range(k, end)) or any(
            s.label_ == "LOC" and s.start < end < s.end for s in spans):
        return None
    return Span(doc, k, end, label="ORG")


def _body(doc: Doc, k: int, spans: list[Span], taken: set[int]) -> Span | None:
    noun, heads = doc[k], _heads()
    if k in taken or noun.pos_ != "NOUN" or morph_values(noun, "Number") != ["Sing"]:
        return None
    if not noun.is_lower:
        return _opening_head(doc, k, spans, taken) if noun.is_title and opens_sentence(doc, k) \
            and heads.get(noun.lemma_.lower()) is None else None
    cases = [UD_CASES[c] for c in morph_values(noun, "Case") if c in UD_CASES]
    if len(cases) != 1:
        return None
    genders = morph_values(noun, "Gender")
    gender = UD_GENDERS.get(genders[0]) if genders else None
    if k and cases[0] in SAME_FORM and not _adjective_agrees(doc[k - 1], cases[0], "sing", gender):
        other = SAME_FORM[cases[0]]  # "Окскую судоверфь", "Смоленский таможенный пост": one form for both
        if any(p.tag.case == other and p.tag.number == "sing" and p.normal_form == noun.lemma_.lower()
               for p in get_morph().parse(noun.lower_)):
            cases = [other]  # (the adjective before the noun tells which)
    start, parses = k, []
    while start > 0 and k - start < MAX_ADJECTIVES:
        agreeing = _adjective_agrees(doc[start - 1], cases[0], "sing", gender)
        if not agreeing:
            break
        start -= 1
        parses = agreeing
        if not doc[start].is_lower:
            break
    first = doc[start]
    if start == k or first.is_lower or not first.text[:1].isupper():
        return None
    bound = heads.get(noun.lemma_.lower())
    if bound and not any(folded_lemma(t) == bound for t in doc[start:k]):
        return None
    opening = opens_sentence(doc, start)
    if not opening and start and (doc[start - 1].text[:1].isupper() or doc[start - 1].text in ("«", '"', "„")):
        return None
    after = genitive_run_end(doc, k, MAX_COMPLEMENT)
    end = _place_end(doc, after, spans)
    kinds = k - start >= 2 and (bound is not None or all(_kind_adjective(t) for t in doc[start + 1:k]))
    # (the adjective a head needs is a kind's: "Смоленский таможенный пост", pymorphy3's Qual aside)
    if opening and not (_relative(parses, kinds) or end > after):
        return None
    if end < len(doc) and (doc[end].text in ("«", '"', "„") or doc[end].text[:1].isascii() and doc[end].is_alpha):
        return None  # "фонду «...»", "банку Barclays": the descriptor's rules
    if any(i in taken for i in range(start, end)) or any(s.label_ == "LOC" and (
            s.start < start < s.end or s.start < end < s.end or s.start <= k < s.end and not (bound or kinds or _own_head(noun))) for s in spans):
        # (a place over the head gives way to a kind's adjective, "Болгарскому футбольному союзу", and
        # over a head of the lexicon: "Вологодскую судоверфь")
        return None
    return Span(doc, start, end, label="ORG")


def _adjective_person(span: Span) -> bool:
    """A person of the tagger that is one adjective with no name's reading ("[Могилёвскому]
    облисполкому"): it gives way to the body."""
    return len(span) == 1 and span[0].pos_ == "ADJ" and not any(
        {"Surn", "Name", "Patr"} & p.tag.grammemes for p in get_morph().parse(span[0].text.lower()))


def opening_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each body named by its capitalized adjective the tagger and
    the rules before missed; places inside give way."""
    taken = {i for s in spans for i in range(s.start, s.end) if s.label_ == "ORG" or s.label_ == "PER"
             and not _adjective_person(s)}
    found = []
    for k in lemma_positions(doc, _heads().__contains__):  # the head first: a few words of the doc
        span = _body(doc, k, spans, taken)
        if span is not None:
            found.append(span)
            taken.update(range(span.start, span.end))
    return with_found(spans, found)
