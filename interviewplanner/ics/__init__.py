"""ics layer: the two directions between iCalendar files and the app, one subpackage each.

* :mod:`.read` — reading side (import): ``.ics`` bytes → busy intervals in UTC
  (:func:`~interviewplanner.ics.read.read_calendar`).
* :mod:`.write` — writing side (export): a booking → invite and calendar files
  (:func:`~interviewplanner.ics.write.export_booking`).

The two sides share no code and do not import each other (an import-linter contract in
``pyproject.toml`` keeps it so): the reader must accept what other programs write, the writer
writes the narrow form that every reader understands.
"""
