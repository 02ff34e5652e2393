"""The state folder: SQLite stores and run locks that outlive one run."""
