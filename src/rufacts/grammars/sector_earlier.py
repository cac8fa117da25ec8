"""Repeated figures of a sector count (issue 11, "numbers away from the noun"): the same
firms counted again at another time or in another place, said after a count already found,
with the noun left out. Each is a count of its own with the noun and sector carried over
and no whole (docs/gold-conventions.md, the count section):

* another time, with or without "их" and a copula: "(годом ранее их было 25)", "годом ранее
  было 52", "а пять лет назад их было 90", "(в 2020 году их было восемь)", "и теперь в
  стране их остаётся 14", "(годом ранее — 74 тыс.)";
* a comparison: "против 14 годом ранее", "… в области ИИ против 118 годом ранее", "— по
  сравнению с 31 в прошлом году"; a replaced figure: "вместо прежних семи";
* a bare copula right after the count: "пять хозяйств — было три";
* another place: "стало 29, в Тульской — 17", "тогда как в Турции — более 300", "тогда как
  в Южной Корее их, по оценке X, около 150", "ещё два — за рубежом";
* another date: "(на 1 января — 81)";
* a kind after "а": "Ветеринарных клиник — восемнадцать, а круглосуточных — всего две";
* a new figure: "их общее число выросло с пяти до восьми" (8; the old figure is no count);
* under a noun of their own after "таких": "таких площадок уже девять", "22 таких производства".

A figure that opens the next sentence: :mod:`.sector_earlier_next`.

The figure is digits (with a scale) or number words, and it must end its clause: "годом
ранее было 52 сделки" or "а в Москве — 40%" is no figure of the same firms.
"""
from __future__ import annotations

import re
from typing import Optional

from .morph import Morph
from .sector_elided_more import past_owner_place
from .sector_earlier_words import (  # noqa: F401  (re-exported: sector_all_figures, …)
    _bound, _counted, _field_after, _genitive_adjective, _intransitive, _kind, _last_words,
    _locative, _past_genitives, _plural_adjective, _such, _value, figure_value, past_measure)

_NUMBER_WORD = r"[а-яё]+"
# a scale written out ends the figure too: "свыше 3 тысяч", "порядка 19 тысяч" (w199)
_FIGURE = (r"(?P<figure>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?(?:\s*(?:тысяч[аи]?|миллион(?:а|ов)?|"
           r"(?:тыс|млн)(?!\.\s+[а-яё])\.?))?"
           rf"|{_NUMBER_WORD}(?:\s+{_NUMBER_WORD}){{0,2}}?)")
_END = r"(?=\s*(?:[»\"]?\s*[,.;:)!?—–](?!\d)|[»\"]|$))"
_ROUGHLY = r"(?:\s+с\s+(?:лишним|небольшим|чем-то|гаком))?"  # "тысяча с лишним, а таких …"
_SPOKEN = r"(?:(?:от\s+силы|максимум|в\s+лучшем\s+случае|штук)\s+)?"
_QUAL = r"(?:(?:лишь|всего|только|уже|около|более|свыше|почти|примерно|порядка|менее|под|" \
        r"больше|меньше|чуть|ещё|еще|не(?=\s+(?:более|менее|больше|меньше|свыше)))\s+){0,3}"
_TIME = (r"(?:годом|месяцем|кварталом)\s+(?:ранее|раньше)|год\s+назад|"
         r"(?:\d+|[а-яё]+)\s+(?:годами|месяцами)\s+(?:ранее|раньше)|"
         r"(?:\d+|[а-яё]+)\s+(?:лет|года?|месяцев|месяца)\s+назад|"
         r"в\s+(?:прошлом|позапрошлом|предыдущем)\s+году|в\s+(?:19|20)\d\d(?:\s+году|-м|\s*г\.)|"
         # "когда-то было пять", "в своё время их было 30": a past left undated (round 17)
         r"когда-то|некогда|в\s+сво[её]\s+время|в\s+лучшие\s+годы|"
         # "в прошлом было восемь": the last round, season or year left unsaid
         r"в\s+(?:прошлом|позапрошлом|предыдущем)(?=\s+(?:их\s+)?(?:было|был[аи]?)\b)|"
         # decades and eras: "в 1990-х", "в 90-е годы", "в девяностые", "в советское время"
         # "в начале 1990-х", "в конце нулевых", "в середине 2010-х годов"
         r"в\s+(?:начале|середине|конце)\s+(?:(?:19|20)?\d0-х(?:\s+годов)?|"
         r"[а-яё]+(?:десятых|дцатых)|девяностых|нулевых)|"
         r"в\s+(?:(?:19|20)?\d0-[хе](?:\s+годах?|\s+годы)?|(?:[а-яё]+(?:десят|дцат)ые|"
         r"сороковые|девяностые|нулевые)(?:\s+годы)?)|"
         r"в\s+советск(?:ое|ие)\s+(?:время|годы)|при\s+СССР|"
         # the same months a year before: "за тот же период прошлого года"
         r"за\s+(?:тот\s+же|аналогичный)\s+период(?:\s+прошлого\s+года)?|"
         # before an event: "до ухода европейских поставщиков", "до пандемии"
         r"до\s+(?:ухода|пандемии|кризиса|санкций|начала)(?:\s+[а-яё-]+){0,3}?|"
         r"ранее|раньше|прежде|теперь|сейчас|ныне|сегодня|(?:ещё\s+|еще\s+)?недавно|"
         # a season or the start of a year: "весной было около 150", "против 361 на начало
         # прошлого года", "прошлым летом" (w199)
         r"(?:(?:прошлой|позапрошлой)\s+)?(?:весной|осенью|зимой)(?:\s+(?:прошлого|позапрошлого)\s+года)?|"
         r"(?:(?:прошлым|позапрошлым)\s+)?летом(?:\s+(?:прошлого|позапрошлого)\s+года)?|"
         r"(?:на|в)\s+(?:начало|начале|конец|конце)\s+(?:(?:прошлого|позапрошлого|предыдущего)\s+)?года|"
         # "(на 1 января — 81)": the figure on another date
         r"на\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
         r"октября|ноября|декабря)(?:\s+(?:19|20)\d\d(?:\s+года)?)?")
_WAS = (r"(?:было|был[аи]?|стал[аои]?|остал(?:ось|ась|ся|ись)|оста[её]тся|остаются|"
        r"насчитывал(?:ось|ось бы)|насчитывается|работал[аои]?|работа(?:ет|ют)|"
        r"действовал[аои]?|действу(?:ет|ют)|значилось)")
# the copula of the count before the figure: "четыре фабрики было, осталась одна"
_OWN_WAS = r"(?:\s+(?:было|были|был[аи]?))?"
_PLACE = r"(?:в|на|во)\s+(?!том\b|их\b|числе\b)(?P<place>[а-яё-]+(?:\s+[а-яё-]+)?)"
# another place of a contrast, maybe a neighbouring one: "а в соседней Астраханской области —
# четыре", "в соседней Марий Эл — семь" (w199)
_OTHER_PLACE = (r"(?:в|на|во)\s+(?:(?:соседн(?:ей|ем|их|ий)|ближайш(?:ей|ем|их))\s+)?"
                r"(?!том\b|их\b|числе\b)(?P<place>[а-яё-]+(?:\s+[а-яё-]+)?)")
_EARLIER = (
    # "годом ранее их было 25", "пять лет назад их было 90", "и теперь в стране их остаётся 14"
    # "годом ранее, когда их насчитывалось 152"; "в 2021 году таких производителей
    # насчитывалось лишь пять": the noun after "таких" is the figure's own
    # (w199) an aside after the time: "— годом ранее, для сравнения, был 31"
    re.compile(rf"(?:^|[\s,(])(?:{_TIME}),?(?:\s*(?:для\s+сравнения|напомним|кстати|к\s+слову)\s*,)?"
               rf"(?:\s+когда)?(?:\s+{_PLACE})?"
               rf"(?:\s+(?:их|таких(?:\s+(?P<own>[а-яё-]+))?))?"
               rf"\s+{_WAS}\s+{_QUAL}{_FIGURE}{_END}", re.I),
    # (w199) the noun said again after the time, no "таких": "; прошлым летом операторов было
    # только четыре", "а ещё пять лет назад торговых точек было 7", "а ещё в 2018-м гостевых
    # домов здесь было всего пять" (a counted noun, a site or a facility: see _such)
    re.compile(rf"(?:^|[\s,(;])(?:(?:ещё|еще)\s+)?(?:{_TIME}),?\s+(?:[а-яё-]+(?:ых|их)\s+)?"
               rf"(?P<such>[а-яё-]+)(?:\s+(?:здесь|там|тут))?\s+{_WAS}\s+{_QUAL}{_FIGURE}{_END}",
               re.I),
    # "сегодня их двенадцать", ", а сейчас их лишь 14": a time and "их", no copula
    re.compile(rf"(?:^|[\s,(])(?:{_TIME}),?(?:\s+{_PLACE})?\s+их\s+{_QUAL}{_FIGURE}{_END}", re.I),
    # "их было 25 годом ранее"
    re.compile(rf"(?:их|таких(?:\s+\w+)?)\s+{_WAS}\s+{_QUAL}{_FIGURE}\s*,?\s*(?:{_TIME})",
               re.I),
    # "против 14 годом ранее", "— по сравнению с 31 в прошлом году"
    re.compile(rf"^[\s,(—–-]{{0,4}}(?:против|по\s+сравнению\s+с|в\s+сравнении\s+с)\s+{_QUAL}"
               rf"{_FIGURE}(?:{_END}|\s+(?:{_TIME}))", re.I),
    # "(годом ранее — 41)", ", а год назад — 12"
    # "…с девятью предприятиями, годом ранее — с двенадцатью": the count's preposition again
    re.compile(rf"(?:^|[\s,(])(?:{_TIME})\s*[—–-]\s*(?:(?:с|со|у|к|для)\s+)?{_QUAL}{_FIGURE}"
               rf"{_END}", re.I),
    # "было две лесопилки, сейчас одиннадцать": a time right after the count, no copula
    re.compile(rf"^{_OWN_WAS}\s*,?\s*(?:а\s+)?(?:{_TIME})\s*(?:[—–]\s*)?(?:{_WAS}\s+)?{_QUAL}"
               rf"{_FIGURE}{_END}", re.I),
    # "140 проектов в области ИИ против 118 годом ранее": the sector's words, then "против"
    # "девять хозяйств района — против трёх пять лет назад"
    # (w199) "лишь четыре мастерских против 30 с лишним в начале 2000-х"
    re.compile(rf"^[^\d,;:.()—–]{{0,60}}?(?:\s[—–])?\sпротив\s+{_QUAL}{_FIGURE}{_ROUGHLY}\s+(?:{_TIME})",
               re.I),
    # (w182) a replaced figure: "работают 11 энергосбытовых компаний вместо прежних семи",
    # "… 14 операторов против прежних девяти"
    re.compile(rf"^[^\d,;:.()—–]{{0,60}}?(?:\s[—–])?\s(?:вместо|против)\s+(?:(?:прежних|бывших|"
               rf"бывшего|былых|прошлогодних|прежнего|прежней)\s+)?{_QUAL}{_FIGURE}(?:{_END}|"
               rf"\s+(?:{_TIME}){_END})", re.I),  # (w199) "вместо девяти в 2022 году"
    # (round 17) 'осталось четыре, «а было, между прочим, одиннадцать»': a quote and a
    # parenthetical between the copula and the figure
    re.compile(rf"^\s*(?:[,—–]\s*)+[«\"]?\s*(?:а|но)\s+(?:их\s+)?(?:было|были)\s*,\s*(?:между\s+прочим|"
               rf"кстати|заметьте|напомню|подчеркну|к\s+слову|для\s+сравнения|на\s+минуточку)\s*,"
               rf"\s*{_QUAL}{_FIGURE}{_END}", re.I),
    # "пять хозяйств — было три", ", а раньше было 12"
    # (w199) "тогда как" / "хотя" for "а": "теперь 214, тогда как весной было около 150"
    re.compile(rf"^{_OWN_WAS}\s*(?:[,—–]\s*)+(?:(?:а|тогда\s+как|хотя)\s+)?(?:(?:{_TIME})\s+)?(?:их\s+)?{_WAS}\s+{_QUAL}"
               rf"{_FIGURE}{_END}", re.I),
    # "открылись 46 …, а закрылись 18", ", ещё 19 лишены статуса", ", а ещё восемь перешли к
    # конкурентам": the same firms said again with a verb that takes no object (see _intransitive)
    # (w148) a source may stand between: "; ещё пять, как отмечается в докладе, законсервированы"
    re.compile(rf"^\s*[,;]\s*(?:а\s+|и\s+)?(?:ещё|еще)\s+{_QUAL}{_FIGURE}(?:\s*,\s*(?:как\s+"
               rf"(?:отмечается|сообщается|говорится|указано|указывается|следует\s+из)|по\s+"
               rf"(?:данным|словам|информации|оценке|оценкам))\s[^\d,.;()]{{3,60}},)?\s+"
               rf"(?P<verb>[а-яё]+)", re.I),
    # (w199) more of the same firms under a counted noun of their own, the verb taking no
    # object: "32 крупных НПЗ, ещё около 80 заводов относятся к малым", "восемь компаний,
    # ещё три проекта находятся в стадии проектирования"
    # (a noun bound to words of business, "ещё 30 мастеров работают на дому", is no firm here)
    re.compile(rf"^\s*[,;]\s*(?:а\s+|и\s+)?(?:ещё|еще)(?P<more>)\s+{_QUAL}{_FIGURE}\s+"
               rf"(?P<noun>[а-яё]+)\s+(?P<verb>[а-яё]+)", re.I),
    # (w199) more of them joining at the clause's end, the verb taking no object: "…, но уже
    # к весне к ним присоединятся ещё две из Новосибирска", "…, а в мае откроются ещё три"
    re.compile(rf"^\s*,\s*(?:а|но|и)\s+(?:[а-яё]+\s+){{0,5}}?(?P<verb2>[а-яё]+)\s+(?:ещё|еще)\s+"
               rf"{_QUAL}{_FIGURE}(?:\s+из\s+(?-i:[А-ЯЁ])[а-яё-]+(?:\s+(?-i:[А-ЯЁ])[а-яё-]+)?)?{_END}",
               re.I),
    # (w199) more of them in another named place: "14 кафе в Казани и ещё шесть в Набережных
    # Челнах", "девять заводов, плюс ещё два в Обнинске", "ещё две из Новосибирска"
    re.compile(rf"^(?:\s+(?:в|во|на)\s+(?-i:[А-ЯЁ])[а-яё-]+(?:\s+(?-i:[А-ЯЁ])[а-яё-]+)?)?"
               rf"\s*(?:,\s*|\s+)(?:(?:а|и|плюс)\s+)?(?:ещё|еще)\s+{_QUAL}{_FIGURE}\s+"
               rf"(?:(?:в|во|на)\s+(?P<place>(?-i:[А-ЯЁ])[а-яё-]+(?:\s+(?-i:[А-ЯЁ])[а-яё-]+)?)|"
               rf"из\s+(?-i:[А-ЯЁ])[а-яё-]+(?:\s+(?-i:[А-ЯЁ])[а-яё-]+)?){_END}", re.I),
    re.compile(rf"^\s*(?:[,;]\s*(?:а\s+|и\s+)?|\s+(?:а|и)\s+)(?P<verb2>[а-яё]+)\s+{_QUAL}{_FIGURE}"
               rf"{_END}", re.I),
    # (w180) the contrast with the figure first or "новых" after it: "открылись 1,8 тысячи
    # точек, однако 950 закрылись", "закрылись 46 КФХ, но открылись 58 новых", "закрылись 64
    # заведения, а открылось меньше — всего 40"
    re.compile(rf"^\s*[,;]?\s*(?:а|но|однако|зато)\s+{_QUAL}{_FIGURE}\s+(?P<verb2>[а-яё]+){_END}",
               re.I),
    re.compile(rf"^\s*[,;]?\s*(?:а|но|однако|зато)\s+(?P<verb2>[а-яё]+)\s+(?:(?:меньше|больше)\s*"
               rf"[—–]\s*)?{_QUAL}{_FIGURE}(?:\s+нов(?:ых|ое|ая|ые|ый))?{_END}", re.I),
    # (w187) the new firms of the same kind after a time: "работают 84 частных детских сада,
    # за год открылось 19 новых", "…, в этом году открылись ещё пять новых" ("новых" after the
    # figure: the same noun left out; the verb takes no object, see _intransitive)
    re.compile(rf"^\s*[,;]\s*(?:а\s+|и\s+)?(?:(?:{_TIME}|за\s+(?:последний\s+|минувший\s+)?год|"
               rf"за\s+(?:последние\s+)?(?:\d+|[а-яё]+)\s+(?:лет|года?|месяцев|месяца)|"
               rf"в\s+(?:этом|текущем|минувшем|прошлом)\s+году|с\s+начала\s+(?:года|[а-яё]+\s+года))"
               rf"\s+)?(?P<verb2>[а-яё]+)\s+{_QUAL}{_FIGURE}\s+нов(?:ых|ые|ая|ое|ый){_END}", re.I),
    # "значились 912 МФО — за год из него исключили 173": the firms taken out of the register
    # the count was read from (a verb whose object they are; round 17)
    re.compile(rf"^\s*(?:[,;—–]\s*)+(?:а\s+|и\s+|но\s+)?(?:(?:{_TIME}|за\s+(?:год|(?:\d+|[а-яё]+)"
               rf"\s+(?:лет|года?|месяцев|месяца)))\s+)?из\s+(?:него|неё|нее|них|реестра|списка|"
               rf"перечня)\s+(?:(?:{_TIME}|за\s+год)\s+)?(?:исключ(?:или|ено|ены|ен[аоы]?|ат)|"
               rf"вычеркнул[аи]?|вычеркнут[аоы]?|выбыл[аио]?|вышл[аио]|вышел|удалил[аи]?|удален[аоы]?|"
               rf"удалён[аоы]?)\s+(?:ещё\s+|еще\s+)?{_QUAL}{_FIGURE}{_END}", re.I),
    # "Ветеринарных клиник — восемнадцать, а круглосуточных — всего две": the same firms of
    # a kind (an adjective in the noun's case that names no industry; see _kind); not
    # without "а" ("пять мастерских, новых — три": tests/test_sector_lists.py)
    re.compile(rf"^\s*,\s*а\s+(?P<kind>[а-яё]+(?:ых|их))\s*[—–]\s*{_QUAL}{_FIGURE}{_END}",
               re.I),
    # (round 17) the spoken register: the kind with an apposition or a clause between commas,
    # "но" for "а", "от силы", "штук": "Автошкол в городе сорок, а нормальных, с автодромом, —
    # от силы восемь", "под сотню, но белых, которые налоги платят, — штук тридцать"
    re.compile(rf"^{_ROUGHLY}\s*,\s*(?:а|но)\s+(?P<kind>[а-яё]+(?:ых|их))(?:\s*,\s*[^,—–.;:!?\d]{{1,60}}?)*"
               rf"\s*,?\s*[—–]\s*{_SPOKEN}{_QUAL}{_FIGURE}{_END}", re.I),
    # "за сотню, а тех, у кого есть своя лоза, — восемьдесят шесть", "а таких, кто может
    # накормить пять тысяч человек за раз, — десяток": the firms a clause picks out
    re.compile(rf"^{_ROUGHLY}\s*,\s*(?:а|но)\s+(?:тех|таких)\s*,\s*(?:кто|у\s+кого|что|которые|"
               rf"которых|где)\s[^—–.;:!?]{{1,90}}?,?\s*[—–]\s*{_SPOKEN}{_QUAL}{_FIGURE}{_END}",
               re.I),
    # "Нефтеперерабатывающих заводов в стране 32 крупных и ещё около 80 небольших"
    re.compile(rf"^\s*(?P<kind>[а-яё]+(?:ых|их))\s*,?\s+(?:и|а)\s+(?:(?:ещё|еще)\s+)?{_QUAL}"
               rf"{_FIGURE}\s+(?P<kind2>[а-яё]+(?:ых|их)){_END}", re.I),
    # "пять федеральных сетей и 11 региональных": the same noun left out after a kind
    re.compile(rf"^\s*,?\s*(?:и|а)\s+(?:(?:ещё|еще)\s+)?{_QUAL}{_FIGURE}\s+"
               rf"(?P<kind>[а-яё]+(?:ых|их)){_END}", re.I),
    # "Алюминиевых заводов в России девять, ещё два — за рубежом": more in another place
    re.compile(rf"^\s*,\s*(?:а\s+)?(?:ещё|еще)\s+{_QUAL}{_FIGURE}\s*[—–]\s*(?:за\s+рубежом|"
               rf"за\s+границей|{_PLACE})", re.I),
    # "ликвидированы 36 компаний, в то время как новых зарегистрировано лишь 14", "…,
    # тогда как закрылось только 9": a contrast, an adjective of the left-out noun
    re.compile(rf"^\s*[,;]?\s*(?:в\s+то\s+время\s+как|тогда\s+как|а)\s+(?:(?P<adjective>[а-яё]+)"
               rf"\s+)?(?P<verb3>[а-яё]+)\s+{_QUAL}{_FIGURE}{_END}", re.I),
    # "(годом ранее рынок за тот же период покинули 158 компаний)": a clause of another
    # time with a bare counted noun of its own (no word of a sector between them)
    # (w148) or after ";": "…; годом ранее в реестре было 297 кооперативов"
    # (w199) "хотя ещё в 2021-м на нём было больше сотни игроков", "тогда как …"
    re.compile(rf"^[^\d.;()]{{0,40}}?[(,;]\s*(?:(?:а|хотя|тогда\s+как)\s+)?(?:(?:ещё|еще)\s+)?(?:{_TIME})\s+[^\d.;()—–]{{0,60}}?\s"
               rf"{_QUAL}{_FIGURE}\s+(?P<noun>[а-яё]+){_END}", re.I),
    # "их общее число выросло с пяти до восьми", "а количество таких заводов сократилось до
    # 12": the new figure after "до" (the old one after "с" is no count of its own)
    re.compile(rf"(?:^|[\s,(])(?:их\s+)?(?:общее\s+)?(?:число|количество)(?:\s+таких)?"
               rf"(?:\s+(?P<theirs>[а-яё-]+))??(?:\s+{_PLACE})?(?:\s+(?:{_TIME}|за\s+год))?"
               rf"\s+(?:выросло|возросло|увеличилось|сократилось|снизилось|уменьшилось|"
               rf"упало|дошло)(?:\s+(?:{_TIME}))?(?:\s+с\s+(?:[\d \u00a0]+|[а-яё]+(?:\s+[а-яё]+)?))?"
               rf"\s+до\s+{_QUAL}{_FIGURE}{_END}", re.I),
    # "сейчас же таких площадок уже девять", "на Урал приходится 22 таких производства": the
    # same firms under a noun of their own after "таких"
    re.compile(rf"(?:^|[\s,(])таких\s+(?P<such>[а-яё-]+)(?:\s+{_PLACE})?\s+(?:{_WAS}\s+)?"
               rf"{_QUAL}{_FIGURE}{_END}", re.I),
    re.compile(rf"(?:^|[\s,(]){_QUAL}{_FIGURE}\s+таких\s+(?P<noun>[а-яё-]+){_END}", re.I),
    # (w187) the firms of another region in the genitive, the noun and the region's noun left
    # out: "23 частные клиники Ивановской области, 31 — Владимирской и 14 — Костромской"
    re.compile(rf"^\s*(?:,\s*|\s+и\s+|\s*,\s*а\s+)(?:(?:ещё|еще)\s+)?{_QUAL}{_FIGURE}\s*[—–]\s*"
               rf"(?P<gplace>[А-ЯЁ][а-яё]+(?:ой|ого|ых|их))(?:\s+(?:области|края|республики|"
               rf"округа|района))?(?:{_END}|(?=\s+(?:и|а)\s))"),
    # "стало 29, в Тульской — 17", "тогда как в Турции — более 300", "…, тогда как в
    # Южной Корее их, по оценке X, около 150"; the count's preposition again (w199): "собирают
    # на двух заводах, в Санкт-Петербурге — на четырёх"
    re.compile(rf"^\s*(?:,\s*)?(?:(?:а|тогда\s+как|в\s+то\s+время\s+как|а\s+вот)\s+)?"
               rf"{_OTHER_PLACE}(?:\s+их)?\s*(?:,\s*по\s+[^,.;]{{3,40}},\s*)?(?:[—–]\s*(?:(?:на|в|во)\s+)?)?{_QUAL}"
               rf"{_FIGURE}{_END}", re.I),
)
# "…, закрылись — 39, так что их общее число достигло 1 037": the figure the count reached
# (round 17), tried after every other pattern (a nearer figure is read first)
_REACHED = re.compile(rf"(?:^|[\s,(])их\s+(?:общее\s+|совокупное\s+)?(?:число|количество)"
                      rf"(?:\s+{_PLACE})?(?:\s+(?:{_TIME}|за\s+год))?\s+(?:достигло|достигает|"
                      rf"составило|составляет)\s+{_QUAL}{_FIGURE}{_END}", re.I)


def earlier_figures(morph: Morph, text: str, start: int,
                    stop: int) -> Optional[tuple[int, int, int, Optional[str]]]:
    """The first repeated figure in ``text[start:stop]`` (the words right after a count up
    to the next count or the sentence's end): (start, stop, value, its own counted noun or
    None) of the item, or None. A place of a ranking ("Ленинградская (14)", "больше всего их
    в Московской области — 197": :mod:`.sector_ranked_places`) is one too, the nearer wins."""
    from .sector_ranked_places import ranked_figure

    found = _figure(morph, text, start, stop)
    ranked = ranked_figure(morph, text, start, stop, _value)
    return ranked if ranked is not None and (found is None or ranked[0] < found[0]) else found


def _figure(morph: Morph, text: str, start: int,
            stop: int) -> Optional[tuple[int, int, int, Optional[str]]]:
    start = past_measure(text, start, stop)  # "26 ветропарков общей мощностью 2,5 ГВт, …"
    start = past_owner_place(morph, text, start, stop)  # "29 хозяйств Карелии, в …"
    start = _past_genitives(morph, text, start, stop)  # "1,6 тыс. пунктов выдачи| заказов, в …"
    window = text[start:stop]
    from .sector_restated_pronoun import PRONOUN_PATTERNS  # its patterns use this module's
    from .sector_restated_split import SPLIT_PATTERNS, frame_figure  # "а было одиннадцать"

    for pattern in _EARLIER + PRONOUN_PATTERNS + SPLIT_PATTERNS + (_REACHED,):
        for m in pattern.finditer(window):
            figure = start + m.start("figure")
            value = _value(morph, text, figure, start + m.end("figure"))
            if m.groupdict().get("frame") is not None:  # "а сотрудников у них триста": none
                figure, value = frame_figure(morph, text, m, start, _value) or (figure, None)
            if value is None and m.groupdict().get("noun"):  # "… на нём работали девять
                figure, value = _last_words(morph, text, figure, start + m.end("figure"))  # компаний"
            place = m.groupdict().get("place")
            verb = m.groupdict().get("verb") or m.groupdict().get("verb2") \
                or m.groupdict().get("verb3")
            if verb and (not _intransitive(morph, verb) or _field_after(
                    morph, text, start + m.end(), stop)):
                continue  # "ещё 15 проектируют микросхемы", "ещё семь работают в EdTech"
            kinds = [m.groupdict().get("kind"), m.groupdict().get("kind2")]
            if any(kind and not _kind(morph, kind) for kind in kinds):
                continue  # "а местных продуктовых — 40": an industry of its own
            adjective = m.groupdict().get("adjective")
            if adjective and not _plural_adjective(morph, adjective):
                continue  # "а в Москве закрылось 9": "в" is no adjective
            gplace = m.groupdict().get("gplace")
            if gplace and not _genitive_adjective(morph, gplace):
                continue  # "…, 31 — Сбербанк": no region
            if gplace and value is not None:  # the next region's figure is read after it
                lead = len(m.group(0)) - len(m.group(0).lstrip(" ,"))
                return start + m.start() + lead, start + m.end(), value, None
            if value is None or place and not _locative(morph, place):
                continue  # "на общую сумму 4,6 млрд": no place
            noun = m.groupdict().get("noun")
            obj = _counted(morph, text, start + m.start("noun"), start + m.end("noun")) \
                if noun else None
            if noun and obj is None or m.groupdict().get("more") is not None and _bound(obj):
                continue  # "годом ранее было продано 158 тонн"
            if noun:
                return figure, start + m.end("noun"), value, obj
            theirs = m.groupdict().get("theirs")
            if theirs and _counted(morph, text, start + m.start("theirs"),
                                   start + m.end("theirs")) is None:
                continue  # "число сотрудников выросло до 500": no firms
            such = m.groupdict().get("such")
            if such:  # "таких площадок": the noun "таких" names is the figure's own
                obj = _such(morph, such)
                if obj is None:
                    continue
                lead = len(m.group(0)) - len(m.group(0).lstrip(" ,("))
                return start + m.start() + lead, start + m.end("figure"), value, obj
            own = m.groupdict().get("own")
            if own:  # "таких производителей": their own noun, if it is a counted one
                obj = _counted(morph, text, start + m.start("own"), start + m.end("own"))
            if m.groupdict().get("pronoun"):  # the item starts at "их" / "таких"
                return start + m.start("pronoun"), start + m.end("figure"), value, obj
            lead = len(m.group(0)) - len(m.group(0).lstrip(" ,(\u00a0—–-"))
            return start + m.start() + lead, start + m.end("figure"), value, obj
    return None
