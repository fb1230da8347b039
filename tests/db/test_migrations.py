"""Migrations: a linear chain, and upgrading an empty file gives exactly the models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from db.engine import alembic_config, open_database
from db.models import Base


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1
    bases = script.get_bases()
    assert len(bases) == 1
    for rev in script.walk_revisions():
        assert not isinstance(rev.down_revision, tuple | list), f"merge revision {rev.revision}"


def test_upgrade_head_equals_the_models(tmp_path: Path, clock) -> None:
    path = tmp_path / "m.db"
    open_database(path, clock=clock).dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        from db.migrations.env_filters import include_object

        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(ctx, Base.metadata)
        fts = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name = 'call_log_fts'"
        ).scalar()
    engine.dispose()
    assert diff == []
    assert fts == "call_log_fts"


def test_the_head_the_app_knows_is_alembics_head() -> None:
    from db.engine import HEAD_REVISION

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
