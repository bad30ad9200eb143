"""Detection: is a feed entry an AI-video availability announcement, about what, and why.

taxonomy.py   vendors/products/aliases (seeds/watchlist.toml) -> phrase matcher
lexicon.py    event/context/genre phrases per language (seeds/lexicon/*.toml) -> regexes
rules.py      weights and language-independent vocabulary (seeds/detection.toml)
classify.py   the rules that combine them into a Detection with reasons (pure)
keywords.py   servers' watch terms, all servers in one matcher
"""
