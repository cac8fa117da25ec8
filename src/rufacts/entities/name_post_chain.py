"""A name after a post and a long chain of the post's dependents takes the post's case (second38p):
"заявила министр минеральных ресурсов ЮАР Тандиве Ндлову" (her nominative, not the accusative of
a Ндлова), "с заместителем директора департамента водных ресурсов Уганды Агнес Накаву" (the
instrumental, so Накаву stands), "подписью заместителя генерального директора Zambia Electricity
Supply Corporation Мутале Бвалии" (the genitive: Мутале is no case of a Муталь).

The chain is what the nearer rules (:func:`rufacts.entities.name_apposition.oblique_apposition`,
:func:`rufacts.entities.name_subject_cues._apposition_subject`) do not walk over: more than a few
words, a body's Latin name ("Kenya Pipeline Company"), an indeclinable place the tagger gives any case
("ЮАР", "Лесото"), a phrase with "по", "с", "и" ("по связям с общественностью"). A post in the
nominative gives the nominative only with a singular finite verb next to the phrase: before the post
("рассказала проректор ... X") or after the name ("Министр ... Нигерии X заявил"; over a phrase of a
preposition: "X от комментариев отказался"), of the verb's gender. A genitive post inside the chain
("заместителем директора департамента ... X") leaves the genitive possible too (the name may be the
inner post's), as :func:`rufacts.entities.name_apposition._owner_of_person` does for a short chain.
:func:`post_chain_hint` is read by :func:`rufacts.entities.names_group.name_hints` after the rules
of the words right before the name (a preposition, a verb, an oblique post near it) and before those of
an opening adverbial and of a short apposition. A thing's noun right before an oblique post leaves the
post its genitive only ("подписью заместителя ... X").
"""
from __future__ import annotations

from ..lexicons import load_list
from .name_apposition import CLOSING_QUOTES, GENDERS, QUOTE_MARKS, _governed, _person_noun_cases
from .name_role_compounds import unprefixed
from .name_slot_case import GOVERNED
from .name_subject_clause import ONLY_NOMINATIVE
from .name_verb_forms import NON_FINITE, VERB_POS
from .doc_words import morph_values
from .name_verb_reach import past_initial_dot, walk, word_at

CHAIN_REACH = 12  # words between the post and the name: "руководитель отдела по связям с общественностью
# Королевского ботанического сада"
MIN_CHAIN = 2  # a shorter chain is the nearer rules' ("министр финансов X", "помощник Путина")
OBLIQUE = frozenset({"Gen", "Ins", "Dat", "Loc"})
LINKS = frozenset({"и", "-", "–", "&"})
NOMINATIVE = frozenset({"nomn"})
OPENING = frozenset("«„")  # the typographic opening quotes (a straight one opens and closes)


def _post(token) -> bool:
    """A singular noun for a person or a position word (``lexicons/role_words.txt``), no kinship word."""
    lemma = unprefixed(token.lemma_.lower())
    if lemma in load_list("kin_words.txt") or "Plur" in morph_values(token, "Number"):
        return False
    return (token.pos_ == "NOUN" and "Anim" in morph_values(token, "Animacy")) or (
        token.pos_ in ("NOUN", "ADJ", "VERB") and lemma in load_list("role_words.txt"))


def _chain_word(doc, i: int) -> bool:
    """A word of a post's dependents: a preposition, a link, a quote, a Latin word of a body's name, an
    inanimate proper name in any case (a place's or a body's), an inanimate word in an oblique case, a
    possessive proper adjective before its noun ("Масарикова университета")."""
    token = doc[i]
    if token.pos_ == "ADP" or token.lower_ in LINKS or token.text in QUOTE_MARKS:
        return True
    if token.is_alpha and token.text.isascii():  # ("Central Bank of Lesotho")
        return True
    animate = "Anim" in morph_values(token, "Animacy")
    if token.pos_ == "PROPN" and not animate:
        return True
    if token.pos_ == "PROPN" and i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower \
            and token.lower_.endswith(("ова", "ева", "ина", "ого", "ой")):
        return True
    if token.pos_ in ("NOUN", "ADJ", "DET", "NUM", "PROPN") and not animate and OBLIQUE & set(morph_values(token, "Case")):
        return True
    # an accusative or nominative inanimate noun after its preposition ("с общественностью", "на транспорт")
    return token.pos_ == "NOUN" and not animate and i > 0 and doc[i - 1].pos_ in ("ADP", "ADJ") and i > 1 \
        and (doc[i - 1].pos_ == "ADP" or doc[i - 2].pos_ == "ADP")


def _posts(span) -> tuple[int, int] | None:
    """The outer and the nearest post before ``span`` over a chain of at least :data:`MIN_CHAIN` of its
    dependent words; the outer owns the nearest in the genitive ("заместителем директора": over its
    adjectives, "заместителя генерального директора"); None where no such chain stands."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and span.start - 1 - i <= CHAIN_REACH:
        if _post(doc[i]):
            break
        if not _chain_word(doc, i):
            return None
        i -= 1
    else:
        return None
    if span.start - 1 - i < MIN_CHAIN:
        return None
    if any(doc[k].text in CLOSING_QUOTES for k in range(i + 1, span.start)) \
            and any(doc[k].text in OPENING for k in range(max(0, i - 3), i)):
        return None  # a post inside quotes is a nickname's: "сестра «короля эстрады» X"
    near = outer = i
    while "Gen" in morph_values(doc[outer], "Case") or "Acc" in morph_values(doc[outer], "Case"):
        j = outer - 1
        while j >= 0 and doc[j].pos_ in ("ADJ", "DET") and not _post(doc[j]):
            j -= 1
        if j < 0 or not _post(doc[j]):
            break
        outer = j
    return outer, near


def _verb_gender(verb) -> str | None:
    """The gender of a singular finite verb ("заявила": femn), "" for one without ("отказывается")."""
    if verb is None or verb.pos_ not in VERB_POS or "Plur" in morph_values(verb, "Number") \
            or NON_FINITE & set(morph_values(verb, "VerbForm")) or morph_values(verb, "Case"):
        return None
    return GENDERS.get(next(iter(morph_values(verb, "Gender")), ""), "")


def _verb_after(doc, end: int):
    """The verb after a name over adverbs and a phrase of a preposition ("от комментариев отказался",
    "в комментарии агентству подтвердила")."""
    return word_at(doc, walk(doc, past_initial_dot(doc, end, capital=False), _between, 5))


def _between(word, passed: int) -> bool:
    """An adverb, particle or preposition, or past the first word an oblique noun or adjective."""
    return word.pos_ in ("ADV", "PART", "ADP") or bool(
        passed and word.pos_ in ("NOUN", "ADJ") and "Nom" not in morph_values(word, "Case"))


def _verb_before(doc, i: int):
    """The verb right before the post at ``i`` over adverbs and adjectives of the post ("заявила
    генеральный директор"), its own subject not before it ("Посол передал письмо ..." is not
    reached: an accusative object stands between)."""
    from .name_subject_cues import _animate_subject_before
    j = i - 1
    while j >= 0 and doc[j].pos_ in ("ADJ", "DET", "ADV"):
        j -= 1
    if j < 0 or doc[j].pos_ not in VERB_POS or _animate_subject_before(doc, j):
        return None
    return doc[j]


def post_chain_hint(span, morph) -> tuple[frozenset[str], str | None, bool] | None:
    """(cases, gender, firm) the post before a long chain gives the name after it, or None: its
    oblique cases (with the genitive where a genitive post is nearer: either may own the name),
    firm where one case is left; the nominative and the verb's gender for a post in the
    nominative next to a singular finite verb."""
    posts = _posts(span)
    if posts is None:
        return None
    doc = span.doc
    outer, near = posts
    post = doc[outer]
    cases = _person_noun_cases(post, morph, kin=True)
    if cases:
        cases = _governed(doc, outer, cases)
        j = outer - 1
        while j >= 0 and doc[j].pos_ in ("ADJ", "DET"):
            j -= 1
        if "gent" in cases and j >= 0 and doc[j].pos_ == "NOUN" and "Anim" not in morph_values(doc[j], "Animacy"):
            cases = frozenset({"gent"})  # the genitive of a thing's noun before it: "подписью заместителя"
        if near != outer:
            cases |= {"gent"}
        # the normal form declines back into the words in one of them, as after a preposition
        return cases | {GOVERNED}, None, len(cases) == 1
    if "Nom" not in morph_values(post, "Case"):
        return None
    k = span.start - 1
    if doc[k].pos_ == "NOUN" and doc[k].is_lower and "Gen" in morph_values(doc[k], "Case"):
        while k > outer + 1 and doc[k - 1].pos_ in ("ADJ", "DET"):
            k -= 1
        if not doc[k].text[:1].isupper():  # a common phrase, no body's name ("Королевского ботанического сада")
            return None  # the name may be the genitive of the thing's noun before it: "исследовательница
            # истории позднего лирического творчества Александра Пушкина"
    gender = _verb_gender(_verb_after(doc, span.end))
    if gender is None:
        gender = _verb_gender(_verb_before(doc, outer))
    if gender is None or (near != outer and gender != "femn"):
        # no verb, or a masculine one over a genitive post, which may own the name ("помощник главы
        # района Иванова заявил")
        return None
    return NOMINATIVE | ONLY_NOMINATIVE, gender or None, False
