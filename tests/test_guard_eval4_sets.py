"""The fourth blind evaluation set for the injection detector: its parts are well-formed, it keeps its
floors, and the committed files are exactly what the generator writes. Nothing here runs the detector:
the set is read only as aggregates, to report figures, never to tune."""

import json
from collections import Counter

import pytest

from bench.data import make_guard_eval4 as gen


@pytest.fixture(scope="module")
def built():
    return gen.build()


def test_committed_files_are_byte_for_byte_what_the_generator_writes(built):
    attacks, benign = built
    assert gen.ATTACKS_PATH.read_text("utf-8") == gen.serialise(attacks)
    assert gen.BENIGN_PATH.read_text("utf-8") == gen.serialise(benign)
    assert gen.main(["--check"]) == 0


def test_every_row_is_labelled_with_a_known_family_source_and_language(built):
    attacks, benign = built
    assert gen.validate(attacks + benign) == []
    assert {r["label"] for r in attacks} == {"attack"} and {r["label"] for r in benign} == {"benign"}
    for row in attacks + benign:
        assert json.loads(json.dumps(row, ensure_ascii=False)) == row


def test_the_floors_hold(built):
    attacks, benign = built
    assert len(attacks) >= gen.ATTACK_TOTAL_FLOOR and len(benign) >= gen.BENIGN_TOTAL_FLOOR
    per_family = Counter(r["family"] for r in attacks)
    assert min(per_family.values()) >= gen.ATTACK_FAMILY_FLOOR, per_family
    assert sum(r["family"] == "hard_negative" for r in benign) >= gen.HARD_NEGATIVE_FLOOR
    # Indirect attacks come through every untrusted channel, not only the chat box.
    assert {r["source"] for r in attacks if r["family"] == "indirect"} >= {"email", "document", "tool_result"}


def test_a_set_that_breaks_its_promises_is_refused(built):
    attacks, benign = built
    with pytest.raises(gen.SetError, match="below the floors"):
        gen.check(attacks[:10], benign)
    with pytest.raises(gen.SetError, match="both attack and benign"):
        gen.check(attacks, [*benign, {**attacks[0], "label": "benign", "family": "ordinary"}])


def test_a_part_with_a_malformed_tuple_or_a_repeat_is_caught():
    rows = gen.rows_of([("tool_abuse", "en", "input"), ("delimiter", "english", "input", "hi")], "attack")
    assert len(gen.validate(rows)) == 2
    twice = gen.rows_of([("short", "en", "input", "Hi!"), ("short", "en", "input", "  hi! ")], "benign")
    assert [r["text"] for r in gen.without_repeats(twice)] == ["Hi!"]
    # Code-switched rows are labelled `mixed`, romanised ones keep their language.
    fine = gen.rows_of(
        [
            ("non_english", "mixed", "input", "mera order kab aayega bhai"),
            ("non_english", "ja", "input", "chuumon ga todokimasen"),
        ],
        "benign",
    )
    assert gen.validate(fine) == []
