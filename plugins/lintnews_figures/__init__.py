"""placeholder: implemented in its own issue."""
