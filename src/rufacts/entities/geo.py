"""Places said as adjectives ("российский", "японского", "подмосковном").

``lexicons/geo_adjectives.tsv`` maps an adjective's lemma to the place it names. Here
the adjectives:

- take their part in an organization's name: "японского МИДа", "российского
  Минсельхоза" (the organization's span grows to the left over the adjectives);
- make a body out of a common noun (``lexicons/body_nouns.txt``): "американского
  правительства", "российском министерстве финансов", "государственный китайский
  банк" -- one organization each.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import Morph, get_morph, inflect, restore_case
from ..lexicons import load_list, load_rows
from ..lexicons.legal import legal_run
from .doc_words import indexed_positions, per_doc
from .quotes import OPENING_QUOTES

MAX_ADJECTIVES = 3   # adjectives before the noun: "японского дипломатического ведомства"
MAX_FILLERS = 3      # genitive words after it: "министерства иностранных дел"
COMPLEMENTED = {"министерство", "ведомство", "комитет", "служба", "агентство", "управление",
                "департамент", "комиссия"}


@lru_cache(maxsize=1)
def geo_adjectives() -> dict[str, str]:
    return {adjective: place for adjective, place in load_rows("geo_adjectives.tsv")}


def place_of(token: Token) -> str | None:
    """The place a token names as an adjective ("японского" -> "Япония"), else None."""
    if token.pos_ != "ADJ" or not token.is_alpha:
        return None
    return geo_adjectives().get(folded_lemma(token))


def lemma_positions(doc: Doc, wanted) -> list[int]:
    """Indices of the tokens whose lemma ``wanted(lemma)`` accepts, without making a
    Token object for every word of the doc (the hot loop of the entity step)."""
    if not len(doc):
        return []
    index = per_doc(doc, "lemmas", _lemma_index)  # once per doc in the entity step
    owner = getattr(wanted, "__self__", None)
    if getattr(wanted, "__name__", None) == "__contains__" and type(owner) in (set, frozenset, dict):
        # a lexicon's own test: the smaller side looked up in the other (``index.keys() & owner``
        # walks the whole lexicon where it is a dict or a frozenset)
        return indexed_positions(index, owner)
    hits = [index[lemma] for lemma in filter(wanted, index)]
    if len(hits) < 2:
        return list(hits[0]) if hits else []
    return sorted(i for positions in hits for i in positions)


def folded_lemma_positions(doc: Doc, words) -> list[int]:
    """Indices (ascending) of the tokens whose lower-case lemma, ё read as е, is one of ``words``
    (a set or a dict): ``lemma_positions(doc, lambda lemma: lemma.replace("ё", "е") in words)``
    by look-ups in an index of the folded lemmas (made once per doc), not a test of each lemma."""
    if not len(doc):
        return []
    return indexed_positions(per_doc(doc, "folded_lemmas", _folded_lemma_index), words)


def _folded_lemma_index(doc: Doc) -> dict[str, list[int]]:
    """Lower-case lemma, ё read as е -> the indices of its tokens (ascending): the lemma index
    itself where no lemma has an ё (most docs)."""
    index = per_doc(doc, "lemmas", _lemma_index)
    with_yo = [lemma for lemma in index if "ё" in lemma]
    if not with_yo:
        return index
    out = {lemma: positions for lemma, positions in index.items() if "ё" not in lemma}
    for lemma in with_yo:
        folded = lemma.replace("ё", "е")
        out[folded] = sorted(out.get(folded, []) + index[lemma])  # (new lists: the index kept as it is)
    return out


_LAST_INDEX: list = [b"", {}]  # the lemma hashes of the last doc asked about, and its index


def _lemma_index(doc: Doc) -> dict[str, list[int]]:
    """Lower-case lemma -> the indices of its tokens, for the last doc asked about (the entity
    step asks about one doc nine times; the doc's lemma hashes are the key)."""
    from spacy.attrs import LEMMA

    hashes = doc.to_array([LEMMA])
    key = hashes.tobytes()
    if key != _LAST_INDEX[0]:
        by_hash: dict[int, list[int]] = {}
        for i, h in enumerate(hashes.tolist()):
            by_hash.setdefault(h, []).append(i)
        index: dict[str, list[int]] = {}
        for h, positions in by_hash.items():
            index.setdefault(doc.vocab.strings[h].lower(), []).extend(positions)
        for positions in index.values():
            positions.sort()  # two hashes of one lower-case lemma ("Газпром", "газпром")
        _LAST_INDEX[:] = [key, index]
    return _LAST_INDEX[1]


def _case(token: Token) -> str | None:
    cases = token.morph.get("Case")
    return cases[0] if cases else None


def _agrees(adjective: Token, noun: Token) -> bool:
    a, n = _case(adjective), _case(noun)
    return a is None or n is None or a == n or adjective.is_sent_start and _acronym_after(adjective)


def _acronym_after(adjective: Token) -> bool:
    """A sentence's first adjective right before an acronym the dictionary knows as a body's, no
    institution kind's ("Японский МИД": the tagger's case of the acronym says nothing)."""
    from .org_kind_acronym_names import kind_acronyms

    if adjective.i + 1 >= len(adjective.doc):
        return False
    word = adjective.doc[adjective.i + 1]
    return word.is_upper and word.is_alpha and len(word) > 1 and word.text not in kind_acronyms() \
        and any("Abbr" in p.tag.grammemes and "Orgn" in p.tag.grammemes
                for p in get_morph().parse(word.text.lower()))


def _adjectives_before(doc: Doc, start: int, lower: bool = False) -> int:
    """The start of the adjectives before ``start`` if one of them names a place
    ("государственный китайский банк"), else ``start`` itself."""
    head = doc[start + 1] if doc[start].text in OPENING_QUOTES and start + 1 < len(doc) else doc[start]
    i = start - 1
    while i >= 0 and start - i <= MAX_ADJECTIVES and doc[i].pos_ == "ADJ" and doc[i].is_alpha \
            and _agrees(doc[i], head):
        i -= 1
    return i + 1 if any(place_of(doc[j]) and (doc[j].is_lower or not lower)
                        for j in range(i + 1, start)) else start


def _genitive(morph: Morph, place: str) -> str:
    """"Япония" -> "Японии", "Южная Корея" -> "Южной Кореи", "США" stays."""
    out = []
    for word in place.split():
        parses = [p for p in morph.parse(word) if p.tag.case == "nomn"] or list(morph.parse(word))
        form = inflect(parses[0], {"gent"}) if parses else None
        out.append(restore_case(word, form) if form else word)
    return " ".join(out)


def _quoted_place(token) -> str | None:
    """The place of a capitalized place adjective right before a quoted name, hyphenated or not: no
    part of the name ("Санкт-Петербургского «Зенита»" -> "Зенит"), as its lower-case twin is not
    (w342, session 38); else None."""
    if token.i + 1 >= len(token.doc) or token.doc[token.i + 1].text not in OPENING_QUOTES \
            or token.pos_ != "ADJ" or not token.text.replace("-", "").isalpha():
        return None
    return geo_adjectives().get(folded_lemma(token))


def geo_name(span: Span, morph: Morph, normal, key) -> tuple[str, str, str] | None:
    """The name of a body given with a place adjective, the place as its genitive:
    "японского МИДа" -> "МИД Японии", "российском министерстве финансов" ->
    "Министерство финансов России"; None where no place adjective leads the span.
    ``normal`` gives the normal form of a span (the head phrase in the nominative),
    ``key`` its grouping key; returns (name, grouping key, grouping key of the body
    without the place: "мид")."""
    quoted = next((t.text in OPENING_QUOTES for t in span if t.pos_ != "ADJ"), False)
    # "Омский университет": a name; "Воронежскому «Факелу»": the name is in the quotes
    places = [place_of(t) if t.is_lower or t.is_sent_start and (quoted or _acronym_after(t)) else _quoted_place(t)
              for t in span]  # ("Японский МИД" opening the sentence: as "японский МИД"; "Нижегородского «Волжанина»")
    if not places[0]:  # a capitalized first adjective starts a proper name ("Омский русский народный хор")
        if not (span[0].pos_ == "ADJ" and span[0].is_lower and any(places)):
            return None
    k = 0
    while k < len(span) and span[k].pos_ == "ADJ" and (span[k].is_alpha or places[k] is not None):
        k += 1
    place = next((p for p in places[:k] if p), None)
    if place is None or k >= len(span):
        return None
    from .org_place_acronyms import acronym_after_place, own_acronym
    if acronym_after_place(span) == k:  # "бразильская ЦУТ": a foreign body's own acronym, as written
        name = own_acronym(span[k].text) or span[k].text  # ("израильского ШАБАКа" -> ШАБАК)
        return name, key(span[k:]), key(span[k:])
    proper = capitalized_after_place(span, k)
    if proper is not None:  # "узбекского Агентства по карантину ...": the body's own name, as written
        return normal(proper), key(proper), key(proper)
    d = k  # "турецкой строительной группы Kuzey Yapı": past the descriptors to the name
    while d + 1 < len(span) and span[d].is_lower and span[d].pos_ == "NOUN" \
            and span[d].lemma_ in load_list("org_descriptors.txt") \
            and span[d].lemma_ not in load_list("org_branch_nouns.txt"):  # "американском отделении"
        d += 1
    if d == k and d + 1 < len(span) and span[d].is_upper and span[d].is_alpha \
            and span[d + 1].text in OPENING_QUOTES and span[d].lower_ in load_list("org_kind_abbreviations.txt"):
        d += 1  # "самарского РКЦ «Прогресс»": a kind's abbreviation is a descriptor too
    described = d > k and span[d].text in OPENING_QUOTES  # "южноафриканской компании «Мпумаланга Рисорсиз»"
    if d > k and _proper_after(span[d:]):  # "малайзийского агентства Бернама": the name, as written
        inner = span[d:]
        return inner.text, key(inner), key(inner)
    if d > k and (span[d].text in OPENING_QUOTES or span[d].text[:1].isascii() and span[d].text[:1].isalpha()):
        k = d
    latin = span[k].text[:1].isascii() and span[k].text[:1].isalpha()
    if span[k].text in OPENING_QUOTES or latin:  # 'ленинградского «Телевизора»': the quoted name is the name
        # ... and so is a name in Latin letters ("польскую Orlen", "иранский Bank Melli": not
        # "Orlen Польши"; the adjective says where the company is from)
        inner = span[k + 1:] if not latin else span[k:]
        while len(inner) and not any(c.isalnum() for c in inner[-1].text):
            inner = inner[:-1]  # the closing quote, not "Би-би-си" (a word with a hyphen)
        if not len(inner):
            return None
        if described:  # a quoted name after its descriptor is in apposition, as written (not of Мпумаланг)
            return normal(span[k:]).strip("«»\"„“ "), key(inner), key(inner)
        return normal(inner), key(inner), key(inner)
    rest = normal(span[k:])
    rest_key = key(span[k:])
    return (f"{rest[:1].upper()}{rest[1:]} {_genitive(morph, place)}",
            f"{rest_key} {place.lower().replace('ё', 'е')}", rest_key)


def capitalized_after_place(span: Span, k: int) -> Span | None:
    """The words from the first capitalized one after a lower-case place adjective opening ``span``
    (``k`` adjectives lead it), where they are a descriptive name of two or more words of Cyrillic
    letters written with its capital ("узбекским Государственным комитетом ветеринарии",
    "американской Национальной ассоциации риелторов"): the body's own name, which the article
    writes without its country; not an acronym ("японского МИДа"), a one-word name ("российского
    Минфина") or a quoted or Latin name (their own rules)."""
    j = next((i for i in range(1, min(k + 1, len(span))) if span[i].text[:1].isupper()), None)
    if j is None or len(span) - j < 2 or span[j].is_upper or not span[j].is_alpha \
            or span[j].text[:1].isascii() or any(t.text in OPENING_QUOTES for t in span[j:]):
        return None
    return span[j:]


def _proper_after(words) -> bool:
    """Capitalized Cyrillic words of a name after a lower-case descriptor, in apposition to it
    ("агентства Бернама", "компанией Пертамина"): as written, no place's genitive."""
    return all(t.is_alpha and t.text[:1].isupper() and not t.text.isascii() for t in words)


def extend_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """Organization spans grown over the place adjectives before them."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if span.label_ == "ORG" and not legal_run([t.text for t in span[:-1]]):  # "российское ООО «Уралтехснаб»":
            head = span.start  # the country's adjective is no part of a company's own name, as before its acronym
            if head > 1 and doc[head - 1].text in OPENING_QUOTES and doc[head - 2].pos_ == "ADJ":
                head -= 1  # 'ленинградского «Телевизора»'
            start = _adjectives_before(doc, head)
            if start < head and not any(i in taken for i in range(start, span.start)):
                span = Span(doc, start, span.end, label="ORG")
        out.append(span)
    return out


def body_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """New organization spans for a body named by a place adjective and a common noun."""
    bodies = load_list("body_nouns.txt")
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i in lemma_positions(doc, bodies.__contains__):
        token = doc[i]
        if token.i in taken or token.pos_ not in ("NOUN", "PROPN") or "Plur" in token.morph.get("Number"):
            continue  # "российских банков" are no one body
        start = _adjectives_before(doc, token.i, lower=True)
        if start == token.i or any(i in taken for i in range(start, token.i)):
            continue
        end = token.i + 1
        if token.lemma_.lower() in COMPLEMENTED:
            while end < len(doc) and end - token.i <= MAX_FILLERS and doc[end].is_alpha \
                    and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ") \
                    and _case(doc[end]) == "Gen" and end not in taken:
                end += 1
            if end > token.i + 1 and doc[end - 1].pos_ == "ADJ":
                end -= 1  # an adjective needs its noun
        out.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    return out


def adjective_places(doc: Doc, locations: list, person_spans: list[Span]) -> list:
    """Locations with their mentions said as adjectives ("российских" -> Россия, form
    "adjective"): in the entity of that place where the article names it, else in a new
    one. Capitalized adjectives count at a sentence's start only ("Российский лидер");
    elsewhere they begin names ("Российская академия наук")."""
    from ..facts import Location, Mention, mention_order

    def key(name: str) -> str:
        return name.lower().replace("ё", "е")

    taken = {i for s in person_spans for i in range(s.start, s.end)}
    found: dict[str, list] = {}
    geo = geo_adjectives()
    for i in folded_lemma_positions(doc, geo):
        token = doc[i]
        if token.i in taken or not (token.is_lower or token.is_sent_start):
            continue
        place = place_of(token)
        if place:
            found.setdefault(place, []).append(
                Mention(token.idx, token.idx + len(token.text), token.text, "adjective"))
    if not found:
        return locations
    by_key = {key(loc.name): k for k, loc in enumerate(locations)}
    out = list(locations)
    for place, mentions in found.items():
        k = by_key.get(key(place))
        if k is None:
            out.append(Location(name=place, mentions=tuple(mentions)))
        else:
            loc = out[k]
            out[k] = Location(name=loc.name, mentions=tuple(sorted(
                set(loc.mentions) | set(mentions), key=mention_order)))
    return sorted(out, key=lambda loc: loc.mentions[0].start)
