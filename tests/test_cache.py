"""The build cache's storage: values shared by reference, never trusted blindly."""

from __future__ import annotations

from pathlib import Path

from briefgen.incremental.cache import Cache, Shared
from briefgen.model import Rating, Speaker

FALSE = Rating("false", "False", "#c0392b", 1, "The claim is not accurate.")
PESKOV = Speaker("dmitry-peskov", "Dmitry Peskov", "person", "Kremlin spokesman")


def test_values_equal_to_a_shared_one_load_as_that_one(tmp_path: Path) -> None:
    """Thousands of cached cards hold the desk's few ratings and speakers: loaded, they all
    point at the process's own copy instead of making one each."""
    writer = Cache(tmp_path)
    writer.shared = Shared([FALSE, PESKOV])
    local = Speaker("a-resident", "A resident", "anonymous")
    writer.update({"card": (Rating(**vars(FALSE)), Speaker(**vars(PESKOV)), local)},
                  by_reference={"card"})
    writer.close()

    ours = Rating(**vars(FALSE)), Speaker(**vars(PESKOV))
    reader = Cache(tmp_path)
    reader.shared = Shared(ours)
    rating, speaker, other = reader.get("card")
    assert rating is ours[0] and speaker is ours[1]
    assert other == local  # not shared: stored whole


def test_an_entry_referring_to_an_unknown_shared_value_is_a_miss(tmp_path: Path) -> None:
    writer = Cache(tmp_path)
    writer.shared = Shared([FALSE])
    writer.update({"card": FALSE, "plain": 1}, by_reference={"card", "plain"})
    writer.close()

    for shared in (None, Shared([PESKOV])):  # no table, or one without that rating
        reader = Cache(tmp_path)
        reader.shared = shared
        assert reader.get("plain") == 1
        assert reader.get("card") is None
        reader.close()


def test_only_the_values_asked_for_are_stored_by_reference(tmp_path: Path) -> None:
    writer = Cache(tmp_path)
    writer.shared = Shared([FALSE])
    writer.update({"card": FALSE, "brief": FALSE}, by_reference={"card"})
    writer.close()
    reader = Cache(tmp_path)  # shares nothing: only what was stored whole loads
    assert (reader.get("card"), reader.get("brief")) == (None, FALSE)
