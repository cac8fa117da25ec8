"""A stress set of foreign person names in every case (issue 12, round 28): first names by origin
from the pipeline's own lexicons (lexicons/name_origins.tsv, name_foreign_first_names.tsv,
hispanic/italian/lusophone/baltic_first_names.txt, foreign_names.tsv, first_names.tsv; Anglo, French
and German names labelled by hand below), surnames from the PER rows of tests/gold/names*.jsonl whose
first name is of that origin, forms made by the rules of Russian declension, put in frames whose
context fixes the case. Not gold: a measuring aid, so that no rule is tuned to it.

usage: stress_foreign_names.py make OUT.jsonl          (rows in the names gold format)
       stress_foreign_names.py score OUT.jsonl [-v]    (exact accuracy per origin x case x gender)
"""
import collections
import glob
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "src/rufacts/lexicons"
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")

HAND = {  # first names of the lexicons labelled by origin (foreign_names.tsv, first_names.tsv)
    "anglo": "Найджел Дэниел Сэмюэл Джоэл Нил Джейк Тед Гэвин Итан Кайл Трэвис Лиам Брэндон Иэн Кейр "
             "Ллойд Хантер Джон Майкл Дэвид Питер Пол Патрик Стивен Брайан Оливер Бретт Джаред Дуэйн",
    "anglo/f": "Маргарет Кристин Кейт Нэнси Меган Кэтрин Элизабет Сьюзан Джилл Эми Ширли Кэрол Дайан "
               "Эшли Дженнифер Джессика Ребекка Джулия Грейс Бриджит Мэри Энн Сара Эмили Хиллари Джоан",
    "french": "Жан Пьер Франсуа Тьерри Лоран Жерар Ксавье Гийом Оливье Себастьен Брюно Эрве Лионель "
              "Матьё Режис Эмманюэль Серж Люк Мишель Жордан Килиан",
    "french/f": "Катрин Изабель Мари Николь Сеголен Брижит Жаклин Аньес Софи Мадлен Анн Ивонн Марин Алис",
    "german": "Клаус Йоахим Маттиас Торстен Хайко Рольф Бернд Штеффен Тобиас Хорст Зигмар Франк "
              "Михаэль Александер Кристоф Маркус Вильгельм Генрих Фридрих Готфрид Густав",
    "german/f": "Ангела Урсула Анналена Аннегрет Франциска Фрауке Эльфрида Катрин Сюзанна Аннетте "
                "Кристине Сигрид Хелена",
    "italian/f": "Паола Джорджа Франческа Кьяра Лаура Сильвия Элиза Федерика Валентина Мартина",
}
BY_PEOPLE = {"south-slavic": "balkan", "turkish": "turkish", "iranian-arab": "arabic",
             "west-african": "african", "east-african": "african", "bantu": "african",
             "hispanic": "hispanic", "portuguese": "portuguese", "estonian": "baltic"}
BY_ORIGIN = {"scandinavian": "nordic", "finnish": "finnish", "dutch": "dutch", "estonian": "baltic"}
ORIGINS = ("anglo", "nordic", "finnish", "baltic", "balkan", "hispanic", "portuguese", "italian",
           "french", "german", "dutch", "turkish", "arabic", "african")


def _rows(path):
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def first_names():
    """{lower first name: (origin, gender)} from the lexicons."""
    out = {}
    for row in _rows(LEX / "name_origins.tsv"):
        if len(row) >= 4 and row[1] == "first" and row[2] in BY_ORIGIN:
            out[row[0].lower()] = (BY_ORIGIN[row[2]], row[3])
    for row in _rows(LEX / "name_foreign_first_names.tsv"):
        if len(row) >= 3 and row[2] in BY_PEOPLE:
            out.setdefault(row[0].lower(), (BY_PEOPLE[row[2]], row[1]))
    for fname, origin in (("hispanic_first_names.txt", "hispanic"), ("italian_first_names.txt", "italian"),
                          ("lusophone_first_names.txt", "portuguese")):
        for row in _rows(LEX / fname):
            w = row[0].split()[0]
            woman = w[-1] in "ая" and w not in ("андреа", "никола", "маттиа", "маттия") and not w.endswith("лука")
            out.setdefault(w, (origin, "femn" if woman else "masc"))
    for row in _rows(LEX / "baltic_first_names.txt"):
        out.setdefault(row[0].split()[0], ("baltic", "femn"))
    common = {row[0].lower() for row in _rows(LEX / "first_names.tsv")}  # Russian and shared names
    out = {w: v for w, v in out.items() if w not in common and "-" not in w}
    for key, names in HAND.items():
        origin, _, f = key.partition("/")
        for w in names.split():
            out[w.lower()] = (origin, "femn" if f else "masc")
    for w in HAND["italian/f"].split():
        out[w.lower()] = ("italian", "femn")
    return out


def pools():
    """{(origin, gender): [(first, last)]}: gold PER pairs whose first name is of that origin."""
    names = first_names()
    seen, out = set(), collections.defaultdict(list)
    for f in sorted(glob.glob(str(ROOT / "tests/gold/names*.jsonl"))):
        if "blind-28" in f:
            continue
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            first, last = r.get("first"), r.get("last")
            if r["type"] != "PER" or not first or not last or r.get("middle"):
                continue
            key = names.get(first.lower().replace("ё", "е")) or names.get(first.lower())
            if not key or (first, last) in seen or not last[:1].isupper() or " " in last \
                    or "-" in last or "'" in last or "-" in first:
                continue
            if last.endswith(("ов", "ев", "ёв", "ова", "ева", "ий", "ый", "ой", "ая", "ин", "ина", "ых", "их")):
                continue
            if key[0] == "french" and last[-1] in "ая":  # stressed -а stands (Дюма)
                continue
            seen.add((first, last))
            out[key].append((first, last))
    return out


def decline(word, case, gender):
    """The form of a foreign name word by Russian declension (Rosenthal)."""
    if case == "nomn":
        return word
    low = word[-1]
    if low == "а" and word[-2:-1] in "аеёоуыэюя":  # stressed -уа, -оа stand (Франсуа)
        return word
    if low in "ая":
        stem = word[:-1]
        hush = stem[-1:] in "гкхжшчщ"
        if low == "а":
            ends = {"gent": "и" if hush else "ы", "datv": "е", "accs": "у",
                    "ablt": "ей" if stem[-1:] in "жшчщц" else "ой", "loct": "е"}
        else:
            ia = stem[-1:] == "и"
            ends = {"gent": "и", "datv": "и" if ia else "е", "accs": "ю", "ablt": "ей",
                    "loct": "и" if ia else "е"}
        return stem + ends[case]
    if gender == "femn" or low in "оиуеэюыё" or not low.isalpha():
        return word
    if case == "accs":
        case = "gent"
    if low in "йь":
        stem = word[:-1]
        loct = "и" if word.endswith("ий") else "е"
        return stem + {"gent": "я", "datv": "ю", "ablt": "ем", "loct": loct}[case]
    return word + {"gent": "а", "datv": "у", "ablt": "ем" if low in "жшчщц" else "ом", "loct": "е"}[case]


FRAMES = {  # {X} the name; {v} the past-tense ending of a verb of the person (-/-а), {his} его/её
    "nomn": ("{X} заявил{v} журналистам, что команда готова к новому сезону.",
             "В четверг {X} подписал{v} контракт с клубом на три года.",
             "Как сообщает агентство, {X} покинул{v} пост председателя совета."),
    "gent": ("По словам {X}, переговоры продолжатся в понедельник.",
             "Адвокаты {X} обжаловали решение суда.",
             "Выступление {X} стало главным событием фестиваля."),
    "datv": ("{X} вручили награду за вклад в развитие отрасли.",
             "Журналисты обратились к {X} с вопросом о новом контракте.",
             "Суд назначил {X} штраф в размере 10 тысяч евро."),
    "accs": ("Журналисты встретили {X} в аэропорту Шереметьево.",
             "Совет директоров избрал {X} председателем правления.",
             "Организаторы пригласили {X} на церемонию открытия."),
    "ablt": ("Министр встретился с {X} в Женеве.",
             "Контракт с {X} продлили еще на два года.",
             "Вместе с {X} в делегацию вошли три эксперта."),
    "loct": ("В клубе о {X} отзываются очень тепло.",
             "Фильм о {X} покажут на фестивале в Каннах.",
             "В статье рассказывается о {X} и {his} семье."),
}


def sentence(frame, mention, gender):
    text = frame.replace("{v}", "а" if gender == "femn" else "").replace(
        "{his}", "её" if gender == "femn" else "его")
    if " о {X}" in text and mention[0].lower() in "аиоуэ":
        text = text.replace(" о {X}", " об {X}")
    if " с {X}" in text and mention[0].lower() in "сзшж" and mention[1].lower() not in "аеёиоуыэюя":
        text = text.replace(" с {X}", " со {X}")
    if text.startswith("{X}"):
        pass
    start = text.index("{X}")
    return text.replace("{X}", mention), start


def make(out, per_cell=8, seed=28):
    rnd = random.Random(seed)
    by = pools()
    rows = []
    for origin in ORIGINS:
        for gender in ("masc", "femn"):
            pool = list(by.get((origin, gender), []))
            if gender == "femn":  # a woman's consonant-final surname of the origin's men too
                pool += [(None, l) for _, l in by.get((origin, "masc"), []) if l[-1] not in "аяоиуеэюьй"]
                firsts = sorted({f for f, _ in pool if f} | {f for (o, g), ps in by.items() if o == origin
                                                             and g == gender for f, _ in ps})
                if not firsts:
                    continue
                pool = [(f or rnd.choice(firsts), l) for f, l in pool]
            rnd.shuffle(pool)
            pool = pool[:per_cell]
            for case in CASES:
                for i, (first, last) in enumerate(pool):
                    rows.append(row(first, last, case, gender, FRAMES[case][i % len(FRAMES[case])],
                                    f"stress28-{origin}", origin))
    write(out, rows)


def row(first, last, case, gender, frame, split, origin):
    """One gold-format row: the name declined into ``case`` and put into ``frame``."""
    mention = f"{decline(first, case, gender)} {decline(last, case, gender)}"
    text, start = sentence(frame, mention, gender)
    return {"type": "PER", "text": text, "start": start, "stop": start + len(mention),
            "mention": mention, "case": case, "name": f"{first} {last}", "first": first,
            "middle": None, "last": last, "split": split, "origin": origin, "gender": gender}


def write(out, rows):
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows", file=sys.stderr)


def main(make, origins=None):
    """``make OUT.jsonl`` or ``score OUT.jsonl [-v]`` of a stress set whose rows ``make`` writes."""
    global ORIGINS
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        ORIGINS = origins or ORIGINS
        score(sys.argv[2], "-v" in sys.argv)


def score(path, verbose=False):
    import rufacts
    from rufacts.evaluation.names import predicted, _fold
    cells = collections.defaultdict(lambda: [0, 0])
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        got = predicted(rufacts.extract(r["text"]), r)
        ok = got is not None and all(_fold(got[k]) == _fold(r[k]) for k in ("name", "first", "middle", "last"))
        for key in ((r["origin"], r["case"], r["gender"]), ("ALL", r["case"], r["gender"]),
                    (r["origin"], "*", "*"), ("ALL", "*", "*")):
            cells[key][0] += ok
            cells[key][1] += 1
        if verbose and not ok:
            print("ERR", r["origin"], r["gender"], r["case"], repr(r["mention"]), "want", r["name"], "got",
                  got and (got["first"], got["middle"], got["last"]), "|", r["text"])
    print("origin      " + " ".join(f"{c}:{g[0]}" for c in CASES for g in ("masc", "femn")) + "   all")
    for origin in ORIGINS + ("ALL",):
        line = [f"{origin:11s}"]
        for c in CASES:
            for g in ("masc", "femn"):
                ok, n = cells.get((origin, c, g), (0, 0))
                line.append(f"{ok:>2}/{n:<2}" if n else "  -  ")
        ok, n = cells[(origin, "*", "*")]
        line.append(f"  {ok}/{n} {ok / max(n, 1):.3f}")
        print(" ".join(line))


if __name__ == "__main__":
    main(make)
