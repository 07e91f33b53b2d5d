from editorial.models import TranslationStatus
from tests.model_moves import move_round_trip


def test_translation_statuses_survive_the_move_from_pages(db):
    """An existing database's statuses, content type and permissions move to editorial."""
    result = move_round_trip(TranslationStatus, "pages", "editorial")
    assert result == {
        "rows kept": True,
        "same content type": True,
        "no old content type": True,
        "permission kept": True,
    }
