"""Imported once by the parse workers' fork server (and by each worker where there is
none): loads and warms what parsing and detection need, so the first feed of a cycle does
not pay for it and the workers share these pages."""

from __future__ import annotations

import gc

from feeds.detect.classify import default_detector
from feeds.pipeline.analyse import parse_and_detect
from feeds.timeutil import utcnow

_WARM_FEED = (
    b"<rss version='2.0'><channel><link>https://w.example/</link><item><title>OpenAI launches Sora 2"
    b"</title><link>https://w.example/1</link></item></channel></rss>"
)

# Its one entry declares no language, so this also loads the language model (~0.5 s).
parse_and_detect(
    _WARM_FEED,
    url="https://w.example/feed",
    content_type=None,
    fetched_at=utcnow(),
    default_lang=None,
    official=False,
)

# The language sets most entries need (English, English + French, and all lexicons for an
# unknown language): each category's combined pattern is compiled here once and shared by
# every forked worker, instead of compiled by each worker on its first such entry (~0.25 s).
# Other languages compile on demand (about 0.05 s each, once per worker).
_detector = default_detector()
for _lang in ("en", "fr", None):
    _detector.lexicons.compile_for(_lang)

# Everything loaded above lives as long as the fork server and its workers: move it out of
# the garbage collector's sight. A collection in a worker then never walks (and so never
# writes to, unsharing them) the pages it inherited, and the fork server's exit skips walking
# them too (about 0.1 s, during which it still held the command's stdout and stderr).
gc.freeze()
