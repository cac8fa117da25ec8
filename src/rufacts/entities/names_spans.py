"""Person mention spans the tagger cuts wrongly or misses, repaired before grouping.

- A first name and a surname the dictionary knows as such, agreeing, that the tagger left
  untagged ("На Германе Грефе лежит ..."): a person mention (``names_missed.py``).
- A person's name after a word for the people around them, which the tagger takes with
  that word for an organization ("Пресс-служба Павла Дурова"): the name alone is a person
  mention (the words in ``lexicons/person_staff.txt``).
- A position word taken in at the start ("Актрисе Чулпан Хаматовой"), a common noun
  capitalized at the start of a sentence ("Телеведущему Дмитрию Борисову", also where the
  tagger took the whole for an organization; a preposition also out of an organization, "О
  «Фольксвагене»"; a body named after the person, "Оркестр
  Владимира Спивакова", stays an organization besides the person), a preposition ("Об И.Ларионове") or a
  one-letter one read as an initial ("О Зеленском"): left out.
- A first name and patronymic after a surname the tagger left out or took apart
  ("Мутко Виталия Леонтьевича", "Шойгу Сергея Кужугетовича"): one mention.
- A one-word "person" at the start of a sentence that is a common noun for a thing
  ("Вопрос задали Алис Вайдель"): no mention.
- A first name left out before a patronymic ("Владимире" + "Владимировиче Путине"): taken in.
- Initials and the surname beside them tagged apart, or the surname left out ("Кудриным"
  + "А.Л.", "В.В." + "Жириновским"): one mention.
- A first name (and patronymic) and the surname after it tagged as two people
  ("Татьяной Николаевной" + "Москальковой"): one mention, where the surname agrees; two given names
  and two surnames no first name reads ("Марии Фернанды" + "Эскобар Ривас"): one mention.
- A first name and patronymic left out before the surname tagged alone, or a surname left out
  after the first name tagged alone ("Станиславу Игоревичу" + "Малышко", "Ринату" +
  "Фазылзянову"): one mention (``name_given_before.py``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .name_iberian_joins import given_before_given_and_surnames, given_typed_otherwise, iberian_given_before_surnames
from .name_glued_lead import without_glued_lead
from ..grammars.morph import Morph
from ..lexicons import load_list
from .bodies import body_heads
from .name_readings import _foreign_names, _readings
from .name_hispanic import iberian_given_word; from .name_indian import south_asian_given; from .name_false_persons import no_person, place_of_kind
from .names import NameParts, analyze_name
from .name_solutions import _foreign_only
from .name_words import (_adjective_not_name, _capitalized, _common_noun, _first_name, _hyphenated_cap,
                         _noun_not_name, _person_noun, _tagged, _thing_noun)
from .name_foreign_demonyms import without_demonym
from .name_first_before import first_name_place, with_first_before
from .name_first_opening import hyphenated_first_place, opening_first_name, with_first_opening
from .name_peoples_first import listed_given_before_declined; from .name_compound_given import listed_compound
from .name_nicknames import with_nicknames
from .name_lead_words import (adjective_before_noun, agrees, common_patronymic_word, noun_before_foreign_given,
                              without_lead_adverb, without_position)
from .name_asian_missed import asian_family_letter, asian_joined, given_or_family, listed_family_name
from .name_asian_syllables import syllable_name
from .names_asian import asian_name, east_asian_first, given_nominative
from .place_persons import _reads_as_person, person_after_noun
from .person_splits import split_persons
from .org_persons import person_in_span
from .names_spans_joins import (given_pair_with_surnames, iberian_given_with_surnames, second_surname_after_given_pair,
                                surname_then_given, with_initials, with_surname_before)
from .name_role_compounds import without_role_compound
from .name_first_patronymic import first_before_patronymic, patronymic_word
from .name_place_tail import surname_out_of_place, without_place_tail
from .name_lone_oblique import surname_typed_otherwise
from .name_case_split import after_opening_preposition, split_by_case
from .name_honoree import after_honoree, honoree, without_award_eponym
from .name_lone_governed import governed_slots
from .names_missed import missed_names
from .name_honorifics import given_not_title
from .name_given_before import with_given_before, with_surname_after_first
from .name_thing_before_initials import with_initials_before, without_thing_before_initials
from .name_first_unchanged import with_unchanged_first_before


def _joined(a: Span, b: Span, morph: Morph) -> Span | None:
    """"Татьяной Николаевной" + "Москальковой" -> one mention, if the first reads without a
    surname and the whole with one, keeping the first's first name; "Нгуен Тхи" + "Ким Нган", one
    Vietnamese name."""
    asian = asian_joined(a, b, morph)
    if asian is not None:
        return asian
    if b.start == a.end and len(a) == 1 and len(b) == 2 and _capitalized(a[0]) and _capitalized(b[1]) \
            and b[0].text[:1].isupper() and "-" in b[0].text:  # "Айланой" + "Сайын-ооловной Ондар"
        joined = _first_before_patronymic(a, b, morph)
        if joined is not None:
            return joined
    if b.start == a.end and len(a) == 1 and len(b) == 2 and all(_capitalized(t) for t in (*a, *b)):
        joined = _second_given(a, b, morph)
        if joined is not None:
            return joined
    if len(a) == 1 and len(b) == 3 and (pair := given_before_given_and_surnames(a, b, morph)) is not None:
        return pair  # "Марию" + "Фернанду Лопес Гайтан"
    if len(a) == 1 and len(b) in (2, 3):  # "Алешандри" + "Силвейра Фрейтас": a given name and a double surname
        return iberian_given_with_surnames(a, b, morph)
    if len(a) == 2 and len(b) == 2:  # "Марии Фернанды" + "Эскобар Ривас"
        return given_pair_with_surnames(a, b, morph)
    if len(a) == 2 and len(b) in (1, 3):  # "Марией Луисой" + "Рамирес", + "Рамирес де Арельяно"
        pair = given_pair_with_surnames(a, b, morph)
        if pair is not None:
            return pair
    if len(a) == 3 and len(b) == 1:  # "Пабло Эмилио Эскобара" + "Гавирии": a second surname
        return second_surname_after_given_pair(a, b, morph)
    if b.start != a.end or len(b) != 1 or not _hyphenated_cap(b[0]) or len(a) > 2 \
            or not all(_capitalized(t) for t in a):
        return None
    alone = analyze_name(morph, [t.text for t in a])
    if len(a) == 1 and alone.first is None:
        # "Джошуа" + "Хендерсоном": a foreign given name alone reads as a surname (name_solutions.
        # LONE_FOREIGN_FIRST), yet before a surname it is the first name its other reading says
        # ("Тамуна" + "Кобахидзе" too, a guessed given name before a word that is no given name;
        # not "Джигарханяна" + "Виталины": a surname, and Виталина goes with the surname after her)
        given = next((c[1] for c in alone.candidates if c[1] and not c[2] and not c[3]), None)
        if given is not None and (_foreign_only(given) or analyze_name(morph, [b[0].text]).first is None):
            alone = NameParts(given)
    middle = alone.middle
    if alone.last is not None and alone.middle is None and alone.first is not None and len(a) == 2:
        # "Карлоса Мартинеса" + "Ибарры": a second surname, where the three read so
        whole = analyze_name(morph, [t.text for t in a] + [b[0].text])
        if whole.middle is None and (whole.first == alone.first and (whole.last or "").startswith(alone.last + " ") or whole.last and whole.first == f"{alone.first} {alone.last}" and listed_compound(whole.first)):  # (or "Жоау Батисты" + "Моуры": a second given name)
            return Span(a.doc, a.start, b.end, label="PER")
    if alone.last is not None and alone.middle is None and len(a) == 2 and _tagged(morph, a[1].text, "Patr"):
        middle = alone.last  # "Валерия Абисаловича": a rare patronymic is a surname alone too
    elif alone.last is not None or alone.first is None:
        return surname_then_given(a, b, alone, morph)  # "Шевцова" + "Анна": an inverted name (second36p)
    whole = analyze_name(morph, [t.text for t in a] + [b[0].text])
    if whole.last is None or whole.first != alone.first or whole.middle != middle:
        return None
    return Span(a.doc, a.start, b.end, label="PER")


def _first_before_patronymic(a: Span, b: Span, morph: Morph) -> Span | None:
    """"Айланой" + "Сайын-ооловной Ондар" -> one mention: a first name alone before a patronymic
    and a surname, which the whole reads as first name, patronymic and surname of one case."""
    alone = analyze_name(morph, [a[0].text])
    if alone.first is None or alone.last is not None:
        return None
    whole = analyze_name(morph, [a[0].text] + [t.text for t in b])
    if whole.first != alone.first or whole.middle is None or whole.last is None \
            or not any(r.role == "middle" and r.weight >= 1.0 for r in _readings(morph, b[0].text)):
        return None
    return Span(a.doc, a.start, b.end, label="PER")


def _second_given(a: Span, b: Span, morph: Morph) -> Span | None:
    """"Марию" + "Хосе Бустаманте" -> one mention: a first name alone, and a first name and surname
    after it that the whole reads as a compound first name and the same surname ("Мария Хосе"; not
    "Ивану" + "Петра Сидорова", whose cases part them)."""
    if _possessed_by_noun(a, b, morph):
        return None
    alone, rest = analyze_name(morph, [a[0].text]), analyze_name(morph, [t.text for t in b])
    firsts = {alone.first}
    if (alone.first is None or alone.last is not None) and _iberian_given_pair(morph, a[0].text, b[0].text):
        # "Жуана" alone reads as a surname (a foreign given name alone), yet before "Мануэла Фрейташа" it is Жуан
        firsts = {c[1] for c in alone.candidates if c[1] and not c[2] and not c[3]}
    elif alone.first is None or alone.last is not None:
        return None
    if rest.first is None or rest.last is None:
        return None
    whole = analyze_name(morph, [a[0].text] + [t.text for t in b])
    if whole.first not in {f"{f} {rest.first}" for f in firsts} or whole.middle is not None or not any(
            c[1] == rest.first and c[3] == whole.last for c in rest.candidates):
        return None  # (the surname among the pair's own readings: "Хосе Бустаманте" read Бустаманта first)
    return Span(a.doc, a.start, b.end, label="PER")


def _possessed_by_noun(a: Span, b: Span, morph: Morph) -> bool:
    """"на роль Гамлета" + "Артура Саркисова": a genitive first name after a common noun is that
    noun's possessor or character, a person of its own, unless the next given name is one that does
    not decline ("дочери Марии" + "Хосе Бустаманте")."""
    if a.start == 0:
        return False
    before = a.doc[a.start - 1]
    if not before.is_alpha or not before.is_lower or morph.parse(before.text)[0].tag.POS != "NOUN":
        return False
    if not any("gent" in p.tag.grammemes and "Name" in p.tag.grammemes for p in morph.parse(a[0].text)):
        return False
    second = b[0].text
    if _iberian_given_pair(morph, a[0].text, second):
        return False  # "Интервью Жуана" + "Мануэла Фрейташа": two Iberian given names are one ("Жуан Мануэл")
    return any(p.normal_form != second.lower() for p in morph.parse(second) if "Name" in p.tag.grammemes)


def _iberian_given_pair(morph: Morph, first: str, second: str) -> bool:
    """Two Spanish or Portuguese (or South Asian: "Пушпой" + "Камалом Дахалом") given names of the lexicons: one."""
    return any(all(g(w, _readings(morph, w)) for w in (first, second)) for g in (iberian_given_word, south_asian_given))


def _without_title(span: Span, morph: Morph) -> Span:
    """"Актрисе Чулпан Хаматовой" -> "Чулпан Хаматовой": a position word the tagger took in
    at the start (``lexicons/role_words.txt``) that no dictionary reads as a name; a noun for a
    person opening the sentence before a name, initials too ("Агроном Р. Х. Мухамедьяров")."""
    first = span[0]
    if len(span) >= 2 and span[0].is_sent_start and _person_noun(morph, first.text) \
            and all(_capitalized(t) or _initial(t) for t in span[1:] if t.is_alpha) \
            and not (len(span) == 2 and given_or_family(morph, span)):  # "Буян Иргит", "Тан Сяолуна" (тан, thane)
        return Span(span.doc, span.start + 1, span.end, label="PER")  # "Гимнастка Мельникова"
    roles = load_list("role_words.txt")  # "Аятолла Али Хаменеи": the lemma the tagger gives may miss a title
    if len(span) < 2 or (first.lemma_.lower() not in roles and first.text.lower() not in roles) or any(
            {"Name", "Surn", "Patr"} & p.tag.grammemes for p in morph.parse(first.text)) \
            or not all(_capitalized(t) for t in span[1:] if t.is_alpha) or given_not_title(span, morph):
        return span
    return Span(span.doc, span.start + 1, span.end, label="PER")


def _initial(token) -> bool:
    """A capital letter with its dot ("Агроном Р. Х. Мухамедьяров": the tagger's "Р" and ".")."""
    doc = token.doc
    return len(token.text) == 1 and token.text.isupper() and token.i + 1 < len(doc) and doc[token.i + 1].text == "."


def _without_common_noun(span: Span, morph: Morph) -> Span:
    """"Телеведущему Дмитрию Борисову" -> "Дмитрию Борисову": a common noun (or an adjective:
    "Семнадцатилетняя Мирра Андреева") capitalized at the start of a sentence, before a first
    name and surname that read as a name alone."""
    words = [t for t in span if not t.is_space]
    if len(words) == 2 and (opening_first_name(morph, words[0].text, words[1].text) or listed_family_name(morph, words)):
        return span  # "Буян Иргит": a first name that is a common noun too
    parts = [t for t in words[1:] if t.text != "."]  # initials' dots left out: "Звеньевая Е. А. Сорокоумова"
    if span.label_ == "PER" and 1 <= len(parts) <= 3 and span[0].is_sent_start \
            and _adjective_not_name(morph, words[0].text) and all(_capitalized(t) or _initial(t) for t in parts) \
            and not common_patronymic_word(morph, words[-1].text):
        # not before a first name and patronymic: "Толстая Татьяна Никитична" has its surname first
        return Span(span.doc, words[1].i, span.end, label="PER")  # no adjective is a name part
    if span[0].is_sent_start and _lone_surname_after_thing(morph, words):
        return Span(span.doc, words[1].i, span.end, label="PER")
    if len(words) == 3 and span[0].is_sent_start and all(_capitalized(t) for t in words[1:]) \
            and noun_before_foreign_given(morph, words[0].text, words[1].text, tuple(t.text for t in words[1:])):
        return Span(span.doc, words[1].i, span.end, label="PER")  # "Роман Нобуюки Ямагути"
    if len(words) not in (3, 4) or not span[0].is_sent_start or listed_family_name(morph, words) or not (
            _common_noun(morph, words[0].text) or _noun_not_name(morph, words[0].text)) \
            or not all(_capitalized(t) for t in words[1:]) \
            or not (_reads_as_person(morph, [t.text for t in words[1:]])
                    or asian_name(morph, [t.text for t in words[1:]]) is not None):  # "Заветы Хо Ши Мина"
        return span
    return Span(span.doc, words[1].i, span.end, label="PER")


def _lone_surname_after_thing(morph: Morph, words: list) -> bool:
    """"Ответ Стармеру", "Ответ И. И. Сечину": a thing noun capitalized at a sentence's start before
    one surname (with initials or none) no dictionary reads as a common noun or place ("Банк России")."""
    if len(words) < 2 or not _thing_noun(morph, words[0].text) \
            or morph.parse(words[0].text)[0].normal_form in body_heads():
        return False  # "Пресс-служба Мосгордумы": a body, the organization rules' span
    rest = [t.text for t in words[1:] if t.text != "."]
    full = [w for w in rest if not (len(w.rstrip(".")) == 1 and w[:1].isupper())]
    return len(full) == 1 and len(rest) <= 3 and full[0][:1].isupper() and full[0].isalpha() \
        and not _noun_not_name(morph, full[0]) and not _tagged(morph, full[0], "Geox") \
        and any(r.role == "last" and r.weight >= 0.45 for r in _readings(morph, full[0]))


def _adjective_of_noun(doc: Doc, j: int) -> bool:
    """An adjective before its lower-case noun ("Шяуляйский аэропорт"): no surname."""
    return doc[j].pos_ == "ADJ" and j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN" \
        and agrees(doc[j], doc[j + 1])  # not "Викторовне Чёрной район"


def _with_surname_after(span: Span, covered: set[int], morph: Morph) -> Span:
    """A surname the tagger left out after a first name and patronymic ("Ларису Ахатовну" +
    "Валиуллину") or a Spanish second surname ("Беатрис Алонсо" + "Вега"): taken in where the three
    words read so."""
    doc, j = span.doc, span.end
    if len(span) != 2 or j >= len(doc) or j in covered or not _capitalized(doc[j]) \
            or not all(_capitalized(t) for t in span) or _adjective_of_noun(doc, j):
        return span
    parts = analyze_name(morph, [t.text for t in span] + [doc[j].text])
    if parts.last is None or not (
            (parts.middle is not None and patronymic_word(morph, span[1].text))
            or (" " in parts.last and parts.middle is None and parts.first is not None
                and " " not in parts.first)):  # "Карлоса Мартинеса" + "Ибарры" too
        return span
    return Span(doc, span.start, j + 1, label="PER")


def _starts_with_preposition(span: Span, morph: Morph) -> bool:
    """"Об И.Ларионове": a word the dictionary reads first as a preposition; a longer one opening the
    sentence, which reads so almost only ("Благодаря Нгуен Тхи Ханг ...", "Вопреки Иванову")."""
    first = span[0]
    parse = morph.parse(first.text)[0]
    return (len(span) > 1 and (len(first.text) <= 3 or (first.is_sent_start and parse.score >= 0.9))
            and first.whitespace_ and span[1].text != "."
            and parse.tag.POS == "PREP"  # "О. Шольцу": an initial
            and (first.is_sent_start and not asian_family_letter(span) or first.lower_ not in east_asian_first()  # "с До Ван Ханем"
                 and syllable_name(morph, [t.text for t in span], given_nominative) is None))  # "с Ко Дон Чжином"


ONE_LETTER_WORDS = frozenset("вскоуаи")  # prepositions and conjunctions of one letter


def _without_preposition(span: Span) -> Span:
    """"О Зеленском" -> "Зеленском": a one-letter preposition or conjunction at the start,
    written without a dot, is no initial (an initial is "О." or "О.Зеленский")."""
    first = span[0]
    if len(span) < 2 or len(first.text) != 1 or first.text.lower() not in ONE_LETTER_WORDS \
            or not first.whitespace_ or span[1].text == "." or asian_family_letter(span):  # "посла У Кэня"
        return span
    return Span(span.doc, span.start + 1, span.end, label="PER")


def _first_names_before(other: Span, span: Span, morph: Morph) -> bool:
    """An organization or place span of one word right before a lone surname whose every
    hyphen part is a first name the dictionary or the lexicon knows ("Клаус-Дитер Хоффман"); a
    place name too where lexicons/foreign_names.tsv lists it as written ("о Туве Янссон": not Тува)."""
    return len(other) == 1 and other.end == span.start and len(span) == 1 and _capitalized(span[0]) \
        and all(p[:1].isupper() and _first_name(morph, p) for p in other[0].text.split("-")) \
        and (not any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.parse(other[0].text))
             or other[0].text.lower() in _foreign_names()[0] or listed_given_before_declined(morph, other[0].text, span[0].text)) \
        and analyze_name(morph, [other[0].text, span[0].text]).first is not None


def person_spans(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with person mentions repaired (see the module's docstring and
    :mod:`.person_splits`)."""
    # "с Левоном Оганесяном" read as an organization, "Миндаугасе Пятрайтисе Клайпедский порт" as a place
    spans = surname_typed_otherwise(spans, morph)  # "поручил Серебрякову" (LOC): a surname alone
    spans = [piece for whole in surname_out_of_place(spans, morph) for span in without_place_tail(whole, morph)
             for piece in person_in_span(span, morph)]
    spans = missed_names(doc, split_persons(doc, first_before_patronymic(spans, morph), morph), morph)
    spans = governed_slots(doc, spans, morph)  # "ответственность на Ухинова"; not "живёт на Ленина"
    covered = {i for span in spans for i in range(span.start, span.end)}
    out: list[Span] = []
    for span in spans:
        if span.label_ == "PER" and span.start > 0 and _capitalized(span[0]) \
                and _capitalized(span.doc[span.start - 1]) and _tagged(morph, span[0].text, "Patr") \
                and _tagged(morph, span.doc[span.start - 1].text, "Name"):
            lone = bool(out) and out[-1].end == span.start and len(out[-1]) == 1  # also read as a place
            if span.start - 1 not in covered or lone:  # "Владимире" + "Владимировиче Путине"
                if lone:
                    out.pop()
                span = Span(span.doc, span.start - 1, span.end, label="PER")
        if span.label_ == "PER" and len(span) <= 4:
            initials = with_initials(span, out[-1] if out else None, covered)
            if initials is not None:
                span, replaces = initials
                if replaces:
                    out.pop()
        if span.label_ == "ORG" and len(span) > 2 and span[1].text in "«\"„" \
                and _starts_with_preposition(span, morph):
            span = Span(span.doc, span.start + 1, span.end, label="ORG")  # "О «Фольксвагене»"
            if len(span) > 2 and span[0].text in "«\"„" and span[-1].text in "»\"“":
                span = Span(span.doc, span.start + 1, span.end - 1, label="ORG")  # as the tagger marks
        if span.label_ in ("ORG", "LOC"):
            # "Сербской волейболистке Миле Йованович", "Пресс-служба Павла Дурова"
            span = person_after_noun(span, morph) or span
        if span.label_ in ("ORG", "LOC"):
            named = honoree(span, morph)
            if named is not None:  # "гора ... имени Уильяма Мак-Кинли": the place and the person
                out.append(span)
                span = named
        if span.label_ == "ORG":  # "Оркестр Владимира Спивакова выступит ..."
            person = _without_common_noun(span, morph)
            if person is not span and not _person_noun(morph, span[0].text):
                out.append(span)  # a body named after the person: both ("Оркестр" + the person)
            span = person
        if span.label_ == "PER" and len(span) == 1 and span[0].is_sent_start \
                and _thing_noun(morph, span[0].text):
            continue  # "Вопрос задали ...", "Отчёт подписала ...": no person
        if span.label_ == "PER" and 0 < span.start and span.end < len(doc) and doc[span.start - 1].text == "«" \
                and doc[span.end].text == "»":
            continue  # "фильмы «Маска» и «Улица крокодилов»": a title in quotes, no person
        if span.label_ == "PER" and (len(span) == 1 and adjective_before_noun(doc, span.start, morph) or no_person(doc, span, morph)):
            if (span := place_of_kind(span, morph)) is None: continue  # "передачу Хризантемового трона"
        if span.label_ == "PER" and (span := without_demonym(span, morph)) is None:
            continue  # a demonym alone; "Ивуарийцу Ибрахиму Диабате": the name after it
        if span.label_ == "PER":
            if _starts_with_preposition(span, morph):
                span = Span(span.doc, span.start + 1, span.end, label="PER")
            span = without_award_eponym(span, morph)  # "премии Ласкера" + "Катрин Делакруа-Моро"
            span = after_honoree(span, morph)  # "имени Шахджалаля" + "Шафикул Ислам"
            span = _without_common_noun(_without_title(without_position(_without_preposition(
                without_role_compound(without_lead_adverb(span, morph), morph)), morph), morph), morph)
            span = without_thing_before_initials(span, morph)  # "ледокола Ямал Д. Чалов": Д. Чалов
            span = without_glued_lead(span, morph)  # "хирург Коми Андрей Васильевич Ильин"
            span = with_initials_before(span, covered)  # "шахты Распадская" + "В." + "Орлов"
        if span.label_ == "PER":
            previous = out[-1] if out else None
            joined = with_surname_before(span, previous, morph)
            if joined is not None:
                if previous is not None and previous.end == span.start:
                    out.pop()
                span = joined
        if span.label_ == "PER":
            span = with_first_before(_with_surname_after(span, covered, morph), covered, morph)
            span = iberian_given_before_surnames(span, covered, morph)  # "Об Эстефании" + "Руис Кабрере"
            span = with_first_opening(span, covered, morph)  # "Буяна" + "Иргита суд отправил"
            span = with_given_before(span, covered, morph)  # "Станиславу Игоревичу" + "Малышко"
            span = with_surname_after_first(span, covered, morph)  # "Ринату" + "Фазылзянову"
            span = with_unchanged_first_before(span, covered, morph)  # "орден Раду" + "Чобану"
        if span.label_ == "PER" and out and out[-1].label_ in ("ORG", "LOC") and (
                _first_names_before(out[-1], span, morph) or first_name_place(out[-1], span, morph)
                or hyphenated_first_place(out[-1], span, morph) or given_typed_otherwise(out[-1], span, morph)):  # "Анне-Марии" (LOC) + "Эченике Льоренте"
            span = Span(span.doc, out.pop().start, span.end, label="PER")  # "Клаус-Дитер" (ORG) + "Хоффман"
        if span.label_ == "PER" and out and out[-1].label_ == "PER":
            joined = _joined(out[-1], span, morph)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(span)
    return with_nicknames(doc, split_by_case(after_opening_preposition(doc, out, morph), morph), morph)
