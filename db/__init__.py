"""Storage: SQLAlchemy models, the engine, change capture for sync, migrations, the demo data."""
