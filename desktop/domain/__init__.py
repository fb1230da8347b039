"""Pure business rules: plain values in, plain values out. No Qt, no database, no I/O."""
