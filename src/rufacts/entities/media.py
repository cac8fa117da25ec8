"""Quoted media titles: "пишет «Коммерсантъ»", "в интервью «Известиям»", "«Известия»
сообщают", "в статье Частного корреспондента «...»" name a news medium, an organization
of category media (``lexicons/media_cues.tsv``).

- a quoted title with a cue before or after it is an organization (the tagger's place or
  person reading of it gives way), of category media;
- a capitalized name after a piece-of-writing word ("в статье Частного корреспондента")
  and before a quote is the medium;
- a quoted title right after a piece of writing (and its medium) is that piece's title,
  no organization: "в статье Частного корреспондента «Зима близко»".
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..facts import Organization
from ..lexicons import load_rows
from .spans import closing_quote, opens, positions, previous_word

# a token's text "in" the opening quotes (any piece of the string, as the test was written)
QUOTE_PIECES = frozenset("«„\"“"[a:b] for a in range(4) for b in range(a + 1, 5))

MAX_TITLE = 8        # tokens inside the quotes
MAX_NAME = 3         # capitalized words of an unquoted medium's name
LINKS = {"на", "в", "во", "по"}


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for lemma, where in load_rows("media_cues.tsv"):
        out.setdefault(where, set()).add(lemma)
    return {where: frozenset(words) for where, words in out.items()}


def _closing(doc: Doc, i: int) -> int | None:
    """Index of the quote closing the one opened at ``i``, in the same sentence."""
    return closing_quote(doc, i, MAX_TITLE)


def _cue_before(doc: Doc, i: int, words: frozenset[str]) -> bool:
    k = previous_word(doc, i)
    if k >= 0 and doc[k].lower_ in LINKS:
        k = previous_word(doc, k)
    return k >= 0 and doc[k].lemma_.lower() in words


def _genitive_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words ``doc[start:end]`` can only be a genitive: a piece's own title
    after its noun stands in the nominative ("в статье «Зима близко»"), the medium that owns the
    piece in the genitive ("в материале «Московского комсомольца»", "в статье «Известий»")."""
    from ..grammars.morph import get_morph

    words = [t.text for t in doc[start:end]]
    if not words or not all(w.isalpha() for w in words) or not words[0][:1].isupper():
        return False
    morph = get_morph()
    parses = [morph.parse(w) for w in words]
    return not any(p.tag.case == "nomn" for ps in parses for p in ps) \
        and any(p.tag.case == "gent" for p in parses[-1])


def _name_before(doc: Doc, i: int, article: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of a name ("Частного корреспондента") between a piece-of-writing word
    and ``i``: up to three words, the first capitalized."""
    end = previous_word(doc, i) + 1
    for start in range(end - 1, max(end - MAX_NAME, 1) - 1, -1):
        if not doc[start].is_alpha:
            return None
        if doc[start].text[:1].isupper() and not doc[start].is_sent_start:
            return (start, end) if doc[start - 1].lemma_.lower() in article else None
    return None


def media_titles(doc: Doc, spans: list[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """Spans with media titles as ORG (article titles dropped), and the (start, end)
    token offsets of the media mentions, for their category."""
    cues = _cues()
    before, after, article = (cues.get(w, frozenset()) for w in ("before", "after", "article"))
    media: set[tuple[int, int]] = set()
    drop: set[tuple[int, int]] = set()
    add: list[Span] = []
    pieces: set[int] = set()  # opening quotes of a piece's title after its medium
    for i in positions(doc, QUOTE_PIECES):
        if not opens(doc, i):
            continue
        j = _closing(doc, i)
        if j is None or j == i + 1:
            continue
        inner = (i + 1, j)
        named = _name_before(doc, i, article)
        k = previous_word(doc, i)
        titled = k >= 0 and doc[k].lemma_.lower() in article
        if titled and j + 1 < len(doc) and doc[j + 1].text in "«„\"“" and opens(doc, j + 1):
            media.add(inner)  # "в статье «Частного корреспондента» «Зима близко»"
            add.append(Span(doc, *inner, label="ORG"))
            pieces.add(j + 1)
            continue
        if titled and named is None and i not in pieces and _genitive_title(doc, i + 1, j):
            media.add(inner)  # "в материале «Московского комсомольца»": the medium, its owner
            add.append(Span(doc, *inner, label="ORG"))
            continue
        if named is not None or titled or i in pieces:
            drop.add(inner)  # "в статье [Частного корреспондента] «Зима близко»"
            if named is not None:
                media.add(named)
                add.append(Span(doc, *named, label="ORG"))
            continue
        nxt = j + 1
        if not doc[i + 1].text[:1].isupper():
            continue
        if _cue_before(doc, i, before) or (
                nxt < len(doc) and doc[nxt].pos_ == "VERB" and doc[nxt].lemma_.lower() in after):
            media.add(inner)
            add.append(Span(doc, *inner, label="ORG"))
    if not media and not drop:
        return spans, media
    whole = {(s.start, s.end) for s in add}
    out = [s for s in spans if not any(a <= s.start and s.end <= b and s.label_ == "ORG"
                                       for a, b in drop) and (s.start, s.end) not in drop and not (
        (s.start, s.end) in whole and s.label_ in ("PER", "LOC"))]  # a medium read as a place
    for span in add:
        covering = [s for s in out if s.label_ == "ORG" and s.start <= span.start
                    and span.end <= s.end]
        if covering:  # "газета «Труд»": the tagger's span stands, and is media
            media.update((s.start, s.end) for s in covering)
            continue
        if any(s.start < span.end and span.start < s.end and s.label_ == "ORG"
               and not (span.start <= s.start and s.end <= span.end) for s in out):
            continue  # crosses another organization: left as it is
        out = [s for s in out if not (s.label_ == "ORG" and span.start <= s.start
                                      and s.end <= span.end)] + [span]
    return sorted(out, key=lambda s: (s.start, -s.end)), media


def media_category(doc: Doc, orgs: list[Organization], media: set[tuple[int, int]]
                   ) -> list[Organization]:
    """Organizations named by a media title get category media where nothing else told."""
    if not media:
        return orgs
    chars = {(doc[a:b].start_char, doc[a:b].end_char) for a, b in media}
    return [Organization(o.name, o.kind, o.mentions, "media", o.canonical)
            if o.category is None and any((m.start, m.stop) in chars for m in o.mentions)
            else o for o in orgs]
