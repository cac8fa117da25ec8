"""Turkic patronymics with a particle ("son of", "daughter of": ``lexicons/name_particles.tsv``):
"Ильгар Тофик оглы Мамедзаде", "Лейлы Ариф кызы Гусейновой", "Бекзату Асан уулу". The father's
name stands unchanged before the particle, whatever the case of the rest; with the particle it is
the middle name where a surname follows, else the last name (docs/gold-conventions.md). The tagger
often stops before the particle or misses such a name: :func:`particle_spans` makes one person
mention of it; :func:`particle_name` reads its parts."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span

from ..lexicons import load_rows
from .name_readings import ARTICLES
from .name_words import _capitalized


@lru_cache(maxsize=1)
def particles() -> dict[str, str]:
    return {word: gender for word, gender in load_rows("name_particles.tsv")}


def particle_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """One PER span over a name with a patronymic particle: the given name(s), the father's name,
    the particle and a capitalized surname right after it; spans it overlaps give way (a PER span
    that starts earlier, "Мамедов Ильгар Тофик оглы", lends its start)."""
    from .spans import positions

    spans = particle_tail_spans(doc, spans)
    table = particles()
    found = []
    for i in positions(doc, table):
        if i < 2 or not _capitalized(doc[i - 1]) or not _capitalized(doc[i - 2]):
            continue
        start, end = i - 2, i + 1
        if end < len(doc) and _capitalized(doc[end]):
            end += 1
        for s in spans:
            if s.label_ == "PER" and s.start < start < s.end:
                start = s.start
        found.append((start, end))
    if not found:
        return spans
    out = [s for s in spans if not any(s.start < e and b < s.end for b, e in found)]
    out.extend(Span(doc, b, e, label="PER") for b, e in found)
    return sorted(out, key=lambda s: s.start)


def particle_name(words: list[str], cases: frozenset[str], analyze) -> Optional[tuple]:
    """(first, middle, last, gender) of a name with a patronymic particle, or None if it has none;
    ``analyze`` reads the given name and surname around the father's name (names.analyze_name)."""
    table = particles()
    k = next((i for i, w in enumerate(words) if i >= 2 and w in table), None)
    if k is None:
        return None
    gender = table[words[k]]
    father = f"{words[k - 1]} {words[k]}"
    rest = words[:k - 1] + words[k + 1:]
    if k + 1 == len(words) and k >= 3:
        # the official order, surname first: "Мамедов Эльчин Рамиз оглы" (Эльчин Рамиз оглы Мамедов),
        # read as given name and surname, so that a surname the dictionary does not know
        # ("Гусейнзаде Эльчину Гасан оглы") is not taken for the given name
        parts = analyze(rest[-1:] + rest[:-1], cases, gender)
        if parts.first and parts.last:
            return parts.first, father, parts.last, gender
    parts = analyze(rest, cases, gender)
    if k + 1 < len(words):
        return parts.first, father, parts.last, gender
    given = " ".join(p for p in (parts.first, parts.middle, parts.last) if p)
    return given, None, father, gender


def particle_tail_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person span that ends in a surname particle written with a capital takes in the capitalized
    word after it ("Хеди Бен" + "Салему": Хеди Бен Салем); a one-word span over that word gives way."""
    from .names import CAPITAL_PARTICLES

    out: list[Span] = []
    taken = -1
    for span in spans:
        if span.start <= taken:
            continue  # the word a span before took in
        end = span.end
        if span.label_ == "PER" and len(span) >= 2 and span[-1].text[:1].isupper() \
                and span[-1].lower_ in CAPITAL_PARTICLES and end < len(doc) and _capitalized(doc[end]):
            if not any(s.start <= end < s.end and len(s) > 1 for s in spans):
                span = Span(doc, span.start, end + 1, label="PER")
                taken = end
        out.append(span)
    return out


SON_OF = frozenset({"бен", "бин", "ибн", "бинт"})  # the Arab "son of" ("daughter of": бинт) before a surname
GENDER_OF = {"бинт": "femn"}  # ... the gender of the person named (else a man)


def article_lower(word: str) -> str:
    """"Ас-Сиси" -> "ас-Сиси": the Arabic article (``name_readings.ARTICLES``: аль- and its forms before
    a "sun letter", ас-, аш-, ан-..., the Egyptian and Maghreb эль-, эн-...) of a surname in lower case, as
    Rosenthal writes it; other words unchanged. Read for a mention that opens its sentence, whose
    capital is the sentence's (entities/names_group.py); elsewhere the text's own spelling stands
    ("с Юсуфом Эль-Амрани")."""
    head, dash, rest = word.partition("-")
    if dash and head[:1].isupper() and head.lower() in ARTICLES and rest[:1].isupper() and len(rest) > 2 \
            and "-" not in rest:
        return head.lower() + dash + rest
    return word


GERMANIC_LOWER = frozenset({"Ван", "Фон"})


def germanic_lower(words: list[str]) -> list[str]:
    """"Ван Бюрен подчеркнул" -> "ван Бюрен": a Dutch or German particle opening a surname with no first
    name, at a sentence's start, in lower case, as Rosenthal writes it (as :func:`article_lower`); not a
    Chinese family name before Chinese syllables ("Ван Юнцин")."""
    from ..grammars.morph import get_morph
    from .name_asian_syllables import syllable_name
    from .names_asian import given_nominative

    if len(words) != 2 or words[0] not in GERMANIC_LOWER or not words[1][:1].isupper() \
            or syllable_name(get_morph(), words, given_nominative) is not None:
        return words
    return [words[0].lower(), words[1]]


SON_OF_HINT = 0.3  # as names.HINT


def son_of_name(words: list[str], cases: frozenset[str], readings) -> Optional[tuple]:
    """(first, None, last, "masc") of "given name + Бен/Бин/Ибн + surname" whose given name the
    foreign lexicon lists as an Arab man's, though another lexicon has it as a woman's ("Хеди":
    also Chechen): the surname declines as a man's ("Хеди Бен Салему" -> Хеди Бен Салем); None
    otherwise (the usual reading decides). ``readings`` gives a word's name readings
    (name_readings._readings); a case of ``cases`` (the context's hint) weighs a little more."""
    from .name_foreign_first import first_name_peoples, foreign_first_forms

    if len(words) != 3 or words[1].lower() not in SON_OF:
        return None
    given = _article_given(words[0])
    if given is not None:  # "аль-Валида бин Талала": Аль-Валид бин Талал, the article's given name declined
        words = [given] + list(words[1:])
    elif "iranian-arab" not in first_name_peoples(words[0]) \
            or not any(c == "nomn" and g == "masc" and n == words[0].lower() for c, g, n in foreign_first_forms(words[0])):
        return None
    best = max((r for r in readings(words[2]) if r.role == "last" and r.gender == "masc"),
               key=lambda r: r.weight + SON_OF_HINT * (r.case in cases), default=None)
    if best is None:
        return None
    last = words[2][:1] + best.nominative[1:]
    return words[0], None, f"{words[1]} {last}", "masc"


def _article_given(word: str) -> Optional[str]:
    """The nominative of a given name written with the Arabic article before "бин" ("аль-Валида" ->
    "аль-Валид", as written where it stands so): a listed Arab man's name after the article, in a case
    of it; None for any other word."""
    from .name_foreign_first import first_name_peoples, foreign_first_forms

    head, dash, rest = word.partition("-")
    if not dash or head.lower() not in ARTICLES or not rest[:1].isupper():
        return None
    forms = [n for c, g, n in foreign_first_forms(rest) if g == "masc"
             and "iranian-arab" in first_name_peoples(rest[:1] + n[1:])]
    return f"{head}-{rest[:1]}{forms[0][1:]}" if forms else None


def son_of_middle(words: list[str], analyze) -> Optional[tuple]:
    """(first, middle, last, gender) of "given name + бин/ибн/бен/бинт + father's name + surname"
    ("Саиду бин Хамаду аль-Муханнади" -> Саид, бин Хамад, аль-Муханнади; a woman's with бинт): the
    father's name with the particle is the middle name, in the nominative as the given name is; the
    family name or nisba after it the last. ``analyze`` reads a list of words as a name of a gender
    (names.analyze_name); None where the name is not so built."""
    k = next((i for i, w in enumerate(words) if i >= 1 and w in SON_OF), None)
    if k is None or k + 2 >= len(words) or not words[k + 1][:1].isupper() or not words[k + 1].isalpha() \
            or not all(w[:1].isupper() or "-" in w for w in words[k + 2:]):
        return None
    gender = GENDER_OF.get(words[k], "masc")
    given = analyze(words[:k] + words[k + 2:], gender)
    father = analyze(words[:k] + [words[k + 1]], gender)
    if given.first is None or given.last is None or father.last is None:
        return None
    if father.first != given.first:
        if given.first != words[0]:
            return None
        # the given name as written, in the nominative: so is the father's name ("Нура бинт Абдалла
        # аль-Хамели", though "Нура Абдалла" alone reads as the genitive of a man's Нур Абдалл)
        return given.first, f"{words[k]} {words[k + 1]}", given.last, gender
    return given.first, f"{words[k]} {words[k + 1][:1]}{father.last[1:]}", given.last, gender


def father_nominative(particle: str, word: str, last: str | None) -> str | None:
    """The father's name after "бин", "ибн", "бен", "бинт" in the nominative where the name reading left it as
    written though it is an oblique case of a listed man's name and the nominative of none ("Мохд Разали
    бин Омара": бин Омар; the given names before it stand unchanged and show no case)."""
    from .name_foreign_first import foreign_first_forms

    if particle.lower() not in SON_OF or last is None or last.lower() != word.lower():
        return None
    forms = foreign_first_forms(word)
    if not forms or any(case == "nomn" for case, _g, _n in forms):
        return None
    names = {n for case, g, n in forms if g == "masc"}
    if len(names) != 1:
        return None
    return word[:1] + next(iter(names))[1:]
