"""syndicate breaks a long PO string where GNU gettext breaks it (Unicode's line breaking as
libunistring applies it: after a hyphen or slash, around a dash, between CJK characters,
counting a wide character as two columns), so that msgcat and msgmerge rewrite every file
syndicate writes byte for byte."""

from __future__ import annotations

import random
import shutil
import subprocess
import unicodedata

import pytest

from syndicate.catalog import Catalog, Message
from syndicate.pofile import _NOT_SPACE_BREAKS_ONLY, _SPACE_BREAKS_ONLY, _opportunities, _simple_opportunities, catalog_text

HEADER = {
    "Language": "de",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}

CASES = [
    "The port authority said the strike would end on Thursday, a well-known short-term fix that nobody expects to last.",
    "Read the statement at https://www.port-of-rotterdam.example/news/2024/05/02/strike-ends-after-three-days?lang=en&ref=wire now",
    "Dockers/crane operators/lashers and the employers' federation met again—for the third time—this week – without result.",
    "Minister — who spoke on Tuesday — said the €3.5-billion plan (2024–2030) was \"final\" and 'not up for debate'.",
    "A line ending in a newline that is long enough to be wrapped by gettext at the seventy-ninth column\n",
    "First line\nsecond line with a \\ backslash and a \"quote\" and a tab\there, long enough to be wrapped twice over",
    "鹿特丹港的码头工人周四结束了为期三天的罢工此前工会与雇主达成了一项新的集体劳动协议该协议将在明年一月生效工会表示满意",
    "鹿特丹港的码头工人周四结束了为期三天的罢工，此前工会与雇主达成了一项新的集体劳动协议。该协议将在明年一月生效，工会表示“满意”。",
    "ロッテルダム港の港湾労働者は木曜日、三日間のストライキを終えた。労働組合と雇用者側が新しい労働協約で合意したためだ。「満足している」と組合は述べた。",
    "ロッテルダムこうのこうわんろうどうしゃはもくようびみっかかんのすとらいきをおえたろうどうくみあいとこようしゃがわがあたらしいろうどうきょうやくでごういしたためだ",
    "로테르담 항구의 부두 노동자들은 목요일에 사흘간의 파업을 끝냈다. 노조와 고용주가 새로운 단체 협약에 합의했기 때문이다. 노조는 만족한다고 밝혔다.",
    "أنهى عمال الموانئ في روتردام يوم الخميس إضرابا استمر ثلاثة أيام بعد أن توصلت النقابة وأصحاب العمل إلى اتفاق جماعي جديد للعمل.",
    "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftskapitänswitwenrentenversicherung",
    "short " + "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftskapitänswitwe tail",
    "x" * 71,
    "x" * 72,
    "word " * 14 + "abcdefg",
    "Streik im Hafen: „Wir verlangen nicht die Sterne vom Himmel“, sagte der Gewerkschafter ; « nous ne demandons pas la lune » !",
    "e.g. the U.S. port of L.A., i.e. Los Angeles, and 10,000-20,000 containers (12.5%) at $450,000/day, +6.1 or -3.4 points",
    "The club's account a replied to supporters within minutes: “Thank you all 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽 see you next week.”",
    "Fans waved a row of flags: " + "🇩🇪" * 40,
    "Fans waved " + "🇩🇪🇫🇷" * 3 + "🇩" + " and more flags along the whole of the long route to the stadium",
    unicodedata.normalize("NFD", "ガソリン価格やデジタル関連のサービス価格が上がっており、ドル高とエネルギー価格の上昇が続けば、家計の負担はさらに重くなる。"),
    "Prices rose゙ in the ward of 〪〭〫〬 long enough to be wrapped by gettext at the seventy-ninth column",
    "The club said\u2028 it would be back next week with a stronger squad and a new coach for the season.",
    "Short\u2028 line",
    "\u2028" + "word " * 14 + "abc",
    "a\u2028" + "x" * 74 + " yy",
    "Path C:\\\\ports\\\\rotterdam\\\\strike-2024\\\\notes.txt and \\\\\\\\server\\\\share must stay as they are in the translation",
]


def random_strings(count: int) -> list[str]:
    pieces = ["port", "strike", "Übersetzung", "-", "/", "—", "–", " ", " ", " ", ".", ",", ":", "!", "?", "(", ")", "“", "”", "„",
              "«", "»", "\"", "\\", "\n", "12", "3.5", "%", "€", "$", "罢工", "。", "，", "「", "」", "ストライキ", "ッ", "ー", "、",
              "파업", "إضراب", "é", "\u00a0", "\u0301", "https://", "www.", ".com/", "a-b", "x"]
    generator = random.Random(2026)
    return ["".join(generator.choice(pieces) for _ in range(generator.randrange(5, 70))) for _ in range(count)]


def catalog_of(strings: list[str]) -> Catalog:
    messages = []
    for index, text in enumerate(strings):
        messages.append(Message(msgid=text, msgstr=text[::-1], msgctxt=text[:40] if index % 5 == 0 else None,
                                flags=("fuzzy",) if index % 2 else (), previous_msgid=text + " before" if index % 2 else None,
                                obsolete=index % 3 == 2))
    unique = {message.key: message for message in messages}
    # gettext's tools write obsolete entries last
    ordered = sorted(unique.values(), key=lambda message: message.obsolete)
    return Catalog(domain="x", header=dict(HEADER), messages=tuple(ordered), locale="de")


def gettext(*command: str) -> None:
    assert shutil.which(command[0]), f"GNU gettext's {command[0]} is required"
    subprocess.run(command, check=True, capture_output=True)


@pytest.mark.parametrize("strings", [CASES, random_strings(400)], ids=["table", "random"])
def test_msgcat_and_msgmerge_rewrite_what_syndicate_wrote_byte_for_byte(strings, tmp_path):
    catalog = catalog_of(strings)
    written = tmp_path / "in.po"
    written.write_text(catalog_text(catalog), encoding="utf-8")
    gettext("msgcat", "-o", str(tmp_path / "msgcat.po"), str(written))
    assert (tmp_path / "msgcat.po").read_text(encoding="utf-8") == written.read_text(encoding="utf-8")
    template = tmp_path / "x.pot"
    template.write_text(catalog_text(Catalog(domain="x", header=dict(HEADER), messages=tuple(
        Message(msgid=message.msgid, msgctxt=message.msgctxt) for message in catalog.messages if not message.obsolete))), encoding="utf-8")
    gettext("msgmerge", "--quiet", "--previous", "-o", str(tmp_path / "merged.po"), str(written), str(template))
    assert (tmp_path / "merged.po").read_text(encoding="utf-8") == written.read_text(encoding="utf-8")


def test_the_quick_reading_of_latin_text_finds_the_breaks_the_full_reading_finds():
    pieces = ["port", "Übersetzung", "strike", " ", " ", " ", "-", "/", "—", "–", ".", ",", ":", ";", "!", "?", "(", ")", "[", "]",
              "“", "”", "„", "‚", "‘", "’", "«", "»", "\"", "'", "12", "3.5", "%", "€", "$", "+", "\u00a0", "\u202f", "é", "x", "e.g."]
    generator = random.Random(7)
    quick = 0
    for _ in range(5000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randrange(2, 40)))
        if _SPACE_BREAKS_ONLY.fullmatch(text) and not _NOT_SPACE_BREAKS_ONLY.search(text):
            quick += 1
            assert _simple_opportunities(text) == _opportunities(text)[0], text
    assert quick > 300
