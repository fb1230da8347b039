"""Replicas for the sync tests: HQ and its laptops built once per test module
(``template``; a module may override it, with other people, say) and copied afresh for
each test (``net``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.replicas import Replicas


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    built = Replicas.build(tmp_path_factory.mktemp("template"))
    yield built
    built.dispose()


@pytest.fixture
def net(template: Replicas, tmp_path: Path) -> Iterator[Replicas]:
    copy = template.copy(tmp_path)
    yield copy
    copy.dispose()
