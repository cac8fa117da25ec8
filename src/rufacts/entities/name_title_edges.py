"""The edges of a monarch's or a prince's name read against the title before it (called by
:func:`rufacts.entities.name_honorifics.honorific_spans` on the person spans it has read):

- A title of ``lexicons/name_given_titles.txt`` opening its sentence before one given name the
  dictionary or a lexicon knows ("Королева Сильвия открыла", "Король Карл вручил") is the title, no
  surname spelt alike (Королёв's "Королева"): the span keeps the given name alone. Not before a
  patronymic or an initial ("Королева Наталья Ивановна" of a list is the surname), nor a word the
  dictionary has as a given name ("Султан Ильясов", "Эмир Кустурица").
- A realm's adjective after a given name that follows a royal title ("Принц Гарри
  Сассекский", "принцу Уильяму Уэльскому", "Джордж Кембриджский" after "принц") names the realm, no
  surname: the span ends at the given name, as "герцогиню Сассекскую Меган" is Меган; not after a church
  rank (a bishop's "Ряховский" is a surname) nor a house's hyphenated name ("Карл Габсбург-Лотарингский")
  (docs/gold-conventions.md, titles and sees stay out of the name).

A title's case and gender for the name after it (:func:`title_cue`): "Королева Нидерландов Максима" is a
woman in the nominative (no Максим's genitive), "Папе Римскому Франциску" a man's dative (no
Франциска's accusative).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import UD_CASES, Morph, get_morph
from ..lexicons import load_list
from .name_office_surname import _given_title
from .name_words import _first_name, _hyphenated_cap

# the words between a title and the given name: a see's adjective ("Римскому"), a realm's genitive
# ("Нидерландов", "Лесото"), the links of a see's name
REALM_WORDS = 2
LINKS = frozenset({"и", "всея", "всей"})
CLERICAL = frozenset({"папа", "понтифик", "патриарх", "католикос", "католикос-патриарх", "митрополит",
                      "архиепископ", "епископ", "экзарх", "архиерей", "предстоятель"})
PATRONYMIC_ENDS = ("вич", "вна", "чна", "ична", "вича", "вны", "вне", "вичу", "вичем", "вной")


def _see_adjective(token) -> bool:
    from .name_honorifics import _see_adjective as see
    return see(token)


def _clerical(token, morph: Morph) -> bool:
    """A church rank: after it, a word in -ский may be a see ("архиепископ Лонгин Клинский") or the
    surname of a bishop of another church ("Епископ Сергей Ряховский"); the trim below is for a realm."""
    return token.lower_ in CLERICAL or any(p.normal_form in CLERICAL for p in morph.parse(token.text))


def _opening_title(doc: Doc, span: Span, morph: Morph) -> bool:
    """The span's first word is a given title opening its sentence, before one known given name."""
    if len(span) != 2 or not span[0].is_sent_start or not _given_title(span[0]):
        return False
    if any("Name" in p.tag.grammemes for p in morph.parse(span[0].text)):
        return False  # "Султан Ильясов", "Эмир Кустурица": a given name
    name = span[1]
    if not _hyphenated_cap(name) or not _first_name(morph, name.text):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return not (after is not None and (after.text.endswith(PATRONYMIC_ENDS) and after.text[:1].isupper()
                                       or len(after.text.rstrip(".")) == 1 and after.text[:1].isupper()))


def _title_at(doc: Doc, i: int) -> int:
    """The index of a given title before the word at ``i`` over at most two words of its see or realm
    ("Папе Римскому", "Королева Нидерландов", "королю Лесото"), or -1."""
    j = i - 1
    while j >= 0 and i - j <= REALM_WORDS + 1:
        token = doc[j]
        if _given_title(token):
            return j
        if not (token.lower_ in LINKS or token.text[:1].isupper() and token.is_alpha and not token.is_sent_start):
            return -1
        j -= 1
    return -1


def title_edges(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """Person spans without the title opening them and without a see's adjective after the given name
    (the module's docstring)."""
    from .name_honorifics import _see_title
    out = []
    for span in spans:
        if span.label_ == "PER" and _opening_title(doc, span, morph):
            span = Span(doc, span.start + 1, span.end, label="PER")  # "Королева Сильвия"
        elif span.label_ == "PER" and len(span) >= 2 and _see_adjective(span[-1]) and "-" not in span[-1].text \
                and not _see_adjective(span[-2]) and _hyphenated_cap(span[-2]) \
                and any(_see_title(t, morph) and not _clerical(t, morph)
                        for t in (doc[span.start - 1] if span.start > 0 else None, span[0]) if t is not None):
            span = Span(doc, span.start, span.end - 1, label="PER")  # "Принц Гарри Сассекский"
        out.append(span)
    return out


def _shared_title(doc: Doc, j: int, start: int) -> bool:
    """The title at ``j`` serves more than the name at ``start``: a see's adjective in the plural between
    them, or a title coordinated before it ("герцога и герцогини Кембриджских Уильяма и Кейт": no
    woman's case for Уильям)."""
    if any(doc[k].pos_ == "ADJ" and "Plur" in doc[k].morph.get("Number") for k in range(j + 1, start)):
        return True
    return j >= 2 and doc[j - 1].lower_ == "и" and _given_title(doc[j - 2])


def _paired_title(doc: Doc, span: Span, j: int) -> int | None:
    """The title of one of two given names coordinated after two coordinated titles, in their order
    ("герцога и герцогини Кентских Эдуарда и Катарины": the duke's for Эдуарда, the duchess's for
    Катарины), each name of one word; None else."""
    if len(span) != 1:
        return None
    if j >= 2 and doc[j - 1].lower_ == "и" and _given_title(doc[j - 2]) \
            and span.end + 1 < len(doc) and doc[span.end].lower_ == "и" and doc[span.end + 1].text[:1].isupper():
        return j - 2
    if span.start >= 3 and doc[span.start - 1].lower_ == "и" and doc[span.start - 2].text[:1].isupper():
        k = _title_at(doc, span.start - 2)
        if k >= 2 and doc[k - 1].lower_ == "и" and _given_title(doc[k - 2]):
            return k
    return None


def paired_title(span: Span) -> bool:
    """One of two given names after two coordinated titles (:func:`_paired_title`): its own title's
    gender, not the other's, agrees with it (read by :func:`rufacts.entities.names_group.name_hints`)."""
    return _paired_title(span.doc, span, _title_at(span.doc, span.start)) is not None


def title_cue(span: Span) -> frozenset[str]:
    """{"agree:<case>:<gender>"} of a given title before the name, over its see or realm: the title's
    cases (its dictionary readings the tagger's case allows) and its gender; a man's title serves no
    woman, a woman's no man ("Королева Нидерландов Максима": Максима; "Папе Римскому Франциску":
    Франциск)."""
    doc = span.doc
    j = _title_at(doc, span.start)
    paired = _paired_title(doc, span, j)
    if paired is not None:
        j = paired  # "герцога и герцогини Кентских Эдуарда и Катарины": Эдуард the duke's, Катарина the duchess's
    elif j < 0 or _shared_title(doc, j, span.start):
        return frozenset()
    title = doc[j]
    titles = load_list("name_given_titles.txt")
    parses = [p for p in get_morph().parse(title.text.lower()) if p.normal_form in titles
              and p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and p.tag.gender in ("masc", "femn")]
    tagged = {UD_CASES.get(c) for c in title.morph.get("Case")} - {None}
    cues = {(p.tag.case, p.tag.gender) for p in parses if not tagged or p.tag.case in tagged}
    if not cues:
        cues = {(p.tag.case, p.tag.gender) for p in parses}
    out = {"onlynomn"} if {case for case, _g in cues} == {"nomn"} else set()  # "Королева ... Максима"
    if paired is not None:
        out.add("titlefirst")  # "... Эдуарда и Катарины": each a given name, as after a title of its own
    for case, gender in cues:
        case = {"accs": "accs", "gen2": "gent", "loc2": "loct"}.get(case, case)
        out.add(f"agree:{case}:{gender}")
        if case == "accs" and gender == "masc":
            out.add("agree:gent:masc")
    return frozenset(out)
