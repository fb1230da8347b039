"""Fixtures for the report tests: sample labels and contexts, and reading PDFs back."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from pathlib import Path

import pytest

from desktop.reports.base import PrintContext
from desktop.reports.distributor_card import DistributorCardData, DistributorCardLabels
from tests.reports.pdftools import PdfInfo, read_pdf
from tests.reports.samples import EN_CTX, EN_LABELS, ZH_CTX, ZH_LABELS, make_card


@pytest.fixture
def inspect_pdf(tmp_path: Path) -> Callable[[bytes], PdfInfo]:
    """Read PDF bytes back with pdftotext/pdffonts/pdfinfo (via a temporary file)."""
    numbers = count()
    return lambda pdf: read_pdf(pdf, tmp_path / f"doc{next(numbers)}.pdf")


@pytest.fixture
def zh_labels() -> DistributorCardLabels:
    return ZH_LABELS


@pytest.fixture
def en_labels() -> DistributorCardLabels:
    return EN_LABELS


@pytest.fixture
def zh_ctx() -> PrintContext:
    return ZH_CTX


@pytest.fixture
def en_ctx() -> PrintContext:
    return EN_CTX


@pytest.fixture
def card() -> Callable[..., DistributorCardData]:
    """The ``make_card`` factory: ``card(contacts=40, notes="...")``."""
    return make_card
