"""A name of one word named as a relative is a given name (read by
:func:`rufacts.entities.name_office_surname.office_surname`, weighed as after a title that goes with a
given name in :func:`rufacts.entities.name_solutions._solutions`): the press names a wife, a daughter, a
grandson by the given name alone ("расстался с женой Людмилой", "его дочь Джианна", "завещал внуку
Бьорну", "сестры его ребёнка — Кати"), and children in a list by their given names ("двое внуков:
Алина и Кира", "с сёстрами Верой и Асей", "семилетняя Мила и пятилетний Тимур").

A kinship noun of ``lexicons/name_kin_given.txt`` right before the word, or before a short genitive chain
of its owner ("дочь спортсмена Джианна", "сестры его ребёнка — Кати"), with the word in apposition: in
the noun's case and of its gender. A surname alone after such a noun is the owner's genitive ("Жена
Семёнова", entities/name_apposition.relative_owner): a word the dictionary knows as a surname is left
alone, and where the word's form may be a genitive owner as well ("сына Тимофея", "дочери Иванки"), only
a first name a dictionary or lexicon knows in that case is taken. In a list, a word beside a given
name the dictionary knows (and no surname), over age adjectives ("восьмилетняя Клементина и трёхлетний
Ариэль") or in brackets after it ("Саша (Наташа)"), is a given name where it is one itself, or where a kinship noun opens the list ("с детьми,
Фионой и Рози")."""
from __future__ import annotations

from ..grammars.morph import UD_CASES, get_morph
from ..lexicons import load_list
from .name_apposition import GENDERS

TITLE_FIRST = frozenset({"titlefirst"})
CHAIN = 3  # genitive words of the owner between the kinship noun and the name: "сестры его ребёнка"
LIST_WINDOW = 8  # tokens back from a list's item to the kinship noun that opens it
LINKS = frozenset({"и", ",", "или"})
LIST_OPENERS = frozenset({":", "—", "–", ",", "("})
KNOWN = 1.0
POSSESSIVES = frozenset({"его", "её", "ее", "их", "свой", "своя", "своё", "свои", "своего", "своей", "своему",
                         "своим", "своём", "свою", "своих", "своими", "мой", "моя", "моей", "моего", "моему",
                         "мою", "моим", "моём", "наш", "наша", "нашей", "нашего", "нашему", "нашим", "нашу"})  # a first name's reading by the dictionary or a lexicon (name_readings)


def _kin(token) -> bool:
    kin = load_list("name_kin_given.txt")
    return token.pos_ == "NOUN" and (token.is_lower or token.is_sent_start and token.text[1:].islower()) and (
        token.lemma_.lower() in kin or token.lower_ in kin)


def _surname(word: str) -> str:
    """"only" for a word the dictionary knows as a surname and neither it nor a lexicon as a given
    name, "too" for one known as both ("Аарон", "Гордон"), "" else."""
    parses = get_morph().parse(word)
    if not any("Surn" in p.tag.grammemes for p in parses):
        return ""
    return "too" if any("Name" in p.tag.grammemes for p in parses) or any(
        r.role == "first" and r.weight >= KNOWN for r in _readings(word)) else "only"


def _dictionary_given(word: str) -> bool:
    parses = get_morph().parse(word)  # a singular given name ("Костадинов" is read a plural's genitive)
    return any({"Name", "sing"} <= p.tag.grammemes for p in parses) and not any(
        {"Surn", "Geox", "Orgn"} & p.tag.grammemes for p in parses)


def _readings(word: str):
    from .name_readings import _readings as readings

    return readings(get_morph(), word)


def _apposition(noun, token, chain: bool, surname: str = "") -> bool:
    """The word ``token`` agrees with the kinship noun ``noun`` in case and gender, and is no owner's
    genitive its form may also be (then only as a known first name): not after an owner's genitive
    chain ("дочь спортсмена Джианна"), nor where the tagger reads it in the noun's case."""
    word = token.text
    case = UD_CASES.get(next(iter(noun.morph.get("Case")), ""))
    gender = GENDERS.get(next(iter(noun.morph.get("Gender")), ""))
    if not case:
        return False
    readings = [r for r in _readings(word) if r.case == case and (r.gender is None or gender is None or r.gender == gender)]
    if not readings:
        return False
    tagged = UD_CASES.get(next(iter(token.morph.get("Case")), ""))
    owner = case == "gent" or (not chain and tagged != case and any(
        r.case == "gent" and r.nominative != word.lower() for r in _readings(word))) or (
        not chain and any("Surn" in p.tag.grammemes and p.tag.case == "gent" for p in get_morph().parse(word)))
    # ("жена Кинчева": a surname's genitive, whatever the tagger reads)
    return not owner or (not surname and any(r.role == "first" and r.weight >= KNOWN for r in readings))


def _kin_before(doc, start: int) -> list:
    """The kinship nouns before the word at ``start``, nearest first, with whether an owner's genitive
    chain is between: right before it or over that chain and a dash or comma ("сестры его ребёнка —
    Кати": ребёнка, then сестры)."""
    i = start - 1
    if i >= 0 and doc[i].text in ("—", "–", ","):
        i -= 1
    found = []
    for j in range(i, max(i - CHAIN - 1, -1), -1):
        token = doc[j]
        if _kin(token):
            found.append((token, j < i))
        if token.pos_ in ("DET", "PRON") and token.lower_ in POSSESSIVES or (
                token.pos_ in ("NOUN", "PROPN", "ADJ") and (
                "Gen" in token.morph.get("Case") or "Acc" in token.morph.get("Case") and "Anim" in token.morph.get("Animacy"))):
            continue  # "сестры его ребёнка": an animate genitive the tagger may read as an accusative
        break
    return found


def _skip_adjectives(doc, i: int, step: int) -> int:
    while 0 <= i < len(doc) and doc[i].pos_ in ("ADJ", "NUM") and not doc[i].text[:1].isupper():
        i += step
    return i


def _list_neighbour(doc, start: int, end: int, commas: bool = False):
    """A given name the dictionary knows beside the word in a list ("Марией и Иосифом"), or None; over a
    comma only where ``commas`` (a kinship noun opens the list: "Куман, Роналдо, Джеррард" are surnames)."""
    links = LINKS if commas else LINKS - {","}
    for step, i in ((-1, _skip_adjectives(doc, start - 1, -1)), (1, end)):
        bracket = step < 0 and 0 <= i < len(doc) and doc[i].text == "(" and end < len(doc) and doc[end].text == ")"
        if not (0 <= i < len(doc)) or (doc[i].lower_ not in links and not bracket):
            continue  # "Саша (Наташа)": a second given name in brackets
        k = _skip_adjectives(doc, i + step, step)
        if 0 <= k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].text[1:].islower() \
                and not doc[k].is_sent_start and _dictionary_given(doc[k].text):
            return doc[k]
    return None


def _kin_opens_list(doc, start: int) -> bool:
    """A kinship noun opening the list the word is in ("двое внуков: Алина и Кира")."""
    for i in range(start - 1, max(start - 1 - LIST_WINDOW, -1), -1):
        token = doc[i]
        if token.text in LIST_OPENERS and i > 0:
            k = i - 1
            while k > 0 and token.text != "(" and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") \
                    and "Gen" in doc[k].morph.get("Case") and not _kin(doc[k]) and start - k <= LIST_WINDOW:
                k -= 1  # "детьми покойного — Уной"
            if _kin(doc[k]):
                return True
        if token.is_sent_start or token.pos_ in ("VERB", "ADP") or token.text in (".", ";", "!", "?"):
            return False
    return False


def kin_given(span) -> frozenset[str]:
    """{"titlefirst"} for a one-word mention named as a relative or beside a given name in a list;
    empty else."""
    if len(span) != 1 or not span[0].is_alpha or not span[0].text[:1].isupper():
        return frozenset()
    doc, word = span.doc, span[0].text
    surname = _surname(word)
    if surname == "only":
        return frozenset()
    for noun, chain in _kin_before(doc, span.start):
        if _apposition(noun, span[0], chain, surname):  # "Сына Гордона": the owner's, "Сын министра Аарон" his
            return TITLE_FIRST | _agreement(noun, noun)
    if surname:
        return frozenset()
    kin_list = _kin_opens_list(doc, span.start)
    neighbour = _list_neighbour(doc, span.start, span.end, kin_list)
    if neighbour is not None and (kin_list or _dictionary_given(word) or any(
            r.role == "first" and r.weight >= KNOWN for r in _readings(word))):
        return TITLE_FIRST | _agreement(neighbour, None)
    return frozenset()


def _agreement(case_of, gender_of) -> frozenset[str]:
    """The case of the kinship noun or of the list's other given name, and the kinship noun's
    gender, as an apposition's agreement ("дочь спортсмена Джианна": nominative, a woman's; "Наталья,
    Бьянка": nominative)."""
    case = UD_CASES.get(next(iter(case_of.morph.get("Case")), ""))
    gender = GENDERS.get(next(iter(gender_of.morph.get("Gender")), "")) if gender_of is not None else None
    if not case:
        return frozenset()
    genders = (gender,) if gender else ("masc", "femn")
    return frozenset({f"agree:{case}:{g}" for g in genders} | {f"{case}:{g}" for g in genders})
