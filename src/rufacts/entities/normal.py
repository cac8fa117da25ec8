"""Nominative normal forms of organization and location names via pymorphy3.

The head noun and the adjectives before it are put in the nominative
("Федеральной таможенной службы" -> "Федеральная таможенная служба",
"Москвы" -> "Москва"); words after the head (genitive dependents, "России" in
"ФТС России") and anything inside quotes stay as written. Quotes are
normalized to «» and balanced.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Sequence

from ..grammars.hyphen_pair import hyphen_pair
from ..grammars.morph import Morph, inflect, restore_case
from ..lexicons import load_list, load_words
from .name_adjectival import ADJ_SURNAMES, POSSESSIVE_ADJ
from .org_abbrev_heads import abbreviation_gender, abbreviation_headed, declined_acronym_headed
from .org_adjective_nouns import adjective_noun_head
from .org_attributive_words import attributive_nominative
from .adjective_guesses import avoided_lemmas, noun_adjective_pair, untwinned
from .org_hyphen_adjectives import kept_first_parts
from .org_bracketed_adjectives import bracketed_nominative
from .org_compound_names import compound_nominative
from .org_stump_bodies import committee_genitive
from .org_stem_adjectives import stem_adjective
from .org_frozen_names import (NOUNISH, _acronym, _frozen_first, _frozen_lead, _hyphen_head, _hyphen_tail,
                               _masculine_guess, _person_named, both_declined, descriptor_pair)
from .org_hyphen_place import hyphen_place_tail, hyphen_shared_ending
from .org_legislatures import dashed_nominative, legislature_nominative
from .org_turkic_names import turkic_hyphen
from .org_name_extent import SPACED_DASHES
from .org_native_leads import native_lead
from .org_place_adjectives import place_adjective_nominative
from .org_postposed_names import postposed_nominative
from .org_quoted_forms import (common_nominative_first, feminine_first, foreign_closing, foreign_opening,
                               guessed_common_first, numeral_named, place_closing, singular_before, frozen_tail)
from .quotes import CLOSE_QUOTES, OPEN_QUOTES, QUOTES

ADJ = {"ADJF", "PRTF"}


def _agrees(adj_parses, noun_parses) -> bool:
    """An adjective's reading agrees with a noun's: case, number, gender, and in the accusative
    the animacy its form marks ("Мастерской" as an inanimate masculine accusative is no adjective
    of "Петра", an animate one: "«Мастерской Петра Фоменко»")."""
    return any(a.tag.case == n.tag.case and a.tag.number == n.tag.number
               and (a.tag.number == "plur" or a.tag.gender in (n.tag.gender, None))
               and not (a.tag.case == "accs" and a.tag.animacy and n.tag.animacy and a.tag.animacy != n.tag.animacy)
               for a in adj_parses for n in noun_parses)


def _alike(first, second) -> bool:
    """Two adjectives' readings share a case, number and gender (one body's coordinated
    adjectives)."""
    return any(a.tag.case == b.tag.case and a.tag.number == b.tag.number
               and a.tag.gender == b.tag.gender for a in first for b in second)


def _surname_adjective(parses, word: str) -> list:
    """A capitalized word the dictionary knows only as an adjectival surname ("Каменского",
    "Каменской") reads as the place's adjective before a noun ("Каменского сельсовета")."""
    if not word[:1].isupper() or not (parses := kept_first_parts(parses, word)) or any(p.tag.POS != "NOUN" or "Surn" not in p.tag.grammemes
                                                   for p in parses):
        return []
    return [p for p in parses if p.normal_form.endswith(ADJ_SURNAMES)]


def _surname_nominative(morph: Morph, word: str, case, number, gender):
    """The nominative of such a word in the head noun's gender (Каменского -> Каменский)."""
    for p in _surname_adjective(morph.parse(word), word):
        if p.tag.case == case and p.tag.number == number and p.tag.gender in (gender, None):
            inflected = inflect(p, {"nomn"})
            return (inflected, p) if inflected else None
    return None


def _pick_head(morph: Morph, words: Sequence[str]) -> int | None:
    """Index of the head noun: adjectives agreeing with the next word may precede it, and so
    may two adjectives joined by "и" ("Продовольственной и сельскохозяйственной организации")."""
    joined = -1
    for i, word in enumerate(words):
        if i == joined:
            continue
        if not any(c.isalpha() for c in word):
            return None
        if adjective_noun_head(morph, words, i):
            return i  # "сборной Сербии": the noun "сборная", not an adjective of "Сербии"
        parses = morph.parse(word)
        adjs = [] if _acronym(word) else [p for p in parses if p.tag.POS in ADJ] or _surname_adjective(parses, word)
        # (an acronym is no adjective: "ЦДУМ России" is headed by "ЦДУМ")
        if adjs and i + 2 < len(words) and words[i + 1] == "и" and _alike(
                adjs, [p for p in morph.parse(words[i + 2]) if p.tag.POS in ADJ]):
            joined = i + 1
            continue
        if adjs and i + 1 < len(words):
            following = [p for p in morph.parse(words[i + 1]) if p.tag.POS in NOUNISH | ADJ]
            if _agrees(adjs, following) or word[:1].isupper() and any(  # "Казанского университетов": shared head
                    a.tag.case == n.tag.case and a.tag.number == "sing" and n.tag.number == "plur"
                    and n.tag.POS in NOUNISH for a in adjs for n in following):
                continue
        if any(p.tag.POS in NOUNISH for p in parses) or parses[0].tag.POS is None:
            return i
        if not adjs:
            return None
    return None


def _nominative_of(morph: Morph, word: str, pos: set[str], case: str | None,
                   number: str | None, gender: str | None = None):
    """(nominative form, parse) of ``word`` read as ``pos`` in ``case``, or None."""
    candidates = [p for p in morph.parse(word) if p.tag.POS in pos]
    kinds = load_list("institution_adjectives.txt")  # "окружного": окружной, not окружный
    candidates.sort(key=lambda p: (p.normal_form in avoided_lemmas(), p.tag.POS in ADJ and p.normal_form not in kinds))
    if case:
        candidates = [p for p in candidates if p.tag.case == case] or candidates
    if number:
        candidates = [p for p in candidates if p.tag.number == number] or candidates
    if gender and number != "plur":
        candidates = [p for p in candidates if p.tag.gender == gender] or candidates
    for p in candidates:
        grams = {"nomn"} if number is None else {"nomn", number}
        inflected = inflect(p, grams) or inflect(p, {"nomn"})
        if inflected is not None:
            return untwinned(morph, word, inflected, p), p
    return None


GENITIVE_TAIL = 6  # letters of the genitive after a ministry's inner stem: "развития", "природы"


def ministry_genitive(morph: Morph, word: str) -> bool:
    """A ministry's short name that ends in a feminine or neuter genitive stands as written
    in every case ("Минприроды", "Минпросвещения", "Минцифры"), so does one in a plural genitive
    ("Минкурортов"), and one whose stem has an inner part before the genitive ("Минвостокразвития":
    восток + развития); one in a masculine noun
    declines ("Минспорта" -> Минспорт, "Минстроя" -> Минстрой). So does a committee's stump before a
    genitive ("Облкомприроды": :func:`.org_stump_bodies.committee_genitive`)."""
    if not word.startswith(("Мин", "Деп")) or len(word) < 8:  # (a department's too: "Депобразования")
        return len(word) >= 8 and committee_genitive(morph, word)
    rest = word[3:].lower()
    if not morph.is_known(rest):  # "Минвостокразвития": an inner stem before the genitive ("развития")
        rest = next((rest[k:] for k in range(1, len(rest) - GENITIVE_TAIL + 1) if morph.is_known(rest[k:])), None)
        if rest is None:
            return False
    parses = morph.parse(rest)
    if any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
           and p.tag.gender in ("femn", "neut") for p in parses):
        return True
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" for p in parses) \
        and not any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses)  # "Минкурортов": курортов


def normalize_words(morph: Morph, words: Sequence[str]) -> list[str]:
    """Words of a name with the head phrase in the nominative."""
    return list(_normalized(morph, tuple(words)))


@lru_cache(maxsize=2_048)
def _normalized(morph: Morph, words: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`normalize_words`, memoized across names and articles."""
    return tuple(attributive_nominative(morph, words, lambda rest: _normalize_words(morph, rest)) or _normalize_words(morph, words))


LONG_ORDINAL = re.compile(r"^(?=\d{4}|\d{2,3}-(?:й|го|му|м|ом|ой|ю|ую|ым|я)$)(\d+)(-[а-я]{1,3})$")  # "1077-го", "224-м": read as nouns


def _normalize_words(morph: Morph, words: Sequence[str]) -> list[str]:
    words = list(words)
    long = [i for i, w in enumerate(words) if LONG_ORDINAL.match(w)]
    if long:  # read as "1-го" (the ending alone declines), the figure put back
        short = _normalize_words(morph, [LONG_ORDINAL.sub(r"1\2", w) if i in long else w
                                         for i, w in enumerate(words)])
        return [LONG_ORDINAL.match(words[i]).group(1) + w[1:] if i in long and w[:2] == "1-" else w
                for i, w in enumerate(short)]
    dash = next((i for i, w in enumerate(words) if w in SPACED_DASHES), None)
    if dash is not None and 0 < dash < len(words) - 1 and words[dash + 1][:1].isupper() \
            and words[dash + 1].isalpha() and words[0][:1].isupper():
        # two names of one body, each in its case: "Государственного Собрания — Курултая"
        return dashed_nominative(morph, words, dash, _normalize_words)  # (not an apposition: "округа — Югры")
    from .org_compound_ordinals import compound_ordinal_nominative as compound  # (it reads institutions, which read this one)
    native = native_lead(words, lambda rest: _normalize_words(morph, rest)) or postposed_nominative(morph, words) \
        or place_adjective_nominative(morph, words) or compound(morph, words, lambda rest: _normalize_words(morph, rest)) or declined_acronym_headed(morph, words)
    # "Саха академическом театре"; "Матицы хорватской"; "Сорском ... комбинате"; "Двадцать первым ... судом"; "Тагульского ГОКа"
    if native is not None:
        return native
    bracketed = bracketed_nominative(morph, words, _normalize_words)  # "Казанском (Приволжском) ..."
    if bracketed is not None:
        return bracketed
    from .org_memorial_museums import memorial_name  # (a module that reads this one)

    memorial = memorial_name(morph, words, _normalize_words)  # "Доме-музее Нико Пиросмани"
    if memorial is not None:
        return memorial
    from .org_hyphen_first import declined_first

    alone = [i for i, w in enumerate(words) if w not in QUOTES]
    first_declined = declined_first(morph, words[alone[0]]) if len(alone) == 1 else None
    if first_declined is not None:  # "«Асканией-Нова»" -> Аскания-Нова
        return [first_declined if i == alone[0] else w for i, w in enumerate(words)]
    named = [w for w in words if w not in QUOTES]
    if len(named) > 1 and named[-1][:1].isupper() and named[-1].lower() in load_list("org_indeclinable_heads.txt"):
        return words  # "«Пепеляев Групп»": a foreign word closing the name does not decline
    if foreign_closing(morph, named) or foreign_opening(morph, named) or frozen_tail(morph, words):
        return words  # "«Лабори Мерсье»", "«Тоёта Цусё»", "«Комеди Франсез»": a foreign name stands as written
    placed = place_closing(morph, named)  # "«Сибур Тобольске»" -> Сибур Тобольск
    if placed is not None:
        last = max(i for i, w in enumerate(words) if w not in QUOTES)
        return words[:last] + [placed] + words[last + 1:]
    legislature = legislature_nominative(words)  # "Эдускунты" -> Эдускунта, "Хорватском саборе"
    if legislature is not None:
        return legislature
    frozen = _frozen_first(morph, words) or both_declined(morph, words) or descriptor_pair(morph, words)
    if frozen is None and len(words) == 4 and words[0] in OPEN_QUOTES and words[-1] in CLOSE_QUOTES:
        inner = _frozen_first(morph, words[1:3], quoted=True) or both_declined(morph, words[1:3]) \
            or descriptor_pair(morph, words[1:3])  # "Почтой Банком", "Почты Банка" -> Почта Банк
        # "«Газпром нефти»" as a whole; "«Почтой Банком»": both words declined
        frozen = [words[0], *inner, words[-1]] if inner else None
    frozen = frozen or _frozen_lead(morph, words)
    if frozen is not None:
        return frozen
    person = _person_named(morph, words)
    if person is not None:
        return person
    quoted = len(words) > 2 and words[0] in OPEN_QUOTES and words[-1] in CLOSE_QUOTES
    numeral = numeral_named(morph, words[1:-1] if quoted else words)  # "Трёх богатырей"
    if numeral is not None:
        return [words[0], *numeral, words[-1]] if quoted else numeral
    # never inflect inside quotes
    quoted_from = next((i for i, w in enumerate(words) if w in QUOTES), len(words))
    last = next((i for i in range(1, quoted_from) if _acronym(words[i].split("-", 1)[0]) and abbreviation_gender(words[i])), 0)
    if last:  # "Свердловском УФНС", "Московским МТУ Ространснадзора": adjectives before an abbreviation of known gender
        headed = abbreviation_headed(morph, words, last)  # (not the place "Свердловск" in the instrumental)
        if headed is not None:
            return headed
    head = _pick_head(morph, words[:quoted_from])
    if head is None:
        return words
    head_word = words[head]
    if _acronym(head_word.split("-", 1)[0]) and abbreviation_gender(head_word):
        return abbreviation_headed(morph, words, head) or words  # "Уржумской ЦРБ" -> Уржумская ЦРБ
    if _acronym(head_word.replace("-", "")) or ministry_genitive(morph, head_word):  # "ВМРО-ДПМНЕ" as written
        return words
    hyphen = turkic_hyphen(head_word) or _hyphen_head(morph, head_word) or hyphen_place_tail(morph, head_word) \
        or _hyphen_tail(morph, head_word) or hyphen_shared_ending(morph, head_word)  # ("«Ак-Ботой»" -> Ак-Бота: Turkic words, org_turkic_names; "Вологде-Чевакате")
    if hyphen is not None:  # "«Марии-Ра»" -> Мария-Ра
        return words[:head] + [hyphen] + words[head + 1:]
    # no vocative: news never addresses a body ("Алазань" is no vocative of a name Алазаня)
    parses = [p for p in morph.parse(head_word) if p.tag.POS in NOUNISH and p.tag.case != "voct"]
    # an organization's own reading first ("Ростехом": Ростех, not the plural of a first name)
    parses = [p for p in parses if "Orgn" in p.tag.grammemes] + [
        p for p in parses if "Orgn" not in p.tag.grammemes and not (
            "plur" in p.tag.grammemes and {"Name", "Surn", "Patr"} & p.tag.grammemes)]
    known = morph.is_known(head_word)
    if not known and quoted_from == len(words) and compound_nominative(morph, head_word, "nomn") == head_word.lower():
        return words  # "Мосгоризбирком": the nominative "избирком" at its end, no instrumental of a "Мосгоризбирк"
    parses = common_nominative_first(morph, head_word, parses)  # "«Борей»": the wind, not "Боря" in the instrumental
    parses = feminine_first(morph, head_word, parses)  # "Ивушка": no neuter "ивушко"
    parses = guessed_common_first(morph, head_word, parses)  # "«Фанагорию»": no name "Фанагорий"
    parses.sort(key=lambda p: p.normal_form not in load_words("body_heads.txt"))  # "Муфтияте": муфтият, not "муфтиять"
    # (not a pair of nouns the dictionary lacks as one: "музеем-заповедником")
    guessed = _masculine_guess(head_word, parses) if not known and hyphen_pair(morph, head_word) is None else None
    if guessed is not None:  # "Мечелом" -> Мечел, not a neuter Мечело
        out = list(words)
        out[head] = guessed
        return out
    if not known and parses and parses[0].tag.case == "nomn":
        return words  # an unknown word that may be nominative already stays as written
    if not parses or parses[0].tag.POS is None:
        return words
    if any(p.normal_form in load_list("org_plural_heads.txt") for p in parses[:1]) and any(
            p.tag.number == "plur" and p.tag.case in ("nomn", "accs") for p in parses) \
            and not singular_before(morph, words[:head]):  # ("«Новой силы»": a singular)
        parses = [p for p in parses if p.tag.number == "plur"]  # "на Силы быстрого реагирования"
    # the case the adjectives and the head share
    from .org_kind_heads import agreeing_cases, agreeing_head  # (a module that reads this one)

    case_options = agreeing_cases(morph, parses, words[:head], ADJ) or [p.tag.case for p in parses]
    for adj in words[:head]:
        adj_cases = {p.tag.case for p in morph.parse(adj) if p.tag.POS in ADJ}
        case_options = [c for c in case_options if SECOND_CASES.get(c, c) in adj_cases] or case_options
    case = case_options[0]
    from .institutions import institution_heads  # (a module that reads this one)

    # an institution's noun first where two nouns share the form ("полка": полк, not полок)
    agreed = agreeing_head(morph, parses, words[:head], case, ADJ)  # "национальном парке": парк, not парка
    head_parse = next((p for p in parses if p.tag.case == case and p.normal_form in institution_heads()),
                      None) or agreed or next(p for p in parses if p.tag.case == case)
    number = head_parse.tag.number
    if "Pltm" in head_parse.tag.grammemes or "Fixd" in head_parse.tag.grammemes:
        number = None
    if number == "plur" and (_singular_adjectives(morph, words[:head], case) or words[head + 1:head + 2] in (["№"], ["имени"])):
        number = "sing"  # "Большого, Мариинского театров": one theatre each, the head shared; "поликлиники № 7", "шахты имени"
    out = list(words)
    result = _nominative_of(morph, head_word, NOUNISH, case, number)
    if result and result[1].normal_form != head_parse.normal_form and (
            head_parse.normal_form in institution_heads() | load_words("body_heads.txt") or head_parse is agreed):
        nominative = inflect(head_parse, {"nomn"} if number is None else {"nomn", number})
        result = (nominative, head_parse) if nominative else result
    if result and not known and (len(result[0]) > len(head_word) or len(result[0]) < MIN_GUESSED < len(head_word)):
        return words  # a guess by analogy that lengthens the word invents one ("Ростехи"), or cuts it to a
        # stump no body is named by ("«Кыым»": no instrumental of a surname "Кы")
    if result:
        out[head] = restore_case(head_word, result[0])
        out[head] = hyphen_pair(morph, head_word, case) or out[head]  # "доме-интернате": дом-интернат
        # "Аргументах и фактах", "Еврейском музее и центре толерантности": a noun joined by "и" in
        # the head's case and number is one more head
        if head + 2 < len(words) and words[head + 1] == "и" and not any(
                w in QUOTES for w in words[head + 1:head + 3]):
            other = _nominative_of(morph, words[head + 2], NOUNISH, case, number)
            if other and other[1].tag.case == case and other[1].tag.number == number and case != "nomn":
                out[head + 2] = restore_case(words[head + 2], other[0])
    gender = head_parse.tag.gender
    for i in range(head):
        possessive = _possessive(morph, words[i], gender, number)
        if possessive:  # "Карловом университете": Карлов, not Карловый
            out[i] = restore_case(words[i], possessive)
            continue
        adj = _nominative_of(morph, words[i], ADJ, case, number, gender) or _surname_nominative(
            morph, words[i], case, number, gender)
        if (not adj or adj[0] == words[i].lower()) and (stem := stem_adjective(words[i], case, number, gender)):
            out[i] = restore_case(words[i], stem)
            continue  # "Ягеллонской библиотеки": Ягеллонская, no surname (org_stem_adjectives)
        if adj:
            inflected = adj[0]
            if gender and number != "plur" and adj[1].tag.gender != gender:
                again = adj[1].inflect({"nomn", gender})
                inflected = again.word if again else inflected
            out[i] = restore_case(words[i], noun_adjective_pair(morph, words[i], case, inflected, number, gender))  # "сада-национального"
    return out


def _singular_adjectives(morph: Morph, words: Sequence[str], case: str) -> bool:
    """Capitalized adjectives before a plural head that read only as singulars in its case: the
    head is shared by coordinated names ("Большого и Мариинского театров"), each one body; the
    lower-case adjectives after them are the head's, plural with it ("Томского и Новосибирского
    государственных университетов")."""
    capitals = sum(1 for _ in itertools.takewhile(lambda w: w[:1].isupper(), words))
    for i, word in enumerate(words):
        readings = [p for p in morph.parse(word) if p.tag.POS in ADJ and p.tag.case == case]
        if not readings or (i < capitals) != (any(p.tag.number == "sing" for p in readings)
                                               and word[:1].isupper()) \
                or i < capitals and any(p.tag.number != "sing" for p in readings):
            return False  # (no capitalized word after the head's own adjectives)
    return capitals > 0


MIN_GUESSED = 3  # the fewest letters of a guessed nominative of a longer word
SECOND_CASES = {"loc2": "loct", "gen2": "gent"}  # "в гвардейском полку": the adjective's locative

POSSESSIVE_ENDS = {"masc": "", "femn": "а", "neut": "о"}


def _possessive(morph: Morph, word: str, gender: str | None, number: str | None) -> str | None:
    """The nominative of a capitalized possessive adjective in -ов/-ев/-ин the dictionary lacks,
    which it guesses as a full adjective in -овый ("Карловом" -> Карлов, "Карловой" -> Карлова);
    None for any other word."""
    if not word[:1].isupper() or morph.is_known(word) or number == "plur" or gender not in POSSESSIVE_ENDS:
        return None
    full = next((p.normal_form for p in morph.parse(word) if p.tag.POS == "ADJF"
                 and p.normal_form.endswith(POSSESSIVE_ADJ)), None)
    return full[:-2] + POSSESSIVE_ENDS[gender] if full else None


def spaced(token) -> bool:
    """A space follows the token: its own, or a whitespace token of its own (a no-break space,
    a tab: "ПАО" + U+00A0 + "«Газпром»" is "ПАО «Газпром»", not "ПАО«Газпром»")."""
    return bool(token.whitespace_) or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_space)


def join_words(words: Sequence[str], spaces: Sequence[bool]) -> str:
    return "".join(w + (" " if s else "") for w, s in zip(words, spaces)).strip()


def normalize_quotes(text: str) -> str:
    """Quotes to «», balanced: 'ООО "Ромашка' -> 'ООО «Ромашка»'.

    A straight quote opens after a space, a bracket or another opening quote,
    and closes otherwise.
    """
    out: list[str] = []
    depth = 0
    for i, ch in enumerate(text):
        if ch not in QUOTES:
            out.append(ch)
            continue
        prev = out[-1] if out else " "
        opens = ch in "«„" or (ch in "\"“" and (prev.isspace() or prev in "(«"))
        if opens:
            out.append("«")
            depth += 1
        elif depth > 0:
            out.append("»")
            depth -= 1
        # else: a closing quote with nothing open is dropped
    return "".join(out) + "»" * depth
