"""Custom widgets: the week view and its geometry, the roster table, the zone pickers."""
