"""Settings shared by every test."""

from __future__ import annotations

import os

import pytest

from reconcile.normalize.places import CACHE_ENV


@pytest.fixture(scope="session", autouse=True)
def user_cache(tmp_path_factory):
    """The user's cache folder (where the place index is kept once built) is one of the test run's own, shared by
    every test and every process they start, as runs on one machine share it; the tester's own is never touched."""
    old = os.environ.get(CACHE_ENV)
    folder = tmp_path_factory.mktemp("user-cache")
    os.environ[CACHE_ENV] = str(folder)
    yield folder
    if old is None:
        os.environ.pop(CACHE_ENV, None)
    else:
        os.environ[CACHE_ENV] = old
