"""Throughput of syndicate's sentence segmenter against pysbd 0.3.4.

Run:  .venv/bin/python benchmarks/bench_segment.py [--quick]

1. Per paragraph: both segmenters split the same news paragraphs, one call per paragraph, in
   each language pysbd supports (Portuguese is ours only). Reported in characters per second.
2. One large text (~2 MB of those paragraphs, separated by blank lines): ours on growing
   prefixes, to show that time grows linearly; pysbd only on a slice, its time on the whole
   text extrapolated linearly (which flatters pysbd if it is superlinear).
3. The same text as one block (a paragraph of up to 1 MB): all that extract does to a block,
   sentences, names, quotations and placeholders (`article_units`), on growing prefixes, to
   show that a long block costs the same per character as a short one.
4. Adversarial input (long runs of quotation marks, periods, initials, URLs, white space…):
   the time for 32,000 characters of a repeated pattern over the time for 4,000, for the
   segmenter and for all of a block's work. Linear gives about 8, quadratic about 64.

pysbd runs as ``pysbd.Segmenter(language=..., clean=False, char_span=False)``; install it with
``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from syndicate.segment import sentence_spans
from syndicate.units import article_units
from syndicate.wire import read_wire

try:
    import pysbd
except ImportError:  # the comparison is skipped, our own figures are still printed
    pysbd = None

PARAGRAPHS: dict[str, list[str]] = {
    "en": [
        "WASHINGTON (AP) – The U.S. Senate passed the climate bill by 51 votes to 49 early on "
        "Friday. Sen. Laura Whitfield called it “the most important vote of my career.” Her "
        "colleague Sen. Robert Haines Jr. was less impressed. “This bill costs $370 billion. Who "
        "pays for it?” asked Haines.",
        "About 1,200 containers are stuck on the quays, according to the port authority. Each "
        "day of standstill costs the economy an estimated €3.5 million, said Dr. Hendrik Bakker "
        "of Erasmus University. Talks resume at 9:30 a.m. on Jan. 5 in St. Louis.",
        "“We are not asking for the moon. We want contracts that last longer than a season,” "
        "Costa told the Dutch broadcaster NOS. Port operator Euromax Terminals declined to "
        "comment. More at www.port-authority.example.org or press@example.com.",
    ],
    "de": [
        "Der Streik der Hafenarbeiter geht in den dritten Tag. Nach Angaben der Gewerkschaft "
        "stehen rund 1200 Container still. Der Verkehrsminister rief beide Seiten auf, am Montag "
        "an den Verhandlungstisch zurückzukehren.",
        "BERLIN, 17. März (dpa) - Die Bundesregierung will z. B. die Mieten deckeln. „Wir "
        "handeln jetzt. Die Lage ist ernst“, sagte Ministerin Dr. Anna Weber am 3. Mai in der "
        "5. Sitzung. Die Opposition reagierte u. a. mit Kritik.",
        "Der Etat steigt auf 1.000.000 Euro bzw. 5.300,25 Euro pro Kopf. Die Sitzung beginnt um "
        "09.45 Uhr in der Bahnhofstr. 4 in Köln. Das Spiel endete 3:0.",
    ],
    "fr": [
        "Les dockers de Rotterdam entament leur troisième jour de grève. Selon le syndicat, "
        "près de 1 200 conteneurs sont bloqués sur les quais. Le ministre des Transports a "
        "appelé les deux parties à reprendre le dialogue dès lundi.",
        "La Commission européenne présentera son plan le 12 mars. « C’est une dernière chance »,"
        " estime un diplomate. Les États membres restent divisés sur le financement.",
        "« Nous ne lâcherons rien. Nous voulons des contrats », a déclaré M. Costa. Le sommet "
        "aura lieu le 3 févr. 2027 à Paris. Mme Dupont y assistera\u202f!",
        "L’entreprise a perdu 3,5 % en Bourse. Elle publiera ses résultats jeudi, selon le "
        "porte-parole du groupe. Pourquoi maintenant\u202f? Personne ne le sait.",
    ],
    "es": [
        "La huelga de los estibadores cumple su tercer día. Según el sindicato, unos 1.200 "
        "contenedores siguen parados en los muelles. El ministro de Transportes pidió a las "
        "partes que retomen el diálogo el lunes.",
        "¿Quién pagará la factura? ¡Nadie lo sabe! La Sra. García viajó a EE. UU. el lunes. "
        "«No vamos a ceder. Queremos contratos», dijo el Dr. Pérez a las 11 p. m.",
        "La inflación subió al 3,5 por ciento en marzo. El Gobierno prepara nuevas medidas para "
        "contener los precios de la energía.",
    ],
    "it": [
        "Lo sciopero dei portuali è entrato nel terzo giorno. Secondo il sindacato, circa 1.200 "
        "container sono fermi sulle banchine. Il ministro dei Trasporti ha invitato le parti a "
        "riprendere il dialogo già lunedì.",
        "La Commissione europea presenterà il piano il 12 marzo. «È l’ultima occasione», dice un "
        "diplomatico. Gli Stati membri restano divisi sul finanziamento.",
        "Il Sig. Rossi e il Dott. Bianchi sono arrivati a Roma. «Non ci arrendiamo. Vogliamo "
        "contratti», ha detto l’On. Verdi. L’inflazione è salita al 3,5 per cento.",
    ],
    "pt": [
        "A greve dos estivadores entrou no terceiro dia. Segundo o sindicato, cerca de 1.200 "
        "contentores estão parados nos cais. O ministro dos Transportes pediu às partes que "
        "retomem o diálogo já na segunda-feira.",
        "A Comissão Europeia apresentará o plano a 12 de março. “É a última oportunidade”, diz um "
        "diplomata. Os Estados-membros continuam divididos quanto ao financiamento.",
        "O Sr. Silva e a Dra. Costa chegaram a Lisboa. “Não vamos desistir. Queremos "
        "contratos”, disse o sindicalista. A loja fica na Av. Paulista, em São Paulo.",
    ],
    "nl": [
        "De staking van de havenarbeiders is de derde dag ingegaan. Volgens de bond staan zo'n "
        "1200 containers stil op de kades. De minister van Infrastructuur riep beide partijen op "
        "maandag weer om tafel te gaan.",
        "De Europese Commissie presenteert het plan op 12 maart. ‘Het is de laatste kans’, zegt "
        "een diplomaat. De lidstaten blijven verdeeld over de financiering.",
        "Volgens dhr. Jansen en mr. De Vries is het akkoord binnen bereik. ‘We vragen niet om "
        "de maan. We willen contracten’, zei Costa tegen de NOS. De staking kost bijv. 3,5 mln. "
        "euro per dag.",
    ],
    "pl": [
        "Strajk dokerów trwa już trzeci dzień. Według związku zawodowego w portach stoi około "
        "1200 kontenerów. Minister infrastruktury wezwał obie strony do powrotu do rozmów w "
        "poniedziałek.",
        "Komisja Europejska przedstawi plan 12 marca. „To ostatnia szansa” – mówi jeden z "
        "dyplomatów. Państwa członkowskie wciąż spierają się o finansowanie.",
        "Prof. Nowak i gen. Kowalski spotkali się w Warszawie. „Nie odpuścimy. Chcemy umów” – "
        "powiedział przewodniczący. Strajk kosztuje ok. 3,5 mln zł dziennie, m.in. w Gdańsku.",
    ],
    "ru": [
        "Забастовка портовых рабочих продолжается третий день. По данным профсоюза, на причалах "
        "стоят около 1200 контейнеров. Министр транспорта призвал стороны вернуться к переговорам "
        "в понедельник.",
        "Еврокомиссия представит план 12 марта. «Это последний шанс», — говорит один из "
        "дипломатов. Страны ЕС по-прежнему расходятся во мнениях о финансировании.",
        "В 2020 г. В. В. Иванов переехал в г. Москва. «Мы не отступим. Нам нужны „контракты“», "
        "— сказал он. Ущерб составил 3,5 млн руб. Однако страховка его покроет.",
    ],
}

PYSBD_LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "ru"}


def _best_rate(run: Callable[[], object], chars: int, repeats: int) -> float:
    """Characters per second of the fastest of ``repeats`` runs."""
    return chars / _best_seconds(run, repeats)


def _best_seconds(run: Callable[[], object], repeats: int = 3) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return min(timings)


def _segment_each(segment: Callable[[str], object], paragraphs: list[str], rounds: int) -> None:
    for _ in range(rounds):
        for paragraph in paragraphs:
            segment(paragraph)


def per_paragraph(rounds: int, repeats: int) -> list[tuple[str, float, float | None]]:
    """(language, our chars/s, pysbd's chars/s or None) for each language."""
    results = []
    for lang, paragraphs in PARAGRAPHS.items():
        chars = sum(map(len, paragraphs))
        ours = partial(sentence_spans, lang=lang)
        ours_rate = _best_rate(partial(_segment_each, ours, paragraphs, rounds), chars * rounds, repeats)
        theirs_rate = None
        if pysbd is not None and lang in PYSBD_LANGUAGES:
            segmenter = pysbd.Segmenter(language=lang, clean=False, char_span=False)
            # pysbd is slower: fewer rounds give a run of similar length.
            theirs_rounds = max(1, rounds // 20)
            theirs = partial(_segment_each, segmenter.segment, paragraphs, theirs_rounds)
            theirs_rate = _best_rate(theirs, chars * theirs_rounds, repeats)
        results.append((lang, ours_rate, theirs_rate))
    return results


def large_text(size: int) -> str:
    blocks = [paragraph for paragraphs in PARAGRAPHS.values() for paragraph in paragraphs]
    text, i = [], 0
    length = 0
    while length < size:
        text.append(blocks[i % len(blocks)])
        length += len(blocks[i % len(blocks)]) + 2
        i += 1
    return "\n\n".join(text)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and a 256 kB text")
    args = parser.parse_args()
    rounds, repeats = (40, 3) if args.quick else (400, 5)
    size = 256_000 if args.quick else 2_000_000
    slice_size = 20_000 if args.quick else 100_000

    print("Per paragraph (one call per paragraph), characters per second")
    print(f"{'lang':<6}{'syndicate':>14}{'pysbd 0.3.4':>14}{'ratio':>9}")
    ratios = []
    for lang, ours, theirs in per_paragraph(rounds, repeats):
        if theirs is None:
            print(f"{lang:<6}{ours:>14,.0f}{'n/a':>14}{'':>9}")
        else:
            ratios.append(ours / theirs)
            print(f"{lang:<6}{ours:>14,.0f}{theirs:>14,.0f}{ours / theirs:>8.1f}×")
    if ratios:
        print(f"geometric mean ratio: {statistics.geometric_mean(ratios):.1f}×")

    text = large_text(size)
    print(f"\nOne text of {len(text):,} characters (mixed languages, segmented as English)")
    for fraction in (0.25, 0.5, 1.0):
        part = text[: int(len(text) * fraction)]
        repeats = 1 if fraction == 1.0 else 2
        rate = _best_rate(lambda part=part: sentence_spans(part, "en"), len(part), repeats)
        print(f"syndicate {len(part):>10,} chars: {rate:>12,.0f} chars/s ({len(part) / rate:.2f} s)")
    if pysbd is not None:
        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
        part = text[:slice_size]
        rate = _best_rate(lambda: segmenter.segment(part), len(part), 1)
        ours = _best_rate(lambda: sentence_spans(text, "en"), len(text), 1)
        print(
            f"pysbd     {len(part):>10,} chars: {rate:>12,.0f} chars/s "
            f"(whole text extrapolated linearly: {len(text) / rate:.1f} s)"
        )
        print(f"ratio on the large text: {ours / rate:.1f}×")
    else:
        print("pysbd is not installed: pip install -e '.[bench]' to compare")

    block = text[: size // 2].replace("\n\n", " ")
    print(f"\nUnits of one block of {len(block):,} characters (sentences, names, quotations)")
    for fraction in (0.25, 0.5, 1.0):
        part = block[: int(len(block) * fraction)]
        article = read_wire(Path("long.txt"), f"date 2026-01-01 World\ntitle Long\n\nLede.\n\n{part}\n".encode())
        rate = _best_rate(lambda article=article: article_units(article), len(part), 1)
        print(f"syndicate {len(part):>10,} chars: {rate:>12,.0f} chars/s ({len(part) / rate:.2f} s)")

    print("\nAdversarial input: time for 32,000 chars of a pattern / time for 4,000 (linear: about 8)")
    print(f"{'pattern':<12}{'segmenter':>11}{'block':>9}")
    worst = 0.0
    for pattern in ADVERSARIAL_PATTERNS:
        small, large = (_repeated(pattern, size) for size in (4_000, 32_000))
        ratios = [
            _best_seconds(partial(work, large)) / max(_best_seconds(partial(work, small)), 1e-4)
            for work in (partial(sentence_spans, lang="en"), _units_of_block)
        ]
        worst = max(worst, *ratios)
        print(f"{pattern[:10]!r:<12}{ratios[0]:>10.1f}×{ratios[1]:>8.1f}×")
    print(f"largest ratio: {worst:.1f}× (quadratic would be about 64×)")


ADVERSARIAL_PATTERNS = [
    "“", "„", "«", '"', "'", "’", "a'", "'a", ".", "a.", "A. ", "U.S. ", "...", " ", "\n",
    "http://", "a.com/", "a@", "a.b", "x" * 50, "Dr. ", "17. ", "“A. ", "« ", "—", "Maria Costa ",
    "“Yes,” said Ana Roth. ", "“No,” said Maria Costa{n}; ", "Minister Ana Berg{n} of {n} x.com/{n} 6:{n}; ",
]


def _repeated(pattern: str, size: int) -> str:
    """`pattern` again and again up to `size` characters; `{n}` counts up (names that share
    their first word, numbers, times)."""
    if "{n}" not in pattern:
        return pattern * (size // len(pattern) + 1)
    pieces, length = [], 0
    while length < size:
        pieces.append(pattern.replace("{n}", str(len(pieces))))
        length += len(pieces[-1])
    return "".join(pieces)


def _units_of_block(text: str) -> None:
    article_units(read_wire(Path("block.txt"), f"date 2026-01-01 World\ntitle Block\n\nLede.\n\n{text}\n".encode()))


if __name__ == "__main__":
    main()
