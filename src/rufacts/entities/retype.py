"""Names the NER types wrongly, set right by lexicons and the words around them.

- ``lexicons/name_types.tsv``: supranational bodies and alliances are organizations
  ("ЕС", "НАТО", "большая двадцатка"), a space station is a place ("МКС"); "Кремль" and
  "Белый дом" are the organization where they act or speak and the place after a
  spatial preposition ("в Кремле").
- ``lexicons/vehicle_heads.txt``: a quoted name after a vehicle noun ("корабль «Союз»",
  "шаттл «Дискавери»") names a craft, not an organization; the same name elsewhere in
  the article ("после «Дискавери»") is no organization either; so is one after a work's noun
  (``lexicons/work_title_heads.txt``: "программа «Время»", "сериал «Кухня»").
- ``lexicons/event_heads.txt``: a name after an award or event noun, quoted or in Latin letters
  ("лауреат премии Grammy", "фестиваля «Кинотавр»"), is the award's or event's, not an
  organization, and so is the same name elsewhere in the article;
- ``lexicons/name_types.tsv`` EVENT: a recurring event known by its name alone ("к «Евровидению»",
  "«Кинотавр»") is no organization;
- ``lexicons/disease_names.txt``: a disease or virus ("COVID-19") is no organization or person;
- a legal form alone ("ПАО" for a spacecraft's module) is no organization.
- a sentence's first word the tagger took into an organization ("Совладелец Альфа-Групп",
  "Пресс-служба Мосгордумы"): a word for an organization's people, money or goods
  (``lexicons/org_slot_nouns.txt``) is cut off; a body noun (``lexicons/body_heads.txt``)
  keeps its body, and the organization after it is a mention of its own.
- an acronym of the lexicon's organizations ("МОК", "ФИФА") the NER missed is one;
- a name written as a web address ("ДОМ.РФ") is one organization, not a name and a place;
- a word of a clipped place word and an acronym ("ЗабНИИК", "ДальНИИЛХ", "ВолгГТУ") is an
  organization, also where the NER missed it;
- a capitalized one-word name ending in "банк" ("Совкомбанком", "Россельхозбанка"), or
  unknown to the dictionary and ending in a business word ("Уралвагонзаводе",
  ``lexicons/org_word_heads.txt``), or known to the dictionary as an organization or read
  as "Рос" + a noun ("Росаккредитацией"), is an organization, also where the NER typed it
  otherwise or missed it; a place to the NER that the dictionary knows as an organization
  and never as a place ("Лукойлу одобрили...") is an organization.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list, load_rows
from ..lexicons.legal import legal_forms
from .bodies import body_heads
from .doc_words import lower_positions
from .normal import QUOTES
from .org_abbrev_heads import abbreviation_gender
from .spans import long_words, word_before
from ..grammars.morph import get_morph
from .doc_words import morph_values

SPATIAL = {"в", "во", "из", "у", "около", "возле", "над", "под", "к", "ко", "до", "перед", "за",
           "напротив", "рядом", "от"}


def _key(span: Span) -> str:
    return " ".join(t.lemma_.lower() for t in span if t.is_alpha or t.is_digit).replace("ё", "е")


def _latin(span: Span) -> bool:
    """Every word of the name in Latin letters ("Grammy", "Golden Globe")."""
    words = [t.text for t in span if t.is_alpha]
    return bool(words) and all(w.isascii() for w in words)


def _oblique(span: Span) -> bool:
    """The name's first word is in an oblique case (a craft's name stands in the nominative)."""
    word = next((t for t in span if t.is_alpha), None)
    cases = morph_values(word, "Case") if word is not None else []
    if word is None or "Nom" in cases:
        return False
    if any(p.tag.case == "nomn" and (p.tag.number == "sing" or "Pltm" in p.tag.grammemes)
           for p in get_morph().parse(word.text)):  # ("лайнер «Победы»": a plural's nominative, the owner)
        return False
    return bool(cases)


@lru_cache(maxsize=1)
def _types() -> dict[str, str]:
    return {name.replace("ё", "е"): kind for name, kind in load_rows("name_types.tsv")}


def descriptor_before(doc: Doc, span: Span) -> bool:
    """An organization descriptor right before ``span`` ("фонд «Тотальный диктант»": a body)."""
    before = word_before(doc, span.start)
    return before is not None and folded_lemma(before) in load_list("org_descriptors.txt")


def name_type(key: str) -> str | None:
    """The kind ``lexicons/name_types.tsv`` gives the name of lemma key ``key`` (ORG, LOC, ACTOR,
    EVENT); None where it lists none."""
    return _types().get(key)


def retype(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with their labels set right; spans that name no entity are left out."""
    types = _types()
    vehicles, events = load_list("vehicle_heads.txt") | load_list("work_title_heads.txt"), load_list("event_heads.txt")
    legal, diseases = legal_forms(), load_list("disease_names.txt")
    crafts = set()
    for span in spans:
        before = word_before(doc, span.start)
        quoted = doc[span.start].text in QUOTES or (
            span.start > 0 and doc[span.start - 1].text in QUOTES)
        if span.label_ == "ORG" and before is not None and not _oblique(span) and (  # "самолёт «Уральских
                quoted and before.lemma_.lower() in vehicles  # авиалиний»", "премия «Газпрома»": the owner
                or (quoted or _latin(span)) and folded_lemma(before) in events):
            crafts.add(_key(span))
    out = []
    for span in spans:
        key = _key(span)
        kind = types.get(key)
        if len(span) == 1 and (_org_word(span[0].text)
                               or span.label_ == "LOC" and _organization_word(span[0])):  # "Совкомбанком": a person?
            kind = "ORG"
            if span.label_ != "ORG":
                span = Span(doc, span.start, span.end, label="ORG")
        if span.label_ == "PER" and len(span) > 1 and span[-1].is_upper and abbreviation_gender(span[-1].text):
            kind = "ORG"  # "главврачу Сенгилеевской ЦРБ": a hospital, no person
        if span.label_ == "ORG" and (key in crafts or (
                len(span) == 1 and span[0].text.lower() in legal)):
            continue
        if span.label_ in ("ORG", "PER") and span.text.lower() in diseases or kind == "EVENT" and span.label_ == "ORG" \
                and not descriptor_before(doc, span):
            continue  # "заболел COVID-19"; "к «Евровидению»": an event ("фонд «Тотальный диктант»" is a body)
        if kind == "ACTOR":
            before = word_before(doc, span.start)
            kind = "LOC" if before is not None and before.lower_ in SPATIAL else "ORG"
        if kind in ("ORG", "LOC") and span.label_ in ("ORG", "LOC") and span.label_ != kind or (
                kind == "ORG" and span.label_ == "PER"):  # "передали Кунсткамере": no person
            span = Span(doc, span.start, span.end, label=kind)
        out.append(span)
    covered = {i for span in spans for i in range(span.start, span.end)}
    words = [doc[i] for i in long_words(doc, 6) if i not in covered]  # shorter ones are neither
    # ... or a capitalized word the NER missed whose lemma is a one-word organization of
    # lexicons/name_types.tsv ("передали Кунсткамере", "работал с Ленкомом")
    missed = [Span(doc, t.i, t.i + 1, label="ORG") for t in words
              if _org_word(t.text) or (t.text[:1].isupper() and types.get(folded_lemma(t)) == "ORG")]
    # ... or an acronym of the lexicon's bodies the NER missed ("обратились в МОК")
    seen = {s.start for s in missed}
    missed += [Span(doc, i, i + 1, label="ORG") for i in long_words(doc, 1, upper=True) if i not in covered
               and i not in seen and types.get(doc[i].lower_.replace("ё", "е")) == "ORG"]
    dotted = [d for d in _dotted(doc) if not any(  # "Mail.ru Group" stands
        s.start <= d.start and d.end <= s.end and s.label_ == "ORG" for s in out)]
    if dotted:  # "ДОМ.РФ": one name, not "ДОМ" and the place "РФ"
        out = [s for s in out if not any(d.start < s.end and s.start < d.end for d in dotted)] + dotted
        missed = [s for s in missed if not any(d.start < s.end and s.start < d.end for d in dotted)]
    return sorted(out + missed, key=lambda s: (s.start, -s.end)) if missed else out


class _Word:
    """The attributes of a token that :func:`_bank`, :func:`_compound` and :func:`_agency`
    read, all of its text (as spaCy's lexeme attributes are)."""

    __slots__ = ("text", "lower_", "is_upper", "is_alpha")

    def __init__(self, text: str) -> None:
        self.text, self.lower_ = text, text.lower()
        self.is_upper, self.is_alpha = text.isupper(), text.isalpha()


@lru_cache(maxsize=16_384)
def _org_word(text: str) -> bool:
    """A one-word organization name by :func:`_bank`, :func:`_compound` or :func:`_agency`:
    a pure function of the word form, asked of every long word of every article (cached by
    word form; the dictionary look-ups of the last two are the cost)."""
    word = _Word(text)
    return _bank(word) or _compound(word) or _agency(word) or bool(MIXED_ACRONYM.match(text) or JOINED_ACRONYM.match(text))


# a region's or a city's clipped word and an acronym: "ЗабНИИК", "ДальНИИЛХ", "СибНИИРС", "ВолгГТУ"
MIXED_ACRONYM = re.compile(r"^[А-ЯЁ][а-яё]{2,5}[А-ЯЁ]{2,6}$")
# an acronym with the joining "и" of two fields in lower case, in any case: "ЛГИТМиКом", "РАНХиГС"
JOINED_ACRONYM = re.compile(r"^[А-ЯЁ]{2,}и[А-ЯЁ]{1,4}(?:а|у|ом|е)?$")


BANK = ("банк", "банка", "банку", "банком", "банке")  # singular: "Госбанки" is a common noun


DOMAINS = {"рф", "ру", "ru", "com"}


def _dotted(doc: Doc) -> list[Span]:
    """Names written as a web address with no space around the dot ("ДОМ.РФ", "Авто.ру")."""
    out = []
    for i in (d - 1 for d in lower_positions(doc, DOMAINS)):  # a domain right after a dot (domains are rare)
        if not 0 < i < len(doc) - 1 or doc[i].text != ".":
            continue
        t, dot, end = doc[i - 1], doc[i], doc[i + 1]
        if not t.whitespace_ and not dot.whitespace_ and end.lower_ in DOMAINS \
                and t.is_alpha and t.text[:1].isupper() and (t.i == 0 or doc[t.i - 1].text != "."):
            out.append(Span(doc, t.i, t.i + 3, label="ORG"))
    return out


@lru_cache(maxsize=1)
def _compound_word():
    """"(3+ letters)(business word)(case ending)" over ``lexicons/org_word_heads.txt``."""
    heads = "|".join(sorted(load_list("org_word_heads.txt"), key=len, reverse=True))
    return re.compile(rf"^.{{3,}}(?:{heads})(?:а|у|ом|е|я|ю|ем|и|ью)?$")


def _compound(token) -> bool:
    """A one-word company name the dictionary does not know (or knows as one), ending in a
    business word of ``lexicons/org_word_heads.txt`` ("Уралвагонзаводе", "Мостотресту")."""
    if not (len(token.text) > 6 and token.text[:1].isupper() and token.is_alpha and not token.is_upper):
        return False
    low = token.lower_
    if not _compound_word().match(low):
        return False
    morph = get_morph()
    return not morph.is_known(low) or "Orgn" in morph.parse(token.text)[0].tag.grammemes


AGENCY_PREFIXES = {"рос", "мин"}  # "Росаккредитацией", "Минцифры"
SURNAME_SHAPE = re.compile(r"(?:ов|ев)(?:а|у|ым|е|ой|ы|ых|ою)?$")  # no agency's word ends so


def _agency(token) -> bool:
    """A capitalized "Рос-", "Мин-" or "Гос-" word the dictionary knows as an organization
    ("Рособрнадзором", "Минтрудом") or reads as "Рос"/"Мин" + a known noun ("Росаккредитацией",
    "Росгвардии"): a federal agency the tagger missed.

    Read through the analyzer's public answers only (``word_is_known``, the parse's tag), not
    the class names of its internal analyzers: the prefix and the rest are looked up apart."""
    if not token.text[:3] in ("Рос", "Мин", "Гос") or token.is_upper:
        return False  # the agencies' words; a look at the dictionary only for them
    morph = get_morph()
    best = morph.parse(token.text)[0]  # the cached parse the name rules asked for too
    if best.tag.POS != "NOUN":
        return False
    low = token.lower_
    if morph.is_known(low):
        return "Orgn" in best.tag.grammemes
    prefix, rest = low[:3], low[3:]
    if SURNAME_SHAPE.search(low):
        return False  # "Мингазову", "Минибаевой": a surname, no agency
    if prefix in AGENCY_PREFIXES and len(rest) >= 5 and morph.is_known(rest) \
            and morph.parse(rest)[0].tag.POS == "NOUN" \
            and not {"Surn", "Name", "Patr"} & morph.parse(rest)[0].tag.grammemes:
        return True  # (not "Мин" + a surname: "Мингалиеве" is a Tatar surname, no ministry)
    # "Росалкогольтабакконтроля", "Росводресурсам": a long word the dictionary lacks ending in a noun it knows
    return prefix == "рос" and len(low) >= 12 and any(
        morph.is_known(low[i:]) and morph.parse(low[i:])[0].tag.POS == "NOUN" for i in range(6, len(low) - 4))


def _organization_word(token) -> bool:
    """A capitalized word the dictionary reads first as an organization and never as a place
    ("Лукойлу" opening a sentence, typed a place by the NER)."""
    if not (token.is_alpha and token.text[:1].isupper() and not token.is_upper):
        return False
    parses = get_morph().parse(token.text)
    return "Orgn" in parses[0].tag.grammemes and not any("Geox" in p.tag.grammemes for p in parses)


def _bank(token) -> bool:
    """A one-word bank name: a capitalized word that ends in "банк" ("Совкомбанк",
    "Россельхозбанка", "Альфа-Банку"), not the common noun itself."""
    low = token.lower_
    return (token.text.replace("-", "").isalpha() and token.text[:1].isupper() and not token.is_upper
            and any(low.endswith(e) and len(low) - len(e) >= 3 for e in BANK))


@lru_cache(maxsize=1)
def _media() -> dict[str, list[tuple[str, ...]]]:
    """First lemma -> the lemma sequences of media names starting with it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in load_list("media_names.txt"):
        words = tuple(name.split())
        out.setdefault(words[0], []).append(words)
    return out


def _opens_media(span: Span) -> bool:
    """``span`` opens with a medium's name of ``lexicons/media_names.txt`` ("Голос Америки")."""
    return any(len(words) <= len(span) and all(t.lemma_.lower() == w for t, w in zip(span, words))
               for words in _media().get(span[0].lemma_.lower(), ()))


def media_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Organization spans for media names of ``lexicons/media_names.txt`` the NER left out
    or read as a place ("Голос Америки"); a place inside stays a place too."""
    from .geo import lemma_positions

    media = _media()
    # a person span of two or more words that is a listed medium's name exactly gives way ("Сотрудники
    # «Франс Пресс»": Франс read as a first name)
    persons = {(s.start, s.end) for s in spans if s.label_ == "PER" and len(s) > 1}
    named = {i for s in spans if s.label_ in ("PER", "ORG") for i in range(s.start, s.end)}
    out = []
    for i in lemma_positions(doc, media.__contains__):
        first = doc[i]
        if not first.text[:1].isupper():
            continue
        for words in sorted(media[first.lemma_.lower()], key=len, reverse=True):
            end = i + len(words)
            if end <= len(doc) and all(doc[j].lemma_.lower() == w for j, w in zip(range(i, end), words)) \
                    and ((i, end) in persons or not any(j in named for j in range(i, end))):
                out.append(Span(doc, i, end, label="ORG"))
                named.update(range(i, end))
                break
    if not out:
        return spans
    covered = {(s.start, s.end) for s in out}
    return sorted([s for s in spans if (s.start, s.end) not in covered] + out,
                  key=lambda s: (s.start, -s.end))


def _personal(token) -> bool:
    """A word of a person's name: tagged animate, or a name, surname or patronymic to the
    dictionary ("Жозепа Борреля")."""
    if "Anim" in morph_values(token, "Animacy"):
        return True
    return token.is_alpha and any({"Name", "Surn", "Patr"} & p.tag.grammemes
                                  for p in get_morph().parse(token.text))


def _genitive_body(rest: Span) -> bool:
    """The words after a sentence's first word are an organization named by its descriptor
    in the genitive, adjectives before it ("Гастроли [Большого симфонического оркестра]",
    "Концерт [Уральского народного хора]"): the first word is the event's, no part of the
    name (``lexicons/org_descriptors.txt``)."""
    if len(rest) == 1 and rest[0].is_upper and len(rest[0]) > 1 and rest[0].is_alpha:
        return True  # "Исследование ВШЭ": an abbreviation after the event noun
    for token in rest:
        if "Gen" not in morph_values(token, "Case") or not token.is_alpha:
            return False
        if token.pos_ == "NOUN":
            return token.lemma_ in load_list("org_descriptors.txt")
        if token.pos_ != "ADJ":
            return False
    return False


def _described_quote(span: Span, slots: set) -> bool:
    """"Труппа театра «Северная сцена»": a slot noun, a descriptor in the genitive and a quoted
    name: the organization is the descriptor's."""
    return len(span) > 3 and span[0].lemma_ in slots and span[1].is_lower \
        and span[1].lemma_ in load_list("org_descriptors.txt") and "Gen" in morph_values(span[1], "Case") \
        and span[2].text in QUOTES


def lead_nouns(doc: Doc, spans: list[Span]) -> list[Span]:
    """Organizations without the common noun that opens the sentence and their span."""
    slots = load_list("org_slot_nouns.txt")
    heads = body_heads()
    out, changed = [], False
    persons = [s for s in spans if s.label_ == "PER"]
    for span in spans:
        first, event = span[0], False
        if any(span.start <= p.start and p.end <= span.end for p in persons) or _opens_media(span):
            out.append(span)  # "Пресс-служба Жозепа Борреля": the name rules made it a person's;
            continue  # "Голос Америки:" a medium's name, no slot noun ("голоса «Новых людей»")
        if span.label_ == "ORG" and len(span) > 1 and first.is_sent_start and first.pos_ == "NOUN" \
                and (first.lemma_ in slots or first.lemma_ in heads or (event := (
                    first.lemma_ not in load_list("org_descriptors.txt") and _genitive_body(span[1:])))) \
                and (span[1].text[:1].isupper() or span[1].text in QUOTES or _described_quote(span, slots)
                     or first.lemma_ in slots and _lower_body(span[1:])) \
                and (event or span[1].text in QUOTES or not any(_personal(t) for t in span[1:])):
            # "Пресс-служба Павла Дурова": a person's, for the name rules (names_spans); a quoted name is
            # the organization's even with a person's name in it ("Гендиректора «Ельцин Центра»")
            quoted = span[1].text in QUOTES and span[-1].text in QUOTES and len(span) > 3
            # a name quoted as a whole is the name inside the quotes, as quoted names are elsewhere
            out.append(Span(doc, span.start + 1 + quoted, span.end - quoted, label="ORG"))
            changed = True
            if first.lemma_ in slots or event:
                continue
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _lower_body(rest: Span) -> bool:
    """A body said by common words after a sentence's first noun ("Членов координационного
    совета ..."): its first noun is a body noun (``body_heads.txt``, ``body_seat_heads.txt``)."""
    noun = next((t for t in rest if t.pos_ == "NOUN"), None)
    return noun is not None and rest[0].is_lower and (
        noun.lemma_ in body_heads() or noun.lemma_ in load_list("body_seat_heads.txt"))
