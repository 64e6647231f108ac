"""Across months: REPEATS links and task chains, obligations, theme trends, discovered themes,
the landing overview and an agency's task list."""
