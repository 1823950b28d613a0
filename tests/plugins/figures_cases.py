"""The labelled set for the figures plugin (FIG001-FIG004).

Short articles built from real news sentences (the seed article, BBC News
2004-05, health news), edited to create a contradiction where a case needs
one.  Each case lists the findings it must give as (code, line); a hard
negative lists none and must give none.  Paragraphs are separated by blank
lines, so paragraph n is on line 2n - 1.

Read by tests/plugins/test_figures_cases.py (which asserts precision and
recall) and by benchmarks/eval_figures.py (which prints them).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: tuple[tuple[str, int], ...] = ()
    path: str = "article.txt"


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


SEED = Path(__file__).resolve().parents[2] / "examples" / "article.txt"

CASES: list[Case] = [
    # ---- FIG001: the same quantity with two values -------------------------
    Case("seed article", SEED.read_text(encoding="utf-8"), (("FIG001", 5),)),
    Case("seed, two paragraphs", _article(
        "Azerbaijan said on Thursday that 71 of its soldiers had been killed in clashes on the "
        "border with Armenia.",
        "According to the preliminary data of Azerbaijan, the number of dead was 50 people."),
        (("FIG001", 3),)),
    Case("nearly 50 does not agree with 71", _article(
        "Azerbaijan said 71 of its soldiers had been killed in clashes on the border.",
        "Azerbaijan's defence ministry said nearly 50 servicemen had been killed since Tuesday."),
        (("FIG001", 3),)),
    Case("majority of three", _article(
        "Azerbaijan said 71 of its soldiers had been killed in the clashes.",
        "Azerbaijan's defence ministry released a list of 71 servicemen killed.",
        "Azerbaijan's president told parliament that 60 troops had died in the fighting."),
        (("FIG001", 5),)),
    Case("capital stands for the country", _article(
        "Moscow said 30 of its troops were killed in the fighting.",
        "Russia's defence ministry said 45 soldiers had been killed in the fighting."),
        (("FIG001", 3),)),
    Case("tsunami toll, at least", _article(
        "Sri Lanka's government said at least 23,000 people were killed by the waves.",
        "Relief agencies are struggling to reach the east coast.",
        "Sri Lanka's government says 19,000 people died when the waves struck."),
        (("FIG001", 5),)),
    Case("more than 100,000 against 80,000", _article(
        "Indonesia said more than 100,000 of its people had been killed by the tsunami.",
        "Indonesia's health ministry said 80,000 people had died in the tsunami."),
        (("FIG001", 3),)),
    Case("a province is a part of the country", _article(
        "Indonesia said more than 100,000 of its people had been killed by the tsunami.",
        "Indonesia's health ministry said 80,000 people had died in Aceh province.")),
    Case("workers laid off", _article(
        "When WorldCom collapsed, 20,000 of its workers were laid off.",
        "Shareholders lost about $180bn in the collapse.",
        "WorldCom laid off 17,000 workers when it went bankrupt."),
        (("FIG001", 5),)),
    Case("profit in dollars, same year", _article(
        "Telecoms firm Nortel said its profit for 2003 was $434m.",
        "The audit put Nortel's profit for 2003 at $484m."),
        (("FIG001", 3),)),
    Case("demonym names the owner", _article(
        "Seven British soldiers were killed in the attack, the UK's Ministry of Defence said.",
        "The UK's Ministry of Defence said five British servicemen had died in the attack."),
        (("FIG001", 3),)),
    Case("two dozen in words", _article(
        "Two dozen Kenyan police officers were injured in the clashes.",
        "Kenya's police chief said 40 officers had been injured in the clashes."),
        (("FIG001", 3),)),
    Case("wounded in Madrid", _article(
        "Spain said 2,000 of its citizens were wounded in the Madrid bombings.",
        "Spain's interior ministry said 1,400 people were wounded in the bombings."),
        (("FIG001", 3),)),
    Case("euros, same year", _article(
        "Deutsche Boerse said its profit for 2004 was 120.7m euros.",
        "Deutsche Boerse's profit for 2004 was 150m euros, the exchange said."),
        (("FIG001", 3),)),
    Case("four million against 2.5m", _article(
        "Bangladesh's government said four million people had been made homeless by the floods.",
        "Bangladesh's disaster ministry said 2.5m people were homeless after the floods."),
        (("FIG001", 3),)),

    # ---- FIG001 hard negatives ------------------------------------------------
    Case("another owner: Yerevan's toll", _article(
        "Azerbaijan said 71 of its soldiers had been killed in clashes on the border.",
        "Azerbaijan's defence ministry released a list of 71 servicemen killed since Tuesday, while "
        "Yerevan said 105 of its troops had been killed.")),
    Case("another war: 2020", _article(
        "Azerbaijan said 71 of its soldiers had been killed in the worst fighting since 2020.",
        "Six weeks of fighting in 2020 claimed the lives of more than 6,500 troops on both sides.")),
    Case("another conflict: the 1990s", _article(
        "Azerbaijan said 71 of its soldiers had been killed in clashes on the border.",
        "Ethnic Armenian separatists broke away from Azerbaijan in 1991. About 30,000 people died "
        "in the conflict.")),
    Case("at least 71 agrees with 80", _article(
        "Azerbaijan said at least 71 of its soldiers had been killed in the clashes.",
        "Azerbaijan's defence ministry said 80 servicemen had been killed in the clashes.")),
    Case("more than 100 agrees with 128", _article(
        "Pakistan said more than 100 of its soldiers were killed in the offensive.",
        "Pakistan's army said 128 soldiers had died in the offensive.")),
    Case("about 2,000 agrees with 1,950", _article(
        "Russia said about 2,000 of its peacekeepers were killed in the region.",
        "Russia's defence ministry said 1,950 peacekeepers had been killed in the region.")),
    Case("nearly 50 agrees with 48", _article(
        "Azerbaijan said nearly 50 of its soldiers had been killed.",
        "Azerbaijan's defence ministry said 48 servicemen had been killed.")),
    Case("up to 40 agrees with 32", _article(
        "Nigeria said up to 40 of its soldiers were killed in the ambush.",
        "Nigeria's army said 32 soldiers had been killed in the ambush.")),
    Case("a range contains the figure", _article(
        "Sudan said between 50 and 70 of its soldiers were killed in the raid.",
        "Sudan's army said 62 soldiers had been killed in the raid.")),
    Case("an update within the article", _article(
        "Azerbaijan said 71 of its soldiers had been killed in the clashes.",
        "Azerbaijan's death toll rose from 50 to 71 overnight.")),
    Case("a later toll", _article(
        "Azerbaijan said 50 of its soldiers had been killed on Tuesday.",
        "Azerbaijan later said 71 of its soldiers had been killed.")),
    Case("the toll now stands", _article(
        "Thailand said 3,000 of its people had been killed by the waves.",
        "Thailand's death toll now stands at 5,000, officials said.")),
    Case("4m and four million", _article(
        "Bangladesh's government said four million people had been made homeless by the floods.",
        "Bangladesh's disaster ministry said 4m people were homeless after the floods.")),
    Case("soldiers and civilians are not one count", _article(
        "Pakistan said 40 of its soldiers were killed in the fighting.",
        "Pakistan's interior ministry said 25 civilians had been killed in the fighting.")),
    Case("dead and injured are not one count", _article(
        "Spain said 191 of its citizens were killed in the Madrid bombings.",
        "Spain's interior ministry said 1,800 people were injured in the bombings.")),
    Case("two sources disagree openly", _article(
        "Armenia said 50 Azerbaijani soldiers were killed in the clashes.",
        "Azerbaijan said 71 of its soldiers had been killed in the clashes.")),
    Case("the speaker is not the owner", _article(
        "Armenia said 105 of its troops had been killed in the clashes.",
        "Armenia's shelling killed 50 Azerbaijani soldiers, Armenia said.")),
    Case("a place narrows the figure", _article(
        "Azerbaijan said 71 of its soldiers had been killed in the clashes.",
        "Azerbaijan said 50 of its soldiers were killed in Lachin.")),
    Case("different days", _article(
        "On Tuesday, Iraq's interior ministry said 12 people were killed in Baghdad.",
        "On Friday, Iraq's interior ministry said 30 people were killed in Mosul.")),
    Case("different years of profit", _article(
        "Tesco said its profit for 2003 was £1.2bn.",
        "Tesco's profit for 2004 was £1.6bn, the chain said.")),
    Case("last year and this year", _article(
        "Tesco's profit last year was £1.6bn, the chain said.",
        "Tesco's profit this year was £1.9bn, the chain said.")),
    Case("profit against revenue", _article(
        "Nortel said its revenue for 2003 was $9.8bn.",
        "Nortel's profit for 2003 was $434m, the audit showed.")),
    Case("conversion in brackets", _article(
        "Nortel said it had made a profit of $434m (£231m) in 2003.",
        "Nortel's profit in 2003 was $434m, the audit showed.")),
    Case("comparison with the previous figure", _article(
        "Nortel said its profit was $434m, compared to the previously reported $732m.",
        "Nortel's profit was $434m, the audit showed.")),
    Case("a projection", _article(
        "Mittal Steel could cut up to 45,000 jobs over the next five years, its chief executive said.",
        "Mittal Steel has cut 12,000 jobs since 2002.")),
    Case("a part of the toll", _article(
        "Indonesia said 100,000 of its people had been killed by the tsunami.",
        "Indonesia's health ministry said 100,000 people had died, including 30,000 children.")),
    Case("rounded dollars", _article(
        "Nortel said its profit for 2003 was $1.2bn.",
        "Nortel's profit for 2003 was $1,234m, the audit showed.")),

    # ---- FIG002: headline against body ----------------------------------------
    Case("headline toll", _article(
        "Flood kills 40 in Bangladesh",
        "Floods in northern Bangladesh have killed 25 people, Bangladesh's government said.",
        "Rescue teams are still searching for survivors in the worst-hit districts."),
        (("FIG002", 1),)),
    Case("headline in front matter", "---\ntitle: \"Tsunami kills 5,000 in Thailand\"\n---\n\n"
         "Thailand's government said 3,000 people were killed when the waves struck.\n\n"
         "Thousands of tourists were among those caught by the waves.\n",
         (("FIG002", 2),), "article.md"),
    Case("headline blast", _article(
        "Baghdad blast kills 30",
        "Iraq's interior ministry said 12 people were killed in the blast in Baghdad.",
        "The explosion happened close to a police station."),
        (("FIG002", 1),)),
    Case("headline profit", _article(
        "Nortel makes $900m profit",
        "Telecoms firm Nortel said its profit for 2003 was $434m.",
        "Nortel shares climbed 1.46% in Toronto on Tuesday."),
        (("FIG002", 1),)),
    # FIG002 hard negatives
    Case("rounded headline: $300m revision", _article(
        "Nortel in $300m profit revision",
        "Telecoms equipment maker Nortel Networks has sharply revised downwards its profits for "
        "2003.",
        "Nortel said it had made $434m (£231m), compared to the previously reported $732m.")),
    Case("headline agrees", _article(
        "Flood kills 25 in Bangladesh",
        "Floods in northern Bangladesh have killed 25 people, Bangladesh's government said.",
        "Rescue teams are still searching.")),
    Case("headline rounds the body", _article(
        "Quake kills 1,000 in Iran",
        "Iran's government said at least 980 people were killed by the earthquake.",
        "Rescue teams are still searching.")),
    Case("headline reports an update", _article(
        "Tsunami toll hits 5,000 in Thailand",
        "Thailand's government said 3,000 people were killed when the waves struck.",
        "The toll is expected to rise.")),
    Case("first line is a sentence, not a headline", _article(
        "Floods in Bangladesh have killed 40 people, the government said on Monday.",
        "Bangladesh's government said 25 people were killed in the northern districts.")),

    # ---- FIG003: totals and their parts ----------------------------------------
    Case("medals do not add up", _article(
        "Britain won 12 medals: five gold, four silver and two bronze.",
        "It was the best haul since 1908."),
        (("FIG003", 1),)),
    Case("parts exceed the total", _article(
        "The fire killed 30 people, including 20 children and 15 firefighters.",
        "The cause of the blaze is not yet known."),
        (("FIG003", 1),)),
    Case("job cuts do not add up", _article(
        "The cuts total 1,400 jobs: 560 at the Department of Trade and Industry, 400 at the "
        "Inland Revenue and 300 at Customs."),
        (("FIG003", 1),)),
    Case("money parts exceed the total", _article(
        "The bank set aside £10m, including £7m for legal costs and £6m for compensation."),
        (("FIG003", 1),)),
    # FIG003 hard negatives
    Case("medals add up", _article("Britain won 11 medals: five gold, four silver and two bronze.")),
    Case("some of the total", _article(
        "The fire killed 30 people, including 20 children and 5 firefighters.")),
    Case("rounded total", _article(
        "The firm will cut 1,000 jobs: 600 in Leeds and 380 in Hull.")),
    Case("levels, not parts", _article(
        "In patients receiving a sham injection, levels showed almost no change from their "
        "initial levels of 7.10: 7.07 in the fifth year and 7.22 in the eighth.")),
    Case("about a total", _article(
        "About 30 people were hurt: 12 in Leeds, 9 in York and 5 in Hull.")),

    # ---- FIG004: one number written two ways -----------------------------------
    Case("6,500 and 6500", _article(
        "Six weeks of fighting claimed the lives of more than 6,500 troops on both sides.",
        "Of the 6500 troops, most were conscripts."),
        (("FIG004", 3),)),
    Case("European separator", _article(
        "Armenia said 6,500 of its troops were killed in 2020.",
        "Armenia's defence ministry said 6.500 troops were killed in 2020."),
        (("FIG004", 3),)),
    Case("dollars written two ways", _article(
        "The fine stands at $32,500 for each offence.",
        "Jaynes was fined $32500 by the court."),
        (("FIG004", 3),)),
    # FIG004 hard negatives
    Case("a year and a count", _article(
        "The company was founded in 2000.",
        "It now employs 2,000 staff in Leeds.")),
    Case("flight number", _article(
        "Flight 6500 landed safely in Madrid.",
        "The airline carries 6,500 passengers a day.")),
    Case("the same style twice", _article(
        "More than 6,500 troops died in the fighting.",
        "Of the 6,500 troops, most were conscripts.")),
]


# Written after the code was tuned on CASES.  First scored as written, with
# the India case relabelled as it should have been (a part, not a second
# value): precision 0.80 (4 of 5), recall 0.67 (4 of 6).  The misses were
# "nationals" (not a known noun) and "20 trophies at United:" (not a known
# total); the false alarm was the Tamil Nadu part.  All three were then
# fixed, so this set is no longer blind: the first score is the estimate.
HELD_OUT: list[Case] = [
    Case("held: Pinochet toll", _article(
        "Chile's government said more than 3,000 people were killed for political reasons under "
        "Gen Pinochet's regime.",
        "Chile's official report said 2,279 people were killed under the regime."),
        (("FIG001", 3),)),
    # first labelled a contradiction by mistake: Tamil Nadu's 1,500 are a part
    # of India's toll, not another value of it
    Case("held: tsunami in India", _article(
        "India said more than 2,000 of its people are thought to have died.",
        "India's home ministry said 1,500 people had died in Tamil Nadu.")),
    Case("held: quarterly revenue", _article(
        "Google said its revenue for the three months to September was $805.9m.",
        "Google's revenue for the three months to September was $705.9m, analysts noted."),
        (("FIG001", 3),)),
    Case("held: nationals", _article(
        "Thailand said eight of its citizens were killed in the attack.",
        "Thailand's foreign ministry said 12 Thai nationals had been killed."),
        (("FIG001", 3),)),
    Case("held: further cuts", _article(
        "BA has cut 13,000 jobs since the 11 September 2001 attacks.",
        "BA said it would cut a further 600 jobs.")),
    Case("held: losses and debts", _article(
        "WorldCom's shareholders lost about $180bn.",
        "WorldCom's debts were $41bn when it collapsed.")),
    Case("held: investors and workers", _article(
        "More than 130,000 people lost money following the firm's collapse.",
        "The firm said 20,000 workers lost their jobs.")),
    Case("held: a list of countries", _article(
        "The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, with at least 23,000 "
        "people killed.",
        "In Thailand, more than 5,000 people were killed.")),
    Case("held: trophies", _article(
        "Ferguson has won 20 trophies at United: eight league titles, five FA Cups and two "
        "European Cups."),
        (("FIG003", 1),)),
    Case("held: the dead include", _article(
        "The 23,000 dead include 10,000 in Sri Lanka and 5,000 in Thailand.")),
    Case("held: posts written two ways", _article(
        "Some 12,500 civil servant posts have been axed.",
        "The 12500 posts are in Wales."),
        (("FIG004", 3),)),
    Case("held: quake headline", _article(
        "Quake kills 500 in Iran",
        "Iran's interior ministry said 60 people were killed by the earthquake in the south-east.",
        "Rescue teams are still searching."),
        (("FIG002", 1),)),
    Case("held: job cut headline", _article(
        "Mittal to cut 45,000 jobs",
        "Mittal Steel could cut up to 45,000 jobs over the next five years, its chief executive said.")),
    Case("held: same toll twice", _article(
        "Spain said 191 people were killed in the Madrid bombings.",
        "Spain's interior ministry said 191 people died.")),
    Case("held: two years", _article(
        "Pakistan said 40 of its soldiers were killed in 2004.",
        "Pakistan said 25 of its soldiers were killed in 2003.")),
]
