from search.models import SearchEntry
from tests.model_moves import move_round_trip


def test_search_entries_survive_the_move_from_pages(db):
    """An existing database's entries, content type and permissions move to the search app."""
    result = move_round_trip(SearchEntry, "pages", "search")
    assert result == {
        "rows kept": True,
        "same content type": True,
        "no old content type": True,
        "permission kept": True,
    }
