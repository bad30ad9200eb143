"""The compiled-pattern cache (feeds/detect/pattern_cache.py): a cached pattern matches
exactly what ``re.compile`` gives, a hit skips the pure-Python compile, and a damaged,
foreign or unwritable cache only ever costs time."""

from __future__ import annotations

import json
import os
import re
import sys
import zlib
from pathlib import Path

import pytest

from feeds.detect import pattern_cache
from feeds.detect.evaluate import load_labelled
from feeds.detect.lexicon import LexiconSet, load_lexicons
from feeds.detect.pattern_cache import cache_directory, compile_pattern, load, prune
from feeds.detect.text import fold
from tests.test_cli import run

SAMPLE = (
    r"(?<![a-z0-9])(?:(?P<verb>launch(?:es|ed)?|rolls? out)\s+(\w+)(?:\s+in\s+(?:europe|japan))?)(?![a-z0-9])"
)
EXPECTED = re.compile(SAMPLE)
TEXTS = [
    "openai launches sora in europe",
    "kling rolls out 2.1 in japan, then launched it",
    "nothing here",
    "",
]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...], dict]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def cached_file(directory: Path) -> Path:
    [path] = directory.glob("*.sre")
    return path


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every pattern given to re's pure-Python parser (the cache calls it on a miss)."""
    seen: list[str] = []
    parse = pattern_cache._parser.parse

    def counting(source: str, flags: int = 0):  # type: ignore[no-untyped-def]
        seen.append(source)
        return parse(source, flags)

    monkeypatch.setattr(pattern_cache._parser, "parse", counting)
    return seen


def test_a_cached_pattern_matches_what_re_compile_gives_and_a_hit_skips_the_parser(tmp_path, parses) -> None:
    expected = EXPECTED
    first = compile_pattern(SAMPLE, tmp_path)
    assert parses.count(SAMPLE) == 1
    assert cached_file(tmp_path).stat().st_size > 0

    second = compile_pattern(SAMPLE, tmp_path)
    assert parses.count(SAMPLE) == 1, "a cached pattern was parsed again"
    for pattern in (first, second):
        assert pattern == expected  # patterns compare by their compiled code
        assert pattern.pattern == SAMPLE
        assert (pattern.flags, pattern.groups, pattern.groupindex) == (
            expected.flags,
            expected.groups,
            expected.groupindex,
        )
        for text in TEXTS:
            assert spans(pattern, text) == spans(expected, text)


def test_the_lexicons_match_the_same_spans_on_real_text_from_a_warm_cache(
    tmp_path, shared_dir, monkeypatch, parses
) -> None:
    """Every English and French category pattern, compiled cold (written) and then read back
    by a second lexicon set without parsing, is the pattern re.compile gives and finds what
    it finds in real news items."""
    texts = [
        fold(f"{item['title']}. {item.get('summary') or ''}")
        for item in load_labelled([shared_dir / "dev-corpus.jsonl"])
    ]
    lexicons = load_lexicons()
    languages = ("en", "fr")

    def patterns() -> dict[str, re.Pattern[str]]:
        lexicon_set = LexiconSet(lexicons)
        found = {category: lexicon_set.pattern(category, languages) for category in lexicon_set.categories}
        return {category: pattern for category, pattern in found.items() if pattern is not None}

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cold = patterns()
    assert len(list(tmp_path.rglob("*.sre"))) == len(cold) > 50
    parsed_cold = set(parses)
    warm = patterns()
    assert not set(parses[len(parsed_cold) :]) & {p.pattern for p in warm.values()}, (
        "a cached pattern was parsed"
    )
    found = 0
    for category, pattern in warm.items():
        reference = re.compile(pattern.pattern)
        assert pattern == reference and pattern.flags == reference.flags, category
        for text in texts:
            expected = [m.span() for m in reference.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == expected, (category, text)
            found += len(expected)
    assert found > 100


def rewritten(change):  # type: ignore[no-untyped-def]
    """Damage to what a file holds, written back as a well-formed file (checksum and all)."""
    return lambda data: zlib.compress(change(zlib.decompress(data)))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit: the checksum fails
        lambda data: b"not zlib at all",
        rewritten(lambda plain: b"not json\n" + plain.partition(b"\n")[2]),
        rewritten(lambda plain: plain.replace(b'"format": 2', b'"format": 3', 1)),
        rewritten(lambda plain: re.sub(rb'"source": "\w', b'"source": "-', plain, count=1)),
        rewritten(lambda plain: re.sub(rb'"groups": \d+', b'"groups": 1000000000000', plain, count=1)),
        rewritten(lambda plain: plain.replace(b'"verb": 1', b'"verb": 7', 1)),
        # well-formed file, but code the engine refuses ("invalid SRE code")
        rewritten(lambda plain: plain.partition(b"\n")[0] + b"\n" + bytes(range(64))),
    ],
    ids=[
        "empty",
        "truncated",
        "one bit",
        "not zlib",
        "bad header",
        "other format",
        "another pattern",
        "groups",
        "group index",
        "invalid code",
    ],
)
def test_a_damaged_file_is_compiled_again_and_replaced(tmp_path, damage) -> None:
    compile_pattern(SAMPLE, tmp_path)
    path = cached_file(tmp_path)
    good = path.read_bytes()
    damaged = damage(good)
    assert damaged != good
    path.write_bytes(damaged)
    assert load(path, SAMPLE) is None

    pattern = compile_pattern(SAMPLE, tmp_path)
    assert pattern == EXPECTED
    for text in TEXTS:
        assert spans(pattern, text) == spans(EXPECTED, text)
    assert path.read_bytes() == good
    assert load(path, SAMPLE) == EXPECTED


def test_an_engine_that_refuses_the_translation_falls_back_to_re_compile(tmp_path, monkeypatch) -> None:
    """Internals that changed shape (another Python): the ordinary compile, nothing cached."""
    # The patch below breaks re.compile's own translation too: the fallback must find SAMPLE in
    # re's cache (other tests of an xdist worker may have pushed it out).
    re.compile(SAMPLE)
    monkeypatch.setattr(pattern_cache._compiler, "_code", lambda parsed, flags: [999_999] * 8)
    pattern = compile_pattern(SAMPLE, tmp_path)
    assert pattern == EXPECTED
    assert spans(pattern, TEXTS[1]) == spans(EXPECTED, TEXTS[1])
    assert not list(tmp_path.iterdir())


def test_an_unwritable_cache_still_compiles(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    pattern = compile_pattern(SAMPLE, blocker / "patterns")
    assert spans(pattern, TEXTS[0]) == spans(EXPECTED, TEXTS[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_a_bad_pattern_raises_re_error_as_re_compile_does(tmp_path) -> None:
    with pytest.raises(re.error):
        compile_pattern("launch(es", tmp_path)
    assert not list(tmp_path.iterdir())


def aged(path: Path, size: int, mtime: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    os.utime(path, (mtime, mtime))
    return path


def test_the_cache_keeps_under_its_size_by_dropping_the_least_recently_used(tmp_path) -> None:
    now = 2_000_000_000
    old = aged(tmp_path / "cpython-311-old" / "old.sre", 1000, now - 300)
    middle = aged(tmp_path / "cpython-313-new" / "middle.sre", 1000, now - 200)
    new = aged(tmp_path / "cpython-313-new" / "new.sre", 1000, now - 100)
    stale = aged(tmp_path / "cpython-313-new" / "new.sre.abc.tmp", 5000, now - 7200)
    writing = aged(tmp_path / "cpython-313-new" / "other.sre.def.tmp", 5000, now - 10)
    prune(tmp_path, 2500, now=now)
    assert [p.exists() for p in (old, middle, new, stale, writing)] == [False, True, True, False, True]
    prune(tmp_path, 5000, now=now)
    assert [p.exists() for p in (middle, new, writing)] == [True, True, True]


def test_a_process_prunes_before_it_first_writes_and_a_hit_counts_as_use(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    directory = cache_directory()
    assert directory is not None
    compile_pattern(SAMPLE)
    sample = cached_file(directory)
    os.utime(sample, (1_000_000, 1_000_000))
    compile_pattern(SAMPLE)  # a hit: now the most recently used
    assert sample.stat().st_mtime > 1_000_000
    old = aged(directory.parent / "cpython-39-gone" / "old.sre", 4000, 1_000_500)
    monkeypatch.setattr(pattern_cache, "MAX_CACHE_BYTES", sample.stat().st_size + 1000)
    monkeypatch.setattr(pattern_cache, "_pruned", False)
    compile_pattern("launch(?:es)? sora")  # a miss: prunes, then writes
    assert not old.exists()
    assert sample.exists() and len(list(directory.glob("*.sre"))) == 2
    monkeypatch.setattr(pattern_cache, "MAX_CACHE_BYTES", 0)
    compile_pattern("launch(?:es)? veo")  # pruned once per process only
    assert len(list(directory.glob("*.sre"))) == 3


def test_the_cache_lives_under_xdg_cache_home_per_python(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    directory = cache_directory()
    assert directory is not None
    assert directory.parent == tmp_path / "vidradar" / "patterns"
    assert directory.name.startswith(sys.implementation.cache_tag)
    assert f"{sys.hexversion:x}" in directory.name
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_directory() == tmp_path / "home" / ".cache" / "vidradar" / "patterns" / directory.name
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # invalid by the XDG specification
    assert cache_directory() == tmp_path / "home" / ".cache" / "vidradar" / "patterns" / directory.name


def test_vidradar_classify_writes_the_cache_then_reads_it_with_the_same_output(tmp_path) -> None:
    """The production path: the console script, cold then warm, in fresh processes."""
    items = "".join(
        json.dumps({"id": n, "title": title, "summary": ""}) + "\n"
        for n, title in enumerate(
            [
                "OpenAI opens the Sora 2 API to every developer",
                "Runway reporte le lancement de Gen-5 en Europe",
                "Kuaishou lanza Kling 3.0 con lista de espera",
                "Heathrow runway closed for the afternoon",
            ]
        )
    )
    cache = tmp_path / "cache"
    outputs = []
    for _ in range(2):
        result = run("classify", input=items, XDG_CACHE_HOME=str(cache))
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
        files = sorted(cache.rglob("*.sre"))
        assert files, "nothing was cached"
        if len(outputs) == 1:
            written = {path: path.stat().st_ino for path in files}  # a write replaces the file
    assert {path: path.stat().st_ino for path in files} == written, "a warm start wrote again"
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["relevant"] for line in outputs[0].splitlines()] == [True, True, True, False]
