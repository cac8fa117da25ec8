"""Person mentions the tagger missed, found by the words' readings (read by
:func:`rufacts.entities.names_spans.person_spans`): a first name and a surname that agree and no
span covers ("На Германе Грефе лежит ..."), with a patronymic ("На Ростиславе Игоревиче Крюкове"),
a first name the tagger left out before the surname it found ("с Любовью Орловой"), an East Asian
name ("Переговоры с То Ламом"), an indeclinable surname in -ых/-их after a post ("Губернатор Белых
подписал"), a lexicon surname alone ("Переговоры с Макроном"), a surname alone agreeing with its
participle or verb ("Шубина, руководившая школой, ушла"), an adjectival surname or a word the
dictionary has as a surname only, alone ("освистали Лесного после промаха", "Рекорд Макаренко")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_readings import LEXICON, _readings
from .names import analyze_name
from .quotes import OPENING_QUOTES
from .name_words import (MISSED, MISSED_KNOWN, _adjectival_surname, _capitalized, _first_name, _hyphenated_cap,
                         _surname, _tagged)
from .name_peoples_first import listed_people_first
from .name_asian_missed import (asian_family_before, asian_family_spans, asian_given_after, asian_missed, asian_place,
                                asian_tail, letter_families)
from .place_persons import apposed_surname
from .place_persons import _place_as_person, joined_places, reads_clearly
from .spans import capitalized_words
from .doc_words import word_positions
from .name_lone_oblique import (adjectival_surname_after_preposition, czech_cluster_after_preposition,
                                double_surname_after_preposition,
                                lone_surname_after_preposition, surname_after_po)
from .name_lone_foreign import lone_foreign_after_preposition
from .name_lone_subject import lone_surname_subject, speaker_before_colon
from .name_opening_surname import opening_surname_subject
from .name_lone_slot import foreign_surname_in_slot
from .name_lone_adjectival import lone_adjectival_surname, lone_dictionary_surname, place_read_as_surname
from .name_office_double import double_surname_after_office
from .name_office_surname import SEE, given_after_title, title_before
from .name_honorifics import see_genitive
from .name_first_missed import first_and_surname, iberian_missed
from .name_first_patronymic import patronymic_word
from .name_regnal import regnal_spans
from .name_passive_agent import agent_before_passive
from .name_place_first import first_name_from_place
from .name_place_head import surname_from_place
from .name_place_apposed import place_before_person
from .name_place_person import person_after_place
from .name_surname_before import surname_before_given
from .name_surname_first import inverted_three
from .name_slot_cues import initials_in_post, lone_surname_typed_org, surname_before_noun
from .name_post_surname import post_surname_spans, surname_after_post


def missed_names(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """A first name (the dictionary's or a foreign one of the lexicon) and a surname (the
    dictionary's or a word it does not know), agreeing, that no span covers ("На Германе
    Грефе лежит ...", "На Олафе Шольце ..."): a person mention the tagger missed."""
    # "Губернатор Белых подписал": the tagger's one-word place or organization is the surname
    # "Шубина, руководившая школой, ушла": a surname only, agreeing with its participle or verb
    spans = post_surname_spans(doc, [surname_before_noun(s, morph) for s in spans], morph)  # "решение по Галлямову суд примет", "мэру Демчуку"
    spans = [Span(doc, s.start, s.end, label="PER") if s.label_ in ("LOC", "ORG") and len(s) == 1
             and (_plural_surname_after_post(doc, s.start, morph) or lone_surname_subject(doc, s.start, morph)
                  or double_surname_after_preposition(doc, s.start)  # "с Кругловым-Бельским", read as a place
                  or double_surname_after_office(doc, s.start)  # "начальнику станции Воронову-Зорину"
                  or place_read_as_surname(doc, s.start, morph)  # "освистали Лесного после промаха"
                  or foreign_surname_in_slot(doc, s.start, morph)  # "здание кинотеатра Цхададзе", an organization
                  or czech_cluster_after_preposition(doc, s.start, morph)  # "на Пастрняка", read as a place
                  or surname_after_po(doc, s.start, morph)  # "По Тарасову, реформа ...", read as a place
                  or lone_surname_typed_org(s, morph)  # "К Шамгуновой обратились", read as an organization
                  or lone_foreign_after_preposition(doc, s.start, morph, typed=True))  # "Без Маккормика", the same
             else Span(doc, s.start, s.end, label="PER") if initials_in_post(s, morph)  # "главы поселка Д. С. Жилкина"
             else s for s in spans]
    spans = regnal_spans(doc, spans, morph)  # "Король Эсватини Мсвати III", cut to "III" by the tagger
    # "в Таларе Эрнана Кастаньеды Вилькаса": "Таларе Эрнана" a place; "порта Тельук-Байур Сугиярто": two
    spans = surname_from_place(first_name_from_place(place_before_person(spans, morph), morph), morph)  # "При Тимуре" + "Юлдашеве сельсовет"
    spans = person_after_place(spans, morph)  # "собрания [Избербаша Заире Мусалаевой]": a place and a person
    spans = surname_before_given(spans, morph)  # "колледжа Гавриловичу Сергею Олеговичу": "Гавриловичу" an organization
    spans, sees = _given_after_title(doc, spans, morph)  # "грамоту архиепископу Феофану", read as a place
    spans = [part for span in spans for part in asian_tail(span, morph)]  # "провинции Цзилинь Мяо Цзяньго"
    spans = asian_family_spans(spans, morph)  # "рассказал Квак Хён Ук": "Квак" tagged as an organization
    spans = asian_given_after(spans, morph)  # "вручили Ли Сын Ману": "Ману" tagged as a place
    covered = {i for span in spans for i in range(span.start, span.end)} | sees  # no surname in a see's name
    spans = joined_places([asian_family_before(asian_place(_place_as_person(apposed_surname(span, morph), morph), morph),
                                               covered, morph) for span in spans], morph)
    lone = {span.start: span for span in spans if span.label_ == "PER" and len(span) == 1}
    found = []
    i = 0
    capitalized = capitalized_words(doc)
    letters = letter_families(doc)
    places = _lone_places(spans)
    while i < len(doc) - 1:
        if i not in capitalized:  # every mention below starts with a capitalized word
            # but a family name of one letter ("наградили Е Лючжэня"), all upper-case
            asian = asian_missed(doc, i, covered, morph) if i in letters else 0
            if asian:
                found.append(Span(doc, i, i + asian, label="PER"))
            i += asian or 1
            continue
        a = doc[i]
        if not _capitalized(a):  # (below, ``a`` is capitalized: a word of letters)
            i += 1
            continue
        b = doc[i + 1]
        if (i not in covered and i + 1 in lone and not a.is_sent_start
                and (_tagged(morph, a.text, "Name") and _tagged(morph, b.text, "Surn")
                     or listed_people_first(morph, a.text) and _surname(morph, b.text))):
            # a first name the tagger read as a common noun before the surname it found
            # ("с Любовью Орловой"): the person mention takes it in
            if reads_clearly(morph, [a.text, b.text], MISSED_KNOWN):
                spans = [s for s in spans if s is not lone[i + 1]]
                places = _lone_places(spans)
                found.append(Span(doc, i, i + 2, label="PER"))
                i += 2
                continue
        asian = asian_missed(doc, i, covered, morph)  # "Переговоры с То Ламом"
        if asian:
            found.append(Span(doc, i, i + asian, label="PER"))
            i += asian
            continue
        if _missed_three(doc, i, covered, morph) or inverted_three(doc, i, covered, morph):  # "Кучеренко Алле Петровне"
            found.append(Span(doc, i, i + 3, label="PER"))
            i += 3
            continue
        iberian = iberian_missed(doc, i, covered, morph)  # "предложил Фелипи Араужу Лиме контракт"
        if iberian:
            found.append(Span(doc, i, i + iberian, label="PER"))
            i += iberian
            continue
        # a woman's surname in -ская, -ской the tagger read alone as a place ("об Олимпиаде Смоленской")
        adjectival_place = places.get(i + 1)
        if adjectival_place is not None and not _adjectival_surname(morph, b.text, nominative=True):
            adjectival_place = None
        if (i not in covered and (i + 1 not in covered or adjectival_place is not None)
                and _hyphenated_cap(b) and not a.is_sent_start and _first_name(morph, a.text)):
            # a surname the dictionary knows otherwise ("Макроне") only where the reading is clear; a
            # woman's surname in -ская, -ской it has as an adjective or a street only ("Марте Соколовской",
            # "Олимпиада Тверская") as a surname
            need = MISSED if _surname(morph, b.text) or (
                _adjectival_surname(morph, b.text, nominative=True) and doc[i - 1].text not in OPENING_QUOTES) \
                else MISSED_KNOWN
            if reads_clearly(morph, [a.text, b.text], need):
                spans = [s for s in spans if s is not adjectival_place]
                places = _lone_places(spans)
                found.append(Span(doc, i, i + 2, label="PER"))
                i += 2
                continue
        if agent_before_passive(doc, i, covered, morph):  # "Сурьей Пиллаи разработан алгоритм"
            found.append(Span(doc, i, i + 2, label="PER"))
            i += 2
            continue
        if _hyphenated_cap(b) and (i == 0 or doc[i - 1].text not in OPENING_QUOTES) \
                and first_and_surname(morph, a.text, b.text):
            # "Об Алевтине Мельник знают все": a clear first name and a surname agreeing with it (not
            # a name in quotes: the club «Салавата Юлаева»)
            place = next((s for s in spans if s.start == i and s.end == i + 2 and s.label_ in ("LOC", "ORG")), None)
            if not {i, i + 1} & covered or place is not None:  # "Между Ханной Кескинен и ...", read as a place
                spans = [s for s in spans if s is not place]
                places = _lone_places(spans)
                found.append(Span(doc, i, i + 2, label="PER"))
                i += 2
                continue
        if i not in covered and not a.is_sent_start and _plural_surname_after_post(doc, i, morph):
            found.append(Span(doc, i, i + 1, label="PER"))  # "Председатель комитета Кучерявых заявила"
            i += 1
            continue
        if i not in covered and (lone_surname_subject(doc, i, morph) or speaker_before_colon(doc, i, morph)  # "Головачёв: ..."
                                 or opening_surname_subject(doc, i, morph)):  # "Айдарова свою вину не признала"
            found.append(Span(doc, i, i + 1, label="PER"))  # "Шубина, руководившая школой, ушла ..."
            i += 1
            continue
        if (i not in covered and not a.is_sent_start
                and not (i + 1 not in covered and _capitalized(b)) and (
                    (_lexicon_surname(morph, a.text) and not (i and patronymic_word(morph, doc[i - 1].text)))
                    or lone_surname_after_preposition(doc, i, morph) or lone_foreign_after_preposition(doc, i, morph)
                    # (after a patronymic, that name's surname:
                    # "Ефиме Тэтэровиче" + "Вануйто" join later)
                    or czech_cluster_after_preposition(doc, i, morph)  # "На Пастрняка пришлась"
                    or surname_after_po(doc, i, morph)  # "По Кочетову, ситуация ..."
                    or adjectival_surname_after_preposition(doc, i, morph))):  # "О Бережном в депо говорят"
            found.append(Span(doc, i, i + 1, label="PER"))  # "Переговоры с Макроном"
        elif i not in covered and (lone_adjectival_surname(doc, i, morph) or lone_dictionary_surname(doc, i, morph)
                                   or foreign_surname_in_slot(doc, i, morph)  # "Отставку Сагинашвили приняли"
                                   or surname_after_post(doc, i, morph)):  # "поручили начальнику полиции Шуваеву"
            found.append(Span(doc, i, i + 1, label="PER"))  # "поддержали Бережную", "Седых уточнила"
        i += 1
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _lone_places(spans: list[Span]) -> dict[int, Span]:
    """Start -> the first place span of one word there: looked up for each capitalized word, not
    searched for in every span (~10 ms less per pass over factRuEval dev)."""
    out: dict[int, Span] = {}
    for span in spans:
        if span.end == span.start + 1 and span.label_ == "LOC":
            out.setdefault(span.start, span)
    return out


def _missed_three(doc: Doc, i: int, covered: set[int], morph: Morph) -> bool:
    """A first name, a patronymic the dictionary tags so and a surname, agreeing, none covered."""
    if i + 2 >= len(doc) or i in covered or i + 1 in covered or i + 2 in covered:
        return False
    a, b, c = doc[i], doc[i + 1], doc[i + 2]
    if not (_capitalized(a) and _capitalized(b) and _hyphenated_cap(c)) or a.is_sent_start \
            or not _first_name(morph, a.text) or not _tagged(morph, b.text, "Patr"):
        return False
    parts = analyze_name(morph, [a.text, b.text, c.text])
    return None not in (parts.first, parts.middle, parts.last) and parts.candidates[0][0] >= MISSED_KNOWN


POST_GENITIVES = 2  # lower-case genitive words between a post and the surname: "Председатель комитета"


def _plural_surname_after_post(doc: Doc, i: int, morph: Morph) -> bool:
    """A capitalized word in -ых/-их that the dictionary reads as a plural adjective only, after a
    post in the singular (``lexicons/role_words.txt``) and up to two of its lower-case genitive words,
    with no word after it it could agree with ("Губернатор Белых подписал", "Председатель комитета
    Кучерявых заявила"): a plural adjective cannot belong to the singular post, so it is an
    indeclinable surname the tagger missed."""
    word = doc[i]
    if not word.is_alpha or not word.lower_.endswith(("ых", "их")) or word.is_upper:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "директор Новых Черёмушек", "глава Белых ночей"
    parses = morph.parse(word.text)
    if not parses or not all(p.tag.POS in ("ADJF", "NOUN") and "plur" in p.tag.grammemes
                             or "Surn" in p.tag.grammemes for p in parses):
        return False
    j, skipped = i - 1, 0
    while j >= 0 and skipped < POST_GENITIVES and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") \
            and "Gen" in doc[j].morph.get("Case"):
        j, skipped = j - 1, skipped + 1
    if j < 0 or "Sing" not in doc[j].morph.get("Number"):
        return False
    lemma = doc[j].lemma_.lower()
    return lemma in load_list("role_words.txt") or (lemma.startswith("экс-") and lemma[4:] in load_list("role_words.txt"))


def _lexicon_surname(morph: Morph, word: str) -> bool:
    """A surname of ``lexicons/foreign_names.tsv`` the dictionary reads as a common noun
    ("Макроном", "Маска"): alone, capitalized, it is a person the tagger missed."""
    return any(r.role == "last" and r.weight >= LEXICON for r in _readings(morph, word))


def _title_case(text: str) -> bool:
    """A capital, then lower case: what :func:`given_after_title` asks of the word's text first."""
    return text[:1].isupper() and text[1:].islower()


def _given_after_title(doc: Doc, spans: list[Span], morph: Morph) -> tuple[list[Span], set[int]]:
    """A given name alone after its title ("игуменья Феофания", "архиепископу Феофану") is a person
    however the tagger read it: a place or an organization of that word alone, or of the words
    from the sentence's start to it ("Грамоту архиепископу Феофану": no place or body is named
    by a title in lower case and a first name), a span of the see's adjectives and the name
    ("епископу Выборгскому Игнатию": Игнатий), or no span at all; a span of the see's words alone
    is no person ("Патриарха Московского и всея Руси Кирилла": Московский); with the words of the
    sees, which no later rule reads as a surname."""
    names = {}  # the given name's index -> its title's
    for i in word_positions(doc, _title_case, capital=True):  # given_after_title's first test of the word
        if i and given_after_title(doc, i, morph):
            names[i] = title_before(doc, i)
    names = {i: j for i, j in names.items() if not see_genitive(doc, i, j, spans, morph)}  # "архиепископа Ньюарка"
    if not names:
        return spans, set()
    out = []
    for span in spans:
        i = span.end - 1
        see = next((k for k, j in names.items() if j < span.start and span.end <= k), None)
        if see is not None and (span.label_ == "PER" or all(SEE.search(t.text) for t in span)):
            continue  # the see's adjective, no person nor place ("всея Руси" stays a place)
        if i in names and (span.start > names[i] or span.label_ in ("LOC", "ORG") and (len(span) == 1 or (
                span[0].is_sent_start and all(t.is_lower or SEE.search(t.text) for t in span[1:-1])))):
            continue
        out.append(span)
    covered = {i for span in out for i in range(span.start, span.end)}
    out += [Span(doc, i, i + 1, label="PER") for i in names if i not in covered]
    return sorted(out, key=lambda s: s.start), {k for i, j in names.items() for k in range(j + 1, i)}
