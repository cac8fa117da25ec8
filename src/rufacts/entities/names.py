"""Person names: parts (first / middle / last) and nominative forms.

A mention such as "С.Собянина", "Олафу Шольцу" or "Анны Петровны Смирновой" becomes
:class:`NameParts`. Each word gets its readings as a name part -- (role, case, gender,
nominative) -- from pymorphy3's name tags (Name/Surn/Patr) for words the dictionary
knows, from its adjective parses for adjectival surnames ("Разумовского"), and from the
declension table ``lexicons/name_endings.tsv`` for the rest (foreign names, rare
surnames). The parts of one name agree in case and gender, so the reading of the whole
mention is the (order of parts, case, gender) that its words support best. A last name
that may stand for several nominatives ("Собянина": masc. gen. of Собянин, or the fem.
Собянина) keeps them all in ``last_options``, most probable first, and clustering (see
:mod:`rufacts.components.entities`) picks the one the article agrees on. The readings of
one word are made in :mod:`rufacts.entities.name_readings`, the readings of the whole name scored
in :mod:`rufacts.entities.name_solutions`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from typing import Optional, Sequence

from ..grammars.morph import Morph, restore_case
from ..lexicons import load_list
from .name_readings import ARTICLES, CASES, LEXICON, Reading, _readings
from .name_indeclinable import indeclinable_pair
from .name_surname_e import after_germanic_particle, after_man_dative, foreign_surname_e; from .name_particle_instrumental import particle_instrumental
from .name_double_e import man_double_e
from .name_asian_syllables import syllable_name; from .name_asian_order import asian_reading, initials_after, written_order
from .names_asian import (EI_CASE, asian_name, burmese, east_asian_first, given_nominative, japanese_given, japanese_surname,
                          russian_surname)
from .name_particles import father_nominative, particle_name, son_of_middle, son_of_name
from .name_regnal import regnal_name
from .name_female_surnames import woman_surname_e, woman_surname_oy
from .name_oy_surnames import man_surname_oy
from .name_lusophone import GERMANIC, keep_u
from .name_initials_last import surname_beside_initials
from .name_initials_double import initials_double_surname
from .name_hispanic import (AFTER_PARTICLE, drop_foreign_stems, iberian_surname_a, second_surname_ya, spanish_nya,
                            unchanged_after_particle)
from .name_italian import italian_surname_e, italian_surname_u, italian_woman_e
from .name_de_particle import DE_PARTICLE, DE_WORDS, de_particle_surname
from .name_unchanged_after import unchanged_after_declined, unchanged_before_declined
from .name_indian import indian_hard_l, indian_surname_a
from .name_finnish import finnish_la; from .name_indonesian import indonesian_given; from .name_iberian_e import soft_given, surname_nte, woman_double_surname; from .name_compound_given import compound_given; from .name_slavic_a import slavic_surname_a
from .name_greek import greek_surname_u
from .name_origins import origin_readings
from .name_african import african_no_patronymic, african_surname_e
from .name_gender_twins import gender_by_surname
from .name_germanic_stems import germanic_surname_cases
from .name_foreign_women import surname_of_man_name, woman_accusative, woman_surname_consonant, woman_surname_ich
from .name_first_patronymic import man_first_in_a
from .name_foreign_oblique import doubled_adjective, polish_woman_ska, woman_given_declined
from .name_armenian_given import armenian_given, armenian_woman_given
from .name_mongolian import tuvan_finals
from .name_foreign_finals import foreign_finals
from .name_particle_order import surname_after_particle
from .name_slot_case import slot_first
from .name_solutions import HINT, _solutions
from .name_latin_particles import PARTICLES as LATIN_PARTICLES  # "Ursula von der Leyen" (second36p)

# lower-case particles of a surname, kept as written before it ("фон дер Ляйен", "де Голль")
PARTICLES = frozenset({"фон", "дер", "де", "ван", "дель", "делла", "ди", "да", "дос", "ла", "ле", "бин", "ибн",
                       "бен", "бинт", "дю", "ду", "дас", "душ", "даш", "тер", "цу", "эль", "аль", "ас", "аш", "ад",
                       "аф"}) | LATIN_PARTICLES  # Swedish "af" ("Хильма аф Клинт")
# particles also written with a capital ("Марин Ле Пен", "Роберт Де Ниро", "Хеди Бен Салем"); not "Ван", a
# Chinese and Vietnamese name; "Аль" of a Gulf dynasty ("Тамим бин Хамад Аль Тани"), not a first name ("Аль Гор");
# "Эль" of an Arabic surname written apart ("Тарек Эль Айссами"); Maori "Те" ("Кири Те Канава")
CAPITAL_PARTICLES = frozenset({"де", "ле", "ла", "дю", "ди", "да", "дель", "делла", "фон", "бен", "бин", "ибн",
                               "аль", "эль", "те"})
# "Винсент Ван Гог", "Ван Дейк" written with a capital: a particle after a first name, unless
# the name is Vietnamese or Chinese ("Нгуен Ван Тхиеу": a middle name)
DUTCH_PARTICLES = frozenset({"ван", "фан"})
# particles of German and Dutch surnames ("Маркусу фон Дитфурту"): no Portuguese name, whose surname in -у
# would stand unchanged (entities/name_lusophone.py)
GERMANIC_PARTICLES = frozenset({"фон", "цу", "дер", "ван", "фан", "тер", "аф"})
APOSTROPHES = frozenset({"'", "’"})
INITIALS = re.compile(r"^(?:[А-ЯЁA-Z]\.)+[А-ЯЁA-Z]?\.?$")


@dataclass(frozen=True)
class NameParts:
    first: Optional[str] = None       # "Сергей" or an initial "С."
    middle: Optional[str] = None
    last: Optional[str] = None
    last_options: tuple[str, ...] = ()  # alternative nominatives of the last name
    gender: Optional[str] = None      # "masc" | "femn" | None
    # every reading of the whole mention within JOIN_MARGIN of the best, best first:
    # (score, first, middle, last, gender); the entity step weighs them over all mentions
    candidates: tuple[tuple, ...] = field(default=(), compare=False, repr=False)
    family_first: bool = False        # a Chinese or Korean name: "Си Цзиньпин"

    @property
    def name(self) -> str:
        if self.family_first:
            return " ".join(p for p in (self.last, self.first, self.middle) if p)
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def with_last(self, last: str) -> "NameParts":
        return NameParts(self.first, self.middle, last, self.last_options, self.gender,
                         self.candidates, self.family_first)



def is_initial(word: str) -> bool:
    """"С" or "С." (an initial); "Дж" or "Дж." too (lexicons/name_initials_multi.txt)."""
    bare = word.rstrip(".")
    return (len(bare) == 1 and bare.isalpha() and bare.isupper()) or (
        bare[:1].isupper() and bare.lower() in load_list("name_initials_multi.txt"))


def split_initials(word: str) -> list[str]:
    """'А.А.' -> ['А', 'А']; other words unchanged."""
    if INITIALS.match(word):
        return [c for c in word if c.isalpha()]
    return [word]


OPTIONS_MARGIN = 0.3  # readings of the whole name this close to the best give last_options
JOIN_MARGIN = 1.0  # readings this close to the best are candidates for the entity's name


def _cached(analyze):
    """``analyze_name`` memoized across mentions and articles: a pure function of its
    arguments (the words as a tuple); a ``cases`` given as a set is not cached."""
    cached = lru_cache(maxsize=2_048)(lambda morph, words, *rest: analyze(morph, list(words), *rest))

    @wraps(analyze)
    def wrapper(morph, words, cases=frozenset(), gender_hint=None, case_weight=HINT):
        if not isinstance(cases, frozenset):
            return analyze(morph, words, cases, gender_hint, case_weight)
        return cached(morph, tuple(words), cases, gender_hint, case_weight)
    return wrapper


@_cached
def analyze_name(morph: Morph, words: Sequence[str], cases: frozenset[str] = frozenset(),
                 gender_hint: Optional[str] = None, case_weight: float = HINT) -> NameParts:
    """Name parts of a person mention given its words (initials with or without dots).
    ``cases`` and ``gender_hint`` are hints from the context: the cases the preposition before
    the mention governs, the gender of a verb it is the subject of; ``case_weight`` how
    much the case hint counts.

    >>> from rufacts.morph import get_morph
    >>> analyze_name(get_morph(), ["Анны", "Петровны", "Смирновой"]).name
    'Анна Петровна Смирнова'
    >>> analyze_name(get_morph(), ["Олафу", "Шольцу"]).name
    'Олаф Шольц'
    >>> analyze_name(get_morph(), ["Кисиды"], cases=frozenset({"gent"})).name
    'Кисида'
    >>> analyze_name(get_morph(), ["С", "Собянина"]).last_options
    ('Собянин', 'Собянина')
    """
    apostrophe = next((i for i, w in enumerate(words) if 1 < i < len(words) - 1 and w in APOSTROPHES
                       and len(words[i - 1]) == 1 and words[i - 1].isalpha()), None)
    if apostrophe is not None:  # "Шинейд О'Коннор", "Элоди д'Арвиль": О', д' stay before the surname as written
        inner = analyze_name(morph, list(words[:apostrophe - 1]) + list(words[apostrophe + 1:]),
                             cases, gender_hint, case_weight)
        prefix = words[apostrophe - 1] + words[apostrophe]
        if inner.last is not None and inner.last[:3].lower() == words[apostrophe + 1][:3].lower():
            return NameParts(inner.first, inner.middle, prefix + inner.last,
                             tuple(prefix + o for o in inner.last_options), inner.gender,
                             tuple((c[0], c[1], c[2], prefix + c[3] if c[3] else c[3], c[4])
                                   for c in inner.candidates))
    regnal = regnal_name(words, lambda ws: analyze_name(morph, ws, cases, gender_hint, case_weight),
                         lambda w: any(p.tag.case == "nomn" for p in morph.parse(w)))
    if regnal is not None:  # "папы Льва XIV": Лев XIV, the number no surname
        first, gender = regnal
        return NameParts(first, None, None, (), gender, ((2.0, first, None, None, gender),))
    particle = particle_name(list(words), cases, lambda ws, c, g: analyze_name(
        morph, ws, c | {f"gender:{g}", f"particle:{g}"}, gender_hint, case_weight)) or son_of_name(
        list(words), cases, lambda w: _readings(morph, w)) or son_of_middle(  # "Хеди Бен Салему": Бен Салем
        list(words), lambda ws, g: analyze_name(morph, ws, cases, gender_hint or g, case_weight))
    if particle is not None:  # "Ильгар Тофик оглы Мамедзаде": the father's name as written
        first, middle, last, gender = particle
        return NameParts(first, middle, last, (last,), gender, ((2.0, first, middle, last, gender),))
    leading = _leading_particle(morph, list(words), cases, gender_hint, case_weight)
    if leading is not None:  # "ван Дейка", "Ле Пен": a surname with its particle, no first name
        return leading
    if len(words) == 2 and is_initial(words[1]) and words[0].lower() in load_list("east_asian_surnames.txt"):
        # "Ван И": a Chinese given name of one letter, written without a dot, is no initial
        return NameParts(words[1], None, words[0], (words[0],), None,
                         ((2.0, words[1], None, words[0], None),), family_first=True)
    # an opening letter written with its dot is an initial, not the one-letter Chinese family name ("Е. Шамина")
    dotted = bool(words) and len(words[0]) == 2 and words[0].endswith(".") and is_initial(words[0]) or initials_after(words)
    words = [p for w in words if w for p in split_initials(w.rstrip(".") if INITIALS.match(w) else w)]
    compound = len(words) == 3 and words[0].lower() in load_list("name_compound_first.txt")
    particles = None if compound else next((i for i, w in enumerate(words) if i > 0 and (
        w in PARTICLES or w.lower() in CAPITAL_PARTICLES or (len(words) == 3 and i == 1 and w.lower() in load_list(
            "name_arabic_heads.txt")) or (
            w.lower() in DUTCH_PARTICLES and words[0].lower() not in east_asian_first()
            and syllable_name(morph, words, given_nominative) is None))),  # "Тьеу Ван Лонг": a Vietnamese name
        None)
    given = _given_with_particle(morph, words, particles, cases, gender_hint, case_weight)
    if given is not None:  # "Марией дель Кармен Альварес": a given name of a particle and a name
        return given
    if particles is not None and particles < len(words) - 1:  # "Урсулы фон дер Ляйен"
        germanic = frozenset({GERMANIC}) if words[particles].lower() in GERMANIC_PARTICLES else frozenset({
            AFTER_PARTICLE})  # "Лусией Фернандес де Кордоба": the word after "де" may stand unchanged
        if words[particles].lower() in DE_WORDS:
            germanic |= {DE_PARTICLE}  # "о Филиппе Де Смете": Де Смет
        inner = surname_after_particle(analyze_name(  # "Риккардо Ди Фалько": the word after "Ди" is the surname
            morph, words[:particles] + words[-1:], cases | germanic, gender_hint, case_weight), words[-1])
        father = father_nominative(words[particles], words[-1], inner.last) if particles == len(words) - 2 else None
        if father is not None:  # "Мохд Разали бин Омара": бин Омар
            inner = replace(inner, last=father, last_options=(father,), candidates=tuple(
                (c[0], c[1], c[2], father if c[3] == inner.last else c[3], c[4]) for c in inner.candidates))
        if inner.last is not None and inner.last.split()[-1][:3].lower() == words[-1][:3].lower():
            # the particles go before the last word of the surname ("Жаира Мендеса де Алмейды":
            # Мендес де Алмейда, the first of two surnames before them)
            particle = " ".join(words[particles:-1])
            return NameParts(inner.first, inner.middle, _before_last(inner.last, particle),
                             tuple(_before_last(o, particle) for o in inner.last_options), inner.gender,
                             tuple((c[0], c[1], c[2], _before_last(c[3], particle) if c[3] else c[3], c[4])
                                   for c in inner.candidates))
    double = initials_double_surname(words, is_initial, lambda w: _readings(morph, w), lambda ws: analyze_name(
        morph, ws, cases, gender_hint, case_weight)) if dotted else None
    if double is not None:  # "Ф. Х. Льоренте Бустаманте": the initials' two surnames, one last name
        first, middle, last, gender = double
        return NameParts(first, middle, last, (last,), gender, ((2.0, first, middle, last, gender),))
    asian = None if dotted else asian_reading(morph, words, gender_hint)
    if asian is not None:  # "Си Цзиньпином", "Ким Чен Ына": order as written
        given, family = asian
        return NameParts(given, None, family, (family,), None, ((2.0, given, None, family, None),),
                         family_first=not written_order(morph, words))
    initials = [w.rstrip(".") for w in words if is_initial(w)]
    full = [w for w in words if not is_initial(w)][:4]
    if len(full) == 3 and full[1].lower() == full[2].lower():
        full = full[:2]  # "Максим Петров Петров": a surname written twice is one surname
    gender = None
    first = middle = last = None
    last_options: list[str] = []
    candidates: dict[tuple, float] = {}
    if full:
        readings = indeclinable_pair(morph, full, italian_woman_e(morph, full, [_readings(morph, w) for w in full]))
        readings = man_first_in_a(full, readings)  # "Бекмурзу Хаджиретовича Тлишева"
        readings = woman_given_declined(full, doubled_adjective(full, polish_woman_ska(full, readings)))  # "Айше Кханне": Айша
        readings = armenian_given(full, readings)  # "Вахе Саргсяну": Вахе, not Ваха's dative
        readings = woman_surname_e(morph, full, readings)  # "Маргарите Кимовне Ланге"
        readings = foreign_surname_e(morph, full, readings)  # "о Жероме Вандервельде" as written
        readings = after_man_dative(morph, full, readings)  # "Клаусу Хенке" as written
        readings = man_double_e(morph, full, readings)  # "Грушевскому-Ланге": Грушевский-Ланге
        readings = de_particle_surname(full, readings, cases)  # "о Филиппе Де Смете": Де Смет
        readings = particle_instrumental(full, after_germanic_particle(full, readings, cases), cases)  # "о Виллеме ван Вейке": ван Вейк; "с Клаусом фон Бредовом"
        readings = woman_surname_oy(morph, full, readings)  # "с Анной Лозовой": Лозовая
        readings = man_surname_oy(full, readings)  # "Святослав Дубовой" as written
        readings = woman_surname_ich(full, readings)  # "Петры Шимунич": Шимунич
        readings = woman_surname_consonant(full, readings, morph)  # "Хадиджи Бенсалем": Бенсалем
        readings = surname_of_man_name(full, readings)  # "Риза Ахмеда": Ахмед's case, not an Ахмеда
        readings = woman_accusative(full, readings)  # "Ивану Маркович-Шимич": Ивана
        readings = surname_beside_initials(full, initials, keep_u(full, readings, cases), cases)  # "В. И. Далю"
        readings = compound_given(full, woman_double_surname(full, surname_nte(full, soft_given(full, drop_foreign_stems(full, readings)))))  # "об Андресе Фелипе Кастаньеде"; "о Мигеле Анхеле Бустаманте"
        readings = iberian_surname_a(full, readings)  # "Луиш Монтенегру Сарайва": not of Сарайв
        readings = spanish_nya(full, readings)  # "Рикардо Уманье Паредесу": Уманья
        readings = second_surname_ya(full, readings)  # "Виктору Родригесу Падилье": Падилья
        readings = unchanged_after_particle(full, readings, cases)  # "Лусией Фернандес де Кордоба"
        readings = italian_surname_u(full, italian_surname_e(full, readings), cases)  # "Антонио Ферранте" as written
        readings = unchanged_after_declined(full, readings, cases)  # "с Жаном-Люком Кола": Кола
        readings = unchanged_before_declined(full, readings)  # "с Никола Продановичем": Никола
        readings = indian_surname_a(full, readings)  # "о Раджеше Мехте": Мехта
        readings = indian_hard_l(full, readings)  # "об Амите Бансале": Бансал
        readings = indonesian_given(full, greek_surname_u(full, readings))  # "Яннису Папаконстантину" as written
        readings = origin_readings(morph, full, readings, cases)  # "Хироки Сакамаки": Japanese, as written
        readings = african_no_patronymic(full, african_surname_e(full, readings, cases), cases)  # "Сифо Нкабинде"
        readings = slavic_surname_a(morph, full, finnish_la(full, readings, cases))  # "о Юсси Мякеле": Мякеля; "Дзюбе": Дзюба
        readings = gender_by_surname(full, readings)  # "о Габриэле Аттале": Габриэль, by Атталь's case
        readings = germanic_surname_cases(full, readings)  # "Рето Бюлера": Бюлер
        readings = foreign_finals(full, tuvan_finals(full, armenian_woman_given(full, readings)), cases)  # "Кара-ооле"; "Трнке": Трнка
        if len(full) == 2 and japanese_given(morph, full[0], readings[0]) \
                and not russian_surname(readings[1]):  # "Фумио Кисиде": of Кисида
            # the given name stands unchanged ("Нобору Такэсите", not of Нобор)
            given = (full[0].lower(), full[0].lower()[:-1] + "й")  # "Сёхэе": of Сёхэй
            if EI_CASE.search(full[0].lower()):  # "Сёхэю", "Кохэем": of a name in -эй, no Japanese word ends so
                given = (EI_CASE.sub("эй", full[0].lower()),)
            readings[0] = tuple(r for r in _readings(morph, full[0]) if r.nominative in given) or readings[0]
            readings[1] = japanese_surname(readings[1], full[0])
        if len(full) == 3 and full[0].lower() in load_list("name_compound_first.txt"):
            # "Абдель" stands as written while the word after it declines
            readings[0] = tuple(Reading("first", c, None, full[0].lower(), LEXICON) for c in CASES)
            if full[1].partition("-")[0].lower() in ARTICLES and "-" in full[1]:
                # "Абд аль-Азизом": the word after "Абд" with its article declines as a first name
                readings[1] = tuple(readings[1]) + tuple(r._replace(role="first") for r in readings[1]
                                                         if r.role == "last")
        elif len(full) == 3 and all(w.partition("-")[0].lower() in ARTICLES and "-" in w for w in full[1:]):
            # "Мишаалю аль-Ахмеду ас-Сабаху": the father's name with its article is the middle name,
            # declined as the surname is (Мишааль аль-Ахмед ас-Сабах)
            readings[1] = tuple(readings[1]) + tuple(r._replace(role="middle") for r in readings[1] if r.role == "last")
        # ("Ясину Абу Хайдару": "Абу" opening a surname stands as written, as _solutions reads it)
        # the best reading in a case the preposition before the name governs ("с Жоау Лоуренсу")
        solutions = slot_first(_solutions(full, readings, cases, gender_hint, case_weight), cases)
        score, order, case, g, chosen = solutions[0]
        first, middle, last = _parts_of(full, order, chosen)
        if any(r is not None and r.gender for r in chosen):
            gender = g
        for s in solutions:
            if s[0] < score - JOIN_MARGIN:
                break
            s_gender = s[3] if any(r is not None and r.gender for r in s[4]) else None
            s_first, s_middle, s_last = _parts_of(full, s[1], s[4])
            key = (*_with_initials(s_first, s_middle, initials), s_last, s_gender)
            candidates.setdefault(key, s[0])
        if "last" in order:
            i = order.index("last")
            for s in solutions:
                if s[1] == order and s[4][i] is not None and s[0] >= score - OPTIONS_MARGIN:
                    form = _parts_of(full, s[1], s[4])[2]
                    if form not in last_options:
                        last_options.append(form)
            if last in last_options:
                last_options.remove(last)
            last_options.insert(0, last)
            last_options = last_options[:3]
    first, middle = _with_initials(first, middle, initials)
    if not full and initials:
        candidates[(first, middle, None, None)] = 0.0
    return NameParts(first, middle, last, tuple(last_options) if last else (), gender,
                     tuple((sc, *key) for key, sc in candidates.items()))


def _given_with_particle(morph: Morph, words: list[str], particles: Optional[int], cases, gender_hint,
                         case_weight) -> Optional[NameParts]:
    """"Мария дель Кармен Альварес", "Мария де лос Анхелес Перес": the particles before a Spanish given
    name of ``lexicons/hispanic_first_names.txt`` with a surname after it make one given name with the
    name before them, which alone declines ("Марией дель Кармен")."""
    if particles is None or words[particles] not in PARTICLES:
        return None
    j = particles
    while j < len(words) and words[j] in PARTICLES:
        j += 1
    if j >= len(words) - 1 or words[j].lower() not in load_list("hispanic_first_names.txt"):
        return None
    inner = analyze_name(morph, words[:particles] + words[j + 1:], cases, gender_hint, case_weight)
    if inner.first is None or inner.last is None or inner.middle is not None:
        return None
    first = f"{inner.first} {' '.join(words[particles:j + 1])}"
    return NameParts(first, None, inner.last, inner.last_options, inner.gender,
                     tuple((c[0], f"{c[1]} {' '.join(words[particles:j + 1])}" if c[1] else c[1], *c[2:])
                           for c in inner.candidates))


# particles that open a surname written with a capital where no first name comes before ("Ле Пен", "Де Ниро",
# "Ван Дамм"); not "Аль", "Бен": first names too ("Аль Гор", "Бен Аффлек"); not "Фан", a Vietnamese family name
LEADING_CAPITAL = frozenset({"ван", "фон", "де", "ле", "ла", "дю", "ди", "да", "дель", "делла"})


def _leading_particle(morph: Morph, words: list[str], cases, gender_hint, case_weight) -> Optional[NameParts]:
    """"ван Дейка", "фон Брауну", "Ле Пен": particles and one surname after them, with no first name: the
    surname declines as a surname alone does, the particles stand as written; not a Chinese, Korean or
    Vietnamese name ("Ван Юнцин", "Ле Куок Хунг")."""
    j = 0
    while j < len(words) - 1 and (words[j] in PARTICLES or (words[j][:1].isupper() and (
            words[j].lower() in LEADING_CAPITAL or len(words) == 2 and words[j].lower() in load_list(
                "name_arabic_heads.txt")))):  # "Абу Зейду" alone: the surname Абу Зейд
        j += 1
    if j == 0 or j != len(words) - 1 or not words[j][:1].isupper() or not words[j].replace("-", "").isalpha():
        return None
    if any(w[:1].isupper() for w in words[:j]) and (syllable_name(morph, words, given_nominative) is not None or (
            (words[0].lower() not in DUTCH_PARTICLES or "-" in words[-1]) and asian_name(morph, words) is not None)):
        return None  # ("Ван Дейк": "Ван" a Chinese family name only before Chinese syllables)
    inner = analyze_name(morph, words[j:], cases, gender_hint, case_weight)
    alone = [c for c in inner.candidates if c[3] and not c[1] and not c[2]]
    if not alone:
        return None
    prefix = " ".join(words[:j])
    best = max(alone, key=lambda c: c[0])
    options = tuple(dict.fromkeys(f"{prefix} {c[3]}" for c in alone if c[0] >= best[0] - OPTIONS_MARGIN))
    return NameParts(None, None, f"{prefix} {best[3]}", options, best[4],
                     tuple((c[0], None, None, f"{prefix} {c[3]}", c[4]) for c in alone))


def _before_last(last: str, particle: str) -> str:
    head, _, tail = last.rpartition(" ")
    return f"{head} {particle} {tail}" if head else f"{particle} {tail}"


def _parts_of(full: list[str], order: tuple[str, ...], chosen) -> tuple:
    """(first, middle, last) of one reading, each restored to the word's capitals."""
    parts: dict[str, str] = {}
    for word, role, r in zip(full, order, chosen):  # words of one role join: "Андрес Мануэль"
        form = restore_case(word, r.nominative) if r else word
        if role == "middle" and r is not None and r.role == "first":
            role = "first"  # a second first name: "Хуан Пабло", "Луис Альберто" (docs/gold-conventions.md)
        parts[role] = f"{parts[role]} {form}" if role in parts else form
    return parts.get("first"), parts.get("middle"), parts.get("last")


def _with_initials(first: Optional[str], middle: Optional[str], initials: list[str]) -> tuple:
    """Initials fill the first and middle name where no word did ("С. Собянин")."""
    initials = list(initials)
    if first is None and initials:
        first = initials.pop(0) + "."
    if middle is None and initials:
        middle = initials[0] + "."
    return first, middle
