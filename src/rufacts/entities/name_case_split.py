"""Person spans whose words disagree in case, and names a sentence's preposition hides.

The words of one name agree in case; where they cannot, the span holds more than one thing.

- Two names side by side in different cases, glued by the tagger after a preposition ("В паре с
  Тапио Хяркёненом Хелми Лаурила выиграла", "Конкуренцию с Фелипе Араужо Калинин проиграл"): the
  whole reads in no case the preposition governs, its first words do, the rest reads as a name in
  the nominative (the subject after the adverbial) -- two mentions.
- A word that is a first name and a common noun before a name in an oblique case it has no form
  of ("Роман Аглаи Тверитиной вошёл в шорт-лист": the novel of Аглая Тверитина; "Вера Ивана
  Петрова"): the word is the head noun, the name after it is the mention; so is a word no lexicon reads
  as a name, in the genitive, before a known given name in another oblique case ("с главным министром
  Телинганы Ревантом Редди": the genitive of the office before it).
- A sentence opened by a preposition, which the tagger reads as a capitalized word and so often
  misses the name after it ("На Кирилле Мостовом держалась оборона", "С Мариной Гребень театр
  заключил контракт", "Без Маргулиса команда проиграла"): one to three capitalized words no
  person or organization span covers that read clearly as a person's name in a case the
  preposition governs are a person mention (a place span over them too).
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from .doc_words import lower_positions
from .name_readings import _readings
from .name_words import MISSED, MISSED_KNOWN, _capitalized, _first_name, _hyphenated_cap
from .name_first_before import reads_with_arabic_surname
from .names import _solutions
from .names_group import governed_cases

NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
SUBJECT = frozenset({"nomn"})
REST = 1.0  # the best reading of the nominative name after a governed one
LONE = 1.3  # a lone surname after a sentence's preposition: the dictionary's, in the case governed
FORMLESS = 0.4  # a word's reading below this in a case is no form of it ("Роман" in the genitive)
CASE_MARGIN = 0.5  # readings of the name after it this close to the best give its cases


def _top(morph: Morph, words: list[str], cases: frozenset[str] = frozenset()):
    """(score, order, case, gender, chosen) of the words' best reading as one name; None where
    no reading gives every word a part."""
    for solution in _solutions(words, [list(_readings(morph, w)) for w in words], cases):
        return solution if all(r is not None for r in solution[4]) else None
    return None


def _preposition_cases(doc: Doc, i: int, morph: Morph) -> frozenset[str]:
    """The cases the preposition at ``i`` governs (``lexicons/name_context.tsv``); none else."""
    if i < 0:
        return frozenset()
    token = doc[i]
    cases = governed_cases().get(token.lower_)
    if not cases or morph.parse(token.lower_)[0].tag.POS != "PREP":
        return frozenset()
    return frozenset(cases)


def _split_governed(span: Span, morph: Morph) -> list[Span]:
    """"с Тапио Хяркёненом Хелми Лаурила" -> "Тапио Хяркёненом", "Хелми Лаурила"."""
    if len(span) < 3 or not all(_hyphenated_cap(t) for t in span):
        return [span]
    governed = _preposition_cases(span.doc, span.start - 1, morph)
    if not governed:
        return [span]
    words = [t.text for t in span]
    whole = _solutions(words, [list(_readings(morph, w)) for w in words], governed)[0]
    if whole[2] in governed:
        return [span]
    return _cut_in_two(span, morph, whole[0], governed, range(1, len(words)),
                       lambda k, head, rest: head[0] >= (MISSED if k > 1 else LONE))


def _cut_in_two(span: Span, morph: Morph, best: float, cases: frozenset[str], cuts: Iterable[int],
                head_fits: Callable[[int, tuple, tuple], bool]) -> list[Span]:
    """``span`` cut after its first ``k`` words, ``k`` the best of ``cuts``: a head name in one of
    ``cases`` that ``head_fits(k, head, rest)``, then a name in the nominative (the subject), their
    two readings (:func:`_top`) scoring more than ``best``; ``[span]`` where no cut does."""
    words = [t.text for t in span]
    cut = None
    for k in cuts:
        head, rest = _top(morph, words[:k], cases), _top(morph, words[k:], SUBJECT)
        if head is None or rest is None or head[2] not in cases or rest[2] != "nomn" or rest[0] < REST \
                or not head_fits(k, head, rest):
            continue
        if head[0] + rest[0] > best:
            best, cut = head[0] + rest[0], span.start + k
    if cut is None:
        return [span]
    return [Span(span.doc, span.start, cut, label="PER"), Span(span.doc, cut, span.end, label="PER")]


def _common_word(morph: Morph, word: str) -> bool:
    """The dictionary also reads the word as a common noun ("Роман", "Вера", "Надежда"); not the
    analyzer's guess of a word it lacks ("Мурхаф", a first name)."""
    return morph.is_known(word) and any(p.tag.POS == "NOUN" and not NAME_TAGS & p.tag.grammemes
                                        for p in morph.parse(word))


def _without_head_noun(span: Span, morph: Morph) -> Span:
    """"Роман Аглаи Тверитиной" -> "Аглаи Тверитиной"."""
    if len(span) < 3 or not all(_capitalized(t) for t in span) or not _common_word(morph, span[0].text):
        return span
    whole = _top(morph, [t.text for t in span])
    if whole is not None and whole[1] == ("last", "first", "middle"):
        return span  # "Мельник Анны Владимировны": a surname first, as official texts write (personforms40)
    words = [t.text for t in span[1:]]
    solutions = [s for s in _solutions(words, [list(_readings(morph, w)) for w in words])
                 if all(r is not None for r in s[4])]
    if not solutions or solutions[0][2] == "nomn" or solutions[0][0] < MISSED:
        return span
    # every case the rest reads in nearly as well ("Ане Клаудии Мендес": the dative too)
    cases = {s[2] for s in solutions if s[0] >= solutions[0][0] - CASE_MARGIN}
    if "nomn" in cases or any(r.case in cases and r.weight >= FORMLESS for r in _readings(morph, span[0].text)):
        return span  # "Хмельницкого Виктора Андреевича": a surname of the case, not a noun
    return Span(span.doc, span.start + 1, span.end, label="PER")


def _without_genitive_lead(span: Span, morph: Morph) -> Span:
    """"министром Телинганы Ревантом Редди" -> "Ревантом Редди": a word no dictionary nor lexicon reads as a
    name, which reads as a genitive (a place or body the tagger took in), before a known given name that
    opens a name in another, oblique case: the word is the genitive of the office before it."""
    if len(span) < 3 or not all(_capitalized(t) for t in span):
        return span
    lead = _readings(morph, span[0].text)
    if any(r.weight >= 1.0 for r in lead) or not any(r.case == "gent" and r.weight >= FORMLESS for r in lead) \
            or not any(r.role == "first" and r.weight >= 1.0 for r in _readings(morph, span[1].text)):
        return span
    words = [t.text for t in span[1:]]
    solutions = [s for s in _solutions(words, [list(_readings(morph, w)) for w in words])
                 if all(r is not None for r in s[4])]
    if not solutions or solutions[0][0] < MISSED or "last" not in solutions[0][1]:
        return span
    cases = {s[2] for s in solutions if s[0] >= solutions[0][0] - CASE_MARGIN}
    if cases & {"nomn", "gent"} or any(r.case in cases and r.weight >= FORMLESS for r in lead):
        return span
    return Span(span.doc, span.start + 1, span.end, label="PER")


POSSESSOR = frozenset({"gent"})


def _after_noun(span: Span) -> bool:
    """The word before the span is a lower-case noun or a substantive adjective, whose genitive
    the name may be ("дочь", "президента", "знакомый")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.is_alpha and before.pos_ in ("NOUN", "ADJ") and (
        before.is_lower or before.is_sent_start and before.text[1:].islower())  # "Знакомая Светланы"


def _reads_as(morph: Morph, word: str, case: str) -> bool:
    """The word has a form of a name in ``case`` ("Хосе", "Пабло": every case)."""
    return any(r.case == case and r.weight >= FORMLESS for r in _readings(morph, word))


def _split_possessor(span: Span, morph: Morph) -> list[Span]:
    """"дочь Аллы Пугачёвой Кристина", "президента Барака Обамы Малия" -> the possessor's name in
    the genitive, then the subject's in the nominative: where the whole reads worse than the two,
    the genitive part has a first name and a surname, and the rest opens with a first name."""
    if len(span) < 3 or not all(_hyphenated_cap(t) for t in span) or not _after_noun(span):
        return [span]
    words = [t.text for t in span]
    if reads_with_arabic_surname(morph, words):  # "министра Насира Абдул Рахима": one man
        return [span]
    whole = _solutions(words, [list(_readings(morph, w)) for w in words])
    # the cut shows in the words' forms: not "Хосе Луиса", "Хуана Пабло"
    cuts = [k for k in range(1, len(words)) if _first_name(morph, words[0]) and _first_name(morph, words[k])
            and not _reads_as(morph, words[k - 1], "nomn") and not _reads_as(morph, words[k], "gent")]
    return _cut_in_two(span, morph, whole[0][0] if whole else float("-inf"), POSSESSOR, cuts,
                       _possessor_fits)


def _possessor_fits(k: int, head: tuple, rest: tuple) -> bool:
    """The possessor's name has a surname ("Аллы Пугачёвой" + "Кристина"), or is a lone first name
    before the subject's first name and surname ("Марины" + "Дмитрий Туркин")."""
    return "last" in head[1] and head[0] >= MISSED_KNOWN or k == 1 and "last" in rest[1] and head[0] >= REST


def split_by_case(spans: list[Span], morph: Morph) -> list[Span]:
    """The person spans cut where their words disagree in case (the module's first two kinds,
    and a possessor's name glued to the subject's after it)."""
    out: list[Span] = []
    given: set[int] = set()  # starts of lone first names cut off a possessor
    for span in spans:
        if span.label_ == "PER" and len(span) >= 3:
            for part in _split_governed(_without_head_noun(_without_genitive_lead(span, morph), morph), morph):
                parts = _split_possessor(part, morph) if part.end - part.start >= 3 else [part]
                if len(parts) == 2 and len(parts[1]) == 1:
                    given.add(parts[1].start)
                out.extend(parts)
        elif out and out[-1].start in given and span.label_ == "PER" and len(span) == 1 \
                and span.start == out[-1].end and _surname_after(out[-1], span, morph):
            out[-1] = Span(span.doc, out[-1].start, span.end, label="PER")  # "Дарья" + "Жукова"
        else:
            out.append(span)
    return out


def _surname_after(first: Span, span: Span, morph: Morph) -> bool:
    """The tagger's lone word after a first name cut off a possessor is its surname: the two read
    as one name in the nominative ("Дарья Жукова")."""
    top = _top(morph, [first[0].text, span[0].text], SUBJECT)
    return top is not None and top[2] == "nomn" and top[1] == ("first", "last") and top[0] >= MISSED_KNOWN


def _opening_name(doc: Doc, i: int, morph: Morph, governed: frozenset[str]) -> int:
    """The count of words from ``i`` that read as a person's name in a governed case; 0 if none."""
    n = 0
    while n < 3 and i + n < len(doc) and _hyphenated_cap(doc[i + n]):
        n += 1
    if n == 0 or (i + n < len(doc) and doc[i + n].text[:1].isupper()):
        return 0
    words = [doc[j].text for j in range(i, i + n)]
    if any("Geox" in p.tag.grammemes or "Orgn" in p.tag.grammemes for w in words for p in morph.parse(w)):
        return 0
    top = _top(morph, words, governed)
    if top is None or top[2] not in governed:
        return 0
    if n == 1:
        parses = morph.parse(words[0])
        known = morph.is_known(words[0]) and "Surn" in parses[0].tag.grammemes
        return 1 if known and top[1] == ("last",) and top[0] >= LONE else 0
    if not _first_name(morph, words[0]) or "last" not in top[1] or top[0] < MISSED_KNOWN:
        return 0
    return n


def after_opening_preposition(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """The spans with the names after a sentence's opening preposition (the module's third kind)."""
    taken = {i for s in spans if s.label_ != "LOC" for i in range(s.start, s.end)}
    found: list[Span] = []
    prepositions = governed_cases()  # (``_preposition_cases`` reads a listed word's lower case only)
    for token in map(doc.__getitem__, lower_positions(doc, prepositions)):
        if not token.is_sent_start or not token.text[:1].isupper() or token.i + 1 >= len(doc):
            continue
        governed = _preposition_cases(doc, token.i, morph)
        if not governed or token.i + 1 in taken:
            continue
        n = _opening_name(doc, token.i + 1, morph, governed)
        if n and not taken & set(range(token.i + 1, token.i + 1 + n)):
            found.append(Span(doc, token.i + 1, token.i + 1 + n, label="PER"))
    if not found:
        return spans
    over = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not (s.label_ == "LOC" and over & set(range(s.start, s.end)))]
    return sorted(kept + found, key=lambda s: s.start)
