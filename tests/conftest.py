"""Settings shared by every test."""

from __future__ import annotations

import os

import pytest

from reconcile.normalize.places import CACHE_ENV


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory):
    """The user's cache folder (where the place index is kept once built) is one of the test run's own, shared by
    every test and every process they start, as runs on one machine share it; the tester's own is never touched.
    The processes that share out the tests (pytest-xdist) share it too, so the index is built once per run."""
    old = os.environ.get(CACHE_ENV)
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = tmp_path_factory.getbasetemp().parent / "user-cache"  # the run's folder, above each worker's own
        folder.mkdir(exist_ok=True)
    else:
        folder = tmp_path_factory.mktemp("user-cache")
    os.environ[CACHE_ENV] = str(folder)
    yield folder
    if old is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = old
