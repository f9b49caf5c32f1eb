"""English news copy of tests/data/english-names.txt: the names protected in it, and the
places, institutions described in common words, groups of people and titles that stay
translatable. The format and the scores are those of test_names_german."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_names_german import Item, assert_names_of, load_items, scores

DATA = Path(__file__).parent / "data" / "english-names.txt"
ITEMS = load_items(DATA)


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(item, id=f"line{item.line}", marks=[pytest.mark.xfail(strict=True, reason=item.known)] if item.known else [])
        for item in ITEMS
    ],
)
def test_english_news_names(item: Item):
    assert_names_of(item, "en")


def test_english_news_names_score_no_worse():
    """Before institutions joined by `of`, `for`, `on` and `and`, surnames alone that what
    stands around them marks a person's, companies joined by `&`, titles without their period
    (`Mr Sunak`) and lone words opening a sentence that speak (`Eurostat said`), precision was
    0.714 and recall 0.492. A public body's name goes on after `and` only with words of its
    fields (`the Ministry of Finance and Goldman Sachs`): 0.855. An institution before a role and a
    name described as after an article (`Bank of England Governor Andrew Bailey`): 0.862. A surname alone speaking after an
    adverb (`Silva later said`): 0.881. A month after a common given name opening a sentence is
    a surname (`Theresa May will visit …`): 0.897. A country that is a given name before a
    surname is the person's (`Jordan Henderson`): 0.901. A surname alone after a full name that a
    common given name or a role set off by commas makes a person's (`Maria Costa resigned` …
    `thanked Costa`), and opening a sentence only before what a person does (`Hale had led`, not
    `Young people`, `Brown rice`): precision 0.974 and recall 0.874 before, on today's items.
    A name speaking of itself as `it` (`Goldman Sachs said it would cut`), a place after what
    only a place has (`the mayor of Milan`) and names languages translate (`the Red Cross`):
    recall 0.924 (0.922 on the items before them), where precision was 0.933 and recall 0.913.
    The `it` of an organisation only where it cuts or closes a number of its own jobs or sites
    (not `Wopke Hoekstra said it would cut emissions`): recall 0.927 (0.924 on the items before
    them), where precision was 1.0 and recall 0.906. A person's name after what only a place has
    (`the state of Maria Costa's health`) and an office holder's name after a known place
    (`Mayor of New York Zohran Mamdani`): recall 0.929 (0.927 on the items before them), where
    precision was 0.989 and recall 0.908. An office holder's name after a place no list has
    (`Governor of Texas Greg Abbott`), the `it` of an organisation named before (`Acme Corp
    reported a loss. Dmitri Petrov said it would cut 300 jobs`) and a city of several words
    never split (`Mexico City`): recall 0.933 (0.929 on the items before them), where precision
    was 0.979 and recall 0.913. A surname with its capitalised particle opening a sentence
    (`Van der Berg conceded` … `Jan van der Berg told`), another person with an organisation's
    last word (`Goldman Sachs said` … `Jeffrey Sachs, an economist`), a company's own `'s`
    (`McDonald's said`) and a surname opening a sentence before `and` and another (`Kempczinski
    and Busch are due`): recall 0.940 (0.933 on the items before them), where precision was
    0.972 and recall 0.905."""
    precision, recall = scores(ITEMS, "en")
    assert round(precision, 3) >= 1.0 and round(recall, 3) >= 0.940, (precision, recall)
