"""What schema comparison leaves out: the FTS5 index and its shadow tables are not models."""

from typing import Any


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("call_log_fts"))
