"""Lexicons of the sector-count grammar, read once from data files under ``rufacts/lexicons/``.

:func:`lexicon` reads the counted nouns (:mod:`.sector_nouns`), ``sector_makers.txt``, ``sector_adjectives.tsv``,
``sector_heads.tsv``, ``sector_markers.tsv``, ``sector_cues.tsv`` and ``sector_stopwords.txt``
into one :class:`Lexicon` (moved here from ``sector_words``, which re-exports it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import razdel

from ..lexicons import load_list
from .sector_nouns import Objects, written

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


# --- lexicons --------------------------------------------------------------

def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of ``lexicons/<name>``; ``#`` starts a comment."""
    text = resources.files("rufacts").joinpath("lexicons", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Marker:
    """A row of ``sector_markers.tsv`` (lemmas sharing preposition, case and phrase kind)."""

    kind: str                      # field | verb | pp
    lemmas: frozenset[str]
    prepositions: tuple[str, ...]  # empty: none
    case: str                      # case of the sector phrase
    headed: bool                   # the phrase's head must be a sector noun


@dataclass(frozen=True)
class Lexicon:
    """Everything the sector grammar reads from data files."""

    objects: Objects                 # ``lemma in objects``: written lemmas and compounds
    makers: frozenset[str]
    adjectives: dict[str, str]       # adjective lemma or "prefix-" -> sector
    heads: frozenset[str]
    generic_heads: frozenset[str]   # need a modifier: "пищевой отрасли", not "отрасли"
    plural_heads: frozenset[str]
    suffix_heads: frozenset[str]    # heads only as the end of a noun: "вагоностроение"
    adjectival_heads: frozenset[str]  # heads only after a sector adjective: "гостиничного бизнеса"
    kinds: dict[str, frozenset[str]]  # adjective -> objects it only classifies
    stopwords: frozenset[str]
    markers: tuple[Marker, ...]
    cues: dict[str, tuple[tuple[str, ...], ...]]  # kind -> phrases as word tuples
    scales: dict[str, int]           # abbreviation -> value ("тыс" -> 1000)
    fields: frozenset[str]           # field nouns of markers: сфера, область, ...
    headed_fields: frozenset[str]    # those whose phrase needs a sector head: доля
    verbs: frozenset[str]            # verbs of markers: выпускать, заниматься, разводить

    #: kind -> its first words, made once (the readers ask for them in every sentence)
    _first: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False,
                                              compare=False)

    def first_words(self, kind: str) -> frozenset[str]:
        """The first words of the cues of one kind (one-word cues: their lemmas)."""
        found = self._first.get(kind)
        if found is None:
            found = self._first[kind] = frozenset(cue[0] for cue in self.cues.get(kind, ()))
        return found

    def fields_after(self, preposition: str) -> frozenset[str]:
        """The field nouns said after one preposition ("в" -> сфера, область, отрасль, ...:
        "в сфере X"), from the ``field`` rows of ``sector_markers.tsv``."""
        return frozenset().union(*(m.lemmas for m in self.markers
                                   if m.kind == "field" and preposition in m.prepositions))


def cue_words(phrase: str) -> tuple[str, ...]:
    """'в т.ч.' -> ('в', 'т', 'ч'): the words of a cue as matched (no dots, lower case)."""
    words = [t.text.lower() for t in razdel.tokenize(phrase)]
    return tuple(w for w in words if w != ".")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    groups: dict[tuple, set[str]] = {}
    for row in _rows("sector_markers.tsv"):
        kind, lemma, preps, case, phrase = row
        if kind not in ("field", "verb", "pp") or case not in CASES or phrase not in ("any",
                                                                                    "head"):
            raise ValueError(f"sector_markers.tsv: bad row {row!r}")
        key = (kind, tuple(p for p in preps.split(",") if p != "-"), case, phrase == "head")
        groups.setdefault(key, set()).add(lemma.lower())
    markers = tuple(Marker(k, frozenset(v), p, c, h) for (k, p, c, h), v in groups.items())
    cues: dict[str, list[tuple[str, ...]]] = {}
    scales: dict[str, int] = {}
    for row in _rows("sector_cues.tsv"):
        if row[0] == "scale":
            scales[row[1].lower()] = int(row[2])
        else:
            cues.setdefault(row[0], []).append(cue_words(row[1]))
    heads = _rows("sector_heads.tsv")
    return Lexicon(
        objects=Objects(written()),  # the counted-noun test (sector_nouns)
        makers=load_list("sector_makers.txt"),
        adjectives={row[0].lower(): row[1] for row in _rows("sector_adjectives.tsv")},
        kinds={row[0].lower(): frozenset(row[2].removeprefix("not:").split(","))
               for row in _rows("sector_adjectives.tsv") if len(row) > 2},
        heads=frozenset(row[0].lower() for row in heads if row[1:] not in (["suffix"],
                                                                            ["adjectival"])),
        adjectival_heads=frozenset(row[0].lower() for row in heads
                                   if row[1:] == ["adjectival"]),
        suffix_heads=frozenset(row[0].lower() for row in heads if row[1:] == ["suffix"]),
        generic_heads=frozenset(row[0].lower() for row in heads if row[1:] == ["generic"]),
        plural_heads=frozenset(row[0].lower() for row in heads if row[1:] == ["plur"]),
        stopwords=load_list("sector_stopwords.txt"),
        markers=markers,
        cues={kind: tuple(sorted(set(p), key=len, reverse=True)) for kind, p in cues.items()},
        scales=scales,
        fields=frozenset().union(*(m.lemmas for m in markers if m.kind == "field")),
        headed_fields=frozenset().union(*(m.lemmas for m in markers
                                          if m.kind == "field" and m.headed)),
        verbs=frozenset().union(*(m.lemmas for m in markers if m.kind == "verb")),
    )
