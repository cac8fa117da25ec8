"""A quoted name with no descriptor after a preposition of a topic, a cause, a party's side or a
reference ("спорили о «Бруснике»", "о «Красном Октябре»", "по «Магниту» ударила инфляция", "рынок
следит за «Магнитом»", "благодаря «Северстали»", "вокруг «Мечела»") is an organization where its
words read in an oblique case the preposition governs (``lexicons/name_context.tsv``, the table the
person names use), used by :func:`rufacts.entities.quoted.slot` where the tagger found nothing.
"в"/"на" (a place of work) and the prepositions of dealings with a party ("с", "у", "для",
"против") have their own rules there; "из", "под", "после", "через", "про" open no slot here:
"из «Матросской тишины»" is a prison, "под «Лебединое озеро»" a ballet, "после «Титаника»" a film.

A work's, a show's or an event's noun or verb within three words before the preposition makes the
name that thing's title ("фильм о «Титанике»", "роль в фильме по «Мастеру и Маргарите»", "звуковое
сопровождение к «Золотой лихорадке»": ``lexicons/quoted_title_cues.txt``, ``work_title_heads.txt``,
``event_heads.txt``, ``quoted_work_companions.txt``), and so does a noun
of a thing, a case or an event among the name's own words ("о «Крымском мосте»", "по «Делу
Кировлеса»": ``lexicons/quoted_thing_heads.txt``).

The prepositions of dealings with a party (:data:`rufacts.entities.quoted.PARTY_PREPS`) take a name
that reads in a case they govern though the same letters also spell a nominative plural ("у
«Брусники»", "для «Ленты»": :func:`governed_oblique`).

The name's nominative then comes from :mod:`.org_case` like any quoted name's after a preposition; a
word the analyzer reads in the slot's case only as a plural ("с «Россетями»") is a plural name, no
singular of the declension table (:func:`plural_only`).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..grammars.morph import Morph
from ..lexicons import load_list
from .names_group import governed_cases

# closed class: the prepositions whose quoted complement this rule reads ("из-за" as one token or three)
TOPIC_PREPS = frozenset({"о", "об", "обо", "по", "к", "ко", "благодаря", "вопреки", "за", "перед", "передо",
                         "вокруг", "без", "кроме", "вместо", "ради", "помимо", "насчёт", "насчет", "из-за"})
DATIVE_PREPS = frozenset({"к", "ко"})  # closed class: governing the dative alone
OWN_CASES = {"из-за": ("gent",), "насчет": ("gent",)}
TITLE_CUE_FILES = ("quoted_title_cues.txt", "work_title_heads.txt", "event_heads.txt",
                   "quoted_work_companions.txt")
CUE_REACH = 3
PERSONAL = frozenset({"Name", "Surn", "Patr"})


def _preposition(doc: Doc, k: int) -> tuple[str, int] | None:
    """The preposition of this rule ending at ``doc[k]`` and its first token ("из-за" may be split
    into "из", "-", "за")."""
    low = doc[k].lower_
    if low == "за" and k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "из":
        return "из-за", k - 2
    if low in TOPIC_PREPS and doc[k].pos_ == "ADP":
        return low, k
    return None


@lru_cache(maxsize=1)
def _title_cues() -> frozenset[str]:
    return frozenset().union(*(load_list(name) for name in TITLE_CUE_FILES))


def is_title_cue(token) -> bool:
    """A noun or verb of a work, a show or an event (the lexicons of :data:`TITLE_CUE_FILES`)."""
    lemma = token.lemma_.lower()
    return lemma.replace("ё", "е") in _title_cues() or lemma in _title_cues()


def _title_cue(doc: Doc, start: int, cue=None) -> bool:
    """A title cue within ``CUE_REACH`` words before ``doc[start]``, none in the "на" phrase of a right
    (``lexicons/org_rights_nouns.txt``: "права на показ сериала отошли к «Экспоненте»": the series is the
    right's object, the quoted name the party the right goes to)."""
    first = max(start - CUE_REACH, 0)
    rights = [r for r in range(max(first - 2, 0), start - 1) if doc[r].lower_ != "на" and doc[r + 1].lower_ == "на"
              and doc[r].lemma_.lower() in load_list("org_rights_nouns.txt")]
    cue = cue or is_title_cue
    return any(cue(doc[m]) for m in range(first, start) if not any(r < m for r in rights))


def quoted_cue_before(doc: Doc, k: int) -> bool:
    """A noun of ``lexicons/quoted_title_cues.txt`` within three words before ``doc[k]``, none in a
    right's "на" phrase (:func:`_title_cue`)."""
    cues = load_list("quoted_title_cues.txt")
    return _title_cue(doc, k, lambda t: t.lemma_.lower() in cues)


def _thing(morph: Morph, inner) -> bool:
    heads = load_list("quoted_thing_heads.txt")
    return any(t.lemma_.lower() in heads or any(p.tag.POS == "NOUN" and p.normal_form in heads
                                                for p in morph.parse(t.text))
               for t in inner if t.is_alpha)


def topic_slot(doc: Doc, k: int, j: int, cases: set[str], morph: Morph) -> bool:
    """Whether the quoted name ``doc[k+2:j]`` right after ``doc[k]``, whose words may stand in
    ``cases`` (:func:`rufacts.entities.quoted._cases`; empty for a name that does not decline), is in
    the oblique slot of a preposition of :data:`TOPIC_PREPS` and no work's title. A nominative
    reading among ``cases`` says nothing: no nominative follows a preposition ("вокруг «Брусники»")."""
    if k < 0:
        return False
    found = _preposition(doc, k)
    if found is None:
        return False
    prep, start = found
    if prep in DATIVE_PREPS and cases == {"loct"} and doc[j - 1].lower_.endswith("е"):
        cases = {"datv"}  # "к «Экспоненте»": no locative after "к", the -е of a dative in -а the analyzer lacks
    if cases and not (governed_oblique(prep, cases) or prep in OWN_CASES and cases & set(OWN_CASES[prep])):
        return False
    return not _title_cue(doc, start) and not _thing(morph, doc[k + 2:j])


def governed_oblique(prep: str, cases: set[str]) -> bool:
    """Whether a name whose words may stand in ``cases`` reads in an oblique case ``prep`` governs
    (``lexicons/name_context.tsv``): "у «Брусники»", "для «Ленты»" are genitives whatever nominative
    plural the same letters spell, since no nominative follows a preposition."""
    governed = set(governed_cases().get(prep, ())) - {"nomn", "accs"}
    return bool(cases & governed)


def plural_only(morph: Morph, word: str, cases) -> bool:
    """Whether the analyzer reads ``word`` as a noun in one of ``cases`` (no person's name) only in
    the plural ("Россетями", "Россетям": a plural name whose singular no one writes)."""
    readings = [p for p in morph.parse(word) if p.tag.POS == "NOUN" and p.tag.case in cases
                and not PERSONAL & p.tag.grammemes]
    return bool(readings) and all(p.tag.number == "plur" for p in readings)

