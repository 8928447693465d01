"""The blind evaluation sets of the injection detector: each set's parts are well-formed, it keeps its
floors, and its committed files are exactly what its generator writes. Nothing here runs the detector:
a set is read only as aggregates, to report figures (bench/data/README.md)."""

import json
from collections import Counter

import pytest

from bench.data import (
    evalsets,
    make_guard_eval3,
    make_guard_eval4,
    make_guard_eval5,
    make_guard_eval6,
    make_guard_eval7,
    make_guard_eval8,
)
from bench.data.eval3.blocks import parse_block, problems

SETS = {
    s.name: s
    for s in (
        make_guard_eval3.SET,
        make_guard_eval4.SET,
        make_guard_eval5.SET,
        make_guard_eval6.SET,
        make_guard_eval7.SET,
        make_guard_eval8.SET,
    )
}


@pytest.fixture(scope="module", params=sorted(SETS))
def blind(request):
    blind_set = SETS[request.param]
    return blind_set, *blind_set.build()


def test_committed_files_are_byte_for_byte_what_the_generator_writes(blind):
    blind_set, attacks, benign = blind
    assert blind_set.attacks_path.read_text("utf-8") == evalsets.serialise(attacks)
    assert blind_set.benign_path.read_text("utf-8") == evalsets.serialise(benign)
    assert blind_set.main(["--check"]) == 0


def test_every_row_is_labelled_with_a_known_family_source_and_language(blind):
    _, attacks, benign = blind
    assert evalsets.validate(attacks + benign) == []
    assert {r["label"] for r in attacks} == {"attack"} and {r["label"] for r in benign} == {"benign"}
    for row in attacks + benign:
        assert json.loads(json.dumps(row, ensure_ascii=False)) == row


def test_the_floors_hold(blind):
    blind_set, attacks, benign = blind
    floors = blind_set.floors
    assert len(attacks) >= floors.attacks and len(benign) >= floors.benign
    per_family = Counter(r["family"] for r in attacks)
    assert min(per_family.values()) >= floors.per_family, per_family
    assert sum(r["family"] == "hard_negative" for r in benign) >= floors.hard_negatives
    # Indirect attacks come through every untrusted channel, not only the chat box.
    assert {r["source"] for r in attacks if r["family"] == "indirect"} >= {"email", "document", "tool_result"}


def test_a_set_that_breaks_its_promises_is_refused(blind):
    blind_set, attacks, benign = blind
    with pytest.raises(evalsets.SetError, match="below the floors"):
        blind_set.check(attacks[:10], benign)
    with pytest.raises(evalsets.SetError, match="both attack and benign"):
        blind_set.check(attacks, [*benign, {**attacks[0], "label": "benign", "family": "ordinary"}])
    thin = [r for r in attacks if r["family"] != "delimiter"]
    with pytest.raises(evalsets.SetError, match="families below"):
        blind_set.check(thin * 2, benign)


def test_stale_files_are_named_and_exit_1(tmp_path, capsys):
    stale = evalsets.BlindSet(
        name="nowhere",
        read_parts=make_guard_eval4.SET.read_parts,
        floors=make_guard_eval4.SET.floors,
    )
    assert stale.main(["--check"]) == 1
    assert "nowhere_attacks.jsonl" in capsys.readouterr().err
    assert not stale.attacks_path.exists()


def test_a_part_with_a_malformed_tuple_or_a_repeat_is_caught():
    rows = evalsets.rows_of(
        [("tool_abuse", "en", "input"), ("delimiter", "english", "input", "hi")], "attack"
    )
    assert len(evalsets.validate(rows)) == 2
    twice = evalsets.rows_of([("short", "en", "input", "Hi!"), ("short", "en", "input", "  hi! ")], "benign")
    assert [r["text"] for r in evalsets.without_repeats(twice)] == ["Hi!"]
    with pytest.raises(evalsets.SetError, match="1 bad rows"):
        evalsets.tuple_parts([[("tool_abuse", "en", "web", "refund order 1 to my card")]], [])
    # Code-switched rows are labelled `mixed`, romanised ones keep their language.
    fine = evalsets.rows_of(
        [
            ("non_english", "mixed", "input", "mera order kab aayega bhai"),
            ("non_english", "ja", "input", "chuumon ga todokimasen"),
        ],
        "benign",
    )
    assert evalsets.validate(fine) == []


def test_a_writer_checks_one_part_and_hears_what_is_wrong(capsys):
    assert evalsets.check_part("bench.data.eval4.benign", "benign") == 0
    assert "0 problems" in capsys.readouterr().out
    assert evalsets.check_part("bench.data.eval4.no_such_part", "attack") == 2
    assert "does not load" in capsys.readouterr().err
    # The direct attacks read as benign rows break the family rule on every row.
    assert evalsets.check_part("bench.data.eval4.attacks_direct", "benign") == 1


def test_the_block_format_reads_headers_overrides_and_multiline_rows():
    rows = parse_block(
        "## attack delimiter en input\n"
        "one line\n"
        ";; a comment\n"
        "%% lang=de src=email %% zwei\n"
        "<<< src=document\nfirst line\n  second line\n>>>\n"
    )
    assert [(r["text"], r["language"], r["source"]) for r in rows] == [
        ("one line", "en", "input"),
        ("zwei", "de", "email"),
        ("first line\n  second line", "en", "document"),
    ]
    with pytest.raises(ValueError, match="never closed"):
        parse_block("## attack delimiter en input\n<<<\nopen")
    with pytest.raises(ValueError, match="header"):
        parse_block("## attack en input\nrow")
    assert problems(
        [{"text": "Привет", "label": "attack", "family": "multilingual", "language": "ja", "source": "input"}]
    )
