"""Long descriptive names of international bodies the tagger or the remit rules cut short (w297).

- :func:`named_remits`: a name opened by a capitalized adjective that ends in a lower-case noun
  (its head or the genitive of its members or field) takes in the "по" remit after it, as a body
  noun's name does (``bodies.grow_complements``, which refuses a topic): "Межправительственной
  группы экспертов" + "по изменению климата", "Азиатско-Тихоокеанский альянс" + "по управлению";
  so does a name ending with a listed owner (``lexicons/owned_body_owners.txt``) before "по" and
  abbreviations joined by a slash ("Объединённой программы ООН" + "по ВИЧ/СПИДу"); and a remit
  whose first noun is a topic word (``lexicons/body_complements.txt``: "по оценке") coordinated
  with a second one ("по оценке и координации": no adverbial goes on with "и"). Not the topic of
  the noun before the name (``org_topic_tails.topic_tail``: "отчётом Счётной палаты по исполнению
  бюджета"), but after an owner or a body's members the remit is the body's ("Представитель
  Объединённой программы ООН по ВИЧ/СПИДу", "Доклад Межправительственной группы экспертов по ...").
- :func:`governed_fields`: a name ending with its head, or with the verbal noun of its field, and
  that noun's object after the preposition it governs (``lexicons/remit_governed.tsv``,
  "реагирование	на"): "Центральный фонд" + "реагирования на чрезвычайные ситуации".
- :func:`frame_tails`: a name ending in its remit or its owner takes in a frame "в" + a noun of
  ``lexicons/remit_frame_nouns.tsv`` in the locative and what the noun needs ("в области
  ликвидации последствий бедствий", "в случае бедствий", "в чрезвычайных ситуациях", "в
  строительстве"); a name ending in its field's lower-case genitive chain takes in a frame of an
  adjective and its noun ("Комитет государственной инспекции" + "в агропромышленном комплексе").
  So does a remit ending in a lower-case noun with "в" + a part of the world, its scope
  (``lexicons/org_scope_regions.txt``: "... по безопасности и сотрудничеству" + "в Европе",
  "... для развития капиталовложений" + "в Африке"), or a country (``lexicons/org_scope_countries.txt``)
  where the name has no owner after its head ("Совет по контролю за крикетом" + "в Индии"; not
  "Детский фонд ООН в Йемене").
- :func:`predicate_cuts`: a name whose last word is the clause's only predicate gives it back
  ("Международного агентства по атомной энергии" + "прибыли на Запорожскую АЭС": "прибыли" is no
  genitive of "прибыль" there).

Not over words another entity holds. Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list, load_rows
from .bodies import grow_complements, longest_by_start
from .org_remit_objects import _governed
from .org_remit_tails import _owner_length
from .org_topic_tails import topic_tail

MAX_ADJECTIVES = 3
MAX_GENITIVES = 5  # "ликвидации последствий стихийных бедствий"
PREP_CASE = {"на": "accs", "к": "datv", "с": "ablt", "со": "ablt", "за": "ablt", "над": "ablt"}


@lru_cache(maxsize=1)
def _frames() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("remit_frame_nouns.tsv") if len(row) > 1}


def _reads(token: Token, pos: str, case: str, number: str | None = None) -> bool:
    """Some dictionary reading of ``token`` is ``pos`` in ``case`` (and ``number``)."""
    cases = {case, "loc2"} if case == "loct" else {case, "gen2"} if case == "gent" else {case}
    return any(p.tag.POS == pos and p.tag.case in cases and (number is None or p.tag.number == number)
               for p in get_morph().parse(token.lower_))


def _word(token: Token) -> bool:
    return token.is_alpha and token.is_lower


def _free(spans: list[Span], span: Span, end: int, places: bool = False) -> bool:
    """No other entity holds a word between the span's end and ``end`` (but a place within them,
    where ``places``: it stays a place of its own)."""
    return not any(s is not span and s.start < end and s.end > span.end
                   and not (places and s.label_ == "LOC" and s.start >= span.end and s.end <= end) for s in spans)


def _grown(doc: Doc, spans: list[Span], ends: dict[int, int]) -> list[Span]:
    if not ends:
        return spans
    out = [Span(doc, s.start, ends[k], label="ORG") if k in ends else s for k, s in enumerate(spans)]
    return sorted(out, key=lambda s: (s.start, -s.end))


def _genitives(doc: Doc, j: int, number: str | None = None) -> int:
    """End of a lower-case genitive group from ``doc[j]`` (adjectives, nouns, "и" between nouns),
    ending in a noun (a plural one where ``number`` says so); ``j`` where there is none."""
    end, k = j, j
    while k < len(doc) and k - j < MAX_GENITIVES:
        t = doc[k]
        if _word(t) and (_reads(t, "NOUN", "gent") or _reads(t, "ADJF", "gent")):
            k += 1
            if _reads(t, "NOUN", "gent", number) and t.pos_ == "NOUN":
                end = k
        elif t.lower_ == "и" and end == k and k > j:
            k += 1
        else:
            break
    return end


def _abbreviations(doc: Doc, j: int) -> int:
    """End of abbreviations joined by slashes from ``doc[j]`` ("ВИЧ/СПИДу"); ``j`` where none."""
    end = j
    while end < len(doc) and doc[end].is_alpha and len(doc[end]) > 1 and doc[end].text[:2].isupper():
        end += 1
        if not (end + 1 < len(doc) and doc[end].text == "/" and not doc[end].whitespace_
                and not doc[end - 1].whitespace_):
            break
        end += 1
    return end if end > j and doc[end - 1].text != "/" else j


def _capital_name(span: Span) -> bool:
    return len(span) >= 2 and span[0].text[:1].isupper() and span[0].pos_ == "ADJ"


def _remit_end(doc: Doc, span: Span, entities: dict[int, Span]) -> int:
    """End of the "по" remit after ``span``; ``span.end`` where none is read."""
    i = span.end
    if i + 2 < len(doc) and doc[i + 1].lower_ == "по" and _word(doc[i]) and doc[i].pos_ == "NOUN" \
            and _reads(doc[i], "NOUN", "gent", "plur") and _capital_name(span):
        i += 1  # its members: "Межправительственной группы" + "экспертов" + "по изменению климата"
    if i + 1 >= len(doc) or doc[i].lower_ != "по":
        return span.end
    end, _ = grow_complements(doc, i, entities)
    if end > i:
        return end
    slash = _abbreviations(doc, i + 1)
    if slash > i + 1 and "/" in doc[i + 1:slash].text:
        return slash  # "по ВИЧ/СПИДу"
    first = doc[i + 1]
    if _word(first) and first.pos_ == "NOUN" and folded_lemma(first) in load_list("body_complements.txt") \
            and _reads(first, "NOUN", "datv") and i + 3 < len(doc) and doc[i + 2].lower_ == "и" \
            and _word(doc[i + 3]) and _reads(doc[i + 3], "NOUN", "datv"):
        return _genitives(doc, i + 4) if _genitives(doc, i + 4) > i + 4 else i + 4  # "по оценке и координации"
    return span.end


def named_remits(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each capitalized descriptive name grown over its "по" remit."""
    entities = longest_by_start(spans)
    ends = {}
    for k, span in enumerate(spans):
        if span.label_ != "ORG" or span.end + 2 >= len(doc) or "по" not in (doc[span.end].lower_, doc[span.end + 1].lower_) \
                or not span[0].text[:1].isupper() or any(t.lower_ in ("по", "для") for t in span):
            continue
        last = span[-1]
        if not (_capital_name(span) and _word(last) and last.pos_ == "NOUN"
                or _owner_length(doc, span.start, span.end) is not None):
            continue
        owned = _owner_length(doc, span.start, span.end) is not None  # "Программы ООН" + "по ...": the body's
        members = _word(doc[span.end - 1]) and _reads(doc[span.end - 1], "NOUN", "gent", "plur") \
            or doc[span.end].lower_ != "по"  # "группы экспертов" + "по ...": what the members do
        if not owned and not members and topic_tail(doc, span):
            continue  # "отчётом Счётной палаты по исполнению бюджета": the report's topic
        end = _remit_end(doc, span, entities)
        if end > span.end and _free(spans, span, end):
            ends[k] = end
    return _grown(doc, spans, ends)


def _object_end(doc: Doc, j: int, prep: str) -> int:
    """End of the object of ``prep`` at ``doc[j]`` on: lower-case adjectives and a noun in the
    case it governs, a genitive group after it; ``j`` where none."""
    case = PREP_CASE.get(prep)
    k = j + 1
    while k < len(doc) and k - j <= MAX_ADJECTIVES and _word(doc[k]) and _reads(doc[k], "ADJF", case):
        k += 1
    if case is None or k >= len(doc) or not _word(doc[k]) or not _reads(doc[k], "NOUN", case):
        return j
    return max(k + 1, _genitives(doc, k + 1))


def governed_fields(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each capitalized name grown over its field's verbal noun and its object."""
    governed = _governed()
    ends = {}
    for k, span in enumerate(spans):
        if span.label_ != "ORG" or not _capital_name(span) or span.end + 2 >= len(doc) \
                or any(t.lower_ in ("по", "для") for t in span):
            continue
        noun, at = span[-1], span.end
        if folded_lemma(noun) not in governed and _word(doc[at]) and doc[at].pos_ == "NOUN" \
                and folded_lemma(doc[at]) in governed and _reads(doc[at], "NOUN", "gent"):
            noun, at = doc[at], at + 1  # "Центральный фонд" + "реагирования"
        prep = doc[at].lower_ if at < len(doc) else ""
        if not _word(noun) or prep not in governed.get(folded_lemma(noun), ()) or prep not in PREP_CASE:
            continue
        end = _object_end(doc, at, prep)
        if end > at and _free(spans, span, end):
            ends[k] = end
    return _grown(doc, spans, ends)


def _frame_end(doc: Doc, i: int) -> int:
    """End of "в" + a frame at ``doc[i]``; ``i`` where there is none."""
    if i + 2 >= len(doc) or doc[i].lower_ not in ("в", "во"):
        return i
    k = i + 1
    while k < len(doc) and k - i <= MAX_ADJECTIVES and _word(doc[k]) and doc[k].pos_ == "ADJ":
        k += 1
    if k >= len(doc) or not _word(doc[k]) or not _reads(doc[k], "NOUN", "loct"):
        return i
    need = _frames().get(folded_lemma(doc[k]))
    if need == "adjective":
        return k + 1 if k > i + 1 and all(_reads(t, "ADJF", "loct") for t in doc[i + 1:k]) else i
    if need == "alone":  # "в строительстве"; not "в спорте высших достижений" (a phrase of its own)
        return k + 1 if k == i + 1 and _genitives(doc, k + 1) == k + 1 \
            and not (k + 1 < len(doc) and _word(doc[k + 1]) and _reads(doc[k + 1], "ADJF", "gent")) else i
    if need is None or k > i + 1:
        return i
    end = _genitives(doc, k + 1, "plur" if need == "plural" else None)
    if end == k + 1 and need == "genitive" and k + 1 < len(doc) and doc[k + 1].is_upper \
            and doc[k + 1].is_alpha and len(doc[k + 1]) > 1:
        end = k + 2  # "в сфере" + "ЖКХ": a field's abbreviation (orgextent42)
    return end if end > k + 1 else i


def _scope_end(doc: Doc, i: int, countries: bool = False) -> int:
    """End of "в" + a part of the world (``lexicons/org_scope_regions.txt``), or, with ``countries``,
    a country (``lexicons/org_scope_countries.txt``) at ``doc[i]``; ``i`` where there is none."""
    if doc[i].lower_ not in ("в", "во"):
        return i
    regions = load_list("org_scope_regions.txt")
    if countries:
        regions = regions | load_list("org_scope_countries.txt")
    for n in (3, 2, 1):
        words = doc[i + 1:i + 1 + n]
        if len(words) == n and words[0].text[:1].isupper() and all(t.is_alpha or "-" in t.text for t in words) \
                and _reads(words[-1], "NOUN", "loct") and " ".join(folded_lemma(t) for t in words) in regions:
            return i + 1 + n
    return i


def _field_chain(span: Span) -> bool:
    """The name ends in a lower-case genitive chain of its field after its head ("Комитет
    государственной инспекции"): a frame of a noun with its adjective goes on from it ("в
    агропромышленном комплексе")."""
    return len(span) >= 3 and span[0].text[:1].isupper() and _word(span[-1]) and span[-1].pos_ == "NOUN" \
        and _reads(span[-1], "NOUN", "gent") and _word(span[1])


def frame_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name ending in its remit or its owner grown over a frame after it."""
    ends = {}
    for k, span in enumerate(spans):
        if span.label_ != "ORG" or len(span) < 2 or not span[0].text[:1].isupper() or span.end + 2 >= len(doc):
            continue
        remit = any(t.lower_ in ("по", "для") for t in span[1:]) and (
            _word(span[-1]) or span[-1].text[:2].isupper())
        end = _frame_end(doc, span.end)
        if not remit and _owner_length(doc, span.start, span.end) is None and not (
                end > span.end and _field_chain(span) and _frames().get(folded_lemma(doc[end - 1])) == "adjective"):
            continue
        if end == span.end and remit and _word(span[-1]):
            end = _scope_end(doc, span.end, all(_word(t) or not t.is_alpha for t in span[1:]))
            # "Совещание по взаимодействию и мерам доверия" + "в Азии"; "Совет по контролю за
            # крикетом" + "в Индии" (a country where no owner is named: not "Фонд ООН по ..." + "в Йемене")
        if end > span.end and _free(spans, span, end, places=True):
            ends[k] = end
    return _grown(doc, spans, ends)


def _predicate(token: Token) -> bool:
    """A finite verb the tagger may have read as a noun ("прибыли", "стали")."""
    return any(p.tag.POS == "VERB" and p.tag.mood == "indc" for p in get_morph().parse(token.lower_))


def _finite(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and ("Fin" in token.morph.get("VerbForm") or (
        "Short" in token.morph.get("Variant"))) or token.pos_ == "ADJ" and "Short" in token.morph.get("Variant")


def predicate_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name that took its clause's only predicate cut before it."""
    out, changed = [], False
    for span in spans:
        last = span[-1]
        if span.label_ == "ORG" and len(span) >= 4 and _word(last) and span[0].text[:1].isupper() \
                and any(t.lower_ in ("по", "для") for t in span[1:-1]) and span.end < len(doc) \
                and doc[span.end].is_alpha and _word(doc[span.end - 2]) and doc[span.end - 2].pos_ == "NOUN" \
                and _predicate(last):
            sent = last.sent
            covered = {i for s in spans if s.label_ in ("ORG", "PER") for i in range(s.start, s.end)}
            if not any(_finite(t) for t in sent if t.i not in covered):
                span, changed = Span(doc, span.start, span.end - 1, label="ORG"), True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
