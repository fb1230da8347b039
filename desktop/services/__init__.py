"""Use cases. One call = one unit of work; results are plain data plus a ``Changes`` record."""
