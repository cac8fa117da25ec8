"""Roles of persons: a position word with what it is a position of, next to a name.

- before the name: "мэр Москвы Сергей Собянин", "генеральный директор ООО «Ромашка»
  Иван Петров", "министр иностранных дел России Сергей Лавров";
- after it, as an apposition: "Сергей Собянин, мэр Москвы, ...";
- a role said without the name refers to the person named before (``role_anaphora``).
Role phrases are read by ``role_phrase``. Position lemmas come from ``lexicons/role_words.txt``, verbs of saying from
``lexicons/speech_verbs.txt``.
"""
from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc, Span

from ..facts import Role
from ..lexicons import load_list
from .role_anaphora import described_roles, speaker_roles
from .role_between import inserted
from .role_case_agree import case_clash, chain_case, genitive_pair
from .role_inverted_gap import inverted_verb, role_end
from .role_others import apposition_clash, kin_before, same_role_holder, staff_of, word_before
from .role_participles import ins_complement, keep_forms
from .role_post_held import post_after_subject, post_before_verb
from .role_plural import list_start, plural_role
from .role_predicates import instrumental_title, of_person
from .role_context import POST_WORDS, clause_follows, sought_post
from .role_phrase import (MAX_ROLE_TOKENS, RoleMatch, is_complement, is_occupation, is_role_word,
                          place_adjective, with_adjectives)
from .normal import join_words, normalize_words, spaced
from .geo import place_of
from .doc_words import morph_values


def role_before(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """A role phrase ending right before ``person``; ``entities`` maps token start -> span
    of organizations and places."""
    return _role_ending_at(doc, person.start, entities)


def _governing(doc: Doc, match: RoleMatch, person: Optional[Span] = None) -> Optional[RoleMatch]:
    """A role word governs the one found ("полпред президента", "заместитель министра"):
    the role is the governing one's; after a kinship word ("муж актрисы") the role is
    another person's: None."""
    before = word_before(doc, match.start)  # past an opening quote: "брат «короля поп-музыки»"
    kin = kin_before(doc, match.start)  # "дочь действующего президента X"
    before = kin if kin >= 0 else before
    if before < 0 or not doc[before].is_alpha:
        return match
    if sought_post(doc, before):
        return None  # "кандидат на пост мэра Иван Петров": a post sought
    if doc[before].lemma_.lower() in load_list("kin_words.txt"):
        if person is not None and genitive_pair(doc, match.head, person) and not (
                is_role_word(doc[before]) and morph_values(doc[before], "Case") in (["Gen"], ["Acc"])):
            return match  # "брат актрисы Мии Фэрроу", "водитель депутата Андрея Исаева"
        if is_role_word(doc[before]):  # "адвокат губернатора X": a lawyer, of no place
            return RoleMatch(with_adjectives(doc, before), before + 1, before, None)
        return None  # "сын актёра Иван Петров": no actor
    if is_role_word(doc[before]):
        return RoleMatch(with_adjectives(doc, before), match.end, before, match.of_span)
    return match


INVERTED = {"являться", "стать", "становиться", "оставаться", "остаться", "быть", "назначить",
            "избрать", "утвердить", "выбрать"}  # "капитаном стал Михаель Баллак"


def role_inverted(doc: Doc, person: Span, entities: dict[int, Span],
                  start: Optional[int] = None) -> Optional[RoleMatch]:
    """A role in the instrumental, then a copula or a verb of appointing, then the name:
    "капитаном стал Михаель Баллак", "новым мэром избран Иван Петров"; ``start``: where the
    name's own role phrases before it begin ("мэром избран вице-губернатор Сергей Кравчук")."""
    verb = inverted_verb(doc, person.start if start is None else start, INVERTED)
    if verb is None or verb < 1:
        return None
    match = _role_ending_at(doc, role_end(doc, verb), entities)
    if match is None or morph_values(doc[match.head], "Case") != ["Ins"]:
        return None
    place = place_adjective(doc, match.start, match.head) if match.of_span is None else None
    return RoleMatch(match.start, verb, match.head, place or match.of_span)


def roles_before(doc: Doc, person: Span, entities: dict[int, Span],
                 person_ends: frozenset[int] = frozenset()) -> list[RoleMatch]:
    """The role right before ``person`` and those chained before it in the same case:
    "представитель вооружённых сил полковник X", "лидер Меджлиса, народный депутат
    Украины X"."""
    out: list[RoleMatch] = []
    end = person.start
    while len(out) < MAX_CHAIN:
        raw = _role_ending_at(doc, end, entities)
        match = _governing(doc, raw, person) if raw is not None else None
        if match is None and raw is not None and out and kin_before(doc, raw.start) >= 0 \
                and chain_case(doc, raw.head, out[-1].head):
            return []  # "дочь писателя, актёра и режиссёра X": all the father's
        if match is None or (out and not chain_case(doc, match.head, out[-1].head)):
            break  # "корреспонденту «Эха Москвы» координатор движения X": not X's
        if out and match.start > 1 and doc[match.start - 1].text == "," \
                and match.start - 1 in person_ends:
            break  # "Фрэнк Лэмпард, капитан клуба ... и защитник Арсенала X": Лэмпард's
        if match.of_span is None:  # "российский президент Дмитрий Медведев"
            place = place_adjective(doc, match.start, match.head)
            match = RoleMatch(match.start, match.end, match.head, place) if place else match
        out.append(match)
        end = match.start - 1 if match.start > 0 and doc[match.start - 1].lower_ in (",", "и") \
            else match.start  # "актёр, продюсер и сценарист X": one person's
    return out


MAX_CHAIN = 3


def _role_ending_at(doc: Doc, end: int, entities: dict[int, Span]) -> Optional[RoleMatch]:
    i = end - 1
    if i > 0 and doc[i].is_lower and doc[i].lemma_.lower() in load_list("name_titles.txt"):
        # "председатель Духовного собрания мусульман шейх Рашид Ахметов"; with no position
        # before it, a title that is a position is the role: "13 октября патриарх Кирилл"
        before = _role_ending_at(doc, i, entities)
        if before is None:
            return RoleMatch(with_adjectives(doc, i), end, i, None) if is_role_word(doc[i]) else None
        return RoleMatch(before.start, end, before.head, before.of_span)
    while i > 0 and (n := inserted(doc, i)):  # "глава государства 61-летний Андрус Лаар",
        i -= n  # "39-летний француз": not part of the role phrase
        end = i + 1
    if i > 1 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # an abbreviation in brackets: "Генеральный секретарь ... (ОФДД) Наттавута Сайкыа"
    of_span = None
    steps = 0
    while i >= 0 and steps < MAX_ROLE_TOKENS:
        token = doc[i]
        ent = next((e for s, e in entities.items() if s <= i < e.end <= end), None)
        if ent is not None:  # (not a body the name is part of: "администрация президента Обамы")
            if of_span is None or ent.start < of_span.start:
                of_span = ent  # the leftmost: "посол Италии в Грузии" is of Италия
            i = ent.start - 1
        elif is_role_word(token):
            return RoleMatch(with_adjectives(doc, i), end, i, of_span)
        elif is_complement(token) or ins_complement(doc, i) or token.text in "«»\"" \
                or token.lower_ in LINKS or (
                token.is_lower and token.pos_ in ("NOUN", "ADJ") and token.is_alpha
                and any(doc[j].lower_ in LINKS - {"и"} for j in range(max(0, i - 3), i))):
            # after "и" only a genitive complement ("члена палаты и рабочей группы"):
            # "Президент и первая леди Ольга Лунина" are two people
            i -= 1  # "посол Португалии в Армении Хавьер Морено", "министр по делам коренных народов"
        else:
            return None
        steps += 1
    return None


APPOSITION = {",", "-", "–", "—", "("}
APPOSITION_ADVERBS = {"ныне", "теперь", "сейчас", "также", "тогда", "ранее", "впоследствии"}
HOLDING_VERBS = {"исполнять", "занимать", "занять"}  # "занимающий пост", "исполняющий обязанности"
CAUSE_PREPOSITIONS = {"с", "со", "за", "против"}
LINKS = {"в", "при", "по", "и", "от", "на"}  # between a role's complements: "посол Италии в Грузии"


def role_after(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """"Сергей Собянин, мэр Москвы, ..." / "Светлана Яковлева - директор ...": a comma or
    a dash, then a role phrase."""
    i = person.end
    if i < len(doc) and doc[i].text == "(":  # "Джон Смит (John Smith), бывший пилот"
        close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ")"), None)
        if close is not None and not any(is_role_word(t) for t in doc[i + 1:close]):
            i = close + 1
    if i >= len(doc) or doc[i].text not in APPOSITION:
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in APPOSITION_ADVERBS:
        i += 1  # "Пётр Иванов, ныне советник губернатора"
    if i + 1 < len(doc) and doc[i].pos_ == "VERB" and doc[i].lemma_ in HOLDING_VERBS \
            and doc[i + 1].lemma_ in POST_WORDS:
        i += 2  # "Анна Ким, временно исполняющая обязанности официального представителя ..."
    start = i
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    if i >= len(doc) or not is_role_word(doc[i]):
        return None
    head = i
    if i + 1 < len(doc) and doc[i + 1].lower_ in CAUSE_PREPOSITIONS \
            and doc[i].lemma_ in load_list("role_cause_words.txt"):
        return None  # "известного борца с ксенофобией": a cause, no trade
    i += 1
    of_span = None
    while i < len(doc) and i - start < MAX_ROLE_TOKENS:
        if i in entities:
            of_span = entities[i]
            i = of_span.end
            break
        if not (is_complement(doc[i]) or ins_complement(doc, i)
                or doc[i].lower_ in ("в", "при", "по", "от")):
            break
        i += 1
    while i > head + 1 and doc[i - 1].pos_ == "ADP":
        i -= 1
    if doc[person.end].text == "," and clause_follows(doc, i):
        return None
    if apposition_clash(doc, head, person):
        return None  # "соратник Цзян Цзэминя, премьер ...": not Цзян Цзэминь's
    return RoleMatch(start, i, head, of_span)


def _role_fact(doc: Doc, match: RoleMatch, morph, name_of: Callable[[Span], str]) -> Role:
    title_end = match.of_span.start if match.of_span is not None and \
        match.of_span.start > match.head else match.end
    title_tokens = [t for t in doc[match.start:title_end] if not t.is_punct and not t.is_space
                    and t.lemma_ != "который"]  # "главой которого является X": "глава"
    while len(title_tokens) > 1 and title_tokens[-1].pos_ == "ADJ" and title_tokens[-1].i > match.head:
        title_tokens.pop()  # an adjective of the organization: "председатель влиятельного Комитета"
    words = instrumental_title(doc, match.start, match.head, title_tokens[-1].i + 1) \
        if title_tokens else None  # "назначен новым главой": "новый глава"
    words = keep_forms(doc, title_tokens, words or normalize_words(morph, [t.text for t in title_tokens]))
    if words and not (words[0].isupper() and len(words[0]) > 1):
        words[0] = words[0].lower()  # a position is a common noun: "Губернатор ..." -> "губернатор"
    title = join_words(words, [spaced(t) for t in title_tokens])
    phrase = doc[match.start:match.end]
    while len(phrase) and (phrase[-1].is_punct or phrase[-1].is_space) and \
            phrase[-1].text not in "»\"":
        phrase = phrase[:-1]
    of_span = match.of_span
    if of_span is not None and match.start <= of_span.start < match.head \
            and is_occupation(doc[match.head]):
        of_span = None  # "американская теннисистка": a nationality, not whose the role is
    match = RoleMatch(match.start, match.end, match.head, of_span)
    of = name_of(match.of_span) if match.of_span is not None else None
    if match.of_span is not None and len(match.of_span) == 1:  # "российского президента"
        of = place_of(match.of_span[0]) or of
    return Role(title=title, of=of, text=phrase.text, start=phrase.start_char,
                stop=phrase.end_char)


def person_roles(doc: Doc, persons: list[Span], others: list[Span], morph,
                 name_of: Callable[[Span], str]) -> dict[tuple[int, int], list[Role]]:
    """Roles found for each person span, keyed by its (start, end) token offsets."""
    entities: dict[int, Span] = {}
    for span in sorted(others, key=lambda s: (s.start, s.end - s.start)):
        entities[span.start] = span  # the longest span starting at a token wins
    roles: dict[tuple[int, int], list[Role]] = {}
    heads = set()
    by_start = {p.start: p for p in persons}
    by_end = {p.end: p for p in persons}
    for person in persons:
        after = role_after(doc, person, entities)
        if after is not None and after.end in by_start:
            after = None  # "Лев Пономарев, координатор «Левого фронта» Сергей Удальцов": Удальцов's
        holder = by_start.get(person.end) if morph_values(person[-1], "Case") == ["Gen"] else None
        chain_start = person.start
        for match in roles_before(doc, person, entities, frozenset(by_end)):  # "Пресс-секретарь Алексея
            owner = None if holder is None or (morph_values(doc[match.head], "Case") == ["Gen"] and
                                               not any("Gen" in morph_values(t, "Case") for t in holder)) else holder
            who = owner or person  # Навального Кира Ярмыш": Ярмыш's; not "мать «короля
            # джаза» Луи Армстронга Люсиль": a genitive role is the genitive name's
            if owner is None and (of_person(doc, match.head, person)
                                   or case_clash(doc, match.head, person)
                                   or staff_of(doc, match.head, person)):
                break  # "работал советником Медведева", "адвокат Абрамовича": someone else's
            heads.add(match.head)
            if morph_values(doc[match.head], "Case") == ["Nom"] or not morph_values(doc[match.head], "Case"):
                chain_start = match.start
            roles.setdefault((who.start, who.end), []).append(_role_fact(doc, match, morph, name_of))
        if (person.start, person.end) not in roles:
            first = list_start(doc, person, by_end)  # "губернаторы Иван Петров и Олег Сидоров"
            plural = plural_role(doc, first, entities, by_start[first])
            if plural is not None:
                heads.add(plural.head)
                roles.setdefault((person.start, person.end), []).append(
                    _role_fact(doc, plural, morph, name_of))
        inverted = role_inverted(doc, person, entities, chain_start)
        if inverted is not None:
            heads.add(inverted.head)
            roles.setdefault((person.start, person.end), []).append(
                _role_fact(doc, inverted, morph, name_of))
        if after is not None:
            heads.add(after.head)
            roles.setdefault((person.start, person.end), []).append(
                _role_fact(doc, after, morph, name_of))
        for held in (post_after_subject(doc, person, entities),  # "X занимал пост мэра"
                     post_before_verb(doc, person, entities)):  # "пост мэра занимал X"
            if held is not None and held.head not in heads and (
                    held.end not in by_start or case_clash(doc, held.head, by_start[held.end])):
                # (not "X сменил на посту директора Олега Сидорова": Сидоров's)
                heads.add(held.head)
                roles.setdefault((person.start, person.end), []).append(
                    _role_fact(doc, held, morph, name_of))
    found = [(p, m) for p, m in speaker_roles(doc, persons, entities) if m.head not in heads]
    taken = heads | {m.head for _, m in found}
    found += described_roles(doc, persons, entities, taken)
    for person, match in found:
        fact = _role_fact(doc, match, morph, name_of)
        key = same_role_holder(doc, roles, fact, doc[match.head].lemma_, match.start) \
            or (person.start, person.end)  # "Президент США Дональд Трамп ... у Ким Чен Ына
        roles.setdefault(key, []).append(fact)  # ... заявление президент США сделал": Трамп's
    return roles


def shared_of(persons: list) -> list:
    """A bare role ("президентом", "Премьер-министр") takes the ``of`` of the same person's
    other roles with that position word, where they all name one ("президентом Украины")."""
    from dataclasses import replace

    def head(title: str) -> Optional[str]:
        words = title.lower().split()
        return words[-1].removeprefix("экс-") if words else None

    out = []
    for person in persons:
        known: dict[str, set[str]] = {}
        for role in person.roles:
            words = role.title.lower().split()
            found = next((w.removeprefix("экс-") for w in words
                          if w.removeprefix("экс-") in load_list("role_words.txt")), None)
            if role.of and found:
                known.setdefault(found, set()).add(role.of)
        bare = [r for r in person.roles if r.of is None and len(known.get(head(r.title), ())) == 1]
        if bare:
            person = replace(person, roles=tuple(
                replace(r, of=next(iter(known[head(r.title)]))) if r in bare else r
                for r in person.roles))
        out.append(person)
    return out
