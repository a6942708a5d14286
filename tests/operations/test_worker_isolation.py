"""Each pytest-xdist worker has Redis to itself (tests/settings.py), apart from the databases that
particular tests and the benchmark keep for their own use; tests that must share a worker get one."""

import re
import tomllib
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests import conftest
from tests import settings as test_settings
from tests.core import test_junk_addresses
from tests.operations import test_outages, test_scale_out

ROOT = Path(__file__).resolve().parents[2]
CI_REDIS_URL = "redis://127.0.0.1:6379/1"  # .ci/run's REDIS_URL


def _database(url: str) -> int:
    return int(url.rsplit("/", 1)[1])


def _max_workers() -> int:
    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["addopts"]
    return int(re.search(r"--maxprocesses[ =](\d+)", addopts).group(1))


def test_the_databases_that_tests_and_the_benchmark_keep_are_known_as_taken():
    bench = re.search(r'^REDIS_URL = "(redis://[^"]+)"', (ROOT / "bench" / "common.py").read_text(), re.MULTILINE)
    kept = {
        0,  # the app's default
        _database(bench.group(1)),
        test_outages.OWN_REDIS_DB,
        test_scale_out.REDIS_DB,
        test_junk_addresses.OWN_REDIS_DB,
    }
    assert kept == test_settings.REDIS_DATABASES_TAKEN


def test_every_worker_gets_a_database_of_its_own_and_none_that_is_taken():
    workers = [f"gw{n}" for n in range(_max_workers())]
    databases = [_database(test_settings.redis_url_for_this_worker(CI_REDIS_URL, worker)) for worker in workers]
    assert databases[0] == 1  # the first worker (and a run without xdist) uses the database REDIS_URL names
    assert _database(test_settings.redis_url_for_this_worker(CI_REDIS_URL, "")) == 1
    assert len(set(databases)) == len(databases)
    assert not set(databases) & test_settings.REDIS_DATABASES_TAKEN
    assert max(databases) < test_settings.REDIS_DATABASES


def test_too_many_workers_are_refused_rather_than_given_a_taken_database():
    with pytest.raises(ImproperlyConfigured, match="No free Redis database for pytest-xdist worker gw11"):
        test_settings.redis_url_for_this_worker(CI_REDIS_URL, "gw11")


def test_the_address_keeps_everything_but_the_database_number():
    url = test_settings.redis_url_for_this_worker("redis://user:secret@cache.internal:6380/5?ssl_cert_reqs=none", "gw1")
    assert url == "redis://user:secret@cache.internal:6380/6?ssl_cert_reqs=none"


def test_every_module_with_an_xdist_group_mark_is_kept_on_one_worker_by_the_scheduler(request):
    """pytest-xdist 3.8 ignores xdist_group marks under pytest 9.2, so tests/conftest.py's scheduler keeps
    the marked modules' tests together by module (ONE_WORKER_MODULES)."""
    marked = {}
    for item in request.session.items:
        mark = item.get_closest_marker("xdist_group")
        if mark is not None:
            module = item.nodeid.split("::", 1)[0]
            marked.setdefault(module, set()).add(mark.args[0] if mark.args else mark.kwargs["name"])
    for module, groups in marked.items():
        assert groups == {conftest.ONE_WORKER_MODULES.get(module)}, module
        # the whole module, not only some of its tests, is in the group
        in_module = [item for item in request.session.items if item.nodeid.split("::", 1)[0] == module]
        assert all(item.get_closest_marker("xdist_group") for item in in_module), module
