"""One function per user action, each returning an :class:`~interviewplanner.gui.ops.Op`.

No widgets here: a view builds the operation, adds its callbacks and runs it. The services (and
so SQLAlchemy) are imported inside the tasks, on the worker thread, never at window start-up.
Modules by area: :mod:`.roster`, :mod:`.calendars`, :mod:`.views` (reads for the views),
:mod:`.planning`, :mod:`.bookings`, :mod:`.export`.
"""
