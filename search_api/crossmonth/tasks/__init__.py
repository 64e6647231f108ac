"""Tasks across months: a task is a chain of directives of successive meetings of one province
(`chain`), with a state as of a date (`state`); `series` and `score` measure the links against
a hand-written gold (`chidao eval-links DIR`)."""
