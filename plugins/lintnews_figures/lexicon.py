"""Word lists: what a figure can count, the events that make a count, and
the names that stand for one another (a capital for its country).

Kept as plain data so that a reviewer can read and extend it.
"""
from __future__ import annotations

# A counted noun -> (class, kind).  Nouns of one class are near-synonyms: two
# figures for them can be the same quantity.  Within the class "people",
# kinds tell soldiers from civilians; a "generic" kind ("people", "dead")
# may stand for either, two different specific kinds may not.
NOUNS: dict[str, tuple[str, str]] = {}


def _add(cls: str, kind: str, words: str) -> None:
    for w in words.split():
        NOUNS[w.replace("_", " ")] = (cls, kind)


_add("people", "military", "soldier soldiers serviceman servicemen servicewoman servicewomen "
     "troops troop personnel marines sailors airmen paratroopers conscripts")
_add("people", "police", "police policemen policeman officers")
_add("people", "civilian", "civilians civilian")
_add("people", "child", "children child kids boys girls babies infants")
_add("people", "militant", "militants rebels insurgents fighters separatists gunmen")
_add("people", "peacekeeper", "peacekeepers")
_add("people", "generic", "people persons individuals dead deaths victims lives fatalities "
     "bodies men women residents citizens")
_add("people", "migrant", "migrants refugees asylum-seekers")
_add("people", "patient", "patients")
_add("people", "worker", "workers employees staff staffers")
_add("people", "miner", "miners")
_add("people", "passenger", "passengers")
_add("people", "prisoner", "prisoners inmates detainees hostages")
_add("people", "protester", "protesters demonstrators")
_add("people", "generic", "nationals villagers")
_add("people", "tourist", "tourists holidaymakers visitors")
_add("people", "pilgrim", "pilgrims worshippers")
_add("people", "student", "students pupils schoolchildren")
_add("people", "journalist", "journalists reporters")
_add("people", "rescuer", "firefighters rescuers paramedics")
_add("jobs", "jobs", "jobs posts")

# Event families: a word in the clause that says what happened to the
# counted people.  Two figures are one quantity only under the same event.
EVENTS: dict[str, str] = {}


def _ev(event: str, words: str) -> None:
    for w in words.split():
        EVENTS[w.replace("_", " ")] = event


_ev("killed", "killed kills kill killing died dies dead deaths death fatalities perished "
    "lives slain massacred executed drowned murdered toll")
_ev("injured", "injured injures injuring wounded wounds wounding hurt injuries")
_ev("missing", "missing unaccounted")
_ev("arrested", "arrested detained")
_ev("evacuated", "evacuated displaced homeless")
_ev("captured", "captured kidnapped abducted taken_hostage")
_ev("infected", "infected sickened")
_ev("cut", "redundant redundancies axed axe shed cut cuts layoffs laid sacked dismissed")

# Nouns that carry their own event.
NOUN_EVENTS = {"dead": "killed", "deaths": "killed", "fatalities": "killed", "bodies": "killed",
               "victims": "killed", "lives": "killed"}

# Names that stand for one another: a capital, a demonym or a government
# for its country.  Key: lower-case name; value: the canonical entity.
ALIASES: dict[str, str] = {}


def _alias(canonical: str, names: str) -> None:
    ALIASES[canonical.lower()] = canonical
    for n in names.split(","):
        n = n.strip()
        if n:
            ALIASES[n.lower()] = canonical


_alias("Armenia", "Yerevan, Armenian, Armenians")
_alias("Azerbaijan", "Baku, Azerbaijani, Azerbaijanis, Azeri, Azeris")
_alias("Russia", "Moscow, Kremlin, Russian, Russians")
_alias("Ukraine", "Kyiv, Kiev, Ukrainian, Ukrainians")
_alias("United States", "US, U.S., USA, America, American, Americans, Washington, Pentagon")
_alias("United Kingdom", "UK, Britain, British, London, Whitehall, Downing Street")
_alias("France", "Paris, French")
_alias("Germany", "Berlin, German, Germans")
_alias("China", "Beijing, Chinese")
_alias("Israel", "Israeli, Israelis, Jerusalem")
_alias("Iran", "Tehran, Iranian, Iranians")
_alias("Iraq", "Baghdad, Iraqi, Iraqis")
_alias("Syria", "Damascus, Syrian, Syrians")
_alias("Afghanistan", "Kabul, Afghan, Afghans")
_alias("Pakistan", "Islamabad, Pakistani, Pakistanis")
_alias("India", "Delhi, New Delhi, Indian, Indians")
_alias("Japan", "Tokyo, Japanese")
_alias("Turkey", "Ankara, Turkish")
_alias("Georgia", "Tbilisi, Georgian, Georgians")
_alias("Sudan", "Khartoum, Sudanese")
_alias("Ethiopia", "Addis Ababa, Ethiopian, Ethiopians")

# Capitalised words that are not entities (sentence openers, days, months,
# titles) and so never own a figure.
NOT_ENTITIES = frozenset("""
a an the this that these those it its their his her our we they he she i you in on at by
for from with of to as after before during since until while when where but and or if
according however meanwhile also about around nearly almost more some last next this
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december mr mrs ms dr prof sir lord lady
president minister prime chief secretary general officials official police ministry
government state states said says reuters ap afp bbc read also source previous next
one two three four five six seven eight nine ten both all many most several other
earlier later today yesterday tomorrow there here what who which why how now then
""".split())

# Countries named as themselves (their demonyms where they differ simply).
for _country, _names in {
    "Indonesia": "Indonesian, Indonesians, Jakarta", "Thailand": "Thai, Bangkok",
    "Sri Lanka": "Sri Lankan, Colombo", "Bangladesh": "Bangladeshi, Dhaka",
    "Spain": "Spanish, Madrid", "Italy": "Italian, Italians, Rome", "Kenya": "Kenyan, Kenyans, Nairobi",
    "Nigeria": "Nigerian, Nigerians, Abuja", "Egypt": "Egyptian, Egyptians, Cairo",
    "South Africa": "South African, South Africans, Pretoria", "Brazil": "Brazilian, Brazilians",
    "Mexico": "Mexican, Mexicans", "Canada": "Canadian, Canadians, Ottawa",
    "Australia": "Australian, Australians, Canberra", "Poland": "Polish, Warsaw",
    "Netherlands": "Dutch, Holland, Amsterdam", "Belgium": "Belgian, Brussels",
    "Greece": "Greek, Athens", "Ireland": "Irish, Dublin", "Scotland": "Scottish, Edinburgh",
    "Wales": "Welsh, Cardiff", "Nepal": "Nepalese, Kathmandu", "Somalia": "Somali, Mogadishu",
    "Yemen": "Yemeni, Sanaa", "Saudi Arabia": "Saudi, Saudis, Riyadh", "Lebanon": "Lebanese, Beirut",
    "Jordan": "Jordanian, Amman", "Libya": "Libyan, Tripoli", "Algeria": "Algerian, Algiers",
    "Morocco": "Moroccan, Rabat", "Philippines": "Filipino, Filipinos, Manila",
    "Vietnam": "Vietnamese, Hanoi", "South Korea": "South Korean, Seoul",
    "North Korea": "North Korean, Pyongyang", "Taiwan": "Taiwanese, Taipei",
    "Malaysia": "Malaysian, Kuala Lumpur", "Myanmar": "Burma, Burmese",
    "Haiti": "Haitian, Port-au-Prince", "Colombia": "Colombian, Bogota", "Peru": "Peruvian, Lima",
    "Chile": "Chilean, Santiago", "Argentina": "Argentine, Argentinian, Buenos Aires",
    "Venezuela": "Venezuelan, Caracas", "Cuba": "Cuban, Havana", "Zimbabwe": "Zimbabwean, Harare",
    "Uganda": "Ugandan, Kampala", "Rwanda": "Rwandan, Kigali", "Congo": "Congolese, Kinshasa",
    "Mali": "Malian, Bamako", "Chad": "Chadian", "Niger": "Nigerien, Niamey",
    "Serbia": "Serbian, Serbs, Belgrade", "Bosnia": "Bosnian, Sarajevo", "Kosovo": "Kosovan, Pristina",
    "Belarus": "Belarusian, Minsk", "Sweden": "Swedish, Stockholm", "Norway": "Norwegian, Oslo",
    "Denmark": "Danish, Copenhagen", "Finland": "Finnish, Helsinki", "Switzerland": "Swiss, Bern",
    "Austria": "Austrian, Vienna", "Portugal": "Portuguese, Lisbon", "Hungary": "Hungarian, Budapest",
    "Romania": "Romanian, Bucharest", "Bulgaria": "Bulgarian, Sofia", "Palestinian territories":
    "Palestinian, Palestinians, Gaza, Hamas", "Kazakhstan": "Kazakh, Astana",
    "Uzbekistan": "Uzbek, Tashkent", "Tajikistan": "Tajik, Dushanbe", "Kyrgyzstan": "Kyrgyz, Bishkek",
}.items():
    _alias(_country, _names)
