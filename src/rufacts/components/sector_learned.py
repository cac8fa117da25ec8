"""The learned sector reader: a small spaCy NER tagger (``models/sector_tagger``: COUNT,
OBJECT, SECTOR, TOTAL over the sector rules' tokens) read where the rules are silent.

After the sector rules, each sentence (:func:`~rufacts.grammars.sector_scan.sentences`) that
holds a number, a counted noun (:func:`silent_sentences`) and none of the rules' counts is
tokenized as the rules tokenize (:func:`~rufacts.grammars.sector_words.tokenize`), tagged,
and its spans assembled into facts by :mod:`rufacts.grammars.sector_learned_assembly`; they
come out as :class:`~rufacts.grammars.sectors.SectorValue` s with ``via="learned"``, ОКВЭД codes and the
count's qualifier. A sentence with a count of the rules is never tagged (the "c1" gate of
``scripts/sector_tagger``: the tagger's facts beside the rules' cost more precision than
they add recall), nor one without a number and a counted noun (most sentences cost one regex).

Switch: ``learned = true`` under ``[components.rufacts_sectors]`` of a pipeline config, or
``rufacts.pipeline.load(overrides={"components.rufacts_sectors.learned": False})`` for the
rules alone; on in ``pipelines/default.cfg``. Its counts pass the rules' own filters
(:func:`learned_counts`). The model (5.0 MB) ships in the package and is
loaded once per process, on first use or by the batch warm-up (:func:`sector_tagger` is a cached
loader without arguments: ``rufacts.batch.worker.preload`` calls it).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Sequence

from spacy.attrs import IDX, LEMMA, LIKE_NUM, LOWER, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

from ..grammars.folded import folded_lemma
from ..grammars.morph import Morph
from ..grammars.numbers import numerals
from ..grammars.sector_elided_more import unfounded_counts
from ..grammars.sector_false_counts import false_counts
from ..grammars.sector_learned_assembly import assemble, lemma_norm, words_spaces
from ..grammars.sector_not_counts import not_counts
from ..grammars.sector_name_numbers import name_numbers
from ..grammars.sector_number_tokens import scale_words
from ..grammars.sector_ranks import without_ranks
from ..grammars.sector_scan import sentences
from ..grammars.sector_spoken_topics import without_wished
from ..grammars.sector_words import tokenize
from .blas import one_blas_thread
from .syntax import is_candidate, names_counted_noun, sentence_numbers
from .tokenizer import faster_lex_attrs

#: where the model lives inside the package (spaCy's ``nlp.to_disk`` layout)
MODEL_DIR = ("models", "sector_tagger")
_DIGIT = re.compile(r"\d")


def model_path() -> Path:
    """The shipped model's folder."""
    return Path(str(resources.files("rufacts").joinpath(*MODEL_DIR)))


@lru_cache(maxsize=1)
def sector_tagger() -> Language:
    """The tagger, loaded once per process (no download: it ships in the package). Its docs'
    lexemes are made again in every call (its memory zone, :func:`tag`): with the main vocab's
    faster getters of the same values (:func:`~rufacts.components.tokenizer.faster_lex_attrs`)."""
    import spacy

    nlp = spacy.load(model_path())
    faster_lex_attrs(nlp.vocab)
    _numpy_products(nlp)
    return nlp


def _numpy_products(nlp: Language) -> None:
    """The tagger's matrix products by numpy (OpenBLAS, one thread: :func:`tag`) instead of
    thinc's default blis: on its small matrices (a sentence's ~20 rows by 96-288) blis took
    2.5 times as long, a third of the tagger's CPU. The tags came out the same on every
    sentence of factRuEval dev and of the gold texts (23,323 sentences)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for node in nlp.get_pipe("ner").model.walk():
        node.ops = ops


def make_doc(nlp: Language, words: list[str], spaces: list[bool],
             lemma_norms: bool | None = None) -> Doc:
    """A Doc of the given words for the tagger; where it was trained on lemma norms
    (``nlp.meta["rufacts_norm"] == "lemma"``, or ``lemma_norms`` where the caller read
    it: spaCy builds the whole meta again on each read), each token's NORM is its lemma."""
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if lemma_norms is None:
        lemma_norms = nlp.meta.get("rufacts_norm") == "lemma"
    if lemma_norms:
        for token in doc:
            token.norm_ = lemma_norm(token.text)
    return doc


@lru_cache(maxsize=4)
def _lemma_norms(nlp: Language) -> bool:
    """Whether the tagger was trained on lemma norms, read once per tagger (spaCy builds
    ``nlp.meta`` again on each read: half a millisecond)."""
    return nlp.meta.get("rufacts_norm") == "lemma"


def tag(nlp: Language, sentences_tokens: Sequence[Sequence], text: str) -> list[list]:
    """(first token, token after the last, label) of the tagged spans of each token list
    (tokens of :func:`~rufacts.grammars.sector_words.tokenize`, offsets into ``text``). The
    tagger's docs are made and read inside its own memory zone: the strings and lexemes of their
    words and norms are dropped after, and its vocab does not grow with every new word (made
    before the zone, they stayed: ~8 strings an article)."""
    lemma_norms = _lemma_norms(nlp)
    with nlp.memory_zone(), one_blas_thread():  # numpy's products (_numpy_products)
        docs = [make_doc(nlp, *words_spaces(toks, text), lemma_norms)
                for toks in sentences_tokens]
        return [[(e.start, e.end, e.label_) for e in doc.ents]
                for doc in nlp.pipe(docs, batch_size=64)]


def silent_sentences(doc: Doc, text: str, values: Sequence) -> list[tuple[int, int]]:
    """(start, stop) of the sentences with a number (no date, no measure), none of the
    ``values``' counts, and a counted noun (``sector_objects.txt``) or another sign of a count
    the syntax component parses for (:func:`~rufacts.components.syntax.is_candidate`: "из N", "число компаний")."""
    measured = measures(doc)
    # one read of the doc's arrays for both number tests: has_number's (ORTH, LEMMA, POS,
    # LIKE_NUM, IDX) and, with LOWER, the syntax step's (sentence_numbers: is_candidate's numbers)
    rows = doc.to_array([ORTH, LEMMA, POS, LIKE_NUM, IDX, LOWER]).tolist() if len(doc) else []
    silent = [(start, stop) for start, stop in sentences(text)
              if not any(start <= v.start < stop for v in values)
              and has_number(doc, text, start, stop, measured, rows)]
    if not silent:
        return []
    strings = doc.vocab.strings
    candidates = [(s.start_char, s.end_char) for s in doc.sents  # only where it can matter
                  if any(s.start_char < stop and start < s.end_char for start, stop in silent)
                  and (names_counted_noun(s) or is_candidate(
                      s, sentence_numbers(rows, strings, s.start, s.end)))]
    return [(start, stop) for start, stop in silent
            if any(a < stop and start < b for a, b in candidates)]


def measures(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the dates and of the amounts that are no counts (money, percent,
    area...): a number inside one counts no firms ("9 сентября", "12 млрд долларов")."""
    spans = list(doc.spans.get("dates", ())) + [
        s for s in doc.spans.get("amounts", ()) if s.label_ != "COUNT"]
    return [(s.start_char, s.end_char) for s in spans]


def has_number(doc: Doc, text: str, start: int, stop: int,
               measured: Sequence[tuple[int, int]] = (), rows: list | None = None) -> bool:
    """A number in digits or a number word ("сорок", "десяток") among the doc's tokens in
    ``text[start:stop]``, outside the ``measured`` spans (:func:`measures`). ``rows``: the
    doc's (ORTH, LEMMA, POS, LIKE_NUM, IDX) array as lists (more columns after those may follow),
    where the caller has it (a Token is made only for a word :func:`_numeric` has not seen)."""
    span = doc.char_span(start, stop, alignment_mode="expand")
    if rows is None or not span:
        return any(_numeric(t) and not any(a <= t.idx < b for a, b in measured) for t in span or ())
    for i in range(span.start, span.end):
        orth, lemma, pos, like_num, idx = rows[i][:5]
        found = _NUMERIC.get((orth, lemma, pos, like_num))
        if found is None:
            found = _numeric(doc[i])
        if found and not any(a <= idx < b for a, b in measured):
            return True
    return False


#: (text, lemma, POS, like_num) of a token -> whether it is a number: the words of a text come
#: again and again, and the test reads three strings
_NUMERIC: dict[tuple[int, int, int, bool], bool] = {}
_NUMERIC_KEPT = 50_000


def _numeric(token) -> bool:
    """Digits in the token, spaCy's ``like_num``, the POS NUM or a number word's lemma."""
    key = (token.orth, token.lemma, token.pos, token.like_num)
    found = _NUMERIC.get(key)
    if found is None:
        if len(_NUMERIC) >= _NUMERIC_KEPT:
            _NUMERIC.clear()
        found = _NUMERIC[key] = bool(
            _DIGIT.search(token.text) or token.like_num or token.pos_ == "NUM"
            or folded_lemma(token) in _number_words())
    return found


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Lemmas of number words and scale nouns ("сорок", "десяток", "сотня")."""
    return frozenset(numerals()) | frozenset(scale_words())


def learned_counts(doc: Doc, text: str, values: Sequence, morph: Morph,
                   vetoed: Sequence[tuple[int, int]] = (),
                   keep: Callable[[object], bool] = lambda value: True) -> list:
    """The tagger's sector counts in the sentences the rules' ``values`` leave silent, held to
    what the rules hold their own counts to: none whose number lies in a ``vetoed`` (start,
    stop), a count the rules read and dropped ("Компания продала 20 магазинов конкуренту");
    none the rules' filters drop (``keep``, then headcounts, shares, ranks, places: the
    filters of :mod:`.sectors`); none without ОКВЭД codes or whose sector is no phrase of an
    industry (:func:`names_industry`: "ведут переговоры", "новые"); none of a whole under a
    share ("Большинство из 30 резидентов занимаются логистикой": the rules count a whole under a
    share where it has an industry of its own, so one left to the reader took the share's), none
    after "№", none of what firms use (:func:`used_not_made`), no "один из" without
    a number after it (:func:`one_of_many`)."""
    from ..grammars.okved import okved_codes, trade_codes
    from ..grammars.sector_qualifier import qualifier
    from ..grammars.sectors import SectorValue

    todo = [toks for start, stop in silent_sentences(doc, text, values)
            for toks in [tokenize(morph, text, start, stop)] if toks]
    if not todo:
        return []
    out = []
    for toks, ents in zip(todo, tag(sector_tagger(), todo, text)):
        for fact in assemble(toks, ents):
            at = fact["count_start"]
            if any(a <= at < b for a, b in vetoed) or under_share(morph, text, at) \
                    or _NUMBER_SIGN.search(text, max(0, at - 3), at) \
                    or not names_industry(morph, fact["sector"]) \
                    or one_project(morph, text[fact["start"]:fact["stop"]], fact["sector"]) \
                    or used_not_made(morph, text[fact["start"]:fact["stop"]]) \
                    or one_of_many(morph, text, at):
                continue
            codes = trade_codes(fact["object"], okved_codes(morph, fact["sector"]))
            if codes:
                out.append(SectorValue(
                    fact["start"], fact["stop"], text[fact["start"]:fact["stop"]],
                    fact["count"], fact["object"], fact["sector"], fact["total"],
                    via="learned", okved=codes,
                    qualifier=qualifier(doc, at, fact["count_stop"])))
    out = [v for v in out if keep(v)]
    for drop in (false_counts, not_counts, name_numbers, unfounded_counts, without_ranks):
        out = drop(morph, text, out)
    return without_wished(text, out)


_NUMBER_SIGN = re.compile(r"№\s*$")  # "корпус № 5": a name


def _first_parses(morph: Morph, phrase: str) -> list:
    """pymorphy3's first parse of each word of ``phrase``."""
    return [morph.parse(w)[0] for w in re.findall(r"\w+", phrase.lower())]


def names_industry(morph: Morph, sector: str) -> bool:
    """A sector phrase can name an industry: not one adjective left as written ("новые",
    "оптические": the assembly found no industry for it), no finite verb in it ("холдинга
    внедрили роботов": a clause, not a phrase), its head noun no task, deal or sum
    ("оборонный заказ": ``not_sector`` of ``sector_cues.tsv``, as for the tree rules)."""
    from ..grammars.sector_words import lexicon

    parses = _first_parses(morph, sector)
    if len(parses) == 1 and parses[0].tag.POS in {"ADJF", "PRTF"}:
        return False
    head = next((p.normal_form for p in parses if p.tag.POS == "NOUN"), None)
    return head not in lexicon().first_words("not_sector") \
        and not any(p.tag.POS == "VERB" for p in parses)


def one_project(morph: Morph, said: str, sector: str) -> bool:
    """A singular thing after a verb of building is one project, not a trade: "Новый жилой
    комплекс возводят три застройщика" (``builds`` of ``sector_cues.tsv``; "Дороги строят
    15 организаций" is a trade), as the tree rules read it."""
    from ..grammars.sector_words import lexicon

    builds = lexicon().first_words("builds")
    if not any(p.normal_form in builds for p in _first_parses(morph, said)):
        return False
    head = next((parses for parses in map(morph.parse, re.findall(r"\w+", sector.lower()))
                 if parses and parses[0].tag.POS == "NOUN"), None)  # a normal form: nominative
    return head is not None and not any(p.tag.POS == "NOUN" and p.tag.case == "nomn"
                                        and p.tag.number == "plur" for p in head)


def used_not_made(morph: Morph, said: str) -> bool:
    """What the firms buy, adopt or install is no industry of theirs: "Промышленных роботов
    применяют уже 7 заводов" (``not_verb`` of ``sector_cues.tsv``, as for the rules)."""
    from ..grammars.sector_words import lexicon

    used = lexicon().first_words("not_verb")
    return any(p.normal_form in used and p.tag.POS in {"VERB", "INFN"}
               for p in _first_parses(morph, said))


_ONE_OF = re.compile(r"од(?:ин|на|но|ного|ной|ном|ним|ну|ному|ною)\s+из\s+(\w+)", re.I)


def one_of_many(morph: Morph, text: str, at: int) -> bool:
    """"один из крупнейших холдингов", "на одном из предприятий": which one, not how many (a
    count only where the whole has a number, in digits or a number word in any case: "одна
    из двух пивоварен", "один из 14"; "один из нескольких" is left as it was read)."""
    found = _ONE_OF.match(text, at)
    if found is None or _DIGIT.match(found.group(1)):
        return False
    return not any(p.normal_form.replace("ё", "е") in _number_words() | {"несколько"}
                   for p in morph.parse(found.group(1).lower()))


_BEFORE_COUNT = re.compile(  # "Половина из (почти) 80", "Каждая пятая из 300"
    r"(\w+)(?:\s+(\w+))?\s+из\s+(?:\w+\s+){0,2}$")


def under_share(morph: Morph, text: str, at: int) -> bool:
    """The number at ``at`` is the whole of a share: "Половина из 80 …", "Большая часть из
    почти 60 …" (``share`` cues of ``sector_cues.tsv``)."""
    from ..grammars.sector_words import lexicon

    found = _BEFORE_COUNT.search(text, max(0, at - 60), at)
    return found is not None and any(
        p.normal_form in lexicon().first_words("share")
        for word in found.groups() if word for p in morph.parse(word))
