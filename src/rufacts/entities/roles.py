"""Roles of persons: a position word with what it is a position of, next to a name.

- before the name: "мэр Москвы Сергей Собянин", "генеральный директор ООО «Ромашка»
  Иван Петров", "министр иностранных дел России Сергей Лавров";
- after it, as an apposition: "Сергей Собянин, мэр Москвы, ...";
- a role alone after a verb of saying refers to the person last named:
  "«...», - отметил глава города".
Position lemmas come from ``lexicons/role_words.txt``, verbs of saying from
``lexicons/speech_verbs.txt``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..facts import Role
from ..lexicons import load_list
from .role_context import (POST_WORDS, clause_follows, gender_of, named_as_object, object_pronoun,
                           quote_start, relative_subject, reported, sought_post, spoken_of,
                           verb_gender)

MAX_ROLE_TOKENS = 8


@dataclass(frozen=True)
class RoleMatch:
    start: int              # token offsets of the role phrase
    end: int
    head: int               # token index of the role word
    of_span: Optional[Span]  # the organization or place the role is of


def _is_word(token: Token) -> bool:
    """Letters, possibly hyphenated: "премьер-министр"."""
    return token.text.replace("-", "").isalpha()


def _is_role_word(token: Token) -> bool:
    """A position word in the singular: one person's ("представители партии" are many);
    "экс-председатель" is a position too."""
    lemma = token.lemma_[4:] if token.lemma_.startswith("экс-") else token.lemma_
    return _is_word(token) and lemma in load_list("role_words.txt") and (
        token.is_lower or token.text[:1].isupper() and token.text[1:].islower()) \
        and "Plur" not in token.morph.get("Number")


def _is_complement(token: Token) -> bool:
    """A lowercase word of a role's genitive complement: "иностранных дел", "города"."""
    if not (token.is_alpha and token.is_lower and token.pos_ in ("NOUN", "ADJ")):
        return False
    if "Gen" in token.morph.get("Case"):
        return True
    if token.pos_ == "ADJ" and "Acc" in token.morph.get("Case"):  # "влиятельного": Acc = Gen
        from ..grammars.morph import get_morph

        return any(p.tag.POS == "ADJF" and p.tag.case == "gent"
                   for p in get_morph().parse(token.lower_))
    return False


def _with_adjectives(doc: Doc, head: int) -> int:
    start = head
    while start > 0 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_alpha \
            and doc[start - 1].morph.get("Case") and not doc[start - 1].is_title:
        start -= 1
    if start > 0 and doc[start - 1].is_sent_start and doc[start - 1].pos_ == "ADJ" \
            and doc[start - 1].morph.get("Case"):
        start -= 1  # "Генеральный директор ..." at the start of a sentence
    return start


def role_before(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """A role phrase ending right before ``person``; ``entities`` maps token start -> span
    of organizations and places."""
    return _role_ending_at(doc, person.start, entities)


def _governing(doc: Doc, match: RoleMatch) -> Optional[RoleMatch]:
    """A role word governs the one found ("полпред президента", "заместитель министра"):
    the role is the governing one's; after a kinship word ("муж актрисы") the role is
    another person's: None."""
    before = match.start - 1
    if before < 0 or not doc[before].is_alpha:
        return match
    if doc[before].lemma_.lower() in load_list("kin_words.txt") or sought_post(doc, before):
        return None  # "кандидат на пост мэра Иван Петров": a post sought
    if _is_role_word(doc[before]):
        return RoleMatch(_with_adjectives(doc, before), match.end, before, match.of_span)
    return match


INVERTED = {"являться", "стать", "становиться", "оставаться", "остаться", "быть", "назначить",
            "избрать", "утвердить", "выбрать"}  # "капитаном стал Михаель Баллак"


def role_inverted(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """A role in the instrumental, then a copula or a verb of appointing, then the name:
    "капитаном стал Михаель Баллак", "новым мэром избран Иван Петров"."""
    verb = person.start - 1
    if verb < 1 or doc[verb].lemma_ not in INVERTED:
        return None
    match = _role_ending_at(doc, verb, entities)
    if match is None or doc[match.head].morph.get("Case") != ["Ins"]:
        return None
    return RoleMatch(match.start, verb, match.head, match.of_span)


def roles_before(doc: Doc, person: Span, entities: dict[int, Span]) -> list[RoleMatch]:
    """The role right before ``person`` and those chained before it in the same case:
    "представитель вооружённых сил полковник X", "лидер Меджлиса, народный депутат
    Украины X"."""
    out: list[RoleMatch] = []
    end = person.start
    while len(out) < MAX_CHAIN:
        match = _role_ending_at(doc, end, entities)
        match = _governing(doc, match) if match is not None else None
        if match is None or (out and doc[match.head].morph.get("Case")
                             != doc[out[-1].head].morph.get("Case")):
            break  # "с корреспондентом «Голоса Америки» лидер движения X": not X's
        if match.of_span is None:  # "российский президент Дмитрий Медведев"
            place = _place_adjective(doc, match.start, match.head)
            match = RoleMatch(match.start, match.end, match.head, place) if place else match
        out.append(match)
        end = match.start - 1 if match.start > 0 and doc[match.start - 1].text == "," \
            else match.start
    return out


MAX_CHAIN = 3


def _role_ending_at(doc: Doc, end: int, entities: dict[int, Span]) -> Optional[RoleMatch]:
    i = end - 1
    if i > 0 and doc[i].is_lower and doc[i].lemma_.lower() in load_list("name_titles.txt"):
        i -= 1  # "председатель Совета муфтиев России шейх Равиль Гайнутдин"
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
        elif _is_role_word(token):
            return RoleMatch(_with_adjectives(doc, i), end, i, of_span)
        elif _is_complement(token) or token.text in "«»\"" or token.lower_ in LINKS or (
                token.is_lower and token.pos_ in ("NOUN", "ADJ") and token.is_alpha
                and any(doc[j].lower_ in LINKS - {"и"} for j in range(max(0, i - 3), i))):
            # after "и" only a genitive complement ("члена палаты и рабочей группы"):
            # "Президент и первая леди Мишель Обама" are two people
            i -= 1  # "посол Италии в Грузии Виторио Сандали", "министр по государственным сборам"
        else:
            return None
        steps += 1
    return None


APPOSITION = {",", "-", "–", "—", "("}
APPOSITION_ADVERBS = {"ныне", "теперь", "сейчас", "также", "тогда", "ранее", "впоследствии"}
HOLDING_VERBS = {"исполнять", "занимать", "занять"}  # "занимающий пост", "исполняющий обязанности"
LINKS = {"в", "при", "по", "и", "от", "на"}  # between a role's complements: "посол Италии в Грузии"
COPULAS = {"являться", "стать", "становиться", "оставаться", "остаться", "быть", "работать"}
ANAPHORA_SENTENCES = 2  # "президент Франции" refers to a person named this many sentences before


def role_after(doc: Doc, person: Span, entities: dict[int, Span]) -> Optional[RoleMatch]:
    """"Сергей Собянин, мэр Москвы, ..." / "Светлана Яковлева - директор ...": a comma or
    a dash, then a role phrase."""
    i = person.end
    if i < len(doc) and doc[i].text == "(":  # "Скотт Хоровитц (Scott Horowitz), бывший астронавт"
        close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ")"), None)
        if close is not None and not any(_is_role_word(t) for t in doc[i + 1:close]):
            i = close + 1
    if i >= len(doc) or doc[i].text not in APPOSITION:
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in APPOSITION_ADVERBS:
        i += 1  # "Пётр Иванов, ныне советник губернатора"
    if i + 1 < len(doc) and doc[i].pos_ == "VERB" and doc[i].lemma_ in HOLDING_VERBS \
            and doc[i + 1].lemma_ in POST_WORDS:
        i += 2  # "Марк Тоунер, исполняющий обязанности официального представителя ..."
    start = i
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    if i >= len(doc) or not _is_role_word(doc[i]):
        return None
    head = i
    i += 1
    of_span = None
    while i < len(doc) and i - start < MAX_ROLE_TOKENS:
        if i in entities:
            of_span = entities[i]
            i = of_span.end
            break
        if not (_is_complement(doc[i]) or doc[i].lower_ in ("в", "при", "по", "от")):
            break
        i += 1
    while i > head + 1 and doc[i - 1].pos_ == "ADP":
        i -= 1
    if doc[person.end].text == "," and clause_follows(doc, i):
        return None
    return RoleMatch(start, i, head, of_span)


def speaker_roles(doc: Doc, persons: list[Span], entities: dict[int, Span]) -> list[tuple[Span, RoleMatch]]:
    """Roles standing alone after a verb of saying, with the person last named before."""
    verbs = load_list("speech_verbs.txt")
    person_starts = {p.start for p in persons}
    out = []
    for token in doc:
        if token.lemma_ not in verbs or token.pos_ != "VERB":
            continue
        i = token.i + 1
        start = i
        while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1
        if i >= len(doc) or not _is_role_word(doc[i]):
            continue
        head = i
        i += 1
        while i < len(doc) and _is_complement(doc[i]) and i not in entities:
            i += 1
        of_span = entities.get(i)
        end = of_span.end if of_span is not None else i
        if end in person_starts or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            continue  # a name follows: role_before handles it
        gender = token.morph.get("Gender")  # "сказала глава компании": a woman
        if doc[head].lemma_ in load_list("role_indefinite.txt") and gender != ["Fem"]:
            continue  # "— сообщил представитель МВД": someone new
        anchor = quote_start(doc, token.i)  # counted from where the quotation opens
        previous = [p for p in persons if p.end <= min(start, anchor)
                    and _sentences_between(doc, p.start, anchor) <= ANAPHORA_SENTENCES
                    and (not gender or gender_of(p) in (None, gender[0]))]
        if previous and not spoken_of(doc, previous[-1], anchor, token.i, persons):
            out.append((previous[-1], RoleMatch(start, end, head, of_span)))
    return out


def _place_adjective(doc: Doc, start: int, head: int):
    """A place adjective among a role's adjectives ("российского президента"), as a span."""
    from .geo import place_of

    for i in range(start, head):
        if (doc[i].is_lower or doc[i].is_sent_start) and place_of(doc[i]):
            return doc[i:i + 1]
    return None


def _sentences_between(doc: Doc, a: int, b: int) -> int:
    """How many sentence starts lie in (a, b]."""
    return sum(doc[i].is_sent_start for i in range(a + 1, b + 1))


def described_roles(doc: Doc, persons: list[Span], entities: dict[int, Span],
                    taken: set[int]) -> list[tuple[Span, RoleMatch]]:
    """A role said of someone without their name, as the subject -- "президент Франции прибыл",
    "российский лидер заявил", "глава израильского правительства" -- with whose it is
    (a place or organization after it, or a place adjective before it): the person
    named last before it, in the same or the previous sentences."""
    from .geo import lemma_positions

    person_tokens = {i for p in persons for i in range(p.start, p.end)}
    starts = {p.start for p in persons}  # a name right after, or after a rank: role_before's
    words = load_list("role_words.txt")
    indefinite = load_list("role_indefinite.txt")
    out = []
    for k in lemma_positions(doc, lambda lemma: lemma in words or lemma[4:] in words):
        token = doc[k]
        if token.i in taken or token.i in person_tokens or not _is_role_word(token) \
                or token.morph.get("Number") != ["Sing"] \
                or any(e.start <= token.i < e.end for e in entities.values()):
            continue
        start = _with_adjectives(doc, token.i)
        predicate = start > 0 and doc[start - 1].lemma_ in COPULAS  # "является депутатом"
        if predicate and relative_subject(doc, start - 1):
            continue  # "Его отец был министром": the father's
        post = start > 0 and doc[start - 1].lemma_ in POST_WORDS and token.morph.get("Case") == ["Gen"]
        if post and sought_post(doc, start - 1):
            continue  # "стал кандидатом на пост мэра": a post sought
        if token.morph.get("Case") != ["Nom"] and not (predicate and token.morph.get("Case") == ["Ins"]) \
                and not post:  # "занимает пост президента", "после ухода с поста министра"
            continue  # the subject of its clause, or what it is: one person
        predicate = predicate or post
        i = token.i + 1
        while i < len(doc) and _is_complement(doc[i]) and i not in entities:
            i += 1
        if i + 1 < len(doc) and doc[i].text in "«\"" and i + 1 in entities:
            i += 1  # "президента «Норильского никеля»"
        of_span = entities.get(i)
        if of_span is None:  # "российский президент", "тренер российской сборной"
            of_span = _place_adjective(doc, start, token.i) or _place_adjective(doc, token.i + 1, i)
            end = i
        else:
            end = of_span.end
        if (of_span is None and not predicate) or (end < len(doc) and (
                starts & {end, end + 1} or (doc[end].is_title and doc[end].is_alpha))):
            continue  # nothing tells whose (a copula does: "он является депутатом");
            # or a name follows: role_before handles it
        gender = None if predicate else verb_gender(doc, end) or verb_gender(doc, start - 1, 1)
        if not predicate and ((token.lemma_ in indefinite and not (
                gender == "Fem" and token.morph.get("Gender") == ["Masc"]))
                or reported(doc, token.i)):
            continue  # "представитель ведомства вернулся": someone new, but "представитель
            # Philips не стала" is a woman named before; "по его словам, председатель КГБ
            # угрожал": not the speaker
        previous = [p for p in persons if p.end <= start
                    and _sentences_between(doc, p.start, token.i) <= ANAPHORA_SENTENCES]
        previous = [p for p in previous if gender_of(p) in (None, gender)] if gender else previous
        pronoun = object_pronoun(doc, end) if previous and not predicate else None
        if pronoun and gender_of(previous[-1]) in (None, pronoun):
            continue
        if previous and not predicate and named_as_object(doc, previous[-1]):
            continue  # "Полиция задержала Андрея Волкова. Глава отдела полиции заявил"  # "Президент Белоруссии встретил его": "его" is the one named before
        if previous:
            out.append((previous[-1], RoleMatch(start, end, token.i, of_span)))
    return out


def _role_fact(doc: Doc, match: RoleMatch, morph, name_of: Callable[[Span], str]) -> Role:
    from .normal import join_words, normalize_words

    title_end = match.of_span.start if match.of_span is not None and \
        match.of_span.start > match.head else match.end
    title_tokens = [t for t in doc[match.start:title_end] if not t.is_punct and not t.is_space]
    while len(title_tokens) > 1 and title_tokens[-1].pos_ == "ADJ" and title_tokens[-1].i > match.head:
        title_tokens.pop()  # an adjective of the organization: "председатель влиятельного Комитета"
    words = normalize_words(morph, [t.text for t in title_tokens])
    if words and not (words[0].isupper() and len(words[0]) > 1):
        words[0] = words[0].lower()  # a position is a common noun: "Губернатор ..." -> "губернатор"
    title = join_words(words, [bool(t.whitespace_) for t in title_tokens])
    phrase = doc[match.start:match.end]
    while len(phrase) and (phrase[-1].is_punct or phrase[-1].is_space) and \
            phrase[-1].text not in "»\"":
        phrase = phrase[:-1]
    of = name_of(match.of_span) if match.of_span is not None else None
    if match.of_span is not None and len(match.of_span) == 1:  # "российского президента"
        from .geo import place_of

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
    for person in persons:
        after = role_after(doc, person, entities)
        if after is not None and after.end in by_start:
            after = None  # "Лев Пономарев, координатор «Левого фронта» Сергей Удальцов": Удальцов's
        holder = by_start.get(person.end) if person[-1].morph.get("Case") == ["Gen"] else None
        for match in roles_before(doc, person, entities):  # "Пресс-секретарь Алексея
            who = holder or person  # Навального Кира Ярмыш": Ярмыш's
            heads.add(match.head)
            roles.setdefault((who.start, who.end), []).append(_role_fact(doc, match, morph, name_of))
        inverted = role_inverted(doc, person, entities)
        if inverted is not None:
            heads.add(inverted.head)
            roles.setdefault((person.start, person.end), []).append(
                _role_fact(doc, inverted, morph, name_of))
        if after is not None:
            heads.add(after.head)
            roles.setdefault((person.start, person.end), []).append(
                _role_fact(doc, after, morph, name_of))
    found = [(p, m) for p, m in speaker_roles(doc, persons, entities) if m.head not in heads]
    taken = heads | {m.head for _, m in found}
    found += described_roles(doc, persons, entities, taken)
    for person, match in found:
        roles.setdefault((person.start, person.end), []).append(
            _role_fact(doc, match, morph, name_of))
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
