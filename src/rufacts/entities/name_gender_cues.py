"""Gender and case cues of a person mention from the words of its clause that refer back to it (read
in :func:`rufacts.entities.names_group.group_persons`, weighed in :func:`rufacts.entities.name_solutions._solutions`),
where the dictionary alone cannot tell a man's genitive or accusative from a woman's nominative or
accusative ("Гарифуллину", "Ковыршина"):

- :func:`coordinated_object_pronoun`: the object pronoun of a second verb joined by "и" right after the
  name ("восстановить в должности Т. Р. Гарифуллину и выплатить ей компенсацию": hers; "задержали
  Петрова и доставили его в отдел": his); ``"gender:<g>"``;
- :func:`as_phrase`: "как" with an adjective and an animate noun after the name and its verb, or before
  the name in a clause whose relative pronoun has a gender ("Ковыршина знают как осторожного
  управленца"; "бойца, которого опознали как Гайнуллина Ф. Х."); ``"agree:<case>:<gender>"``;
- :func:`topic_pronoun`: the subject pronoun of a "что" clause right after a name the report is about
  ("В отчёте о Халиде аль-Зааби говорится, что он одобрил": his; "о Кайсе Ярви пишут, что она"); a
  subject "он", "она" is taken here only after "о" and the name's verb, with no other name between;
  ``"gender:<g>"``.
"""
from __future__ import annotations

from ..grammars.morph import UD_CASES
from .name_apposition import GENDERS

# object pronouns of one gender after the verb ("его" is also the neuter's, yet after "и" and a
# verb right after a person it is the person)
OBJECT_PRONOUNS = {"ей": "femn", "её": "femn", "ее": "femn", "ему": "masc", "его": "masc"}
RELATIVES = {"которого": ("masc", ("gent", "accs")), "которую": ("femn", ("accs",)),
             "которой": ("femn", ("gent", "datv", "ablt", "loct")), "которому": ("masc", ("datv",))}


def coordinated_object_pronoun(span) -> frozenset[str]:
    """{"gender:<g>"} where "и", a verb and an object pronoun of one gender follow the name."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "." and len(span[-1].text) == 1:
        i += 1  # "Гарифуллину Т. Р. и ...": the last initial's dot
    if i + 2 >= len(doc) or doc[i].lower_ != "и" or doc[i + 1].pos_ not in ("VERB", "AUX"):
        return frozenset()
    gender = OBJECT_PRONOUNS.get(doc[i + 2].lower_)
    return frozenset({f"gender:{gender}"}) if gender else frozenset()


SUBJECT_PRONOUNS = {"он": "masc", "она": "femn"}
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо"})


def topic_pronoun(span) -> frozenset[str]:
    """{"gender:<g>"}: "о <name> <up to three words>, что он|она" within the sentence, no name between."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].lower_ not in TOPIC_PREPOSITIONS:
        return frozenset()
    end = min(span.sent.end, span.end + 6)
    for i in range(span.end, end - 2):
        if doc[i].ent_type_ == "PER" or doc[i].text in (".", ";", ":"):
            return frozenset()
        if doc[i].text == "," and doc[i + 1].lower_ == "что":
            gender = SUBJECT_PRONOUNS.get(doc[i + 2].lower_)
            return frozenset({f"gender:{gender}"}) if gender else frozenset()
    return frozenset()


def as_phrase(span) -> frozenset[str]:
    """{"agree:<case>:<gender>"}: "<name> <verb> как <adj>* <animate noun>" (the noun's oblique case;
    its gender where feminine, a man's noun serving a woman too), or "который ... <verb> как <name>" (the relative pronoun's gender and the verb's
    object's cases)."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == "." and len(span[-1].text) == 1:
        i += 1
    if i < len(doc) and doc[i].pos_ in ("VERB", "AUX"):
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "как":
        cue = _noun_phrase(doc, i + 1)
        if cue:
            return cue
    before = span.start - 1
    if before < 1 or doc[before].lower_ != "как":
        return frozenset()
    for j in range(before - 1, max(span.sent.start, before - 8) - 1, -1):
        relative = RELATIVES.get(doc[j].lower_)
        if relative is not None:
            gender, cases = relative
            return frozenset(f"agree:{c}:{gender}" for c in cases if c in ("gent", "accs"))
        if doc[j].text in (",", ";", "—"):
            break
    return frozenset()


def _noun_phrase(doc, i: int) -> frozenset[str]:
    start = i
    while i < len(doc) and doc[i].pos_ in ("ADJ", "DET") and "Sing" in doc[i].morph.get("Number"):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or "Anim" not in doc[i].morph.get("Animacy") \
            or "Sing" not in doc[i].morph.get("Number"):
        return frozenset()
    gender = GENDERS.get(next(iter(doc[i].morph.get("Gender")), ""))
    cases = {UD_CASES.get(c) for c in doc[i].morph.get("Case")} - {None, "nomn"}
    for adj in doc[start:i]:
        cases &= {UD_CASES.get(c) for c in adj.morph.get("Case")}
    if not gender or not cases:
        return frozenset()
    if gender == "masc" and cases & {"gent", "accs"}:
        cases |= {"gent", "accs"}  # an animate man's accusative is his genitive
    # a man's noun serves a woman too ("Зубкову знают как сильного финансиста"): its case only
    genders = ("masc", "femn") if gender == "masc" else (gender,)
    return frozenset(f"agree:{c}:{g}" for c in cases for g in genders)
