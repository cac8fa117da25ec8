"""Regenerate the syllables of lexicons/east_asian_syllables_{chinese,korean,vietnamese}.txt, whose headers
say how they are made: ``python scripts/east_asian_syllables.py chinese|korean|vietnamese`` prints the
syllables, one a line (the header is kept by hand). Chinese: Palladius from the pinyin table; Korean and
Vietnamese: initials, vowels or rhymes and finals composed (Kontsevich and the press)."""
import sys


def chinese():
    INIT = {"b":"б","p":"п","m":"м","f":"ф","d":"д","t":"т","n":"н","l":"л","g":"г","k":"к","h":"х",
            "j":"цз","q":"ц","x":"с","zh":"чж","ch":"ч","sh":"ш","r":"ж","z":"цз","c":"ц","s":"с","":""}
    FIN = {"a":"а","o":"о","e":"э","ai":"ай","ei":"эй","ao":"ао","ou":"оу","an":"ань","en":"энь","ang":"ан","eng":"эн",
           "ong":"ун","u":"у","ua":"уа","uo":"о","uai":"уай","ui":"уй","uan":"уань","un":"унь","uang":"уан",
           "i":"и","ia":"я","ie":"е","iao":"яо","iu":"ю","ian":"янь","in":"инь","iang":"ян","ing":"ин","iong":"юн",
           "ü":"юй","üe":"юэ","üan":"юань","ün":"юнь"}
    SYL = {
     "b": "a o ai ei ao an en ang eng i ie iao ian in ing u",
     "p": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
     "m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
     "f": "a o ei ou an en ang eng u",
     "d": "a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un",
     "t": "a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
     "n": "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan ü üe",
     "l": "a e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe",
     "g": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
     "k": "a e ai ao ou an en ang eng ong u ua uo uai ui uan un uang",
     "h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
     "j": "i ia ie iao iu ian in iang ing iong ü üe üan ün",
     "q": "i ia ie iao iu ian in iang ing iong ü üe üan ün",
     "x": "i ia ie iao iu ian in iang ing iong ü üe üan ün",
     "zh": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
     "ch": "a e ai ao ou an en ang eng ong u ua uo uai ui uan un uang",
     "sh": "a e ai ei ao ou an en ang eng u ua uo uai ui uan un uang",
     "r": "e ao ou an en ang eng ong u uo ui uan un",
     "z": "a e ai ei ao ou an en ang eng ong u uo ui uan un",
     "c": "a e ai ao ou an en ang eng ong u uo ui uan un",
     "s": "a e ai ao ou an en ang eng ong u uo ui uan un",
    }
    out = set()
    for i, fins in SYL.items():
        for f in fins.split():
            out.add(INIT[i] + FIN[f])
    # the apical vowel: zhi chi shi ri, zi ci si
    out |= {"чжи", "чи", "ши", "жи", "цзы", "цы", "сы"}
    # no initial
    out |= set("а о э ай эй ао оу ань энь ан эн эр и я е яо ю янь инь ян ин юн у ва во вай вэй вань вэнь ван вэн юй юэ юань юнь".split())
    out.discard("хуй")
    out.add("хуэй")  # hui is written хуэй
    return out


def korean():
    inits = ["", "к", "г", "кк", "кх", "н", "т", "д", "тт", "тх", "р", "л", "м", "п", "б", "пп", "пх", "с", "сс", "ш",
             "ч", "чж", "чч", "чх", "дж", "х"]
    vowels = ["а", "я", "о", "ё", "у", "ю", "ы", "и", "э", "е", "ва", "вэ", "ве", "во", "ви"]
    finals = ["", "к", "н", "т", "ль", "л", "р", "м", "п"]
    out = set()
    for i in inits:
        for v in vowels:
            if i and v[0] == "в":
                if i not in ("к", "г", "кх", "х", "ч", "чж", "чх", "с", "т", "тх", "д", "н"):
                    continue
            for f in finals:
                out.add(i + v + f)
    out |= {"ый", "хый", "ыйль", "ыйн"}
    return out
def vietnamese():
    inits = ["", "б", "к", "кх", "ч", "з", "д", "г", "х", "л", "м", "н", "нг", "ф", "ж", "с", "ш", "т", "тх", "в", "ку"]
    soft = ["нь", "ть", "дь", "зь", "ль", "фь", "кь", "бь", "хь", "ш", "ж", "ч"]  # before a vowel written я, ю, ё, е
    rhymes = ("а ай ао ау ак ам ан анг ань ап ат ать "
              "е э эо эм эн эп эт ео ем ен еп ет ек ень еть еу "
              "и иа иу им ин инь ип ит ить ием иен иеп иет иеу иенг "
              "о ой ок ом он онг оп от оа оай оан оанг оань оат оать оак оэ оонг оок "
              "у уа уан уай уат уе уен ует уй ук ум ун унг уп ут уо уой уок уом уон уонг уот уэ уи уинь уать уи уат "
              "ы ыа ыи ык ым ын ынг ыок ыом ыон ыонг ыоп ыот ыоу ыт ыу ый").split()
    out = set()
    for i in inits:
        for r in rhymes:
            if i == "ку" and r[0] in "уы":
                continue
            out.add(i + r)
    iot = {"а": "я", "у": "ю", "о": "ё", "е": "е", "э": "е", "ы": "ы", "и": "и"}
    for s in soft:
        for r in rhymes:
            v = r[0]
            if s[-1] == "ь":
                base = s[:-1]
                if v in "аоуэ":
                    out.add(base + iot[v] + r[1:])
                elif v == "е":
                    out.add(s + r)  # "Тьеу", "Дьем"
                    out.add(base + r)
                elif v == "ы":
                    out.add(s + r)  # "Ньы"
            else:
                out.add(s + r)
    out |= {"хюинь", "хюэ", "тхюи", "тюи", "хюи", "нгуен", "кьет", "зюи", "нгием", "нгиа", "нгиеп"}
    return out


if __name__ == "__main__":
    made = {"chinese": chinese, "korean": korean, "vietnamese": vietnamese}[sys.argv[1]]()
    print("\n".join(sorted(made)))
