"""Governments and councils of a foreign state's region named by their kind and the region's kind and
proper name: "народное правительство провинции Хэнань", "правительства префектуры Фукусима",
"законодательным собранием штата Тамилнад", "ландтаг земли Тюрингия", "Правительство кантона Во",
"Большим советом кантона Тургау", "офисе губернатора штата Мэриленд".

A body's head noun (``lexicons/region_body_heads.txt``, with its fixed genitive complement:
"губернатора", "народных представителей") in the singular, the adjectives before it that agree with
it (in lower case, or capitalized: "Народное", "Генеральной"; a pronoun or an adjective of time or
standing in lower case or opening the sentence closes them: "нового правительства", "бывшего"),
then a region's kind noun (``lexicons/region_kind_nouns.txt``) in lower case with a genitive
singular reading (the tagger often reads "провинции", "земли" in another case), its lower-case
adjectives ("федеральной земли"), and the region's proper name: the tagger's place span there (or
its one-word person or its organization of capitalized words: "штата Вермонт"), or one capitalized
word it missed ("кантона Во"), two where the first is an adjective ("Новая Шотландия"), and a second
name after a spaced dash ("Мекленбург — Передняя Померания") or after "и" where the two are one
region ("Джамму и Кашмир"). One organization, its name in the nominative, lower case as written
(docs/gold-conventions.md: "администрация Тверской области"); the place stays (or becomes) a mention
of its own. Spans of the tagger inside it give way ("префектуры Фукусима", "Генеральной ассамблее",
"офисе губернатора"); a span that crosses its edges, or a longer organization over it, stands.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import lower_positions
from .geo import folded_lemma_positions

MAX_ADJECTIVES = 3   # "Генеральной", "народного", "законодательного" before the head
MAX_KIND_ADJECTIVES = 2  # "федеральной земли", "автономного сообщества"
DASHES = ("—", "–")
# adjectives of time and standing, which say which of a body's terms or states, not its name:
# "нового правительства", "бывшего парламента" (a pronoun's reading too: "этого", "своего")
PASSING = frozenset({"новый", "старый", "бывший", "нынешний", "прежний", "будущий", "действующий", "весь",
                     "сам", "тот", "этот", "такой", "другой", "каждый", "любой"})


@lru_cache(maxsize=1)
def _heads() -> dict[str, list[tuple[str, ...]]]:
    """Head lemma -> the complements it may take (as written), the longest first; () for none."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_list("region_body_heads.txt"):
        words = entry.replace("ё", "е").split()
        out.setdefault(words[0], []).append(tuple(words[1:]))
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@lru_cache(maxsize=1)
def _kind_genitives() -> frozenset[str]:
    """The genitive singular of each region kind ("провинции", "префектуры", "земли")."""
    morph = get_morph()
    out = set()
    for kind in load_list("region_kind_nouns.txt"):
        for p in morph.parse(kind):
            form = p.inflect({"gent", "sing"}) if p.tag.POS == "NOUN" and p.normal_form == kind else None
            if form is not None:
                out.add(form.word)
    return frozenset(out)


def _lemma_is(token: Token, lemmas) -> str | None:
    """The listed lemma of ``token``: the tagger's, or one of the dictionary's noun readings."""
    lemma = folded_lemma(token)
    if lemma in lemmas:
        return lemma
    return next((p.normal_form.replace("ё", "е") for p in get_morph().parse(token.lower_)
                 if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in lemmas), None)


def _genitive_singular(token: Token, lemma: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
               and p.normal_form.replace("ё", "е") == lemma for p in get_morph().parse(token.lower_))


def _singular_noun(token: Token, lemma: str) -> list:
    """The dictionary's singular readings of ``token`` as the noun ``lemma``."""
    return [p for p in get_morph().parse(token.lower_) if p.tag.POS == "NOUN" and p.tag.number == "sing"
            and p.normal_form.replace("ё", "е") == lemma]


def _agreeing(token: Token, readings: list, case: str | None = None) -> list:
    """``token``'s adjective readings that agree with one of the noun's ``readings`` (in ``case``)."""
    if not token.text.replace("-", "").isalpha():
        return []
    out = []
    for p in get_morph().parse(token.lower_):
        if p.tag.POS != "ADJF" or p.tag.number != "sing":
            continue
        if any(p.tag.case == r.tag.case and (case is None or r.tag.case == case) and (
                p.tag.gender == r.tag.gender or p.tag.case not in ("nomn", "accs")
                and {p.tag.gender, r.tag.gender} <= {"masc", "neut"}) for r in readings):
            out.append(p)
    return out


def _capital(doc: Doc, i: int) -> bool:
    """A capitalized Cyrillic word of letters (or hyphenated letters), no acronym."""
    t = doc[i]
    text = t.text.replace("-", "")
    return text.isalpha() and t.text[:1].isupper() and not (t.is_upper and len(text) > 1) and not text.isascii()


def _place_end(doc: Doc, p: int, starts: dict[int, Span]) -> int | None:
    """End of the region's proper name from ``p``: the tagger's place, else one capitalized word no
    span holds (two where the first is an adjective: "Новая Шотландия"); None where none stands."""
    if p >= len(doc):
        return None
    span = starts.get(p)
    if span is not None and span.label_ == "LOC":
        return span.end
    if span is not None and len(span) <= (1 if span.label_ == "PER" else 2) \
            and all(_capital(doc, i) for i in range(span.start, span.end)):
        return span.end  # the tagger's one-word person or body of capitalized words: "штата Вермонт"
    if span is not None or not _capital(doc, p) or doc[p].is_sent_start:
        return None
    end = p + 1
    if end < len(doc) and _capital(doc, end) and end not in starts and any(
            p_.tag.POS == "ADJF" and p_.tag.case == "nomn" for p_ in get_morph().parse(doc[p].lower_)):
        end += 1
    return end


def _joint_end(doc: Doc, end: int) -> int:
    """``end`` moved over "и" and the second of two places that are one region
    (``lexicons/joint_jurisdictions.txt``: "штата Джамму и Кашмир", "провинции Ньюфаундленд и Лабрадор")."""
    from .regions import _joint

    if end + 1 < len(doc) and doc[end].lower_ == "и" and _capital(doc, end + 1) \
            and _joint(doc[end - 1], doc[end + 1:end + 2]):
        return end + 2
    return end


def _dashed_end(doc: Doc, end: int, starts: dict[int, Span]) -> int:
    """``end`` moved over a second name after a spaced dash ("Мекленбург — Передняя Померания"):
    the tagger's place or capitalized words that close the phrase."""
    if end + 1 >= len(doc) or doc[end].text not in DASHES:
        return end
    span = starts.get(end + 1)
    if span is not None:
        return span.end if span.label_ == "LOC" else end
    k = end + 1
    while k < len(doc) and k - end <= 2 and _capital(doc, k) and k not in starts:
        k += 1
    if k == end + 1 or k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        return end  # (a longer run of capitals is a clause of its own)
    return k


def _head_start(doc: Doc, b: int) -> int | None:
    """Start of the body before the region's kind at ``b``: its adjectives, its head and the head's
    complement; None where no listed head stands there."""
    heads = _heads()
    for lemma, complements in heads.items():
        for complement in complements:
            h = b - len(complement) - 1
            if h < 0 or any(doc[h + 1 + n].lower_.replace("ё", "е") != w for n, w in enumerate(complement)):
                continue
            head = doc[h]
            if head.pos_ not in ("NOUN", "PROPN") or _lemma_is(head, (lemma,)) is None:
                continue
            readings = _singular_noun(head, lemma)
            if not readings:
                continue
            cases = {r.tag.case for r in readings}
            start = h
            while start > 0 and h - start < MAX_ADJECTIVES:
                adj = doc[start - 1]
                parses = [p for p in _agreeing(adj, readings) if p.tag.case in cases]
                if not parses:
                    break
                opening = adj.is_sent_start or start - 1 == 0
                if (adj.is_lower or opening) and any("Apro" in p.tag or p.normal_form.replace("ё", "е") in PASSING
                                                     for p in parses):
                    break  # "нового правительства", "Этот парламент": no name's word
                cases = {p.tag.case for p in parses}
                start -= 1
            return start
    return None


def region_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each regional body named by its kind, the region's kind and
    its proper name; the tagger's spans inside it dropped but the place."""
    kinds = load_list("region_kind_nouns.txt")
    positions = sorted(set(folded_lemma_positions(doc, kinds))
                       | set(lower_positions(doc, _kind_genitives())))  # (a lemma the tagger got wrong)
    if not positions:
        return spans
    starts: dict[int, Span] = {}
    for s in sorted(spans, key=lambda s: s.end - s.start):
        starts[s.start] = s  # the longest span at each start
    found = []
    for k in positions:
        kind = doc[k]
        lemma = _lemma_is(kind, kinds)
        if lemma is None or not kind.is_lower or not _genitive_singular(kind, lemma):
            continue
        end = _place_end(doc, k + 1, starts)
        if end is None:
            continue
        place = (k + 1, end)
        end = _dashed_end(doc, _joint_end(doc, end), starts)
        b = k
        while b > 0 and k - b < MAX_KIND_ADJECTIVES and doc[b - 1].is_lower and _agreeing(
                doc[b - 1], [p for p in get_morph().parse(kind.lower_) if p.tag.POS == "NOUN"], "gent"):
            b -= 1  # "федеральной земли"
        start = _head_start(doc, b)
        if start is not None:
            found.append((start, end, place))
    if not found:
        return spans
    out, added = list(spans), []
    for start, end, place in found:  # place: the region's own name (before a dash)
        if any(s.label_ in ("ORG", "PER") and s.start < end and start < s.end
               and not (start <= s.start and s.end <= end) for s in out):
            continue  # a name over its edge, or a longer organization over it, stands
        if any(s.label_ == "ORG" and (s.start, s.end) == (start, end) for s in out):
            continue
        out = [s for s in out if not (start <= s.start and s.end <= end and (s.label_ != "LOC" or s.start < place[0]))]
        added.append(Span(doc, start, end, label="ORG"))
        if not any(s.label_ == "LOC" and s.start == place[0] for s in out):
            added.append(Span(doc, *place, label="LOC"))  # the region a mention of its own
    if not added:
        return spans
    return sorted(out + added, key=lambda s: (s.start, -s.end))


def without_region_parts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` without an organization the descriptor rules made of a regional body's tail inside it
    ("префектуры Окинава" in "канцелярией губернатора префектуры Окинава", "совет штата Мэн" in
    "Исполнительный совет штата Мэн"): a span that ends with the body and opens, in lower case, on its
    head or its region's kind noun is no second body."""
    words = load_list("region_kind_nouns.txt") | _heads().keys()
    bodies = [s for s in spans if s.label_ == "ORG" and len(s) > 2 and any(
        t.is_lower and folded_lemma(t) in load_list("region_kind_nouns.txt") for t in s)]
    if not bodies:
        return spans
    parts = {(s.start, s.end) for s in spans for b in bodies
             if s.label_ == "ORG" and b.start < s.start and s.end == b.end and s[0].is_lower
             and _lemma_is(s[0], words) is not None}
    return [s for s in spans if (s.start, s.end) not in parts] if parts else spans
