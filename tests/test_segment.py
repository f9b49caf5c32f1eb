"""Sentence segmentation: per language and per category, on news sentences."""

from __future__ import annotations

import pytest

from syndicate.segment import default_rules, sentence_spans, split_sentences

# (language, paragraph, expected sentences). Paragraphs are joined from the sentences with a
# single space unless written out in full.
CASES: list[tuple[str, list[str]]] = [
    # --- English -------------------------------------------------------------------------
    ("en", ["The U.S. Senate passed the bill on Friday.", "Sen. Laura Whitfield called it historic."]),
    ("en", ["Dr. Jane Okafor and Gen. Mark Ruiz met Gov. Ellis in St. Louis on Tuesday."]),
    ("en", ["Striker Anne M. Lowe scored twice.", "Lester B. Pearson won the prize in 1957."]),
    ("en", ["The council voted against the UN.", "The mayor left the chamber."]),
    ("en", ["He arrived in the U.K.", "Officials said he would stay a week."]),
    ("en", ["Her colleague Sen. Robert Haines Jr. was less impressed."]),
    ("en", ["The shares of Acme Inc. fell 3.5 percent.", "The company declined to comment."]),
    ("en", ["The vote is expected in Jan. 2027, aides said."]),
    ("en", ["Ministers meet on Friday at 9:30 a.m.", "The talks may last all day."]),
    ("en", ["The club will celebrate at 6:45 p.m. in the town square."]),
    ("en", ["The rally starts at 6 p.m. Eastern Time on Saturday."]),
    ("en", ["Turnout was 1,200,000, or 61.5 percent, the highest since 1992."]),
    ("en", ["Lindholm beat Castellón 3-1 and drew 2:2 with Porto."]),
    ("en", ["“Why now?” asked the mayor.", "Nobody answered."]),
    ("en", ["“This bill costs $370 billion. Who pays for it?” asked Haines."]),
    ("en", ["“We are not asking for the moon. We want contracts,” Costa told NOS."]),
    ("en", ["He called the deal “a disgrace. A betrayal. A farce.” Then he left.".replace(" Then", "§Then")]),
    ("en", ["The strike ends.", "Next week the port reopens."]),
    ("en", ["Read the full report at example.com/report or www.port-authority.nl.", "It is free."]),
    ("en", ["Send questions to press@port-authority.example.org.", "Replies take a day."]),
    ("en", ["See https://example.com/a.b?c=1.2 for details.", "The page is in Dutch."]),
    ("en", ["He paused…", "Then he spoke again.", "“We want […] contracts,” he said."]),
    ("en", ["The mayor … refused to comment."]),
    ("en", ["The talks failed . . .", "Then the union called a strike."]),
    ("en", ["The law passed.[1]", "It takes effect in May."]),
    ("en", ["PARIS (Reuters) – French President Emmanuel Macron said on Monday he would not resign."]),
    ("en", ["Talks in Brussels: a last chance for the ministers"]),
    ("en", ["The dockers' strike entered its third day, the union’s leaders said."]),
    ("en", ["Fans of rock 'n' roll packed the stadium.", "It was the ’nineties all over again."]),
    # --- German --------------------------------------------------------------------------
    ("de", ["Am 3. Mai beginnt die 5. Runde der Tarifverhandlungen.", "Die Gewerkschaft ist skeptisch."]),
    ("de", ["Die Partei landete auf Platz 3.", "Die Wahlbeteiligung lag bei 61,5 Prozent."]),
    ("de", ["BERLIN, 17. März (dpa) - Die Bundesregierung plant z. B. neue Regeln für Mieten."]),
    ("de", ["Dazu gehören u. a. Berlin und Hamburg.", "Prof. Dr. Anna Weber widerspricht."]),
    ("de", ["Das Büro liegt in der Bahnhofstr. 4 in Köln.", "Es ist ab 09.45 Uhr geöffnet."]),
    ("de", ["Der Etat steigt auf 1.000.000 Euro bzw. 5.300,25 Euro pro Kopf.", "Er gilt bis 2027."]),
    ("de", ["Der Umsatz lag bei 5 Mrd. Im Vorjahr waren es 4 Mrd. Euro.".replace(" Im", "§Im")]),
    ("de", ["„Wir kämpfen weiter. Wir haben keine Wahl“, sagte Nr. 1 der Liste."]),
    ("de", ["Er sagte: „Das ist ‚unfair‘. Wir klagen.“", "Dann ging er."]),
    ("de", ["Das Spiel endete 3:0.", "Im Rückspiel reicht ein Remis."]),
    # --- French --------------------------------------------------------------------------
    ("fr", ["« Nous ne lâcherons rien. Nous voulons des contrats », a déclaré M. Costa."]),
    ("fr", ["Le sommet aura lieu le 3 févr. 2027 à Paris.", "Mme Dupont y assistera."]),
    ("fr", ["La grève se poursuit\u202f!", "Les dockers réclament des contrats."]),
    ("fr", ["«\u202fPourquoi maintenant\u202f?\u202f» a demandé le maire.", "Personne n’a répondu."]),
    ("fr", ["L’entreprise a perdu 3,5 % en Bourse.", "Elle publiera ses résultats jeudi."]),
    # --- Spanish -------------------------------------------------------------------------
    ("es", ["¿Quién pagará la factura?", "¡Nadie lo sabe!", "El Gobierno guarda silencio."]),
    ("es", ["La Sra. García viajó a EE. UU. el lunes.", "El viaje duró tres días."]),
    ("es", ["La Sra. García viajó a EE. UU.", "El presidente la recibió el martes."]),
    ("es", ["La reunión terminó a las 11 p. m.", "Todos se fueron a casa."]),
    ("es", ["«No vamos a ceder. Queremos contratos», dijo el Dr. Pérez."]),
    # --- Italian -------------------------------------------------------------------------
    ("it", ["Il Sig. Rossi e il Dott. Bianchi sono arrivati a Roma.", "La riunione è durata tre ore."]),
    ("it", ["«Non ci arrendiamo. Vogliamo contratti», ha detto l’On. Verdi."]),
    ("it", ["L’inflazione è salita al 3,5 per cento.", "Il governo prepara nuove misure."]),
    # --- Portuguese ----------------------------------------------------------------------
    ("pt", ["O Sr. Silva e a Dra. Costa chegaram a Lisboa.", "A reunião durou três horas."]),
    ("pt", ["“Não vamos desistir. Queremos contratos”, disse o sindicalista.", "A greve continua."]),
    ("pt", ["A loja fica na Av. Paulista, em São Paulo.", "Abre às 9h."]),
    # --- Dutch ---------------------------------------------------------------------------
    ("nl", ["Volgens dhr. Jansen en mr. De Vries is het akkoord binnen bereik.", "De bonden twijfelen."]),
    ("nl", ["‘We vragen niet om de maan. We willen contracten’, zei Costa tegen de NOS."]),
    ("nl", ["De staking kost bijv. 3,5 mln. euro per dag.", "Dat meldt het havenbedrijf."]),
    # --- Polish --------------------------------------------------------------------------
    ("pl", ["Prof. Nowak i gen. Kowalski spotkali się w Warszawie.", "Rozmowy trwały trzy godziny."]),
    ("pl", ["Strajk kosztuje ok. 3,5 mln zł dziennie, m.in. w Gdańsku.", "Związkowcy nie ustępują."]),
    ("pl", ["„Nie odpuścimy. Chcemy umów” – powiedział przewodniczący.", "Rozmowy trwają."]),
    ("pl", ["Finał odbędzie się 17. marca w 5. rundzie turnieju."]),
    # --- Russian -------------------------------------------------------------------------
    ("ru", ["В 2020 г. В. В. Иванов переехал в г. Москва.", "Он работает в порту."]),
    ("ru", ["«Мы не отступим. Нам нужны „контракты“», — сказал он.", "Переговоры продолжаются."]),
    ("ru", ["Ущерб составил 3,5 млн руб. Однако страховка его покроет.".replace(" Однако", "§Однако")]),
]


def _paragraph(sentences: list[str]) -> tuple[str, list[str]]:
    joined = " ".join(sentences)
    return joined.replace("§", " "), [part for s in sentences for part in s.split("§")]


@pytest.mark.parametrize(("lang", "sentences"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentences(lang: str, sentences: list[str]) -> None:
    text, expected = _paragraph(sentences)
    assert split_sentences(text, lang) == expected


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
        "The goals: 1. Cut taxes.",
        "2. Raise pensions.",
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
