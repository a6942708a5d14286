"""The guide that tests/conftest.py writes back for a test that commits is the guide load_guide writes."""

from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command

from careerguide import search_index
from careerguide.models import SearchDocument
from skills.models import Skill
from tests import conftest
from tests.factories import SkillFactory


def _counts() -> dict[str, int]:
    return {model._meta.label: model._base_manager.count() for model in conftest._models()}


def _search_rows() -> list[tuple]:
    return sorted(
        SearchDocument.objects.values_list("kind", "object_id", "title", "keywords", "summary", "body", "url")
    )


def _refreshed() -> tuple[str, dict[str, int]]:
    """load_guide --refresh: its summary, and how many rows it added to each table."""
    before, out = _counts(), StringIO()
    call_command("load_guide", "--refresh", stdout=out)
    after = _counts()
    return out.getvalue().rsplit("(", 1)[1], {
        name: after[name] - before[name] for name in after if after[name] != before[name]
    }


def _empty() -> None:
    call_command("flush", interactive=False, verbosity=0)  # as Django empties the database after a test that commits
    assert not Skill.objects.exists()


# Four loads of the whole guide (minutes on PostgreSQL under load), and what it checks is the test
# set-up's own, which does not change with the database: once, in CI's PostgreSQL pass.
@pytest.mark.ops
@pytest.mark.django_db(transaction=True)
def test_the_guide_written_back_is_the_one_load_guide_writes(client):
    # What the loader, refreshing every entry from the seed, does to the guide it has just loaded.
    _empty()
    call_command("load_guide", stdout=StringIO())
    after_a_load = _refreshed()
    assert after_a_load[0].startswith("created 0, updated 0, unchanged ")

    _empty()
    if conftest.guide_rows.rows is None:
        conftest.guide_rows.load()  # the first load in this process: it keeps the rows
        assert conftest.guide_rows.rows is not None
        _empty()
    with mock.patch.object(conftest, "call_command", side_effect=AssertionError("load_guide ran")):
        conftest.guide_rows.load()
    # The same on the guide written back: nothing to create or change, and no other row (every save and
    # every link writes a history row) than after a load.
    assert _refreshed() == after_a_load

    # Search finds the rows written back, which are the documents a rebuild makes.
    documents = _search_rows()
    assert search_index.rebuild() == len(documents)
    assert _search_rows() == documents
    page = client.get("/search/", {"q": "kubernetes"}).content.decode()
    assert "Kubernetes" in page and "Nothing matched" not in page

    # New rows (and their history rows) get keys past the ones written back.
    SkillFactory(name="Written after", slug="written-after").history.get()
