"""An entry's image: media:thumbnail, then an image media:content, then an image enclosure,
then the first <img> of its HTML; only absolute http(s) URLs. Both parsers read the same image,
and the fast one never drops one the reference finds (it declines the document instead)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feeds.parse.fast import Unsupported, fast_parse
from feeds.parse.normalize import MAX_IMAGE_URL, image_url, text_and_image
from feeds.parse.reference import parse_feed

FETCHED = datetime(2026, 11, 24, 12, tzinfo=UTC)
MRSS = 'xmlns:media="http://search.yahoo.com/mrss/"'


def rss_item(extra: str, *, description: str = "Sora 2 is out.", namespaces: str = MRSS) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {namespaces}><channel><title>T</title>'
        "<link>https://news.example/</link><item><title>Sora 2 launches</title>"
        "<link>https://news.example/sora</link><guid>sora</guid>"
        f"<description><![CDATA[{description}]]></description>{extra}</item></channel></rss>"
    ).encode()


def atom_entry(extra: str, *, summary: str = "Sora 2 is out.") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" {MRSS}>'
        "<title>T</title><id>urn:t</id><entry><id>urn:sora</id><title>Sora 2 launches</title>"
        '<link href="https://news.example/sora"/><updated>2026-11-24T10:00:00Z</updated>'
        f'<summary type="html">{summary}</summary>{extra}</entry></feed>'
    ).encode()


def images(content: bytes, parser: str) -> list[str | None]:
    parsed = parse_feed(content, url="https://feeds.example/feed", fetched_at=FETCHED, parser=parser)  # type: ignore[arg-type]
    return [entry.image for entry in parsed.entries]


THUMB = "https://img.example/thumb.jpg"
CONTENT = "https://img.example/content.jpg"
ENCLOSED = "https://img.example/enclosed.png"
INLINE = "https://img.example/inline.webp"

CASES = {
    "media:thumbnail first": (
        rss_item(
            f'<enclosure url="{ENCLOSED}" type="image/png" length="1"/>'
            f'<media:content url="{CONTENT}" medium="image"/><media:thumbnail url="{THUMB}"/>',
            description=f'<img src="{INLINE}">',
        ),
        THUMB,
    ),
    "media:thumbnail nested in media:content": (
        rss_item(
            f'<media:content url="{CONTENT}" medium="image"><media:thumbnail url="{THUMB}"/></media:content>'
        ),
        THUMB,
    ),
    "media:thumbnail in a media:group": (
        rss_item(f'<media:group><media:thumbnail url="{THUMB}" width="300"/></media:group>'),
        THUMB,
    ),
    "media:content with an image medium": (
        rss_item(
            f'<media:content url="https://v.example/clip.mp4" medium="video"/><media:content url="{CONTENT}" medium="image"/>'
        ),
        CONTENT,
    ),
    "media:content with an image type": (
        rss_item(f'<media:content url="{CONTENT}" type="image/jpeg" width="1200"/>'),
        CONTENT,
    ),
    "media:content with neither, by its extension": (
        rss_item(f'<media:content url="{CONTENT}"/>'),
        CONTENT,
    ),
    "media:content that is a video, then an image enclosure": (
        rss_item(
            f'<media:content url="https://v.example/clip.mp4" type="video/mp4"/><enclosure url="{ENCLOSED}" type="image/png"/>'
        ),
        ENCLOSED,
    ),
    "an image enclosure": (
        rss_item(f'<enclosure url="{ENCLOSED}" type="image/png" length="100"/>'),
        ENCLOSED,
    ),
    "an audio enclosure is not an image": (
        rss_item('<enclosure url="https://a.example/ep.mp3" type="audio/mpeg" length="100"/>'),
        None,
    ),
    "an Atom enclosure link": (
        atom_entry(f'<link rel="enclosure" type="image/png" href="{ENCLOSED}"/>'),
        ENCLOSED,
    ),
    "an Atom media:thumbnail": (atom_entry(f'<media:thumbnail url="{THUMB}"/>'), THUMB),
    "the first img of the description": (
        rss_item(
            "", description=f'<p>Sora <img src="{INLINE}" alt=""> <img src="https://img.example/2.png"></p>'
        ),
        INLINE,
    ),
    "a tracking pixel is skipped": (
        rss_item(
            "",
            description='<img src="https://pixel.example/p.gif" width="1" height="1">'
            f'<p>Sora</p><img src="{INLINE}">',
        ),
        INLINE,
    ),
    "the first img of the content when there is no description": (
        atom_entry(
            f'<content type="html">&lt;p&gt;Sora&lt;img src="{INLINE}"&gt;&lt;/p&gt;</content>', summary=""
        ).replace(b'<summary type="html"></summary>', b""),
        INLINE,
    ),
    "a relative img is dropped": (rss_item("", description='<img src="/images/sora.png"><p>Sora</p>'), None),
    "a relative thumbnail falls through to the enclosure": (
        rss_item(f'<media:thumbnail url="thumbs/sora.jpg"/><enclosure url="{ENCLOSED}" type="image/png"/>'),
        ENCLOSED,
    ),
    "a protocol-relative img is dropped": (rss_item("", description='<img src="//cdn.example/s.png">'), None),
    "javascript: is refused": (
        rss_item(
            '<media:thumbnail url="javascript:alert(1)"/>', description='<img src="javascript:alert(1)">'
        ),
        None,
    ),
    "data: is refused": (
        rss_item(
            '<media:content url="data:image/gif,GIF89a" medium="image"/>',
            description='<img src="data:image/gif,GIF89a">',
        ),
        None,
    ),
    "an ftp image is refused": (rss_item('<enclosure url="ftp://f.example/a.png" type="image/png"/>'), None),
    "a URL with a space is refused": (
        rss_item("", description='<img src="https://img.example/a b.png">'),
        None,
    ),
    "no image": (rss_item(""), None),
    "a media:thumbnail in the description's text is no image": (
        rss_item(
            "", description=f'Sora <media:thumbnail url="{THUMB}"/> <!-- <enclosure url="{ENCLOSED}"/> -->'
        ),
        None,
    ),
}


@pytest.mark.parametrize("parser", ["fast", "feedparser"])
@pytest.mark.parametrize("case", list(CASES))
def test_each_source_of_an_image_with_either_parser(case: str, parser: str) -> None:
    content, expected = CASES[case]
    assert images(content, parser) == [expected]


def test_the_fast_parser_reads_media_itself() -> None:
    """Media must not send a feed to feedparser: the fast path keeps it."""
    for case in ("media:thumbnail first", "media:thumbnail nested in media:content", "an image enclosure"):
        entries, _ = fast_parse(CASES[case][0])
        assert entries[0]["media_thumbnail"] or entries[0]["enclosures"], case


def test_an_item_level_thumbnail_next_to_media_content_is_kept() -> None:
    """fastfeedparser drops an item's own media:thumbnail when the item also has media:content
    (it reports only thumbnails nested in one); the fast path still finds it, in document order."""
    content = rss_item(
        f'<media:content url="{CONTENT}" medium="image"><media:thumbnail url="https://img.example/nested.jpg"/>'
        f'</media:content><media:thumbnail url="{THUMB}"/>'
    )
    sibling_first = rss_item(
        f'<media:thumbnail url="{THUMB}"/><media:content url="{CONTENT}" medium="image"/>'
    )
    for doc, expected in ((content, "https://img.example/nested.jpg"), (sibling_first, THUMB)):
        assert images(doc, "fast") == images(doc, "feedparser") == [expected]


@pytest.mark.parametrize(
    "content",
    [
        # Media RSS under another prefix, the old namespace, or the prefix bound elsewhere.
        rss_item(f'<m:thumbnail url="{THUMB}"/>', namespaces='xmlns:m="http://search.yahoo.com/mrss/"'),
        rss_item(
            f'<media:thumbnail url="{THUMB}"/>', namespaces='xmlns:media="http://search.yahoo.com/mrss"'
        ),
        rss_item(f'<media:thumbnail url="{THUMB}"/>', namespaces='xmlns:media="https://other.example/ns"'),
        # A thumbnail whose URL is its text: fastfeedparser reads only the attribute.
        rss_item(f"<media:thumbnail>{THUMB}</media:thumbnail>"),
        # An enclosure without a url, which fastfeedparser does not report.
        rss_item('<enclosure type="image/png"/>'),
        # An enclosure element under a prefix (feedparser maps some namespaces onto RSS's own).
        rss_item(
            f'<u:enclosure url="{ENCLOSED}" type="image/png"/>',
            namespaces=f'{MRSS} xmlns:u="http://backend.userland.com/rss2"',
        ),
    ],
)
def test_the_fast_parser_declines_media_it_might_read_differently(content: bytes) -> None:
    with pytest.raises(Unsupported):
        fast_parse(content)
    # ... and the document still gets its image, from feedparser.
    assert images(content, "auto") == images(content, "feedparser")


def test_images_agree_between_parsers_on_a_mixed_feed() -> None:
    items = "".join(
        f"<item><title>Item {n}</title><link>https://news.example/{n}</link><guid>{n}</guid>"
        f"<description><![CDATA[{body}]]></description>{extra}</item>"
        for n, (extra, body) in enumerate(
            [
                (f'<media:content url="{CONTENT}" medium="image"/>', "text"),
                ("", f'<img src="{INLINE}">'),
                (f'<media:thumbnail url="{THUMB}"/>', ""),
                ("", "no picture"),
            ]
        )
    )
    content = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" {MRSS}><channel><title>T</title>'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    ).encode()
    assert images(content, "fast") == images(content, "feedparser") == [CONTENT, INLINE, THUMB, None]


def test_an_image_beyond_the_summary_window_is_found() -> None:
    """The summary text is read from a window at the start of long HTML; the first image is
    still the first one in the whole value, even when the window cuts its tag in half."""
    words = "Sora " * 3000
    text, image = text_and_image(f"<p>{words}</p><img src='{INLINE}'>")
    assert image == INLINE and text.startswith("Sora Sora")
    cut_at = 4096 - 10  # inside the <img> tag at the window's edge
    html = "<p>" + "x" * (cut_at - 3) + f"<img src='{INLINE}'><p>" + "more text " * 500
    assert text_and_image(html)[1] == INLINE


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://img.example/a.jpg", "https://img.example/a.jpg"),
        ("  HTTP://img.example/a.jpg?w=300&h=200#x\n", "HTTP://img.example/a.jpg?w=300&h=200#x"),
        ("/a.jpg", None),
        ("img.example/a.jpg", None),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:image/png;base64,AAAA", None),
        ("https://img.example/a\x1b[31m.jpg", None),
        ("https://img.example/a\u202e.jpg", None),
        ("https://img.example/é.jpg", None),
        ('https://img.example/a".jpg', None),
        ("https://user:secret@img.example/a.jpg", None),
        ("https://img.example:99999/a.jpg", None),
        ("https:///a.jpg", None),
        ("https://img.example/" + "a" * MAX_IMAGE_URL, None),
        (None, None),
        (42, None),
    ],
)
def test_image_urls_are_absolute_http_and_inert(value: object, expected: str | None) -> None:
    assert image_url(value) == expected
