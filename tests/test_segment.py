"""Sentence segmentation: per language and per category, on news sentences."""

from __future__ import annotations

import pytest

from syndicate.segment import default_rules, sentence_spans, split_sentences

# (category, language, expected sentences). The paragraph is the sentences joined with a
# space; a "§" inside a sentence marks a break between two written on one line.
CASES: list[tuple[str, str, list[str]]] = [
    # --- abbreviations and titles ----------------------------------------------------------
    ("abbreviation", "en", ["The U.S. Senate passed the bill on Friday.", "Sen. Laura Whitfield called it historic."]),
    ("abbreviation", "en", ["Dr. Jane Okafor and Gen. Mark Ruiz met Gov. Ellis in St. Louis on Tuesday."]),
    ("abbreviation", "en", ["He met Mr. and Mrs. Smith at 10 a.m. on Monday."]),
    ("abbreviation", "en", ["Gen. David Petraeus, Lt. Gen. John Doe and Col. Jane Roe attended."]),
    ("abbreviation", "en", ["Her colleague Sen. Robert Haines Jr. was less impressed."]),
    ("abbreviation", "en", ["The firm was founded by John Smith Sr. in 1950."]),
    ("abbreviation", "en", ["The shares of Acme Inc. fell 3.5 percent.", "The company declined to comment."]),
    ("abbreviation", "en", ["Workers at Amazon.com Inc. struck.", "The company said nothing."]),
    ("abbreviation", "en", ["She lives at 221B Baker St. in London."]),
    ("abbreviation", "en", ["She lives on Baker St.", "The house is old."]),
    ("abbreviation", "en", ["The vote is expected in Jan. 2027, aides said."]),
    ("abbreviation", "de", ["Dazu gehören u. a. Berlin und Hamburg.", "Prof. Dr. Anna Weber widerspricht."]),
    ("abbreviation", "de", ["Die Regierung plant z. B. neue Regeln.", "Die Opposition ist dagegen."]),
    ("abbreviation", "de", ["Das Büro liegt in der Bahnhofstr. 4 in Köln.", "Es ist ab 09.45 Uhr geöffnet."]),
    ("abbreviation", "de", ["Es geht um Bildung, Gesundheit usw.", "Die Debatte dauert an."]),
    ("abbreviation", "de", ["Der Umsatz lag bei 5 Mrd. Euro.", "Im Vorjahr waren es 4 Mrd.§Im Jahr davor 3 Mrd."]),
    ("abbreviation", "de", ["Frankfurt a. M. ist Sitz der EZB.", "Die Bank entscheidet am Donnerstag."]),
    ("abbreviation", "de", ["Im 19. Jh. war das anders.", "Heute nicht."]),
    ("abbreviation", "de", ["Die Anlage plant Dr.-Ing. Jana Weber aus Kiel.", "Es geht um Mieten, Löhne usw.", "Gewerkschaften fordern mehr."]),
    ("abbreviation", "en", ["Bring tents, stoves etc.", "Organisers will provide water."]),
    ("abbreviation", "en", ["They sell apples, pears etc. at the market.", "The talks resume at 9 a.m. Monday in Geneva."]),
    ("abbreviation", "fr", ["Le roman de J. M. G. Le Clézio paraît en mai.", "Il a choisi le plan B.", "Le reste a suivi."]),
    ("abbreviation", "nl", ["Japan, Canada e.a.", "Nederland stemde tegen."]),
    ("abbreviation", "pl", ["Więcej na stronie www.example.pl w zakładce aktualności.", "Pisz na adres biuro@firma.pl.", "Odpowiemy szybko."]),
    ("abbreviation", "ru", ["Цены на хлеб, молоко и т. п. растут.", "Закрыты школы, театры и т. д.", "Власти обещают помощь."]),
    ("abbreviation", "fr", ["M. Dupont et Mme Durand sont arrivés à 10 h 30.", "La réunion a commencé."]),
    ("abbreviation", "fr", ["Le sommet aura lieu le 3 févr. 2027 à Paris.", "Mme Dupont y assistera."]),
    ("abbreviation", "fr", ["Il est né en 1950 av. J.-C. selon la légende."]),
    ("abbreviation", "es", ["La Sra. García viajó a EE. UU. el lunes.", "El viaje duró tres días."]),
    ("abbreviation", "es", ["La Sra. García viajó a EE. UU.", "El presidente la recibió el martes."]),
    ("abbreviation", "es", ["Según el art. 5 de la ley, no es posible.", "El juez lo confirmó."]),
    ("abbreviation", "es", ["MADRID, 5 mar. (EFE).- El Gobierno aprobó la reforma.", "La oposición votó en contra."]),
    ("abbreviation", "it", ["Il Sig. Rossi e il Dott. Bianchi sono arrivati a Roma.", "La riunione è durata tre ore."]),
    ("abbreviation", "it", ["Il prof. Rossi ha parlato per un’ora.", "Poi ha risposto alle domande."]),
    ("abbreviation", "it", ["La S.p.A. ha chiuso il bilancio in utile.", "Gli azionisti sono soddisfatti."]),
    ("abbreviation", "pt", ["O Sr. Silva e a Dra. Costa chegaram a Lisboa.", "A reunião durou três horas."]),
    ("abbreviation", "pt", ["A loja fica na Av. Paulista, em São Paulo.", "Abre às 9h."]),
    ("abbreviation", "nl", ["Volgens dhr. Jansen en mr. De Vries is het akkoord binnen bereik.", "De bonden twijfelen."]),
    ("abbreviation", "nl", ["Dat is o.a. in Amsterdam het geval.", "Ook Rotterdam volgt."]),
    ("abbreviation", "nl", ["De staking kost bijv. 3,5 mln. euro per dag.", "Dat meldt het havenbedrijf."]),
    ("abbreviation", "pl", ["Prof. Nowak i gen. Kowalski spotkali się w Warszawie.", "Rozmowy trwały trzy godziny."]),
    ("abbreviation", "pl", ["Strajk kosztuje ok. 3,5 mln zł dziennie, m.in. w Gdańsku.", "Związkowcy nie ustępują."]),
    ("abbreviation", "pl", ["Spotkanie odbyło się ok. godz. 10.", "Uczestniczyło w nim 20 osób."]),
    ("abbreviation", "pl", ["Inflacja wyniosła 3,5 proc.", "W marcu była niższa."]),
    ("abbreviation", "ru", ["В 2020 г. В. В. Иванов переехал в г. Москва.", "Он работает в порту."]),
    ("abbreviation", "ru", ["Ущерб составил 3,5 млн руб.§Однако страховка его покроет."]),
    ("abbreviation", "ru", ["В 1990-х гг. ситуация была иной.", "Сейчас всё изменилось."]),
    ("abbreviation", "ru", ["Встреча прошла в т. ч. в Москве.", "Итоги подведут позже."]),
    # --- initials ------------------------------------------------------------------------------
    ("initials", "en", ["Striker Anne M. Lowe scored twice.", "Lester B. Pearson won the prize in 1957."]),
    ("initials", "en", ["J.R.R. Tolkien wrote it.", "T. S. Eliot did not."]),
    ("initials", "en", ["Voters backed Plan B.", "The rest abstained."]),
    ("initials", "pl", ["Prezydent A. Duda podpisał ustawę.", "Weszła w życie 1 stycznia."]),
    ("initials", "ru", ["Президент В. Путин подписал указ.", "Он вступит в силу 1 января."]),
    # --- acronyms: a sentence ends after one only before a sentence opener -------------------
    ("acronym", "en", ["The council voted against the UN.", "The mayor left the chamber."]),
    ("acronym", "en", ["He arrived in the U.K.", "Officials said he would stay a week."]),
    ("acronym", "en", ["The U.N. Security Council met.", "The U.S. ambassador spoke first."]),
    ("acronym", "en", ["It happened in Washington, D.C.", "The president was there."]),
    ("acronym", "fr", ["L’ONU a voté.", "Les États-Unis se sont abstenus."]),
    # --- numbers, times, scores, ordinals ------------------------------------------------------
    ("number", "en", ["Turnout was 1,200,000, or 61.5 percent, the highest since 1992."]),
    ("number", "en", ["Lindholm beat Castellón 3-1 and drew 2:2 with Porto."]),
    ("number", "en", ["Ministers meet on Friday at 9:30 a.m.", "The talks may last all day."]),
    ("number", "en", ["The club will celebrate at 6:45 p.m. in the town square."]),
    ("number", "en", ["The rally starts at 6 p.m. Eastern Time on Saturday."]),
    ("number", "en", ["The meeting ended at 4 p.m.", "The mayor left at 5 p.m."]),
    ("number", "en", ["Prices rose 2.5% in Q3.", "Analysts expected 2.1%."]),
    ("number", "de", ["Der Etat steigt auf 1.000.000 Euro bzw. 5.300,25 Euro pro Kopf.", "Er gilt bis 2027."]),
    ("number", "de", ["Das Spiel endete 3:0.", "Im Rückspiel reicht ein Remis."]),
    ("number", "de", ["Die Sitzung beginnt um 9.30 Uhr.", "Sie endet gegen 14 Uhr."]),
    ("number", "de", ["Sie erhielt 1.234 Stimmen.", "Das reichte nicht."]),
    ("number", "fr", ["L’entreprise a perdu 3,5 % en Bourse.", "Elle publiera ses résultats jeudi."]),
    ("number", "es", ["La reunión terminó a las 11 p. m.", "Todos se fueron a casa."]),
    ("number", "es", ["El Sr. Pérez llegó a las 10 a. m.", "Luego habló con la prensa."]),
    ("number", "it", ["L’inflazione è salita al 3,5 per cento.", "Il governo prepara nuove misure."]),
    ("number", "pt", ["A inflação subiu 0,5% em março.", "É o maior aumento desde 2022."]),
    ("number", "nl", ["Dhr. Jansen kwam om 10.00 uur.", "De vergadering begon direct."]),
    ("number", "ru", ["Инфляция составила 7,5 %.", "Это выше прогноза."]),
    ("ordinal", "de", ["Am 3. Mai beginnt die 5. Runde der Tarifverhandlungen.", "Die Gewerkschaft ist skeptisch."]),
    ("ordinal", "de", ["Der Vertrag gilt seit dem 1. Januar 2024.", "Er läuft bis 2030."]),
    ("ordinal", "de", ["Die Partei landete auf Platz 3.", "Die Wahlbeteiligung lag bei 61,5 Prozent."]),
    ("ordinal", "de", ["Er kam auf Platz 2.", "Sein Teamkollege wurde Dritter."]),
    ("ordinal", "de", ["Ludwig XIV. war König von Frankreich."]),
    ("ordinal", "pl", ["Finał odbędzie się 17. marca w 5. rundzie turnieju."]),
    # --- ellipses, footnotes, brackets ----------------------------------------------------------
    ("ellipsis", "en", ["He paused…", "Then he spoke again.", "“We want […] contracts,” he said."]),
    ("ellipsis", "en", ["The mayor … refused to comment."]),
    ("ellipsis", "en", ["The sentence ends with an ellipsis... and continues here."]),
    ("ellipsis", "en", ["The talks failed . . .", "Then the union called a strike."]),
    ("footnote", "en", ["The law passed.[1]", "It takes effect in May."]),
    ("bracket", "en", ["The ship (built in 1912) sank.", "(Nobody survived.)", "Rescue came late."]),
    # --- links -----------------------------------------------------------------------------------
    ("link", "en", ["Read the full report at example.com/report or www.port-authority.nl.", "It is free."]),
    ("link", "en", ["Send questions to press@port-authority.example.org.", "Replies take a day."]),
    ("link", "en", ["See https://example.com/a.b?c=1.2 for details.", "The page is in Dutch."]),
    ("link", "en", ["Visit https://www.example.com/path?x=1.", "Then call +1 555 0100."]),
    # --- missing space -----------------------------------------------------------------------------
    ("missing-space", "en", ["The strike ends.§Next week the port reopens."]),
    # --- quotations --------------------------------------------------------------------------------
    ("quote", "en", ["“Why now?” asked the mayor.", "Nobody answered."]),
    ("quote", "en", ["“This bill costs $370 billion. Who pays for it?” asked Haines."]),
    ("quote", "en", ["“We are not asking for the moon. We want contracts,” Costa told NOS."]),
    ("quote", "en", ["He called the deal “a disgrace. A betrayal. A farce.”§Then he left."]),
    ("quote", "en", ['"It\'s over," he said.', '"We lost."']),
    ("quote", "en", ["'We will not give up,' said the union's leader.", "'Never.'"]),
    ("quote", "en", ['He said: "Stop!" and left.']),
    ("quote", "en", ["“My grandfather said, ‘You don’t inherit the earth.’ He was right,” she said."]),
    ("quote", "de", ["„Wir kämpfen weiter. Wir haben keine Wahl“, sagte Nr. 1 der Liste."]),
    ("quote", "de", ["Er sagte: „Das ist ‚unfair‘. Wir klagen.“", "Dann ging er."]),
    ("quote", "de", ["»Das ist unfair«, sagte sie.", "»Wir klagen.«"]),
    ("quote", "fr", ["« Nous ne lâcherons rien. Nous voulons des contrats », a déclaré M. Costa."]),
    ("quote", "fr", ["«\u202fPourquoi maintenant\u202f?\u202f» a demandé le maire.", "Personne n’a répondu."]),
    ("quote", "fr", ["Le président a déclaré : « Nous agirons. »", "Puis il est parti."]),
    ("quote", "es", ["«No vamos a ceder. Queremos contratos», dijo el Dr. Pérez."]),
    ("quote", "es", ["—¿Vas a dimitir? —preguntó el periodista."]),
    ("quote", "it", ["«Non ci arrendiamo. Vogliamo contratti», ha detto l’On. Verdi."]),
    ("quote", "it", ["«È finita», ha detto.", "«Non torneremo»."]),
    ("quote", "pt", ["“Não vamos desistir. Queremos contratos”, disse o sindicalista.", "A greve continua."]),
    ("quote", "nl", ["‘We vragen niet om de maan. We willen contracten’, zei Costa tegen de NOS."]),
    ("quote", "nl", ["'We zijn blij,' zei hij.", "'Het is voorbij.'"]),
    ("quote", "pl", ["„Nie odpuścimy. Chcemy umów” – powiedział przewodniczący.", "Rozmowy trwają."]),
    ("quote", "ru", ["«Мы не отступим. Нам нужны „контракты“», — сказал он.", "Переговоры продолжаются."]),
    ("quote", "ru", ["«Мы готовы к диалогу», — заявил министр.", "Переговоры продолжатся."]),
    # --- apostrophes are not quotation marks -----------------------------------------------------
    ("apostrophe", "en", ["The dockers' strike entered its third day, the union’s leaders said."]),
    ("apostrophe", "en", ["Fans of rock 'n' roll packed the stadium.", "It was the ’nineties all over again."]),
    ("apostrophe", "en", ["The film 'Oppenheimer' won.", "It's the 'best' film."]),
    ("apostrophe", "fr", ["Selon l’INSEE, le chômage baisse.", "Le gouvernement s’en félicite."]),
    # --- Spanish ¿…? ¡…! and other terminal punctuation --------------------------------------------
    ("question", "es", ["¿Quién pagará la factura?", "¡Nadie lo sabe!", "El Gobierno guarda silencio."]),
    ("question", "en", ["Was it worth it?", "Maybe.", "Was it wise?", "No."]),
    ("question", "fr", ["La grève se poursuit\u202f!", "Les dockers réclament des contrats."]),
    ("question", "fr", ["Le XXe siècle fut violent.", "Le XXIe sera-t-il meilleur ?"]),
    # --- headlines, datelines, subheadings ------------------------------------------------------------
    ("headline", "en", ["PARIS (Reuters) – French President Emmanuel Macron said on Monday he would not resign."]),
    ("headline", "en", ["Talks in Brussels: a last chance for the ministers"]),
    ("headline", "en", ["Breaking: Government falls"]),
    ("headline", "de", ["BERLIN, 17. März (dpa) - Die Bundesregierung plant neue Regeln für Mieten."]),
    ("headline", "es", ["MADRID, 5 mar. (EFE).- El Gobierno aprobó hoy la reforma."]),
]


def _paragraph(sentences: list[str]) -> tuple[str, list[str]]:
    return " ".join(sentences).replace("§", " "), [part for s in sentences for part in s.split("§")]


def _case_id(case: tuple[str, str, list[str]]) -> str:
    return f"{case[0]}-{case[1]}-{case[2][0][:24]}"


@pytest.mark.parametrize(("category", "lang", "sentences"), CASES, ids=[_case_id(c) for c in CASES])
def test_sentences(category: str, lang: str, sentences: list[str]) -> None:
    text, expected = _paragraph(sentences)
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Markets opened by 10 a.m. Trading was calm.", ["Markets opened by 10 a.m.", "Trading was calm."]),
    ("Shares fell by 2:30 p.m. Read more at our site.", ["Shares fell by 2:30 p.m.", "Read more at our site."]),
    ("Talks start at 9 a.m. Monday in Paris.", ["Talks start at 9 a.m. Monday in Paris."]),
    ("Polls close at 9 p.m. GMT on Thursday.", ["Polls close at 9 p.m. GMT on Thursday."]),
    ("The vote is at 11 a.m. Oct. 5 in the Senate.", ["The vote is at 11 a.m. Oct. 5 in the Senate."]),
    ("Doors open at 8 p.m. Eastern time.", ["Doors open at 8 p.m. Eastern time."]),
    ("Anne M. Lowe spoke.", ["Anne M. Lowe spoke."]),
    ("It starts at 9 a.m. CNN reported.", ["It starts at 9 a.m.", "CNN reported."]),
    ('It ended at 9 p.m. "We won," he said.', ["It ended at 9 p.m.", '"We won," he said.']),
    # A name, or a city's time, goes on with the sentence.
    ("The market closes at 4 p.m. New York time.", ["The market closes at 4 p.m. New York time."]),
    ("It closes at 5 p.m. Washington time.", ["It closes at 5 p.m. Washington time."]),
    ("It opens at 10 a.m. Saturdays.", ["It opens at 10 a.m. Saturdays."]),
    # A time opening its sentence is followed by the rest of it.
    ("At 6 p.m. President Biden will speak.", ["At 6 p.m. President Biden will speak."]),
    ("By 6 p.m. Biden had conceded.", ["By 6 p.m. Biden had conceded."]),
    ("Not until 3 a.m. Rescuers reached the village.", ["Not until 3 a.m. Rescuers reached the village."]),
])
def test_a_clock_time_ends_an_english_sentence_before_a_capital_but_a_day_month_or_zone(text, expected):
    assert split_sentences(text, "en") == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "  The strike ends.  Next week the port reopens.\n"
    assert sentence_spans(text, "en") == [(2, 18), (20, 47)]


def test_empty_and_blank_text() -> None:
    assert sentence_spans("", "en") == []
    assert sentence_spans(" \n\t\u00a0", "de") == []


def test_language_codes_fall_back_to_base_language_then_generic() -> None:
    text = "Am 3. Mai beginnt die Runde. Die Gewerkschaft ist skeptisch."
    expected = ["Am 3. Mai beginnt die Runde.", "Die Gewerkschaft ist skeptisch."]
    for code in ("de", "de-AT", "de_AT", "de_CH.UTF-8", "DE-at"):
        assert split_sentences(text, code) == expected
    assert split_sentences("He left. She stayed.", "sv") == ["He left.", "She stayed."]
    assert split_sentences("He left. She stayed.", "") == ["He left.", "She stayed."]


def test_protected_spans_are_never_split() -> None:
    text = "The band Panic! At The Disco played. Fans cheered."
    start = text.index("Panic!")
    end = start + len("Panic! At The Disco")
    assert split_sentences(text, "en") == ["The band Panic!", "At The Disco played.", "Fans cheered."]
    assert [text[s:e] for s, e in sentence_spans(text, "en", protected=[(start, end)])] == [
        "The band Panic! At The Disco played.",
        "Fans cheered.",
    ]


def test_out_of_range_protected_spans_are_clipped() -> None:
    text = "One. Two. Three."
    assert sentence_spans(text, "en", protected=[(-5, 2), (7, 3), (12, 99)]) == [(0, 4), (5, 9), (10, 16)]


def test_paragraph_break_always_splits_and_bounds_an_unclosed_quote() -> None:
    text = "“We will fight on. We have no choice.\n\nThe union met. The talks failed."
    assert split_sentences(text, "en") == [
        "“We will fight on. We have no choice.",
        "The union met.",
        "The talks failed.",
    ]


def test_list_items() -> None:
    text = "The plan:\n• cut taxes\n• raise pensions\n1. Build homes.\n2. Hire nurses."
    assert split_sentences(text, "en") == [
        "The plan:",
        "• cut taxes",
        "• raise pensions",
        "1. Build homes.",
        "2. Hire nurses.",
    ]
    assert split_sentences("Die Ziele: a) Steuern senken, b) Renten erhöhen.", "de") == [
        "Die Ziele: a) Steuern senken, b) Renten erhöhen."
    ]
    assert split_sentences("The goals: 1. Cut taxes. 2. Raise pensions.", "en") == [
        "The goals: 1. Cut taxes. 2. Raise pensions."
    ]
    assert split_sentences("Steuern senken. b) Renten erhöhen.", "de") == [
        "Steuern senken.",
        "b) Renten erhöhen.",
    ]


def test_quotation_guard_holds_for_every_style() -> None:
    styles = [("“", "”"), ("„", "“"), ("«", "»"), ("« ", " »"), ("‚", "‘"), ("‘", "’"), ("‹", "›"), ('"', '"'), ("'", "'")]
    for opening, closing in styles:
        text = f"He said {opening}We lost. We go on. Never again!{closing} The crowd cheered."
        assert split_sentences(text, "en") == [
            f"He said {opening}We lost. We go on. Never again!{closing}",
            "The crowd cheered.",
        ], (opening, closing)


def test_default_rules_cover_every_supported_language() -> None:
    rules = default_rules()
    for code in ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru"):
        names = rules.rule_set_names(code)
        assert names[0] == "Layout" and names[-1] == "Common" and len(names) == 3
    assert rules.rule_set_names("sv") == ("Layout", "Generic", "Common")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "“Why now?” Vos asked. Then he left.", ["“Why now?” Vos asked.", "Then he left."]),
        ("en", "“Who pays?” Mayor Ruth Vos asked the council.", ["“Who pays?” Mayor Ruth Vos asked the council."]),
        ("en", "“Is it over?” The answer came fast.", ["“Is it over?”", "The answer came fast."]),
        ("de", "„Warum jetzt?“ Vos fragte. Dann ging er.", ["„Warum jetzt?“ Vos fragte.", "Dann ging er."]),
        ("es", "«¿Por qué ahora?» Vos preguntó. Luego se fue.", ["«¿Por qué ahora?» Vos preguntó.", "Luego se fue."]),
        ("nl", "“Waarom nu?” Vos vroeg het opnieuw. Daarna ging hij.", ["“Waarom nu?” Vos vroeg het opnieuw.", "Daarna ging hij."]),
    ],
)
def test_quoted_question_then_name_and_reporting_verb_is_one_unit(lang, text, expected):
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "La delegación llegó a St. Moritz el domingo.", ["La delegación llegó a St. Moritz el domingo."]),
        ("it", "La delegazione è arrivata a St. Moritz lunedì.", ["La delegazione è arrivata a St. Moritz lunedì."]),
        ("pt", "O fórum será realizado em St. Gallen, na Suíça.", ["O fórum será realizado em St. Gallen, na Suíça."]),
        ("ru", "Фильм снят по роману Дж. Р. Р. Толкина.", ["Фильм снят по роману Дж. Р. Р. Толкина."]),
        ("pl", "Napastnik nazywa się Tomasz K. Lis. Ma 19 lat.", ["Napastnik nazywa się Tomasz K. Lis.", "Ma 19 lat."]),
    ],
)
def test_titles_before_place_names_and_surnames_that_look_like_abbreviations(lang, text, expected):
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [
        ("ja", ["東京で会談が行われた。", "双方は合意に近づいた。", "「次回は月曜日だ。」と述べた。", "次だ！"]),
        ("zh", ["“我们不会放弃。”他说。", "会谈在北京举行。", "双方接近达成协议！", "下次会谈在周一？"]),
        ("ar", ["استؤنفت المحادثات في بيروت يوم الجمعة.", "وقال الوسيط إن الجانبين اقتربا من اتفاق.", "هل ينجح؟", "ربما."]),
        ("he", ["השיחות התחדשו ביום שישי.", "הצדדים קרובים להסכם."]),
        ("hi", ["वार्ता शुक्रवार को फिर शुरू हुई।", "दोनों पक्ष समझौते के करीब हैं।"]),
        ("ko", ["회담이 금요일에 재개되었다.", "양측은 합의에 근접했다."]),
    ],
)
def test_scripts_without_capitals_are_split_into_sentences(lang, sentences):
    separator = "" if lang in ("ja", "zh") else " "
    assert split_sentences(separator.join(sentences), lang) == sentences


def test_an_ideographic_full_stop_inside_brackets_ends_nothing_and_one_before_latin_letters_ends_a_sentence():
    assert split_sentences("会谈继续（注。）双方同意。", "zh") == ["会谈继续（注。）双方同意。"]
    assert split_sentences("苹果公司周二发布了新手机。iPhone 17将于下月上市。eBay表示销量上涨。", "zh") == [
        "苹果公司周二发布了新手机。", "iPhone 17将于下月上市。", "eBay表示销量上涨。"]
