"""core layer (see README: layers and data flow)."""
