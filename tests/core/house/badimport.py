"""A throwaway plugin that raises on import."""
raise ImportError("this plugin is broken on purpose")
