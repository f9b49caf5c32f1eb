"""End-to-end pipeline speed and memory of syndicate, against translate-toolkit as a peer.

    .venv/bin/python benchmarks/bench_pipeline.py                    # 1,000 articles, de,fr,es
    .venv/bin/python benchmarks/bench_pipeline.py --articles 100     # a quick run
    .venv/bin/python benchmarks/bench_pipeline.py --keep /tmp/bench  # keep the workspaces

N synthetic English news articles are generated from a fixed seed in syndicate's wire layout
(date line, headers, lede, dateline, subheadings, quotations with attributions, names with
later short mentions, numbers, an author code) and as plain HTML with the same text.

syndicate: first extract, full build, no-op rebuild, rebuild after one PO edit, check (twice), status
(twice), unchanged re-extract, two batches of 10 new articles. translate-toolkit: html2po -P, pot2po per locale (its "extract"), po2html per
locale (its "build"). Every step is one subprocess, timed with time.perf_counter; its CPU time
(user + system, worker processes included) and peak RSS come from the os.wait4 rusage. Peak RSS
is ru_maxrss, the largest single process of the step's process tree (not the sum of concurrent
worker processes). Filling the PO files with translations (msgstr = msgid with the numbers
written the target language's way) is not timed. syndicate's first extract and full build are
repeated at N/4 to show how peak memory grows with N. See benchmarks/README-pipeline.md.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import html
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import polib
from babel.numbers import get_decimal_symbol, get_group_symbol

SEED = 20261125
DOUBLED_STOP = re.compile(r"\.\.(?= |$)")
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+\.\d+(?![\d.])")
FIRST_SENTENCE = re.compile(r".+?[.?!](?= |$)")  # the lede's first sentence: the headline without a title
NEW_ARTICLES = 20  # the desk's next two batches of 10
BIN = Path(sys.executable).parent  # the venv's scripts: syndicate, html2po, pot2po, po2html
PEER_FLAGS = ["--progress=none"]

# ---------------------------------------------------------------------------------------------
# Word pools
# ---------------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Maria Jan Sven Anne Lucía Hendrik Laura Robert Ellen Marta Tomás Ingrid Pieter Sofia Luca "
    "Amira Kofi Yuki Ana João Élodie François Björn Agnieszka Dmitri Fatima Omar Grace Daniel "
    "Helen Kwame Nadia Paolo Chiara Elif Mehmet Siobhán Ciarán Katarzyna Lars Nils Freya Oskar "
    "Camille Hugo Inés Diego Valentina Marco Zofia Matteo Aisha Leila Samuel Ruth Peter Claire "
    "Thomas Julia Emma Henrik Mette Jonas Rosa Felix Alma Viktor Irene Teresa Bruno Greta"
).split()
LAST_NAMES = (
    "Costa Bakker Ekdahl Lowe Fernández Whitfield Haines Marsh Kowalski Jansen Novak Moreau "
    "Rossi Schmidt Larsen Nieminen Papadopoulos Horvat Silva Okafor Mensah Tanaka Kim O'Brien "
    "Müller Dubois García Lindqvist Andersson Kovač Popescu Ivanova Hansen Berg Weber Fischer "
    "Martin Bernard Romano Ricci Santos Pereira Nowak Wójcik Petrov Hoffmann Brennan Walsh "
    "Murphy Byrne Clarke Hughes Mitchell Reyes Navarro Ortega Castillo Visser Dekker Vos "
    "Lambert Girard Keller Brandt Sørensen Lund Mäkinen Virtanen Esposito Conti Almeida Duarte"
).split()
ROLES = [
    "union leader", "economist", "Mayor", "Dr.", "Prof.", "Sen.", "Commissioner", "spokeswoman",
    "spokesman", "analyst", "coach", "Finance Minister", "chief executive", "researcher", "lawyer",
    "councillor", "chairwoman", "historian", "Judge", "Rep.", "Gov.", "director", "engineer",
    "nurse", "farmer", "teacher", "striker", "captain", "Health Minister", "party leader",
    "shop owner", "epidemiologist", "climate scientist", "port manager", "defence lawyer",
]
CITIES = [
    "Rotterdam", "Brussels", "Lisbon", "Washington", "Berlin", "Madrid", "Paris", "Vienna",
    "Geneva", "Oslo", "Warsaw", "Prague", "Dublin", "Athens", "Milan", "Lyon", "Seville",
    "Hamburg", "Copenhagen", "Helsinki", "Tallinn", "Riga", "Vilnius", "Budapest", "Zagreb",
    "Sofia", "Bucharest", "Porto", "Valencia", "Marseille", "Antwerp", "Ghent", "Utrecht",
    "Zurich", "Bern", "Munich", "Frankfurt", "Cologne", "Stockholm", "Gothenburg", "Edinburgh",
    "Cardiff", "Belfast", "Montreal", "Toronto", "Chicago", "Boston", "Denver", "Nairobi",
    "Lagos", "Cape Town", "Sydney", "Auckland", "Singapore", "Seoul", "Osaka", "New York",
    "Buenos Aires", "The Hague", "Rio de Janeiro", "São Paulo", "Kraków", "Malmö", "Łódź",
]
COUNTRIES = [
    "Sweden", "Portugal", "Belgium", "Poland", "Greece", "Ireland", "Austria", "Finland",
    "Estonia", "Croatia", "Romania", "Canada", "Kenya", "Nigeria", "Japan", "Chile", "Norway",
    "Denmark", "Hungary", "Slovenia", "Bulgaria", "Latvia", "Lithuania", "Spain", "Italy",
]
ORGS = [
    "Euromax Terminals", "Erasmus University", "Nordbank", "Atlas Energy", "Helix Biotech",
    "Orion Telecom", "Castor Airlines", "Verdant Foods", "Meridian Rail", "Baltic Shipping",
    "Solvay Institute", "Harbour Logistics", "Alpine Insurance", "Kestrel Motors", "Lumen Media",
    "Granite Capital", "Polaris Pharma", "Aurora Steel", "Cobalt Mining", "Tidewater Utilities",
    "FC Lindholm", "Real Castellón", "the European Commission", "the World Health Organization",
    "the International Energy Agency", "the Red Cross", "Greenfield Housing", "Sentinel Security",
]
OUTLETS = [
    "the Dutch broadcaster NOS", "the newspaper Il Corriere Sera", "Radio Helvetia",
    "the broadcaster RTV Noord", "the weekly Der Blick", "the news site Nordpost",
    "the daily Tribune", "the agency Iberpress", "the magazine Global Affairs",
    "public radio", "local television", "a morning talk show",
]
TOPICS = [
    "port strike", "pension reform", "budget deal", "tariff dispute", "rail link",
    "climate bill", "housing plan", "vaccine campaign", "trade agreement", "stadium project",
    "wage talks", "merger", "water shortage", "bridge closure", "teachers' strike",
    "energy levy", "airport expansion", "coalition talks", "fishing quota", "data breach",
    "flood defences", "hospital merger", "tax overhaul", "mining licence", "election recount",
    "drought relief plan", "rent freeze", "steel tariffs", "broadband rollout", "ferry strike",
]
GROUPS = [
    "dockers", "ministers", "nurses", "farmers", "pilots", "teachers", "residents", "shareholders",
    "students", "lorry drivers", "fishermen", "voters", "commuters", "tenants", "doctors",
    "supporters", "investors", "firefighters", "miners", "rail workers",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "tenth", "12th", "21st"]
CURRENCIES = ["€", "$", "£"]
SECTIONS = [
    "Home page economy", "Home page politics", "Home page sport football", "Home page sport tennis",
    "Home page culture", "Home page science", "Home page world europe", "Home page technology",
    "Home page health", "Home page environment", "Home page business markets", "Home page regional news",
]
AUTHOR_CODES = ["mk", "se", "rb", "jdv", "ak", "lp", "tm", "hs", "cb", "ef"]

# ---------------------------------------------------------------------------------------------
# Sentence templates. Slots: {P} a new person's full name, {Pr} the same with a role, {S} the
# surname of a person already named (a later short mention), {Q} a quoted statement and {Qq}
# a quoted question (without final punctuation), {frag} a short quoted fragment, and the
# other pools of `Slots`.
# ---------------------------------------------------------------------------------------------

TITLES = [
    "{City} braces for {topic} as talks stall", "{Org} cuts {small} percent of its workforce",
    "Talks on the {topic} collapse in {city}", "{Group} walk out over the {topic}",
    "Court halts the {topic} in {city}", "{Org} posts record profit of {money}",
    "Government survives vote on the {topic}", "Protest in {city} draws {n} people",
    "{City} votes to scrap the {topic}", "Deadline for the {topic} passes without a deal",
    "{Org} and {org} agree to merge", "Inflation in {country} rises to {pct}",
    "Storm leaves {n} homes without power", "{Group} win concessions in {topic}",
    "Minister resigns over the {topic}", "Underdogs from {country} win the cup",
    "New rules for {group} take effect on {day}", "{City} unveils {money} plan",
    "Scientists warn of delays to the {topic}", "Rescue teams reach stranded {group}",
]
LEDES = [
    "Will the {topic} spread? {Pr} says “{frag}” and threatens further action.",
    "The {topic} is back on the table. {Pr} wants a decision before {month} {year}.",
    "It was supposed to be a formality. Instead the {topic} has split the coalition in {city}.",
    "{Org} is in trouble. The company lost {money} in the last quarter, and {Pr} calls the figures “{frag}”.",
    "The {group} have had enough. After {small} days of talks, they plan to strike from {day}.",
    "A breakthrough at last: negotiators in {city} agreed on the {topic} early on {day}.",
    "Prices are rising faster than expected. In {country}, inflation reached {pct} in {month}.",
    "Who pays for the {topic}? {Pr} says the answer will decide the next election.",
    "The numbers are in. {Org} reported a profit of {money}, well above forecasts.",
    "Nobody expected this. {Org} announced on {day} that it will leave {city}.",
    "The {topic} has cost more than planned. {Pr} blames “{frag}”.",
    "Hope for the {group}: a court in {city} has suspended the {topic}.",
    "It took {small} hours of debate. In the end, lawmakers approved the {topic} by {small} votes to {small}.",
    "A quiet town is making headlines. {City} wants to become the first city to ban cars from its centre.",
    "The {group} say they were never consulted. {Pr} has promised to listen.",
    "Is the {topic} a turning point? Experts in {city} are divided.",
    "The deadline has passed. There is still no agreement on the {topic}.",
    "{Org} wants to build a new plant in {city}. Residents are not convinced.",
    "A record night in {city}: {n} spectators watched the final.",
    "The storm is over, but the damage is only now becoming clear. {Pr} speaks of “{frag}”.",
    "Good news for {group}: the {topic} will not go ahead this year.",
    "The minister is under pressure. {Pr} faces questions about the {topic}.",
    "Can {city} afford the {topic}? The city council will decide on {day}.",
    "After {small} years, the {topic} is finished. It cost {money}.",
    "Talks have failed again. The {group} in {country} will strike on {day}.",
    "The vote was closer than expected. {Pr} won with {pct} of the ballots.",
    "It is the biggest deal of the year. {Org} is buying {org} for {money}.",
    "The warnings were clear. Still, nobody in {city} was prepared for the flood.",
    "A small club has done the impossible. {Org} beat the champions {small}-{small}.",
    "Doctors in {country} are sounding the alarm. Waiting lists have doubled since {year}.",
]
DATELINE_OPENERS = [
    "The {topic} entered its {ord} day on {day}.",
    "Nobody gave them a chance.",
    "The debate lasted almost {small} hours.",
    "The mood at the town hall was tense on {day} morning.",
    "Hundreds of {group} gathered outside the parliament on {day}.",
    "The announcement came shortly after {time}.",
    "Negotiators worked through the night.",
    "The first lorries were turned away at dawn.",
    "It was the {ord} meeting in as many weeks.",
    "The streets were empty on {day} evening.",
    "Police closed the main square shortly before {time}.",
    "The report, published on {day}, runs to {n} pages.",
    "Few had expected a result so soon.",
    "The court delivered its ruling on {day} afternoon.",
    "Ministers arrived for the talks one by one.",
    "The queue outside the clinic started forming at {time}.",
    "Rain did not stop the {group} from marching.",
    "The vote was scheduled for {time} but started late.",
    "Engineers have been inspecting the damage since {day}.",
    "The company's shares fell {pct} in early trading.",
    "The stadium was sold out weeks in advance.",
    "Talks broke down just before midnight.",
    "The plan was first proposed in {year}.",
    "It was a day of surprises.",
    "A crowd of {n} people filled the square on {day}.",
    "The {group} blocked the motorway for {small} hours.",
    "The first results were published at {time}.",
    "The ministry confirmed the figures on {day}.",
    "The ceremony was held behind closed doors.",
    "The fire broke out shortly after {time}.",
]
BODY = [
    "{Pr} said the {topic} would cost {money} over {small} years.",
    "According to {org}, about {n} {group} are affected.",
    "Each day of standstill costs the economy an estimated {money}, said {Pr} of {org}.",
    "{Org} declined to comment.",
    "The {group} want contracts that last longer than a season.",
    "The government has promised to present a plan by {month} {year}.",
    "{S} has been in office since {year}.",
    "Talks are due to resume on {day} at {time}.",
    "The opposition called for an inquiry into the {topic}.",
    "Some {group} have already left {city}.",
    "The last comparable dispute, in {year}, lasted {small} weeks.",
    "{Org} employs about {n} people in {country}.",
    "Turnout was {pct}, the lowest since {year}.",
    "The plan still needs the approval of the regional parliament.",
    "Critics say the {topic} favours large companies.",
    "Supporters point out that similar rules already apply in {country}.",
    "The {group} have threatened to take the case to court.",
    "It is not the first time that {org} has faced such accusations.",
    "{S} rejected the criticism.",
    "Prices for fresh food rose by {pct} in {month}.",
    "The ministry said it was monitoring the situation closely.",
    "{Pr} of {org} expects the shortage to last until {month}.",
    "A spokesperson for {org} confirmed the figures.",
    "The city has set aside {money} for emergency repairs.",
    "About {n} containers are stuck on the quays, according to {org}.",
    "The decision can still be appealed.",
    "A final report is expected in {month} {year}.",
    "The {group} in {city2} have joined the protest.",
    "In {city}, the effects are already visible.",
    "Rents in the city centre have risen by {pct} since {year}.",
    "{S} will meet the {group} again on {day}.",
    "The central bank left interest rates unchanged at {pct}.",
    "Exports to {country} fell by {pct} last year.",
    "The {topic} was first discussed in {year} but shelved after the election.",
    "{Org} shares closed {pct} lower on {day}.",
    "The company expects sales of {money} this year.",
    "The club will celebrate with its fans on {day} at {time} in the town square.",
    "{S} has now scored {small} goals in the competition, more than any player since {year}.",
    "The team had taken the lead after {small} minutes.",
    "Her team looked in control until the {minute} minute.",
    "Republicans tried to delay the vote with {small} amendments, but none of them passed.",
    "The bill now goes to the lower house, where a vote is expected in {month} {year}.",
    "EU ministers meet on {day} at {time}.",
    "The hospital treated {n} patients over the weekend.",
    "Around {n} households were still without electricity on {day}.",
    "The airport expects {n} passengers a day during the holidays.",
    "The firm plans to hire {n} workers in {city} by {year}.",
    "Police arrested {small} people after clashes near the station.",
    "The old bridge was built in {year} and carries {n} vehicles a day.",
    "Insurers estimate the damage at {money}.",
    "The regional government has declared a state of emergency.",
    "Schools in {city} will remain closed until {day}.",
    "A petition against the {topic} has gathered {n} signatures.",
    "Independent experts will review the {topic} before {month}.",
    "The {group} are demanding a pay rise of {pct}.",
    "The employers have offered {pct} over two years.",
    "Several {group} told reporters they felt ignored.",
    "{Org} said it had received no formal complaint.",
    "The {topic} affects mainly {group} in the north of the country.",
    "Elections are due in {month} {year}.",
    "The ruling party lost {small} seats in the last election.",
    "{S} did not say how the plan would be financed.",
    "The programme is funded by {org} and the city of {city}.",
    "Construction is expected to start in {month} and to take {small} months.",
    "The museum welcomed {n} visitors in its first week.",
    "Tickets cost between {money_small} and {money_small}.",
    "The festival runs until {day} and features {small} concerts.",
    "The researchers analysed data from {n} patients in {small} countries.",
    "The study was published in the journal Clinical Reports on {day}.",
    "The new drug reduced hospital stays by {pct}, the authors said.",
    "The satellite will be launched from {city} in {month} {year}.",
    "The software update affects about {n} devices.",
    "{Org} said the breach had been contained within {small} hours.",
    "Customers were advised to change their passwords.",
    "The authorities have opened an investigation.",
    "Fishing boats stayed in port for a {ord} day.",
    "Farmers say the drought has cut yields by {pct}.",
    "Water levels in the reservoir are at {pct} of normal.",
    "The fire service said {small} firefighters were at the scene.",
    "The motorway between {city} and {city2} reopened on {day} evening.",
    "Trains between {city} and {city2} will run every {small} minutes.",
    "The line will shorten the journey by {small} minutes.",
    "{S} said the decision had been taken unanimously.",
    "The board will meet again in {month}.",
    "{Pr} has led {org} since {year}.",
    "Before that, {S} worked for {small} years at {org}.",
    "The agreement still has to be ratified by the parliaments of {small} countries.",
    "Not everyone is happy with the result.",
    "The details were not made public.",
    "Several questions remain open.",
    "It is unclear whether the deadline will hold.",
    "The union represents about {n} members.",
    "The average salary in the sector is {money_small} a month.",
    "The price of a litre of diesel rose to {money_small}.",
    "Property prices in {city} have doubled in {small} years.",
    "The government wants to build {n} new homes by {year}.",
    "The city plans to plant {n} trees along the river.",
    "The new terminal will handle {n} containers a year.",
    "The ferry carries up to {n} passengers.",
    "Emergency services received {n} calls during the night.",
    "The match was interrupted for {small} minutes.",
    "The coach was sent off in the {minute} minute.",
    "{Org} finished the season in {ord} place.",
    "Attendance at league matches rose by {pct}.",
    "The final will be played on {day} in {city}.",
    "The vote was postponed to {day} at {time}.",
    "The session ended at {time}.",
    "{P}, who chairs the committee, said the {topic} was on schedule.",
    "{P} of {org} confirmed the figures on {day}.",
    "{P} has been named the new head of {org}.",
]
QUOTE_FRAMES = [
    "“{Q},” said {Pr}.",
    "“{Q},” {S} said.",
    "“{Q}. {Q},” {S} told {outlet}.",
    "{S} told reporters: “{Q}.”",
    "According to {Pr}, a compromise is “{frag}”; {S} called that “{frag}”.",
    "{S} called the plan “{frag}”.",
    "“{Qq}?” asked {S}.",
    "{Pr} said the city had been “{frag}”.",
    "“My grandfather used to say, ‘{Q}.’ He was right,” {S} told reporters.",
    "“I told the team at half-time: ‘{Q}.’ And they did,” said {Pr}.",
    "“We are not asking for the moon. {Q},” {S} told {outlet}.",
    "{S} said {org} was “{frag}”.",
    "“{Q},” said {S}, “but {frag}.”",
    "In a statement, {org} described the situation as “{frag}”.",
    "“{Q},” {Pr} wrote on social media.",
    "{Pr} was less impressed: “{Qq}?”",
    "“{Qq}?” {S} asked.",
    "For {S}, the decision is “{frag}”.",
    "“{Q}. {Q}. {Q},” said {S}.",
    "{S} added: “{Q}.”",
    "“That is simply not true,” {S} said of the accusations.",
    "{Pr} told {outlet} the figures were “{frag}”.",
    "“{Q},” {S} said, adding that the {group} had “{frag}”.",
    "{S} warned of “{frag}” if nothing changed.",
    "“{Q},” said one of the {group}, who did not want to be named.",
    "“Ask the {group}: ‘{Qq}?’ They will tell you,” {S} said.",
    "“{Q},” {S} said on {day}. “{Q}.”",
    "{S} spoke of “{frag}”.",
    "Asked about the {topic}, {S} said only: “{Q}.”",
    "{Pr} described the mood as “{frag}”.",
    "“We will not give up,” said {Pr}.",
    "“{Q}!” shouted one of the protesters.",
    "“{Q},” {S} said. “{Qq}?”",
    "{S} insisted the deal was “{frag}” and said: “{Q}.”",
    "“The {group} deserve better,” said {Pr}.",
    "“{Q},” said {S}, who has followed the {topic} for {small} years.",
    "“{Q},” {S} said in {city} on {day}.",
    "{S} promised “{frag}” before the summer.",
    "“{Q},” {Pr} said at a press conference.",
    "“{Q},” {S} said with a smile.",
    "“{Q},” said {P}, who lives in {city}.",
]
QUOTES = [
    "The workers have run out of patience", "Forget the scoreboard", "Play our game",
    "You don't inherit the earth from your parents", "This bill costs {money}",
    "We want contracts that last longer than a season",
    "This is the most important vote of my career", "We are ready to talk at any time",
    "Nobody here wants a strike", "The figures speak for themselves",
    "We have been waiting for {small} years", "The door is still open",
    "This is a sad day for {city}", "We will fight this decision in court",
    "I have never seen anything like it", "It was a team effort", "The fans carried us",
    "We simply cannot afford it", "Our members are angry", "The government has listened",
    "This is only the beginning", "Nobody should have to choose between heating and eating",
    "The plan is fair and it is affordable", "We need a decision now",
    "The risk is real", "We have done everything by the book",
    "I am proud of what we achieved", "This is not about money",
    "The {group} deserve an answer", "Let us be clear about this",
    "We made mistakes and we will correct them", "Time is running out",
    "We owe it to our children", "The water came so fast", "I lost everything",
    "We knew the risks", "There is no plan B", "It is a question of trust",
    "We will rebuild", "The market has spoken", "Prices will come down next year",
    "The data are clear", "We need more nurses, not more managers",
    "I would do it again", "We should have acted in {year}", "The numbers do not add up",
    "This is a victory for common sense", "We expect a ruling before {month}",
    "Everyone in {city} knows someone who is affected", "The trains must run on time",
    "The club is bigger than any player", "We have to stay humble",
    "Today we made history", "The ball simply would not go in",
    "Science does not work like that", "We will publish all the data",
    "The patients come first", "Our doors are open", "I was in {city} when it happened",
    "We counted {n} people", "This is a compromise, not a capitulation",
    "The law is the law", "It is too early to say", "I will not resign",
    "We are asking for respect", "The deal protects jobs in {country}",
]
QUESTIONS = [
    "Who pays for it", "Why now", "What happens to the {group}", "Where was the minister",
    "How can anyone live on {money_small} a month", "Is this really the best we can do",
    "Who will explain this to the {group}", "Why should we trust {org}", "What did they expect",
    "How many more years do we have to wait", "Where is the money going", "Can {city} afford this",
    "Did anyone ask the {group}", "What is the plan for {year}", "Who decided this",
]
FRAGMENTS = [
    "within reach", "wishful thinking", "a last chance", "a disaster for the region",
    "deeply disappointing", "a step in the right direction", "completely unacceptable",
    "a historic day", "far too little, far too late", "a slap in the face",
    "the best possible outcome", "a dangerous precedent", "good news for everyone",
    "a matter of weeks", "not negotiable", "without hesitation", "a clear signal",
    "an insult to the {group}", "irresponsible", "premature", "encouraging",
    "a very difficult situation", "under control", "a wake-up call", "unprecedented",
    "a compromise everyone can live with", "a betrayal", "long overdue",
    "the end of an era", "out of touch", "a missed opportunity", "worrying",
    "the right thing to do", "a mess", "too risky", "fair", "a gamble",
    "open to discussion", "a fresh start", "nothing new",
]
SUBHEADS = [
    "Talks in {city}: “{frag}” for the {group}", "What happens next", "A record night",
    "Pressure on {S}", "The cost of the {topic}", "Anger among the {group}",
    "A long road to {city}", "Questions for {org}", "No deal in sight",
    "The view from {city}", "Winners and losers", "Lessons from {year}",
    "A divided council", "Hope for the {group}", "The numbers behind the {topic}",
    "Criticism from the opposition", "A second chance", "Who pays the bill",
    "Next stop: {city}", "The role of {org}", "Back to the negotiating table",
    "Fear of a long dispute", "A test for {S}", "Reactions in {country}",
    "Calm after the storm", "A change of course", "“{frag}”: the verdict of the {group}",
    "More money for {city}", "Doubts about the {topic}", "The final word",
    "A difficult winter ahead", "Support from {country}", "Timeline of the {topic}",
    "What the {group} want", "An unusual alliance", "Voices from the street",
    "Investors react", "A question of trust", "The legal battle", "Looking ahead to {year}",
]
CLOSERS = [
    "The next round of talks is scheduled for {day}.",
    "{S} said {org} would decide by {month}.",
    "The {group} will vote on the offer on {day}.",
    "A decision is expected before the end of {month}.",
    "{S} said she would sign it “{frag}”.",
    "The club will celebrate with its fans on {day} at {time}.",
    "The inquiry is expected to report in {month} {year}.",
    "{Org} said it would appeal.",
    "The roads are expected to reopen on {day}.",
    "Voting closes on {day} at {time}.",
    "The museum is open daily from {time}.",
    "The {group} have called another protest for {day}.",
    "It is not yet clear when the work will be finished.",
    "The case will return to court in {month}.",
    "{S} is due to testify on {day}.",
    "Registration opens on {day}.",
    "The first trains will run in {month} {year}.",
    "The board will present its plans on {day}.",
    "Both sides said they were ready to keep talking.",
    "For now, the {group} are waiting.",
]


# ---------------------------------------------------------------------------------------------
# Article generator
# ---------------------------------------------------------------------------------------------


class Slots(dict):
    """Fills template slots with fresh random values; tracks the people an article has named."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng
        self.surnames: list[str] = []
        draw = rng.choice
        self.pools: dict[str, Callable[[], str]] = {
            "P": self.new_person,
            "Pr": self.new_person_with_role,
            "S": self.short_mention,
            "Q": lambda: self.fill(draw(QUOTES)),
            "Qq": lambda: self.fill(draw(QUESTIONS)),
            "frag": lambda: self.fill(draw(FRAGMENTS)),
            "city": lambda: draw(CITIES),
            "city2": lambda: draw(CITIES),
            "City": lambda: draw(CITIES),
            "country": lambda: draw(COUNTRIES),
            "org": lambda: draw(ORGS),
            "Org": lambda: _capitalise(draw(ORGS)),
            "outlet": lambda: draw(OUTLETS),
            "topic": lambda: draw(TOPICS),
            "group": lambda: draw(GROUPS),
            "Group": lambda: _capitalise(draw(GROUPS)),
            "day": lambda: draw(WEEKDAYS),
            "month": lambda: draw(MONTHS),
            "year": lambda: str(rng.randint(1995, 2028)),
            "ord": lambda: draw(ORDINALS),
            "minute": lambda: _ordinal(rng.randint(2, 90)),
            "small": lambda: str(rng.randint(2, 60)),
            "n": lambda: f"{rng.randint(120, 95_000):,}",
            "pct": self.percent,
            "money": self.money,
            "money_small": lambda: f"{draw(CURRENCIES)}{rng.randint(2, 900)}",
            "time": lambda: f"{rng.randint(1, 12)}:{draw(('00', '15', '30', '45'))} {draw(('a.m.', 'p.m.'))}",
        }

    def __missing__(self, key: str) -> str:
        return self.pools[key]()

    def fill(self, template: str) -> str:
        """The template with every slot filled."""
        return template.format_map(self)

    def sentence(self, template: str) -> str:
        """A filled template as a sentence: capitalised, and no doubled full stop after an
        abbreviation (`p.m..`)."""
        return _capitalise(DOUBLED_STOP.sub(".", self.fill(template)))

    def new_person(self) -> str:
        """A full name not yet used in this article; later mentions use the surname."""
        while True:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)
            if last not in self.surnames:
                self.surnames.append(last)
                return f"{first} {last}"

    def new_person_with_role(self) -> str:
        """A new person's full name after a role or title (`economist Maria Costa`)."""
        return f"{self.rng.choice(ROLES)} {self.new_person()}"

    def short_mention(self) -> str:
        """The surname of someone already named, or a new full name if nobody is yet."""
        if not self.surnames:
            return self.new_person()
        return self.rng.choice(self.surnames)

    def percent(self) -> str:
        value = str(self.rng.randint(1, 95)) if self.rng.random() < 0.5 else f"{self.rng.uniform(0.1, 20):.1f}"
        return value + self.rng.choice((" percent", "%"))

    def money(self) -> str:
        amount = str(self.rng.randint(2, 900)) if self.rng.random() < 0.5 else f"{self.rng.uniform(1, 99):.1f}"
        return f"{self.rng.choice(CURRENCIES)}{amount} {self.rng.choice(('million', 'billion'))}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@dataclass
class Article:
    """One generated article: its wire text, its HTML twin and its word count."""

    article_id: str
    wire: str
    html: str
    words: int


def generate_article(rng: random.Random, number: int) -> Article:
    """One article: 8–12 paragraphs, ~400–600 words, in wire layout and as HTML.

    Text is filled in reading order, so a person's full name always comes before the
    surname-only mentions."""
    slots = Slots(rng)
    article_id = f"story-{number:05d}"
    date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = slots.sentence(rng.choice(TITLES)) if rng.random() < 0.5 else None
    blocks = [("p", slots.sentence(rng.choice(LEDES)))]
    places = "/".join(rng.sample(CITIES, rng.choice((1, 1, 1, 2))))
    dash = rng.choices(("–", "—", "-"), weights=(85, 10, 5))[0]
    blocks.append(("p", f"{places} {dash} {slots.sentence(rng.choice(DATELINE_OPENERS))}"))

    subheading_count = rng.choice((1, 1, 2))
    body_paragraphs = rng.randint(8, 12) - 2 - subheading_count
    subheadings = set(rng.sample(range(2, body_paragraphs), subheading_count))
    budget = (rng.randint(440, 580) - sum(len(text.split()) for _, text in blocks)) / body_paragraphs
    for index in range(body_paragraphs):
        if index in subheadings:
            blocks.append(("h2", slots.sentence(rng.choice(SUBHEADS))))
        sentences: list[str] = []
        while not sentences or len(" ".join(sentences).split()) < budget * rng.uniform(0.75, 1.15):
            sentences.append(slots.sentence(rng.choice(QUOTE_FRAMES if rng.random() < 0.35 else BODY)))
        blocks.append(("p", " ".join(sentences)))
    last_kind, last_text = blocks[-1]
    blocks[-1] = (last_kind, f"{last_text} {slots.sentence(rng.choice(CLOSERS))} ({rng.choice(AUTHOR_CODES)})")

    header = [f"date {date} {rng.choice(SECTIONS)}", f"id {article_id}"]
    if title:
        header.append(f"title {title}")
    if rng.random() < 0.4:
        header.append(f"byline By {slots.new_person()}")
    if rng.random() < 0.3:
        header.append("lang en")
    wire = "\n".join(header) + "\n\n" + "\n\n".join(text for _, text in blocks) + "\n"

    headline = html.escape(title or FIRST_SENTENCE.match(blocks[0][1]).group())
    page = "\n".join([
        f"<html><head><title>{headline}</title></head><body>",
        f"<h1>{headline}</h1>",
        *(f"<{kind}>{html.escape(text)}</{kind}>" for kind, text in blocks),
        "</body></html>\n",
    ])
    return Article(article_id, wire, page, sum(len(text.split()) for _, text in blocks))


def write_corpus(count: int, wire_dir: Path, html_dir: Path) -> tuple[list[Path], int]:
    """Generate `count` articles into wire_dir (.txt) and html_dir (.html); return the wire
    files and the total word count. Articles are written one by one, never all held."""
    rng = random.Random(SEED)
    wire_dir.mkdir(parents=True)
    html_dir.mkdir(parents=True)
    files, words = [], 0
    for number in range(1, count + 1):
        article = generate_article(rng, number)
        path = wire_dir / f"{article.article_id}.txt"
        path.write_text(article.wire, encoding="utf-8")
        (html_dir / f"{article.article_id}.html").write_text(article.html, encoding="utf-8")
        files.append(path)
        words += article.words
    return files, words


# ---------------------------------------------------------------------------------------------
# Measurement
# ---------------------------------------------------------------------------------------------


@dataclass
class Step:
    """One timed step: the sum of its subprocesses' wall and CPU time, the largest peak RSS."""

    tool: str
    name: str
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    peak_kib: int = 0
    note: str = ""

    def add(self, seconds: float, cpu_seconds: float, peak_kib: int) -> None:
        self.seconds += seconds
        self.cpu_seconds += cpu_seconds
        self.peak_kib = max(self.peak_kib, peak_kib)


# Runs one measured command (argv[2:]) and writes its wall time, CPU time (user + system, its
# worker processes included) and peak RSS to argv[1]. The harness starts this small process,
# which starts the command: a child started by the harness itself would inherit the harness's
# own high-water RSS (vfork + exec keeps the parent's mark).
PROBE = """\
import os, subprocess, sys, time
start = time.perf_counter()
process = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(process.pid, 0)
seconds = time.perf_counter() - start
with open(sys.argv[1], "w") as result:
    result.write(f"{seconds} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


class CommandFailed(RuntimeError):
    pass


def measure(command: Sequence[str | Path], log_dir: Path) -> tuple[float, float, int]:
    """Run `command` under PROBE; return its wall seconds, CPU seconds and peak RSS in KiB.
    Output goes to files in log_dir, so a chatty tool cannot block on a full pipe."""
    log_dir.mkdir(parents=True, exist_ok=True)
    name = Path(command[0]).name
    result = log_dir / "probe-result.txt"
    probe = [sys.executable, "-I", "-S", "-c", PROBE, result, *command]
    with open(log_dir / f"{name}.out", "ab") as out, open(log_dir / f"{name}.err", "ab") as err:
        err_start = err.tell()
        returncode = subprocess.run([str(part) for part in probe], stdout=out, stderr=err).returncode
    if returncode != 0:
        with open(log_dir / f"{name}.err", "rb") as err:
            err.seek(err_start)
            message = err.read().decode("utf-8", "replace").strip()[-3000:]
        shown = " ".join(str(part) for part in command[:6])
        raise CommandFailed(f"`{shown} …` exited with {returncode}:\n{message}")
    seconds, cpu_seconds, peak_kib = result.read_text().split()
    return float(seconds), float(cpu_seconds), int(peak_kib)


def snapshot(root: Path) -> dict[Path, int]:
    """Modification time of every file under root, to count what a step (re)wrote."""
    return {path: path.stat().st_mtime_ns for path in root.rglob("*") if path.is_file()}


def written_since(root: Path, before: dict[Path, int]) -> int:
    """How many files under root are new or changed since `before`."""
    return sum(1 for path, mtime in snapshot(root).items() if before.get(path) != mtime)


# Scale words a language counts otherwise: a French billion is a million million.
SCALE_WORDS = {"fr": (re.compile(r"\bbillion\b"), "milliards")}


def localise_numbers(text: str, locale: str) -> str:
    """English digit grouping and decimal point as the locale writes them (1,200.5 → 1.200,5
    in de), and the scale words it counts otherwise (billion → milliards in fr), as syndicate's
    build requires: an unchanged `1,200` would read as 1.2 in German."""
    group, decimal = get_group_symbol(locale), get_decimal_symbol(locale)
    table = str.maketrans({",": group, ".": decimal})
    text = NUMBER.sub(lambda match: match.group().translate(table), text)
    if locale in SCALE_WORDS:
        english, local = SCALE_WORDS[locale]
        text = english.sub(local, text)
    return text


def fill_translations(jobs: Sequence[tuple[str, Path]]) -> None:
    """Translate every unit of each (locale, PO file) as its own source text behind the
    locale's tag, as a translation differs from its source, with the numbers localised
    (placeholders and quotation marks stay intact), and clear fuzzy flags. Untimed. (A copy of
    the source is no translation: syndicate publishes one as the source's language.)"""
    for locale, path in jobs:
        catalog = polib.pofile(str(path), wrapwidth=0)
        for entry in catalog:
            if entry.obsolete:
                continue
            entry.msgstr = f"[{locale}] {localise_numbers(entry.msgid, locale)}"
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        catalog.save()


def edit_one_po(path: Path) -> None:
    """Change one msgstr (of a unit without placeholders) as a translator would."""
    catalog = polib.pofile(str(path), wrapwidth=0)
    entry = next(entry for entry in catalog if entry.msgid and "{" not in entry.msgid)
    entry.msgstr = "Überarbeitet: " + entry.msgstr
    catalog.save()


def count_units(files: Sequence[Path]) -> int:
    """msgid lines in PO/POT files, without the header entry."""
    total = 0
    for path in files:
        with open(path, encoding="utf-8") as text:
            total += sum(1 for line in text if line.startswith("msgid ")) - 1
    return total


# ---------------------------------------------------------------------------------------------
# The two pipelines
# ---------------------------------------------------------------------------------------------


def translatable_pos(workspace: Path, locales: Sequence[str]) -> list[tuple[str, Path]]:
    """syndicate's article PO files by locale; names.po (the names glossary) stays empty on
    purpose: an empty entry keeps the name as it is."""
    return [
        (locale, path)
        for locale in locales
        for path in sorted((workspace / "locales" / locale / "LC_MESSAGES").glob("*.po"))
        if path.name != "names.po"
    ]


def run_syndicate(wire_files: list[Path], new_files: list[Path], locales: Sequence[str], work: Path, count: int) -> list[Step]:
    """syndicate: first extract, fill, full build, no-op build, one-PO build, check twice, status
    twice, re-extract, then `new_files` extracted into the translated workspace in two batches."""
    workspace, logs = work / "syndicate-ws", work / "logs" / f"syndicate-{count}"
    workspace.mkdir()
    cli = [BIN / "syndicate", "--root", workspace]
    extract = [*cli, "extract", *wire_files, "--locales", ",".join(locales)]
    build = [*cli, "build"]
    steps = []

    def step(name: str, command: Sequence[str | Path], prepare: Callable[[], None] | None = None) -> Step:
        if prepare:
            prepare()
        before = snapshot(workspace)
        result = Step("syndicate", name)
        result.add(*measure(command, logs))
        result.note = f"{written_since(workspace, before)} files written"
        steps.append(result)
        return result

    step("extract (first)", extract)
    pos = translatable_pos(workspace, locales)
    steps[-1].note += f"; {count_units([path for _, path in pos]) // len(locales)} units/locale"
    fill_translations(pos)
    full = step("build (full)", build)
    items = sum(1 for _ in (workspace / "feeds").glob("*/*.xml"))
    full.note += f"; {items} feed files"
    step("build (no-op)", build)
    one = step("build (1 PO edited)", build, lambda: edit_one_po(pos[0][1]))
    one.note += f"; {100 * one.seconds / full.seconds:.1f}% of full build"
    step("check (first)", [*cli, "check"])
    step("check (again)", [*cli, "check"])
    step("status (first)", [*cli, "status"])
    step("status (again)", [*cli, "status"])
    step("extract (unchanged)", extract)
    # Two batches: the first also builds the translation memory's database from every PO file.
    half = len(new_files) // 2
    for name, batch in (("extract (new, 1st)", new_files[:half]), ("extract (new, 2nd)", new_files[half:])):
        step(name, [*cli, "extract", *batch, "--locales", ",".join(locales)]).note += f"; {len(batch)} articles"
    return steps


def run_peer(html_dir: Path, locales: Sequence[str], work: Path, count: int) -> list[Step]:
    """translate-toolkit: html2po -P, pot2po per locale, fill, po2html per locale."""
    logs, pot_dir = work / "logs" / f"peer-{count}", work / "peer-pot"
    template = Step("translate-toolkit", "html2po -P")
    template.add(*measure([BIN / "html2po", *PEER_FLAGS, "-P", html_dir, pot_dir], logs))
    pots = sorted(pot_dir.glob("*.pot"))
    template.note = f"{len(pots)} templates; {count_units(pots)} units"
    pot2po = Step("translate-toolkit", f"pot2po x{len(locales)}")
    po2html = Step("translate-toolkit", f"po2html x{len(locales)}")
    for locale in locales:
        pot2po.add(*measure([BIN / "pot2po", *PEER_FLAGS, pot_dir, work / f"peer-po-{locale}"], logs))
    fill_translations([(locale, path) for locale in locales for path in sorted((work / f"peer-po-{locale}").glob("*.po"))])
    for locale in locales:
        out = work / f"peer-html-{locale}"
        po2html.add(*measure([BIN / "po2html", *PEER_FLAGS, "-t", html_dir, work / f"peer-po-{locale}", out], logs))
    po2html.note = f"{sum(1 for _ in work.glob('peer-html-*/*.html'))} pages written"
    return [template, pot2po, po2html]


def syndicate_memory(wire_files: list[Path], locales: Sequence[str], work: Path) -> tuple[int, int]:
    """Peak RSS (KiB) of syndicate's first extract and full build on the given articles."""
    workspace, logs = work / "syndicate-ws", work / "logs" / f"syndicate-{len(wire_files)}"
    workspace.mkdir()
    cli = [BIN / "syndicate", "--root", workspace]
    *_, extract_kib = measure([*cli, "extract", *wire_files, "--locales", ",".join(locales)], logs)
    fill_translations(translatable_pos(workspace, locales))
    *_, build_kib = measure([*cli, "build"], logs)
    return extract_kib, build_kib


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


def mib(kib: int) -> float:
    """KiB (ru_maxrss on Linux) in MiB."""
    return kib / 1024


def load_average() -> str:
    """The 1, 5 and 15 minute load averages: other work on the machine skews the timings."""
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def print_machine() -> None:
    """The machine, its load before the run, and the versions measured."""
    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}; load average before the run: {load_average()}")
    print(f"syndicate {version('syndicate')}, translate-toolkit {version('translate-toolkit')}")


def print_report(steps: list[Step], count: int, words: int, locales: Sequence[str],
                 scaling: tuple[int, tuple[int, int], tuple[int, int]], floor_kib: int) -> None:
    """The step table, the ratios and the memory scaling."""
    print(f"articles: {count} ({words:,} words, {words / count:.0f} per article), locales: {','.join(locales)}")
    print()
    print(f"{'tool':<18} {'step':<20} {'seconds':>8} {'ms/article':>10} {'CPU s':>7} {'peak RSS MiB':>12}  notes")
    for step in steps:
        print(f"{step.tool:<18} {step.name:<20} {step.seconds:8.2f} {1000 * step.seconds / count:10.2f} "
              f"{step.cpu_seconds:7.2f} {mib(step.peak_kib):12.1f}  {step.note}")

    syndicate = {step.name: step for step in steps if step.tool == "syndicate"}
    peer = [step for step in steps if step.tool == "translate-toolkit"]
    peer_extract = [step for step in peer if not step.name.startswith("po2html")]
    peer_build = [step for step in peer if step.name.startswith("po2html")]
    syn_extract, syn_build = [syndicate["extract (first)"]], [syndicate["build (full)"]]
    print()
    print("ratios (translate-toolkit / syndicate; > 1 means syndicate is faster):")
    for label, theirs, ours, note in (
        ("extract", peer_extract, syn_extract, "html2po + pot2po per locale vs first extract"),
        ("build", peer_build, syn_build, "po2html per locale vs full build"),
        ("round trip", peer, syn_extract + syn_build, "target >= 2x"),
    ):
        wall = [sum(step.seconds for step in group) for group in (theirs, ours)]
        cpu = [sum(step.cpu_seconds for step in group) for group in (theirs, ours)]
        print(f"  {label:<11} {wall[0]:7.2f} s / {wall[1]:7.2f} s = {wall[0] / wall[1]:5.2f}x"
              f"   CPU time {cpu[0]:7.2f} s / {cpu[1]:7.2f} s = {cpu[0] / cpu[1]:5.2f}x   ({note})")
    one_po = syndicate["build (1 PO edited)"].seconds / syndicate["build (full)"].seconds
    print(f"one-PO rebuild: {100 * one_po:.1f}% of the full build (target < 5%)")

    small, (extract_small, build_small), (extract_full, build_full) = scaling
    print()
    print(f"syndicate peak RSS by corpus size ({small} -> {count} articles):")
    print(f"  extract (first)  {mib(extract_small):7.1f} -> {mib(extract_full):7.1f} MiB  (x{extract_full / extract_small:.2f})")
    print(f"  build (full)     {mib(build_small):7.1f} -> {mib(build_full):7.1f} MiB  (x{build_full / build_small:.2f})")
    print(f"measurement floor: {mib(floor_kib):.1f} MiB (the peak RSS measured for `true`)")
    print(f"load average after the run: {load_average()}")


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, metavar="N", help="articles to generate (default 1000)")
    parser.add_argument("--locales", default="de,fr,es", help="target locales, comma-separated (default de,fr,es)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR (must not exist) and keep it")
    args = parser.parse_args(argv)
    if args.articles < 4:
        parser.error("--articles must be at least 4")
    if args.keep and args.keep.exists():
        parser.error(f"--keep {args.keep}: already exists")
    return args


def compile_syndicate() -> None:
    """Byte-compile syndicate, as a pip install does, so that no measured process compiles
    its modules first: translate-toolkit's are compiled in site-packages, and syndicate's
    editable install, run with PYTHONDONTWRITEBYTECODE=1, would otherwise never be."""
    spec = importlib.util.find_spec("syndicate")
    assert spec is not None and spec.submodule_search_locations, "syndicate is not installed"
    compileall.compile_dir(spec.submodule_search_locations[0], quiet=1)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    locales = [locale.strip() for locale in args.locales.split(",") if locale.strip()]
    print_machine()
    compile_syndicate()
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        small = max(1, args.articles // 4)
        small_files, _ = write_corpus(small, work / "small" / "wire", work / "small" / "html")
        small_rss = syndicate_memory(small_files, locales, work / "small")
        wire_files, words = write_corpus(args.articles, work / "wire", work / "html")
        # The same articles and NEW_ARTICLES more: the desk's next batches into a translated workspace.
        new_files = write_corpus(args.articles + NEW_ARTICLES, work / "more" / "wire", work / "more" / "html")[0][-NEW_ARTICLES:]
        steps = run_syndicate(wire_files, new_files, locales, work, args.articles)
        full_rss = tuple(step.peak_kib for step in steps if step.name in ("extract (first)", "build (full)"))
        steps += run_peer(work / "html", locales, work, args.articles)
        *_, floor_kib = measure([shutil.which("true") or "/bin/true"], work / "logs" / "floor")
        print_report(steps, args.articles, words, locales, (small, small_rss, full_rss), floor_kib)
    except CommandFailed as error:
        print(f"error: {error}\n(work directory kept: {work})", file=sys.stderr)
        return 1
    if args.keep:
        print(f"work directory: {work}")
    else:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
