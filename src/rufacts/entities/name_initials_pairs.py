"""The shared case of two names with initials coordinated by "и" (used by
:func:`rufacts.entities.names_group.group_persons`): "поблагодарил Мальцеву С. И. и Гордеева П. Л.",
"в отношении Лапшиной О. В. и Тюрина К. Г.". One verb or preposition governs both, so both are in one
case; where each surname alone reads several cases ("Мальцеву": a woman's accusative or a man's
dative; "Гордеева": a man's genitive or accusative or a woman's nominative), the cases both can have
are theirs ("Мальцеву" + "Гордеева": the accusative, Мальцева and Гордеев). The cue stands where the
other words' hints agree with none of those cases, and narrows them where they agree with some; the
second name, which no verb or preposition next to it cues, takes the first one's case where its surname
reads it ("обязал Кривоносову Е. В. и Шептухину Р. А.": the accusative of both)."""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .names import is_initial

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
GAP = 3  # the most tokens between two coordinated names: "и" and the initials' dots


def _surname(span: Span) -> str | None:
    """The one word of a name that is no initial nor a dot, where the others are initials
    ("Мальцеву С. И", "С. И. Мальцеву"); None else."""
    words = [t.text for t in span if t.text != "."]
    rest = [w for w in words if not is_initial(w)]
    if len(rest) != 1 or len(words) < 2 or not rest[0][:1].isupper() or not rest[0].isalpha():
        return None
    return rest[0]


def _surname_cases(morph: Morph, word: str) -> frozenset[str]:
    """The cases the dictionary reads the word in as a surname ("Surn"), any gender and number of
    one; empty where it knows no such reading."""
    return frozenset(c for p in morph.parse(word) if "Surn" in p.tag and "plur" not in p.tag
                     for c in [p.tag.case] if c in CASES)


def _pairs(spans: list[Span]):
    """(a, b) of name spans next to each other over "и" alone."""
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:]):
        if b.start - a.end > GAP:
            continue  # more than "и" and dots between: no need to read them
        between = a.doc[a.end:b.start]
        words = [t for t in between if t.text != "."]
        if len(words) == 1 and words[0].lower_ == "и":
            yield a, b


def paired_cases(spans: list[Span], hints: dict, morph: Morph) -> dict:
    """``hints`` ((start, end) -> (cases, gender, weight)) with the shared case of coordinated names
    with initials where the two surnames' cases meet in fewer than either reads alone."""
    for a, b in _pairs(spans):
        words = (_surname(a), _surname(b))
        if None in words:
            continue
        cases = [_surname_cases(morph, w) for w in words]
        shared = cases[0] & cases[1]
        if not shared:
            continue
        if shared != cases[0] or shared != cases[1]:
            for span in (a, b):
                hints[span.start, span.end] = _narrowed(hints[span.start, span.end], shared)
        first, second = _plain(hints[a.start, a.end][0]), hints[b.start, b.end]
        if first & shared and not _plain(second[0]):  # "обязал Кривоносову Е. В. и Шептухину Р. А.": accusative
            hints[b.start, b.end] = _narrowed(second, first & shared)
    return hints


def _plain(cases: frozenset[str]) -> frozenset[str]:
    return frozenset(c for c in cases if c in CASES)


def _narrowed(hint: tuple, shared: frozenset[str]) -> tuple:
    current, *rest = hint
    plain = _plain(current)
    return ((current - plain) | (plain & shared or shared), *rest)
