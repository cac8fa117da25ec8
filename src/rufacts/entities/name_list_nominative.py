"""A name in a list of people whose neighbour is a name in the nominative is in the nominative too
(used by :func:`rufacts.entities.names_group.name_hints`): "Пьедестал заняли Евгения Тарасова, Ольга
Ларина и ...", "сыграли Максим Матвеев — звезда сериала — и Ярослава Горелова", "выступили Олег Дьяков
(спорткомитет), Валерия Сухова (мэрия) и ...". A woman's nominative there is not a man's genitive
("Евгения Тарасова" of Евгений Тарасов) that nothing in the list governs.

The neighbour is the person name right before the mention over "и", a comma or both, or right after
it over a comma or "и"; a parenthesis or a dash's aside may stand after either name ("Олег Дьяков
(спорткомитет),", "Максим Матвеев — звезда сериала — и"). It counts where it has two words or more
and its first word is a first name the dictionary knows, every reading of which is the nominative
("Ольга", "Максим", "Илья"; not "Евгения", "Гузель", nor a guess). A neighbour after the mention counts only where the list goes on after it (a comma or "и"):
"президента Владимира Путина, Алексей Навальный в ..." is an apposition and the next clause's
subject. The mention itself must end the list or go on with it (a comma,
"и" or the sentence's end after it, past its parenthesis): "Пришёл Иван Петров, Александра Сидорова
не было" is a clause of its own.
"""
from __future__ import annotations

from spacy.tokens import Span

from .name_coordinated import NOMINATIVE
from .name_and_nominative import nominative_noun_after

DASHES = frozenset({"—", "–"})
ASIDE_REACH = 12  # words of a parenthesis or a dash's aside
LIST_GOES_ON = frozenset({",", "и", ".", ";", "!", "?", "…"})


def _past_aside_back(doc, i: int, floor: int) -> int:
    """The index before a parenthesis or a dash's aside that ends at ``i``; ``i`` where none does."""
    closer = doc[i].text
    if closer not in (")",) and closer not in DASHES:
        return i
    opener = "(" if closer == ")" else None
    for j in range(i - 1, max(i - 1 - ASIDE_REACH, floor - 1), -1):
        if (opener and doc[j].text == opener) or (opener is None and doc[j].text in DASHES):
            return j - 1
    return i


def _past_aside_forward(doc, i: int, ceiling: int) -> int:
    """The index after a parenthesis that opens at ``i``; ``i`` where none does."""
    if i >= ceiling or doc[i].text != "(":
        return i
    for j in range(i + 1, min(i + 1 + ASIDE_REACH, ceiling)):
        if doc[j].text == ")":
            return j + 1
    return i


# a man's surname in the nominative before his initials: "Прохоров С. И.", "Ковальский А. Б." (no case
# but his nominative ends so; a woman's -ова is also his genitive, a man's -а anything)
MAN_NOMINATIVE_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")


def _initial(token) -> bool:
    return token.text == "." or (len(token.text.rstrip(".")) == 1 and token.text[0].isupper())


def _initial_dot(doc, i: int) -> bool:
    """The dot after a name's last initial, which the name's span leaves out ("Прохоров С. И" + ".")."""
    return 0 < i < len(doc) and doc[i].text == "." and len(doc[i - 1].text) == 1 and doc[i - 1].text.isupper()


def _surname_initials_nominative(words) -> bool:
    """"Прохоров С. И." in a list of people: a man's surname of a nominative ending before initials."""
    return len(words) >= 2 and words[0].is_alpha and words[0].text[:1].isupper() \
        and all(_initial(t) for t in words[1:]) and words[0].lower_.endswith(MAN_NOMINATIVE_ENDS)


INITIALS_CHAIN = 3


def _with_initials(ent) -> bool:
    words = [t for t in ent if not t.is_space]
    return len(words) >= 2 and words[0].is_alpha and words[0].text[:1].isupper() and all(_initial(t) for t in words[1:])


def _nominative_name(ent, morph) -> bool:
    words = [t for t in ent if not t.is_space]
    if len(words) < 2 or not words[0].is_alpha:
        return False
    if _surname_initials_nominative(words):
        return True
    if not morph.is_known(words[0].text.lower()):
        return False  # a guess ("Отиса": a nominative of a made-up "Отиса")
    # (a plural form is no one person's given name: "Герман", "Артем" are no genitive plural of Германа)
    names = [p for p in morph.parse(words[0].text) if "Name" in p.tag.grammemes and p.tag.number != "plur"]
    return bool(names) and all(p.tag.case == "nomn" for p in names)


def _person_ending(doc, i: int):
    """The person of ``doc.ents`` whose last word is at ``i``, else None: read from the words' entity
    marks (``doc.ents`` makes a Span for every entity of the doc at each read)."""
    if not 0 <= i < len(doc) or doc[i].ent_type_ != "PER" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        return None
    start = i
    while doc[start].ent_iob_ == "I":
        start -= 1
    return Span(doc, start, i + 1, label="PER")


def _person_starting(doc, i: int):
    """The person of ``doc.ents`` whose first word is at ``i``, else None (as :func:`_person_ending`)."""
    if not 0 <= i < len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "PER":
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, i, end, label="PER")


def listed_with_nominative(span, morph, reach: int = 0) -> frozenset[str]:
    """{"nomn"} where a neighbour in the list is a name in the nominative; empty else. A surname with
    initials before counts where its own neighbour before does ("Абрамцев Н. И., Фролова Е. П. и X"),
    up to ``INITIALS_CHAIN`` names back."""
    doc, sent = span.doc, span.sent
    after = _past_aside_forward(doc, span.end + _initial_dot(doc, span.end), sent.end)
    if after < sent.end and doc[after].lower_ not in LIST_GOES_ON:
        return frozenset()
    i = span.start - 1
    if i > sent.start and doc[i].lower_ == "и":
        i -= 1
        if doc[i].text == ",":
            i -= 1
    elif i > sent.start and doc[i].text == ",":
        i -= 1
    else:
        i = None
    if i is not None and i > sent.start:
        i -= _initial_dot(doc, i)  # "Прохоров С. И. и Бурлака А. Е."
        neighbour = _person_ending(doc, _past_aside_back(doc, i, sent.start))
        if neighbour is not None and _nominative_name(neighbour, morph):
            return NOMINATIVE
        if neighbour is not None and reach < INITIALS_CHAIN and _with_initials(neighbour) \
                and listed_with_nominative(neighbour, morph, reach + 1):
            return NOMINATIVE
    if reach:
        return frozenset()  # (a name before: only its own neighbour before counts)
    if after < sent.end and doc[after].lower_ in (",", "и"):
        j = after + 1 + (after + 1 < sent.end and doc[after].text == "," and doc[after + 1].lower_ == "и")
        neighbour = _person_starting(doc, j) if j < sent.end else None
        if neighbour is not None and _nominative_name(neighbour, morph):
            # the list goes on after it: "Евгения Тарасова, Ольга Ларина и ..."; not the subject
            # of the clause after an apposition ("президента Владимира Путина, Алексей Навальный ...")
            k = _past_aside_forward(doc, neighbour.end, sent.end)
            if k < sent.end and doc[k].lower_ in (",", "и"):
                return NOMINATIVE
    return nominative_noun_after(span, morph)  # "подписали А. В. Сорокина и представитель ..."
