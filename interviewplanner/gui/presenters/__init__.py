"""Qt-free presenters: what a view shows, computed from core values (tested without a window).

Nothing here imports Qt or the store, so a presenter can run on the worker thread and its
result crosses to the GUI thread as a frozen value.
"""
