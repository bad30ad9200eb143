"""Detection: is a feed entry an AI-video availability announcement, about what, and why.

taxonomy.py   vendors/products/aliases/sites (seeds/watchlist.toml) -> phrase matcher
lexicon.py    event/context/genre phrases per language (seeds/lexicon/*.toml) -> regexes
rules.py      weights and language-independent vocabulary (seeds/detection.toml)
classify.py   the Detector: one verdict per entry, from the parts below (pure)
  reading.py      what the parts share: prepared fields, cues, decisions, the seeds' state
  subject.py      which products and vendors an entry is about
  makers.py       a maker the watchlist does not know, about a video generator of its own
  lede_makers.py  such a maker as the subject of a sentence (the lede's first, or the headline)
  cues.py         where each event's phrases sit, what silences them, and cues read around a name
  novelty.py      whether an event is today's news (past, dated, denied, planned)
  attribution.py  whose action it is (owner, host, builder) and where a product arrives
  events.py       which event decides, and every event the entry supports
  genre.py        what kind of page it is, and what that costs the score
keywords.py   servers' watch terms, all servers in one matcher
"""
