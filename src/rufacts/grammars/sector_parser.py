"""The parser of sector counts (moved from ``sectors``): :class:`SectorParser` runs the
:data:`.sectors.SECTOR_COUNT` grammar over the candidate sentences of a text and returns
:class:`.sectors.SectorValue` records."""
from __future__ import annotations

from rufacts import _compat

_compat.install()  # must run before yargy imports pymorphy2

from yargy.parser import prepare_matches, prepare_trees  # noqa: E402
from yargy.tokenizer import MorphTokenizer  # noqa: E402

from .dates import SharedMorph  # noqa: E402
from .earley import FastParser  # noqa: E402
from .lowered_search import has_match  # noqa: E402
from .sector_context import Candidate, candidate, resolve  # noqa: E402
from .sector_scan import OBJECT_HINT, count_hint, sentences, windows  # noqa: E402
from .sector_words import is_noun, is_object, tokenize  # noqa: E402
from .sectors import SECTOR_COUNT, SectorValue  # noqa: E402

__all__ = ["SectorParser"]


class _Pretokenized(MorphTokenizer):
    """Hands yargy the tokens we built (razdel + shared morph) unchanged."""

    def __call__(self, tokens):
        return iter(tokens)


class SectorParser:
    """Finds :class:`SectorValue` s in text with the :data:`SECTOR_COUNT` grammar."""

    def __init__(self, morph=None) -> None:
        if morph is None:
            from rufacts.grammars.morph import get_morph

            morph = get_morph()
        self.morph = morph
        # yargy's chart, cheaper (grammars.earley): a sector token's forms and type follow
        # from its text (grammars.sector_tokens), all that FastParser's predictions look at
        self.parser = FastParser(SECTOR_COUNT, _Pretokenized(morph=SharedMorph(morph)))
        self.count_hint = count_hint(morph)

    def __reduce__(self):  # rebuilt, not pickled
        return (SectorParser, (self.morph,))

    def findall(self, text: str) -> list[SectorValue]:
        """Sector counts in text order."""
        if not text or not has_match(self.count_hint, text):
            return []
        found: list[SectorValue] = []
        previous: list[Candidate] = []  # the last sentence's candidates ("Из них ...")
        for start, stop in sentences(text):
            # (searched in the lowered text: .lowered_search)
            if not has_match(self.count_hint, text, start, stop) or (
                    not previous and not has_match(OBJECT_HINT, text, start, stop)):
                previous = []
                continue
            tokens = tokenize(self.morph, text, start, stop)
            candidates = self._candidates(tokens, previous)
            for item in resolve(candidates, tokens, previous):
                a, b = tokens[item.first].span.start, tokens[item.last].span.stop
                found.append(SectorValue(a, b, text[a:b], item.count, item.object,
                                         item.sector, item.total))
            previous = candidates
        return found

    def _candidates(self, tokens, previous: list[Candidate]) -> list[Candidate]:
        """Non-overlapping parses, leftmost then longest; those with a sector first.
        A sentence without a counted noun is parsed only after one with candidates
        (its nouns may be elided: "Из них 6 специализируются на ...")."""
        if not previous and not any(is_object(t) for t in tokens):
            return []
        index = {t.span.start: i for i, t in enumerate(tokens)}
        options = []
        for _, window in windows(tokens):
            # predict only at the window's first token; keep matches of every length
            chart = self.parser.chart(window, all=False)
            for match in prepare_matches(prepare_trees(self.parser.completed(chart))):
                item = candidate(self.morph, match, index)
                if item is None or (item.adjectival and item.last + 1 < len(tokens)
                                    and is_noun(tokens[item.last + 1])):
                    continue  # "9 научных институтов": the adjective has a noun of its own
                options.append(item)
            self.parser.release(chart)  # its states and columns point at each other
        # of two readings of one span, the one whose noun is the counted noun ("14 проектов
        # в области EdTech": "проектов" is also an activity word of the link; w200)
        options.sort(key=lambda c: (c.first, -c.last, c.sector is None, c.elided,
                                    c.count is not None and c.object is None))
        chosen: list[Candidate] = []
        for item in options:
            if not chosen or item.first > chosen[-1].last:
                chosen.append(item)
        return chosen
