"""Name parts the tagger left apart, joined into one person mention (read by
:func:`rufacts.entities.names_spans.person_spans`):

- a first name and patronymic after a surname the tagger left out or took apart ("Мутко
  Виталия Леонтьевича", "Шойгу Сергея Кужугетовича"): :func:`with_surname_before`;
- initials and the surname beside them tagged apart, or the surname left out ("Кудриным" +
  "А.Л.", "В.В." + "Жириновским"): :func:`with_initials`;
- two given names and two surnames cut after the given names ("Марии Фернанды" + "Эскобар Ривас"):
  :func:`given_pair_with_surnames`; a Spanish or Portuguese given name and a double surname ("Алешандри" +
  "Силвейра Фрейтас"): :func:`iberian_given_with_surnames`.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .names import analyze_name, is_initial
from .name_words import _capitalized, _common_noun, _tagged
from .name_lead_words import FUNCTION_POS
from .name_foreign_women import RUSSIAN_MAN
from .person_splits import SURNAME_ENDS
from .spans import after_dot


def with_surname_before(span: Span, previous: Span | None, morph: Morph) -> Span | None:
    """"Мутко" + "Виталия Леонтьевича", or an untagged "Шойгу" before "Сергея Кужугетовича":
    a first name and patronymic with no surname take the capitalized word just before."""
    if len(span) != 2 or span.start == 0 or not all(_capitalized(t) for t in span):
        return None
    if not any(stem in span[1].text.lower() for stem in PATRONYMIC_STEMS):
        return None  # no patronymic in any case form: skip the costly analysis
    alone = analyze_name(morph, [t.text for t in span])
    if alone.last is not None or alone.first is None or alone.middle is None \
            or not alone.middle.lower().endswith(PATRONYMIC_ENDS):
        return None
    word = span.doc[span.start - 1]
    double = _double_surname(morph, word)  # "Петросян-Манукян Элина Робертовна", tagged a place
    if not (_capitalized(word) or double) or word.is_sent_start and not double and (  # "При Евгении Викторовне"
            _common_noun(morph, word.text) or morph.parse(word.text)[0].tag.POS in FUNCTION_POS):
        return None
    if previous is not None and previous.end == span.start and (
            len(previous) != 1 or previous.label_ != "PER" and not (double or surname_like(morph, word.text))):
        return None  # a one-word organization may be a surname misread ("Котяков Антон Олегович")
    before = span.doc[span.start - 2] if span.start > 1 else None
    if before is not None and before.lemma_.lower() in load_list("kin_words.txt"):
        return None  # "вдова Ельцина Наина Иосифовна": the surname is the husband's
    whole = analyze_name(morph, [word.text] + [t.text for t in span])
    if whole.last is None or whole.first != alone.first or whole.middle != alone.middle:
        return None
    if previous is not None and previous.end == span.start:  # tagged apart: of one gender
        lone = analyze_name(morph, [word.text])
        if lone.gender is not None and whole.gender is not None and lone.gender != whole.gender \
                and not _tied_reading(lone, whole) and not _woman_reading(lone, whole) and not (double and whole.last in lone.last_options
                         and not (whole.gender == "femn" and word.text.lower().endswith(RUSSIAN_MAN))):
            return None  # (a double surname whose reading alone has the whole's: "Иванова-Петрова Анна")
    return Span(span.doc, span.start - 1, span.end, label="PER")


def _tied_reading(lone, whole) -> bool:
    """The surname alone reads the whole name's surname and gender as likely as its best reading: a
    case both genders spell ("Бобровникову", a man's dative and a woman's accusative, before "Марину
    Андреевну")."""
    best = max((c[0] for c in lone.candidates), default=None)
    return best is not None and any(c[0] >= best and c[3] == whole.last and c[4] == whole.gender
                                    for c in lone.candidates)


def _woman_reading(lone, whole) -> bool:
    """A woman's first name and patronymic after a surname that reads as hers too, though less likely
    than a man's: "Кудрявцева Наталья Олеговна" (a man's genitive "Кудрявцева" is likelier alone),
    "Ильиных Татьяну Сергеевну" (indeclinable); the surname-first order of official lists."""
    return whole.gender == "femn" and any(c[3] == whole.last and c[4] in ("femn", None)
                                          for c in lone.candidates)


def _double_surname(morph: Morph, token) -> bool:
    """A hyphenated word of two capitalized parts, each a surname by its ending or the dictionary's
    tag, or a word it does not know ("Петросян-Манукян", "Иванова-Петрова"); not a place's name
    ("Петропавловск-Камчатский")."""
    parts = token.text.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) and all(
        surname_like(morph, p) or not morph.is_known(p.lower()) for p in parts)


def surname_like(morph: Morph, word: str) -> bool:
    return not word.isupper() and (word.lower().endswith(SURNAME_ENDS) or _tagged(morph, word, "Surn"))


PATRONYMIC_ENDS = ("ич", "вна", "ична", "инична", "оглы", "кызы")  # also "Ильич", "Кузьмич", "Лукич"
# what every case form of those endings contains ("Леонтьевича", "Иосифовной", "Ильиничне", "Ильичом")
PATRONYMIC_STEMS = ("ич", "вн", "оглы", "кызы")


def initials_only(span: Span) -> bool:
    """"А.Л", "В. В", "Дж.": capital letters (or initials of lexicons/name_initials_multi.txt) and dots only."""
    letters = [t.text for t in span if t.text != "."]
    return bool(letters) and all(is_initial(x) for x in letters)


def with_initials(span: Span, previous: Span | None, covered: set[int]) -> tuple[Span, bool] | None:
    """Initials the tagger cut off their surname ("Кудриным" + "А.Л", "В.В" + an untagged
    "Жириновским"): one mention. Returns the span and whether it replaces ``previous``."""
    doc = span.doc
    lone = previous is not None and previous.label_ == "PER" and len(previous) == 1 \
        and _capitalized(previous[0])
    if initials_only(span):
        if lone and previous.end == span.start:  # "Кудриным А.Л."
            return Span(doc, previous.start, span.end, label="PER"), True
        j = after_dot(doc, span.end)
        if j < len(doc) and j not in covered and _capitalized(doc[j]) and not doc[j].is_sent_start:
            return Span(doc, span.start, j + 1, label="PER"), False  # "В.В. Жириновским"
    elif len(span) == 1 and _capitalized(span[0]) and previous is not None \
            and previous.label_ == "PER" and initials_only(previous) \
            and after_dot(doc, previous.end) == span.start:
        return Span(doc, previous.start, span.end, label="PER"), True  # "В.В." + "Жириновским"
    return None


# lower-case particles inside a Spanish or Portuguese surname ("Рамирес де Арельяно")
SURNAME_PARTICLES = frozenset({"де", "дель", "да", "дос", "душ", "даш", "и", "ла"})


def given_pair_with_surnames(a: Span, b: Span, morph: Morph) -> Span | None:
    """"Марии Фернанды" + "Эскобар Ривас" -> one mention: two given names the dictionary knows, and
    right after them two capitalized words no first name reads (a woman's Spanish surnames stand
    unchanged, and the tagger cuts the name there), which the four read as a compound first name and
    a pair of surnames; also one surname ("Марией Луисой" + "Рамирес") or two with a particle
    between them ("Марией Эленой" + "Рамирес де Арельяно")."""
    if b.start != a.end or len(a) != 2 or len(b) not in (1, 2, 3) or not all(_capitalized(t) for t in (*a, b[0], b[-1])):
        return None
    if len(b) == 3 and b[1].text not in SURNAME_PARTICLES:  # "Марией Эленой" + "Рамирес де Арельяно"
        return None
    from .name_readings import _readings

    given = [{r.case for r in _readings(morph, t.text) if r.role == "first" and r.weight >= 1.0} for t in a]
    # (beside one surname, or two with a particle, a first name of the other gender only does not
    # count: "Рамирес", a Brazilian man's name, is no woman's after "Марией Луисой")
    genders = {r.gender for t in a for r in _readings(morph, t.text) if r.role == "first" and r.weight >= 1.0} \
        if len(b) != 2 else None
    if not given[0] & given[1] or any(r.role == "first" and r.weight >= 1.0
                                      and (genders is None or r.gender in genders or r.gender is None)
                                      for t in b for r in _readings(morph, t.text)):
        return None
    whole = analyze_name(morph, [t.text for t in (*a, *b)])
    if whole.first is None or whole.middle is not None or whole.last is None \
            or len(whole.first.split()) != 2 or len(whole.last.split()) != len(b):
        return None
    return Span(a.doc, a.start, b.end, label="PER")


def iberian_given_with_surnames(a: Span, b: Span, morph: Morph) -> Span | None:
    """"Алешандри" + "Силвейра Фрейтас", "Жуана" + "Гомеша Кравинью" -> one mention: a Spanish or
    Portuguese given name of the lexicons alone, and right after it two surnames (or two with a particle
    between them) no given name reads, which the whole reads as that given name and a double surname."""
    from .name_hispanic import iberian_given_word
    from .name_readings import _readings

    if b.start != a.end or len(a) != 1 or len(b) not in (2, 3) or not all(_capitalized(t) for t in (a[0], b[0], b[-1])):
        return None
    if len(b) == 3 and b[1].text not in SURNAME_PARTICLES:
        return None
    if not iberian_given_word(a[0].text, _readings(morph, a[0].text)) or any(
            iberian_given_word(t.text, _readings(morph, t.text)) or any(
                r.role == "first" and r.weight >= 1.0 for r in _readings(morph, t.text)) for t in (b[0], b[-1])):
        return None
    alone = analyze_name(morph, [a[0].text])
    firsts = {c[1] for c in alone.candidates if c[1] and not c[2] and not c[3]}
    whole = analyze_name(morph, [t.text for t in (*a, *b)])
    if whole.first not in firsts or whole.middle is not None or whole.last is None \
            or len(whole.last.split()) != len(b):
        return None
    return Span(a.doc, a.start, b.end, label="PER")


def second_surname_after_given_pair(a: Span, b: Span, morph: Morph) -> Span | None:
    """"Пабло Эмилио Эскобара" + "Гавирии" -> one mention: two Spanish or Portuguese given names of the
    lexicons and a surname, and right after them one capitalized word no given name reads, which the
    four read as the same given names and a double surname in one case (the tagger cuts a genitive
    chain there, as if the last word were a possessor of its own)."""
    from .name_hispanic import iberian_given_word
    from .name_readings import _readings

    if b.start != a.end or len(a) != 3 or len(b) != 1 or not all(_capitalized(t) for t in (*a, *b)):
        return None
    if not all(iberian_given_word(t.text, _readings(morph, t.text)) for t in a[:2]) or iberian_given_word(
            b[0].text, _readings(morph, b[0].text)) or any(
            r.role == "first" and r.weight >= 1.0 for r in _readings(morph, b[0].text)):
        return None
    alone = analyze_name(morph, [t.text for t in a])
    whole = analyze_name(morph, [t.text for t in (*a, *b)])
    if alone.last is None or alone.middle is not None or whole.first != alone.first or whole.middle is not None \
            or not (whole.last or "").startswith(alone.last + " ") or len(whole.last.split()) != 2:
        return None
    return Span(a.doc, a.start, b.end, label="PER")


def surname_then_given(a: Span, b: Span, alone, morph: Morph) -> Span | None:
    """"Шевцова" + "Анна" -> one mention (second36p): a surname alone (``alone``, its reading) of a
    Russian surname's ending or the dictionary's, right before a given name alone it tags so, which the two read as one inverted
    name of that surname and given name ("назначена директором Шевцова Анна": Анна Шевцова); not a
    given name's other person after a surname in another case ("Петрову Анна передала": no one reading)."""
    if len(a) != 1 or len(b) != 1 or b.start != a.end or alone.last is None or alone.first is not None \
            or alone.middle is not None or not (_capitalized(a[0]) and _capitalized(b[0])) \
            or not surname_like(morph, a[0].text) or not _tagged(morph, b[0].text, "Name"):
        return None
    given = analyze_name(morph, [b[0].text])
    if given.first is None or given.last is not None:
        return None
    whole = analyze_name(morph, [a[0].text, b[0].text])
    if whole.first != given.first or whole.last not in (alone.last, *alone.last_options) or whole.middle is not None:
        return None
    return Span(a.doc, a.start, b.end, label="PER")
