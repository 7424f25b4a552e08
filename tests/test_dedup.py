"""Near-duplicate detection on short articles written for these tests."""

from __future__ import annotations

from newsledger.compare.dedup import DocRef, near_duplicates, shingles, similarity

ORIGINAL = (
    "Harbour officials in the northern port said on Tuesday that a cargo ship carrying grain had left for "
    "the south after three weeks of delay. The ship, registered abroad, was inspected twice by customs "
    "before it was cleared to sail. Port workers said the delay had cost the owners a large sum and that "
    "two more ships were waiting at the quay for the same inspection. The ministry promised faster checks."
)
# A reprint: one sentence dropped, a few words changed, a credit line added.
REPRINT = (
    "Harbour officials in the northern port stated on Tuesday that a cargo ship carrying grain had left for "
    "the south after three weeks of delay. Port workers said the delay had cost the owners a large sum and "
    "that two more ships were waiting at the quay for the same inspection. The ministry promised faster "
    "checks.\n\nDistributed by an example syndicate. All rights reserved."
)
# Same happening, told independently: shares names and facts but not the wording.
OTHER_TELLING = (
    "A grain freighter finally sailed from the northern harbour this week, ending a three-week standoff "
    "with customs inspectors. Its owners complained about the cost of waiting, while the transport "
    "ministry said future checks would be quicker. Two further vessels remain moored at the quay, "
    "according to dock staff who asked not to be named."
)


def test_shingles_are_lowercased_word_five_grams():
    assert shingles("One two Three four five six") == {"one two three four five", "two three four five six"}
    assert shingles("Too short") == {"too short"}
    assert shingles("") == set()


def test_similarity_uses_containment_for_shortened_copies():
    a = shingles(ORIGINAL)
    first_half = shingles(ORIGINAL[: ORIGINAL.index("Port workers")])
    assert similarity(a, first_half) == 1.0
    assert similarity(a, set()) == 0.0


def test_reprint_clustered_with_original_and_independent_telling_left_out():
    docs = [
        DocRef("reprint", REPRINT, "2022-03-02", 0),
        DocRef("original", ORIGINAL, "2022-03-01", 1),
        DocRef("other", OTHER_TELLING, "2022-03-01", 2),
    ]
    clusters = near_duplicates(docs)
    assert len(clusters) == 1
    cluster = clusters[0]
    assert cluster.original == "original"
    assert set(cluster.members) == {"original", "reprint"}
    assert cluster.members["original"] == 1.0
    assert 0.5 < cluster.members["reprint"] < 1.0


def test_original_is_first_read_when_dates_are_equal_or_missing():
    docs = [DocRef("b", ORIGINAL, None, 0), DocRef("a", REPRINT, None, 1)]
    assert near_duplicates(docs)[0].original == "b"
    docs = [DocRef("b", ORIGINAL, None, 0), DocRef("a", REPRINT, "2022-01-01", 1)]
    assert near_duplicates(docs)[0].original == "a"  # a known date beats an unknown one


def test_short_texts_are_not_judged():
    docs = [DocRef("x", "Talks resumed today.", None, 0), DocRef("y", "Talks resumed today.", None, 1)]
    assert near_duplicates(docs) == []
