"""Printed documents (reportlab) and chart figures (matplotlib, Agg).

Input is prepared plain data, output is PDF bytes or PNG bytes. Nothing here
touches the database or Qt, and matplotlib / reportlab are imported only inside
the modules of this package, which the app itself imports lazily, so start-up
stays light.
"""
