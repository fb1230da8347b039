"""File sync with headquarters (SYNC.md): bundles, import, merge and conflicts."""
