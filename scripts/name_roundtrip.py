"""Round-trip check of person normal forms against the words as written: a normal form is right only
if declining its parts into some case, in the gender the pipeline gave the person, gives back each
mention's words ("о директоре Перевощикове" is no case of a woman's Перевощикова, whose locative is
Перевощиковой; "Мельниковой" no case of a man's Мельников).

    PYTHONPATH=src python scripts/name_roundtrip.py run OUT.jsonl [names|factru|nerel ...] [--limit N]
    PYTHONPATH=src python scripts/name_roundtrip.py check OUT.jsonl [-v] [--sample N] [--slot]

``run`` extracts every names gold file (tests/gold/names*.jsonl but the blind-29 ones), the factRuEval
dev tune documents (0-based index i % 4 != 3) and NEREL train (../shared/eval/) and writes each
person (parts, the gender the pipeline settled, the mentions as written) a line. ``check`` lists the
persons with a mention whose name words decline back from no part: a form of a part comes from
pymorphy3's lexeme of the part's nominative (the forms of the nominative's gender), from the
project's declension table (lexicons/name_endings.tsv, read as a word's nominative) and the part
unchanged (a name that stands as written). The mention's words map one to one onto the part words,
in some order, all in one case (a part unchanged fits any); with --slot, in a case the preposition before
the mention governs (lexicons/name_context.tsv) right before it. A probe, not a score: a flag may be the
checker's own blind spot (a fleeting vowel the dictionary lacks, a foreign declension the table
guesses otherwise); read the list."""
from __future__ import annotations

import itertools
import json
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent.parent / "shared" / "eval"
if not EVAL.exists():
    EVAL = Path("/work/shared/eval")

CASE_MAP = {"nomn": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv", "accs": "accs", "acc2": "accs",
            "ablt": "ablt", "loct": "loct", "loc2": "loct", "voct": "nomn"}
# Russian surnames whose nominative says the gender: the other gender's ending ("Мельникова" no man's)
# (not the other way: a foreign woman's surname may end so, Регев, Гюльтекин)
RUSSIAN_SURNAME = {"masc": re.compile(r"^\w{3,}(ова|ева|ёва|ская|цкая)$")}
POSSESSIVE = re.compile(r"^\w{3,}(ова|ева|ёва|ина|ына)$")  # a Russian woman's surname: adjectival cases
WORD = re.compile(r"[А-ЯЁA-Zа-яёa-z]+(?:[-‐][А-ЯЁA-Zа-яёa-z]+)*")


def sources(which: list[str]):
    """(source, text) for each document of the named sources."""
    if "names" in which:
        for f in sorted((ROOT / "tests" / "gold").glob("names*.jsonl")):
            if "blind-29" in f.name or "w253" in f.name or f.name.endswith("slotcase29-aside.jsonl"):
                continue
            for line in f.open(encoding="utf-8"):
                if line.strip():
                    yield f.name, json.loads(line)["text"]
    if "factru" in which:
        for i, line in enumerate((EVAL / "factru-dev.jsonl").open(encoding="utf-8")):
            if i % 4 != 3:
                doc = json.loads(line)
                yield doc["id"], doc["text"]
    if "nerel" in which:
        for line in (EVAL / "nerel-train.jsonl").open(encoding="utf-8"):
            doc = json.loads(line)
            yield doc["id"], doc["text"]


def run(out: str, which: list[str], limit: int | None) -> None:
    import rufacts
    from rufacts.entities import names_group
    settled: dict = {}
    named = names_group._named

    def recording(mentions, genders):
        parts = named(mentions, genders)
        settled[(parts.first, parts.middle, parts.last)] = parts.gender
        return parts

    names_group._named = recording
    seen = set()
    with open(out, "w", encoding="utf-8") as fh:
        for n, (src, text) in enumerate(sources(which)):
            if limit and n >= limit:
                break
            if text in seen:
                continue
            seen.add(text)
            settled.clear()
            article = rufacts.extract(text)
            for p in article.persons:
                fh.write(json.dumps({"src": src, "first": p.first, "middle": p.middle, "last": p.last,
                                     "gender": settled.get((p.first, p.middle, p.last)),
                                     "mentions": [[m.text, m.start, m.stop] for m in p.mentions],
                                     "context": [text[max(0, m.start - 60):m.stop + 30] for m in p.mentions]},
                                    ensure_ascii=False) + "\n")


def _morph():
    from rufacts.grammars.morph import get_morph
    return get_morph()


@lru_cache(maxsize=None)
def forms(nominative: str) -> tuple[frozenset, frozenset, bool]:
    """((form, case, gender) the part's nominative declines into, genders it is a nominative of,
    whether the dictionary has it as a name)."""
    low = nominative.lower()
    out = set()
    genders = set()
    parses = [p for p in _morph().analyzer.parse(low)
              if p.tag.case == "nomn" and p.tag.number != "plur" and {"NOUN", "ADJF"} & p.tag.grammemes]
    named = [p for p in parses if {"Name", "Surn", "Patr"} & p.tag.grammemes]
    # a name's own declension where the dictionary has one (not a place's: "Перевощикова"), an
    # adjective's (Бережной, Осадчий); a common noun's in either gender (Сова, Рысь, Кручина)
    for p in (named + [p for p in parses if "ADJF" in p.tag.grammemes]) if named else parses:
        tag = p.tag
        g = str(tag.gender) if tag.gender in ("masc", "femn") and (
            {"Name", "Surn", "Patr", "ADJF"} & tag.grammemes) else None
        genders.add(g)
        for f in p.lexeme:
            ft = f.tag
            if ft.number == "plur" or ft.case not in CASE_MAP:
                continue
            fg = str(ft.gender) if ft.gender in ("masc", "femn") else None
            if g is not None and fg not in (None, g) and "Ms-f" not in ft.grammemes:
                continue
            out.add((f.word, CASE_MAP[str(ft.case)], g))
    return frozenset(out), frozenset(genders), bool(named)


@lru_cache(maxsize=None)
def word_fits(word: str, part: str) -> frozenset:
    """The (case, gender) pairs in which ``part`` (a nominative) gives ``word``; ("*", "*") where it
    stands unchanged."""
    w, p = word.lower().replace("ё", "е"), part.lower().replace("ё", "е")
    if w == p:
        return frozenset({("*", "*")})
    from rufacts.entities.name_table_readings import _rule_readings
    from rufacts.entities.name_fleeting import fleeting_readings
    from rufacts.entities.name_table_readings import Reading
    fits = set()
    declined, _, _ = forms(part)
    for form, case, g in declined:
        if form.replace("ё", "е") == w:
            fits.add((case, g or "*"))
    for r in _rule_readings(word) + tuple(fleeting_readings(word, Reading)):
        if r.nominative.replace("ё", "е") == p:
            fits.add((r.case, r.gender or "*"))
    if forms(part)[2] or POSSESSIVE.search(p):
        return frozenset(fits)  # the dictionary has the name (and a woman's Перевощикова is no noun: -ой)
    for case, ends in GRAMMAR:  # a foreign name by the grammar's own declension (Найджеле, Фатмы)
        for nom, end in ends:
            if (p.endswith(nom) if nom else p[-1] not in "аяеиоуыэюйь") and w == p[:len(p) - len(nom)] + end:
                fits.add((case, "*"))
    return frozenset(fits)


# The grammar's declension of a name the dictionary lacks: (case, ((nominative's end, the case's end), ...));
# a consonant stem as a man's (a woman's stands unchanged, which the check takes as written)
# and an adjectival surname's (Бережной, Осадчий, Ланская), which the dictionary may lack as a nominative
ADJ = {"gent": (("ой", "ого"), ("ый", "ого"), ("ий", "его"), ("ий", "ого"), ("ая", "ой"), ("яя", "ей")),
       "datv": (("ой", "ому"), ("ый", "ому"), ("ий", "ему"), ("ий", "ому"), ("ая", "ой"), ("яя", "ей")),
       "accs": (("ой", "ого"), ("ый", "ого"), ("ий", "его"), ("ий", "ого"), ("ая", "ую"), ("яя", "юю")),
       "ablt": (("ой", "ым"), ("ой", "им"), ("ый", "ым"), ("ий", "им"), ("ая", "ой"), ("яя", "ей")),
       "loct": (("ой", "ом"), ("ый", "ом"), ("ий", "ем"), ("ий", "ом"), ("ая", "ой"), ("яя", "ей"))}
GRAMMAR = (("gent", (("", "а"), ("й", "я"), ("ь", "я"), ("а", "ы"), ("а", "и"), ("я", "и")) + ADJ["gent"]),
           ("datv", (("", "у"), ("й", "ю"), ("ь", "ю"), ("а", "е"), ("я", "е"), ("ия", "ии")) + ADJ["datv"]),
           ("accs", (("", "а"), ("й", "я"), ("ь", "я"), ("а", "у"), ("я", "ю")) + ADJ["accs"]),
           ("ablt", (("", "ом"), ("", "ем"), ("й", "ем"), ("ь", "ем"), ("а", "ой"), ("а", "ей"), ("я", "ей"))
            + ADJ["ablt"]),
           ("loct", (("", "е"), ("й", "е"), ("ь", "е"), ("а", "е"), ("я", "е"), ("ия", "ии")) + ADJ["loct"]))


def _agree(a: frozenset, b: frozenset) -> frozenset:
    """Pairs of (case, gender) both allow ("*" either)."""
    out = set()
    for c1, g1 in a:
        for c2, g2 in b:
            c = c2 if c1 == "*" else c1 if c2 == "*" or c1 == c2 else None
            g = g2 if g1 == "*" else g1 if g2 == "*" or g1 == g2 else None
            if c is not None and g is not None:
                out.add((c, g))
    return frozenset(out)


def name_words(text: str) -> list[str]:
    """The capitalized words of a mention (hyphenated pieces apart), no initials ("Дж."), no quoted
    nickname, nothing in brackets ("Арсен (Арсений) Сергеевич")."""
    from rufacts.entities.names import is_initial
    text = re.sub(r"[«\"“][^»\"”]*[»\"”]|\([^)]*\)", " ", text)
    out = []
    for w in WORD.findall(text):
        for piece in re.split(r"[-‐]", w):
            if len(piece) > 1 and piece[0].isupper() and not piece.isupper() and not is_initial(piece):
                out.append(piece)
    return out


def _patronymic(word: str) -> bool:
    return any("Patr" in p.tag.grammemes for p in _morph().analyzer.parse(word.lower()))


def mention_fits(words: list[str], parts: list[str], gender: str | None, cases: tuple = ()) -> bool:
    """Whether the mention's words map one to one onto part words, all in one case (one of ``cases``,
    the slot's, where given) and the gender."""
    if not words:
        return True
    if gender in RUSSIAN_SURNAME and parts and RUSSIAN_SURNAME[gender].search(parts[-1].lower()):
        return False  # a Russian surname of the other gender ("Мельникова" of a man)
    if len(words) > len(parts):
        return True  # more words than parts (a role word, another name joined): not this check's
    start = frozenset((c, gender or "*") for c in cases or ("*",))
    for perm in itertools.permutations(range(len(parts)), len(words)):
        ok = start
        for w, j in zip(words, perm):
            ok = _agree(ok, word_fits(w, parts[j]))
            if not ok:
                break
        if ok:
            return True
    return False


@lru_cache(maxsize=1)
def _governed() -> dict:
    from rufacts.entities.names_group import governed_cases
    return governed_cases()


def slot_cases(context: str, start: int) -> tuple:
    """The cases of the mention's slot where a preposition right before it governs them; () elsewhere
    (a role noun between may govern the genitive itself: "о назначении Андрея Травникова")."""
    before = context[:min(60, start)]
    before = re.split(r"[.!?;:()«»\"—–\n]", before)[-1]
    if "," in before.split()[-1:] or before.rstrip().endswith(","):
        return ()
    words = before.split()
    governed = _governed()
    if words and words[-1].lower() in governed:
        return governed[words[-1].lower()]
    return ()


def check(path: str, verbose: bool, sample: int, slot: bool = False) -> None:
    persons = flagged = mentions = bad_mentions = 0
    rows = []
    for line in open(path, encoding="utf-8"):
        p = json.loads(line)
        parts = [w for x in (p["first"], p["middle"], p["last"]) if x for w in name_words(x)]
        if not parts:
            continue
        persons += 1
        bad = []
        for (text, start, _e), ctx in zip(p["mentions"], p["context"]):
            mentions += 1
            cases = slot_cases(ctx, start) if slot else ()
            words = name_words(text)
            if not p["middle"]:  # "Бориса Абрамовича" of a person named without the patronymic
                words = [w for w in words if not _patronymic(w)]
            if not mention_fits(words, parts, p["gender"], cases):
                bad.append((text, ctx))
        if bad:
            flagged += 1
            bad_mentions += len(bad)
            rows.append((p, bad))
    by_src = {}
    for p, _ in rows:
        key = p["src"].split("/")[0] if "/" in p["src"] else "names"
        by_src[key] = by_src.get(key, 0) + 1
    print(f"persons {persons}, flagged {flagged} ({bad_mentions} of {mentions} mentions); by source {by_src}")
    if verbose:
        shown = rows if not sample else rows[::max(1, len(rows) // sample)][:sample]
        for p, bad in shown:
            name = " ".join(x for x in (p["first"], p["middle"], p["last"]) if x)
            for text, ctx in bad:
                print(f"  {name!r} {p['gender']} <- {text!r} | {ctx.replace(chr(10), ' ')} [{p['src']}]")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[0] == "run":
        limit = int(args[args.index("--limit") + 1]) if "--limit" in args else None
        which = [a for a in args[2:] if a in ("names", "factru", "nerel")] or ["names", "factru", "nerel"]
        run(args[1], which, limit)
    else:
        sample = int(args[args.index("--sample") + 1]) if "--sample" in args else 0
        check(args[1], "-v" in args, sample, "--slot" in args)
