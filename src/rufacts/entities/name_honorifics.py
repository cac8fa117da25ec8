"""Titles, sees and honorifics around a person's name, read on the person spans the pipeline has
assembled (called after :func:`rufacts.entities.names_spans.person_spans`).

- A see's or a realm's adjective after its title (``lexicons/name_see_titles.txt``: "патриархом
  Александрийским", "герцогини Кембриджской", "папе Римскому", "принца Уэльского") or before it
  ("3-м Болгарским Патриархом") names the see, no person: a person span of the title and its see
  alone goes ("Патриархом Болгарским"), and one that opens with them keeps the name after them
  ("Русенский Неофит" after "митрополит" -> Неофит, "Брабантского Филиппа" -> Филиппа, "Папа Тавадрос
  II" -> Тавадрос II). Not after князь, граф, барон: Russian nobles are named by an adjectival surname
  ("князь Вяземский").
- A monastic name after its rank with the secular surname in brackets ("митрополит Тихон
  (Шевкунов)", "архимандриту Алексию (Поликарпову)") is one person: one span over the brackets, named
  "Тихон Шевкунов" (first the monastic name, last the surname; editor's choice where
  docs/gold-conventions.md is silent, as the older gold writes "игумене Варлааме Сизове").
- A surname the dictionary lacks in an indeclinable vowel ending right after a Muslim or clerical
  title in lower case (``lexicons/name_titles.txt``: "портреты аятоллы Хаменеи") is a person the
  tagger missed.
- Folk and holiday figures (``lexicons/name_folk_figures.txt``: "Деду Морозу и Снегурочке") are
  characters, no persons: the conventions are silent and no older gold row names one; a people's
  index lists no "Дед Мороз" with a first name "Дед" (editor's choice).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import UD_CASES, Morph
from ..lexicons import load_list
from .name_office_surname import title_before
from .name_regnal import ROMAN
from .name_title_edges import title_edges
from .doc_words import word_positions
from .name_words import _first_name, _hyphenated_cap

SEE_END = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими)$")  # "Кембриджской", "Кембриджских"
LINKS = frozenset({"и", "всея", "всей", "всех"})  # "Московский и всея Руси", "Александрийский и всей Африки"
REACH = 6  # words of a see's name between the title and a word of it
SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)(?:|а|у|ым|ом|е|ой|ую|ая|ий|ого|ому|им)$")  # "(Шевкунова)"
INDECLINABLE_END = ("и", "е", "о", "у", "ю", "э")  # "аятоллы Хаменеи"


def _see_title(token, morph: Morph) -> bool:
    """A title of ``lexicons/name_see_titles.txt``, lower case or capitalized ("Патриархом", which the
    tagger may take for a proper noun), not a surname spelt alike."""
    titles = load_list("name_see_titles.txt")
    low = token.lower_
    if token.is_lower:
        return low in titles or token.lemma_ in titles
    if not token.is_alpha or low[:3] not in _openings("name_see_titles.txt"):
        return False
    parses = morph.parse(token.text)  # not a surname spelt as a title ("Королева", of Королёв)
    return any(p.normal_form in titles for p in parses) and not any({"Surn", "Name"} & p.tag.grammemes for p in parses)


@lru_cache(maxsize=8)  # one entry per lexicon name
def _openings(name: str) -> frozenset[str]:
    """The first three letters of the titles of a list: a cheap test before the dictionary."""
    return frozenset(t[:3] for t in load_list(name))


def _see_adjective(token) -> bool:
    return token.text[:1].isupper() and SEE_END.search(token.text) is not None


def _after_links(doc: Doc, k: int) -> bool:
    """A capitalized word after "всея", "всей", "всех" ("всея Руси", "всей Африки")."""
    return k > 0 and doc[k - 1].lower_ in LINKS - {"и"} and doc[k].text[:1].isupper()


def _attached(doc: Doc, k: int, morph: Morph) -> bool:
    """The see's adjective at ``k`` belongs to a see title before it (over the see's other words)
    or right after it ("Болгарским Патриархом")."""
    j = k - 1
    while j >= 0 and k - j <= REACH:
        token = doc[j]
        if _see_title(token, morph):
            return True
        if not (token.lower_ in LINKS or _see_adjective(token) or _after_links(doc, j)):
            break
        j -= 1
    j = k + 1
    while j < len(doc) and j - k <= 3 and (_see_adjective(doc[j]) or doc[j].lower_ == "и"):
        j += 1
    return j < len(doc) and _see_title(doc[j], morph)


def see_adjective(doc: Doc, k: int, morph: Morph) -> bool:
    """The word at ``k`` is a see's or a realm's adjective of a see title ("герцогини Кембриджской")."""
    return _see_adjective(doc[k]) and _attached(doc, k, morph)


def _title_part(doc: Doc, k: int, morph: Morph) -> bool:
    """The word at ``k`` is a see title, a word of its see's name, or a link between them."""
    token = doc[k]
    if token.is_space or token.lower_ in LINKS or _after_links(doc, k):
        return True
    if _see_adjective(token):
        return _attached(doc, k, morph)
    return _see_title(token, morph)


def _folk(span: Span, morph: Morph) -> bool:
    """A folk or holiday figure of ``lexicons/name_folk_figures.txt`` ("Деду Морозу", "Снегурочке")."""
    words = [t.text for t in span if not t.is_space]
    figures = load_list("name_folk_figures.txt")
    if len(words) > 2 or not any(f[:3] == words[0][:3].lower() for f in figures):
        return False
    forms = [{p.normal_form for p in morph.parse(w)} | {w.lower()} for w in words]
    return any(len(parts) == len(words) and all(p in f for p, f in zip(parts, forms))
               for parts in (figure.split() for figure in figures))


SEE_GENITIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ][аы]$")  # "Ньюарка", "Манилы"


def see_genitive(doc: Doc, i: int, rank: int, spans: list[Span], morph: Morph) -> bool:
    """The word at ``i`` after the rank at ``rank`` is its see's genitive, no monastic name
    ("архиепископа Ньюарка"): a word the dictionary lacks in a consonant and -а, -ы, that the tagger
    took for a place alone or that cannot agree with a rank not in the genitive ("архиепископом
    Ньюарка"); or a place the dictionary knows only as a place, in the genitive, that the tagger took
    for a place alone: a realm ("королеве Дании", "королю Норвегии")."""
    word = doc[i]
    if _realm(word.text, doc[rank], morph):
        return any(s.start == i and s.end == i + 1 and s.label_ == "LOC" for s in spans)
    if not SEE_GENITIVE.search(word.lower_) or morph.is_known(word.text):
        return False
    return "Gen" not in doc[rank].morph.get("Case") or any(
        s.start == i and s.end == i + 1 and s.label_ == "LOC" for s in spans)


def _realm(word: str, rank, morph: Morph) -> bool:
    """A place name in the genitive, the dictionary's first reading, that it does not read as a
    given name in its rank's case ("королеве Дании"; not "королевы Виктории", "королеве Марии")."""
    parses = morph.parse(word)
    if not parses or "Geox" not in parses[0].tag or parses[0].tag.case != "gent":
        return False
    cases = {UD_CASES.get(c) for c in rank.morph.get("Case")} or {p.tag.case for p in morph.parse(rank.text)}
    return not any("Name" in p.tag and p.tag.case in cases for p in parses)


def _address(span: Span) -> bool:
    """A form of address alone (``lexicons/name_address_forms.txt``: "Королевское Высочество", "Его
    Святейшество"): its noun last, possessive pronouns and adjectives before it."""
    words = [t for t in span if not t.is_space]
    return words[-1].lower_ in load_list("name_address_forms.txt") and all(
        t.lower_ in ("его", "её", "ее", "их", "ваше", "вашего", "вашему", "вашим", "вашем") or t.pos_ == "ADJ"
        or t.lower_.endswith(("ое", "ого", "ому", "им", "ом")) for t in words[:-1])


def _secular_surname(doc: Doc, i: int, morph: Morph) -> bool:
    """The words at ``i``..``i + 2`` are "(", a surname, ")" ("Тихон (Шевкунов)")."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    word = doc[i + 1]
    return _hyphenated_cap(word) and (SURNAME_END.search(word.text) is not None or any(
        "Surn" in p.tag.grammemes for p in morph.parse(word.text)))


def _with_secular_surnames(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """A monastic name after its title with the secular surname in brackets made one span."""
    joins = {}
    for span in spans:
        if span.label_ == "PER" and len(span) == 1 and _secular_surname(doc, span.end, morph) \
                and title_before(doc, span.start) >= 0:
            joins[span.start] = span.end + 3
    if not joins:
        return spans
    out = []
    for span in spans:
        if span.start in joins and len(span) == 1:
            out.append(Span(doc, span.start, joins[span.start], label="PER"))
        elif not any(start < span.start and span.end <= end for start, end in joins.items()):
            out.append(span)
    return out


def _title(token, name: str, morph: Morph) -> bool:
    """A title of the list ``name`` by its lemma, or by the dictionary's where the tagger's misses it
    ("аятоллы": аятолл)."""
    titles = load_list(name)
    low = token.lower_
    if token.lemma_ in titles or low in titles or low[:-1] + "а" in titles and low[-1:] in "ыеу" \
            or low[:-2] + "а" in titles and low.endswith("ой"):  # "аятоллы", "аятоллой"
        return True
    return low[:3] in _openings(name) and any(p.normal_form in titles for p in morph.parse(low))


def _regnal_after_titles(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """"При патриархе Алексии II": a given name the dictionary has and a regnal number after a title
    that goes with a given name (``lexicons/name_given_titles.txt``), which no span holds."""
    found = []
    for i in word_positions(doc, ROMAN.fullmatch, capital=True):
        if i < 2 or not doc[i - 2].is_lower:
            continue
        token = doc[i - 1]
        if not _hyphenated_cap(token) or any(s.start <= i - 1 < s.end or s.start <= i < s.end for s in spans):
            continue
        if _title(doc[i - 2], "name_given_titles.txt", morph) and any(
                "Name" in p.tag.grammemes for p in morph.parse(token.text)):
            found.append(Span(doc, i - 1, i + 1, label="PER"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _indeclinable_shape(text: str) -> bool:
    """A capitalized word of letters in a vowel ending a foreign surname keeps ("Хаменеи", "Хомейни")."""
    return len(text) >= 4 and text[:1].isupper() and text[1:].islower() and text.isalpha() \
        and text.endswith(INDECLINABLE_END)


def _surnames_after_titles(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """"портреты аятоллы Хаменеи": a capitalized word the dictionary lacks, in an indeclinable vowel
    ending, alone right after a title of ``lexicons/name_titles.txt`` in lower case, that no span holds."""
    found = []
    positions = word_positions(doc, _indeclinable_shape, capital=True)
    if not positions:
        return spans
    covered = {k for span in spans for k in range(span.start, span.end)}
    for i in positions:
        if i == 0 or i in covered or doc[i - 1].lower_[:3] not in _openings("name_titles.txt") \
                or not doc[i - 1].is_lower or not _title(doc[i - 1], "name_titles.txt", morph):
            continue
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() or morph.is_known(doc[i].text):
            continue
        found.append(Span(doc, i, i + 1, label="PER"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _article_surname(word: str) -> bool:
    """"эль-Мунира", "аль-Ганнуши": an Arabic article written on to a capitalized surname."""
    from .name_readings import ARTICLES

    head, _, tail = word.partition("-")
    return head in ARTICLES and tail[:1].isupper()


def _given_title_before_surname(span: Span, morph: Morph) -> bool:
    """A title word that is a foreign first name too (Эмир, Шах, Мирза), written with a capital
    mid-sentence right before a word the dictionary reads as a surname of the same case, no place or name: a given
    name ("Адвокат Эмира Хаджича", "с Эмиром Сейфуллаевым"); a title mid-sentence is written in lower
    case ("эмира Катара"), and a title's bearer is named by the given name ("шах Аббас")."""
    from .name_foreign_first import foreign_first_forms

    first, last = span[0], span[1]
    if first.is_sent_start or not first.text[:1].isupper() or not last.text[:1].isupper() or not last.is_alpha:
        return False
    cases = {c for c, _g, _n in foreign_first_forms(first.text)}
    parses = morph.parse(last.text)
    known = morph.is_known(last.text)  # (a guess may read an unknown "Мусаева" as a woman's given name too)
    return bool(cases) and not _first_name(morph, last.text) and not any(
        {"Geox", "Orgn"} & p.tag.grammemes or (known and "Name" in p.tag.grammemes) for p in parses) and any(
        "Surn" in p.tag.grammemes and p.tag.case in cases for p in parses[:2 if known else 4])


def given_not_title(span: Span, morph: Morph) -> bool:
    """A title word that is a listed foreign first name as written, before another first name and a surname:
    a given name ("полузащитник Папе Алиу Ндиайе"; not "Папа Франциск", "Папа Иоанн Павел II")."""
    from .name_foreign_first import foreign_first_forms

    if not span[0].is_sent_start and span[0].text[:1].isupper() and (
            (len(span) == 2 and _article_surname(span[1].text))
            or (len(span) == 3 and span[1].lower_ in load_list("name_arabic_heads.txt") and span[2].text[:1].isupper())):
        # (or before a theophoric surname of two words: "министром Египта Шерифом Абдель Гаффаром")
        # "актёра Шерифа эль-Мунира": a title word written with a capital mid-sentence before an Arabic surname
        # with its article is the listed given name of an Arab (w332, southasian37); not a title that names
        # a person by the given name ("Шейху аль-Мубараку": lexicons/name_given_titles.txt)
        return bool(foreign_first_forms(span[0].text)) and span[0].lemma_.lower() not in load_list(
            "name_given_titles.txt") and not any(p.normal_form in load_list("name_given_titles.txt")
                                                 for p in morph.parse(span[0].text))
    if len(span) == 2 and _given_title_before_surname(span, morph):
        return True  # "Адвокат Эмира Хаджича": Эмир Хаджич, no emir
    words = [t for t in span if t.is_alpha]
    if len(words) != len(span) or len(span) < 3 or any(t.text.isupper() for t in span) \
            or any(p.tag.POS == "ADJF" for p in morph.parse(span[-1].text)):  # "Папе Иоанну Павлу Второму"
        return False
    if not _first_name(morph, span[1].text):
        return False
    if not span[0].is_sent_start and span[0].text[:1].isupper():
        # ... or a South Asian given name in a case, written with a capital mid-sentence, before a given name of
        # that case ("Шаху Мехмуду Куреши": Шах Мехмуд, not the shah's title; w332, southasian37)
        from .name_foreign_first import first_name_peoples
        from .name_readings import _readings

        second = {r.case for r in _readings(morph, span[1].text) if r.role == "first" and r.weight >= 1.0}
        if any(c in second and "indian" in first_name_peoples(n) for c, _g, n in foreign_first_forms(span[0].text)):
            return True
    return any(c == "nomn" and n == span[0].lower_ for c, _g, n in foreign_first_forms(span[0].text))


def honorific_spans(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The person spans read against the titles, sees and honorifics around them (the module's
    docstring)."""
    out = []
    for span in spans:
        if span.label_ != "PER":
            out.append(span)
            continue
        if _folk(span, morph) or _address(span):
            continue  # "Деду Морозу"; "Королевское Высочество"
        k = span.start
        if _title_part(doc, k, morph) and given_not_title(span, morph):
            out.append(span)  # "полузащитник Папе Алиу Ндиайе": a given name, no title
            continue
        while k < span.end and _title_part(doc, k, morph):
            k += 1
        if k == span.end:
            continue  # "Патриархом Болгарским", "Кембриджской": the title and its see, no person (nor "И" alone)
        if k > span.start:
            if not _hyphenated_cap(doc[k]):
                out.append(span)
                continue
            span = Span(doc, k, span.end, label="PER")  # "Русенский Неофит" after "митрополит"
        out.append(span)
    out = title_edges(doc, out, morph)  # "Королева Сильвия", "Принц Гарри Сассекский": the given name
    out = _given_after_realms(doc, out, morph)  # "королю Нидерландов Виллему-Александру" the tagger typed a place
    return _regnal_after_titles(doc, _surnames_after_titles(doc, _with_secular_surnames(doc, out, morph), morph), morph)


def _given_after_realms(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """A place span of one word, a given name (each part of a hyphenated one), right after a given title
    over its realm's genitive ("королю Нидерландов Виллему-Александру"): the monarch (second36p); not the
    realm itself, right after the title ("королю Испании", "королеве Дании Маргарете II": no given name)."""
    from .name_title_edges import _title_at
    out = []
    for span in spans:
        if span.label_ != "LOC":  # (a span's text is made only for a place's)
            out.append(span)
            continue
        text = span.text
        words = text.split("-")
        if " " not in text and len(words) <= 2 and text[:1].isupper() \
                and all(w.isalpha() for w in words) and 0 <= _title_at(doc, span.start) < span.start - 1 \
                and all(_first_name(morph, w) for w in words):
            span = Span(doc, span.start, span.end, label="PER")
        out.append(span)
    return out
