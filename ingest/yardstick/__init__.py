"""The extraction yardstick: score the parser against hand-written gold files (`*.gold.json`).

`gold` reads the gold format, `compare` holds the matching rules (agency names after folding and
alias resolution, deadlines, projects, meeting fields), `score` scores one notice and a folder,
`report` prints the table. `chidao eval-extraction DIR` is the command line.
"""
