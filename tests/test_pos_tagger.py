"""The part-of-speech tagger on sentences written for these tests: the nouns and verbs attribution depends on,
quotation marks of every kind, and the licence of its weights."""

import random
from pathlib import Path

import pytest

from medialit.analyzer import pos_tagger
from medialit.analyzer.tokenizer import tokenize


def tags(text: str) -> dict[str, str]:
    words = [token.text for token in tokenize(text)]
    return dict(zip(words, pos_tagger.tag(words)))


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Senate races in seven states", "states", "NNS"),
    ("The ministry states that the bridge is safe.", "states", "VBZ"),
    ("The reports were wrong, officials said.", "reports", "NNS"),
    ("She reports to the city council every week.", "reports", "VBZ"),
    ("Union officials slammed the deal.", "slammed", "VBD"),
    ("Union officials slammed the deal.", "officials", "NNS"),
    ("The governor claims the law is working.", "claims", "VBZ"),
    ("Trump's lawyers declined to comment.", "'s", "POS"),
    ("They don't agree.", "n't", "RB"),
])
def test_the_words_attribution_turns_on_get_their_tags(text, word, expected):
    assert tags(text)[word] == expected


def test_quotation_marks_of_every_kind_are_opening_or_closing_quotes():
    assert [tags("“We won,” she said.")[q] for q in ("“", "”")] == ["``", "''"]
    assert [tags("``We won,'' she said.")[q] for q in ("`", "''")] == ["``", "''"]  # the tokenizer splits "``" in two
    assert tags("She said ‘no’ twice.")["‘"] == "``"


def test_curly_apostrophes_read_like_straight_ones():
    assert tags("Trump’s lawyers declined to comment.")["’s"] == "POS"
    assert tags("They don’t agree.")["n’t"] == "RB"


def test_nothing_to_tag_gives_no_tags_and_the_same_words_give_the_same_tags():
    assert pos_tagger.tag([]) == []
    words = "The fire chief said the blaze began in a kitchen .".split()
    assert pos_tagger.tag(words) == pos_tagger.tag(list(words))


def test_the_weights_say_where_they_come_from_and_under_which_licence():
    notes = (Path(pos_tagger.__file__).parent / "data" / "syntax_models.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in notes and "English Web Treebank" in notes and "UD_English-EWT" in notes
    assert pos_tagger.WEIGHTS_FILE.name in notes


def packed_scores(weights: dict[str, list], names: list[str], fields: list[int]) -> pos_tagger.Scores:
    """Scores over rows written as [class number, weight, …], packed as the weights files hold them."""
    rows = [format(pos_tagger.pack({fields.index(number): round(weight * 10) for number, weight in zip(row[::2], row[1::2])}), "x")
            for row in weights.values()]
    return pos_tagger.Scores(pos_tagger.packed_rows(list(weights), rows), names, fields, "none", decimals=1)


def test_fast_scores_pick_what_the_floating_point_sums_pick_on_ties_and_unnamed_classes():
    """Whole-number sums tie where the floating-point ones the weights were trained with do not (0.1 + 0.2 is
    a hair above 0.3), and a class no feature names has no score: the fast path must not decide those."""
    weights = {"a": [0, 0.1, 1, 0.3], "b": [0, 0.2], "c": [1, -2.0, 2, -1.0], "d": [0, -3.0]}
    names = ["x", "y", "z"]
    for fields in ([0, 1, 2], [2, 0, 1]):  # the class in each field need not be in name order
        scores = packed_scores(weights, names, fields)
        for feats in (["a", "b"], ["c"], ["c", "d"], ["a", "b", "unseen"], ["unseen"], ["a"], ["b", "c"]):
            assert scores.best(feats) == pos_tagger.highest(weights, feats, names, "none"), feats
        assert scores.best(["a", "b"]) == "x"  # 0.1 + 0.2 > 0.3 in floating point
        assert scores.best(["c"]) == "z"  # -1 beats -2; "x", which no feature names, does not win with 0
        assert scores.best(["unseen"]) == "none"


def test_packed_rows_give_back_the_very_floats_of_the_weights():
    """The weights files hold each row as one packed whole number; unpacked for a tie, every weight must be
    the float the training rounded it to (k / 10), negative ones and those in the highest field included."""
    rng = random.Random(3)
    names = [f"c{number}" for number in range(49)]
    fields = rng.sample(range(49), 49)
    weights = {}
    for number in range(300):
        named = rng.sample(range(49), rng.randint(1, 8))
        weights[f"f{number}"] = [x for n in named for x in (n, rng.choice([-1, 1]) * rng.randint(10, 4000) / 10)]
    weights["edge"] = [fields[48], -0.1, fields[0], 3276.7]
    scores = packed_scores(weights, names, fields)
    unpacked = scores.weights(list(weights) + ["unseen"])
    assert unpacked.keys() == weights.keys()
    for feature, row in weights.items():
        got = dict(zip(unpacked[feature][::2], unpacked[feature][1::2]))
        assert {n: w.hex() for n, w in got.items()} == {n: w.hex() for n, w in zip(row[::2], row[1::2])}, feature


def test_the_loaded_tagger_turns_a_row_into_a_number_only_when_it_is_used_and_nothing_grows_as_it_tags():
    """Start-up and memory in the browser: the rows stay the file's hexadecimal digits until a word needs them,
    then each is replaced by its number (the same number), and no cache fills up as new words are met."""
    tagger = pos_tagger.tagger.__wrapped__()  # a fresh copy, untouched by other tests
    digits = dict(tagger.scores.rows)
    assert all(type(value) is str for value in digits.values())
    sizes = {name: len(value) for name, value in vars(tagger.scores).items() if isinstance(value, (dict, list))}
    tagger.tag("The ombudsman reportedly rebuked seventeen quarrelsome harbourmasters in Kelbrook .".split())
    assert sizes == {name: len(value) for name, value in vars(tagger.scores).items() if isinstance(value, (dict, list))}
    numbers = {feature: value for feature, value in tagger.scores.rows.items() if type(value) is int}
    assert 50 < len(numbers) < len(digits) / 100
    assert all(value == int(digits[feature], 16) for feature, value in numbers.items())


def test_rows_made_numbers_on_first_use_score_as_rows_unpacked_at_once():
    """The laziness must not change a score: summed over features seen before, new ones, repeated and unknown
    ones, the total is the one of the rows all turned into numbers up front, and so are the tags."""
    lazy, eager = pos_tagger.tagger.__wrapped__(), pos_tagger.tagger.__wrapped__()
    eager.scores.rows = {feature: int(row, 16) for feature, row in eager.scores.rows.items()}
    sentences = ["The council says the bridge will reopen in May .", "Critics slammed the plan , saying it failed .",
                 "The council says critics are wrong , the mayor said ."]
    for sentence in sentences:
        words = [pos_tagger.spelling(word) for word in sentence.split()]
        norms = [pos_tagger.normalise(word) for word in words]
        for i in range(len(words)):
            feats = pos_tagger.features(i, words, norms, "NN", "DT") + ["w unknownword", "bias"]
            expected = sum(eager.scores.rows.get(feature, 0) for feature in feats) + eager.scores.start
            assert pos_tagger.row_sum(lazy.scores.rows, feats, lazy.scores.start) == expected
            assert lazy.scores.weights(feats) == eager.scores.weights(feats)
        assert lazy.tag(sentence.split()) == eager.tag(sentence.split())
