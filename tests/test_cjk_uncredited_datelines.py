"""Chinese and Japanese datelines without the agency's credit, read from wire text through
extract and build: a city before a national body's name opens a dateline, two places linked
by a dash do not."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from schema import assert_valid
from syndicate.cli import main

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def published(root: Path, lang: str, lede: str) -> etree._Element:
    """The agency's item of a story opening with `lede`, extracted and built, validated."""
    wire = root.parent / "story.txt"
    wire.write_text(f"date 2026-11-27 World\nlang {lang}\nid story\n\n{lede}\n\n会議は来年も開催される。\n", encoding="utf-8")
    for command in (["extract", str(wire), "-l", "en"], ["build"]):
        result = CliRunner().invoke(main, ["--root", str(root), *command])
        assert result.exit_code == 0, result.output
    data = (root / "feeds" / lang / "story.xml").read_bytes()
    assert_valid(data)
    return etree.fromstring(data)


@pytest.mark.parametrize("lang, lede, place, headline", [
    ("zh", "北京——中国政府周五宣布了新的经济刺激计划。官员表示，该计划将支持就业。", "北京", "中国政府周五宣布了新的经济刺激计划。"),
    ("ja", "東京―日本銀行は金曜日、金利を据え置くと発表した。市場は安定している。", "東京", "日本銀行は金曜日、金利を据え置くと発表した。"),
    ("ja", "ソウル—韓国政府は金曜日、新たな対策を発表した。詳細は来週公表される。", "ソウル", "韓国政府は金曜日、新たな対策を発表した。"),
    ("ja", "大阪—中国外務省の報道官は金曜日、会見を開いた。質問が相次いだ。", "大阪", "中国外務省の報道官は金曜日、会見を開いた。"),
])
def test_a_city_before_the_sentence_opens_the_dateline(newsroom, lang, lede, place, headline):
    item = published(newsroom, lang, lede)
    assert item.findtext(f"{NAR}contentMeta/{NAR}dateline") == place
    assert item.find(f"{NAR}contentMeta/{NAR}located").get("literal") == place
    # The dateline is cut from the headline, and the story's first paragraph keeps it.
    assert item.findtext(f"{NAR}contentMeta/{NAR}headline") == headline
    assert next(item.iter(f"{XHTML}p")).text == lede


@pytest.mark.parametrize("lang, lede", [
    ("zh", "北京—上海航班周五恢复正常。乘客表示满意。"),
    ("ja", "日本—ASEAN首脳会議が金曜日に開かれた。首脳らは協力を確認した。"),
    ("ja", "日本—ロシア首脳会談が金曜日に開かれた。成果は乏しかった。"),
    ("ja", "東京—大阪間の新幹線は金曜日、運転を再開した。遅れは解消した。"),
    ("ja", "大阪—ソウル両市の交流事業が金曜日に始まった。市民が参加した。"),
])
def test_two_places_or_names_linked_by_a_dash_open_no_dateline(newsroom, lang, lede):
    item = published(newsroom, lang, lede)
    assert item.find(f"{NAR}contentMeta/{NAR}dateline") is None
    assert item.find(f"{NAR}contentMeta/{NAR}located") is None
    assert item.findtext(f"{NAR}contentMeta/{NAR}headline") == lede[:lede.index("。") + 1]
