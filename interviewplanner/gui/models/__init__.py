"""Qt item models of the GUI (roster)."""
