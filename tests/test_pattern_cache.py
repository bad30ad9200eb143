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

REPO = Path(__file__).resolve().parent.parent
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
    """Every pattern given to re's pure-Python parser (which the cache still calls)."""
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
        assert pattern.pattern == SAMPLE
        assert (pattern.flags, pattern.groups, pattern.groupindex) == (
            expected.flags,
            expected.groups,
            expected.groupindex,
        )
        for text in TEXTS:
            assert spans(pattern, text) == spans(expected, text)


def test_the_lexicons_match_the_same_spans_on_real_text_from_a_warm_cache(
    tmp_path, shared_dir, monkeypatch
) -> None:
    """Every English and French category pattern, compiled cold (written) and then read back
    by a second lexicon set, finds exactly what re.compile finds in real news items."""
    texts = [
        fold(f"{item['title']}. {item.get('summary') or ''}")
        for item in load_labelled([shared_dir / "dev-corpus.jsonl"])
    ]
    lexicons = load_lexicons()
    languages = ("en", "fr")

    def patterns() -> dict[str, re.Pattern[str] | None]:
        lexicon_set = LexiconSet(lexicons)
        return {category: lexicon_set.pattern(category, languages) for category in lexicon_set.categories}

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cold, written = patterns(), len(list(tmp_path.rglob("*.sre")))
    warm = patterns()
    assert written == sum(1 for p in cold.values() if p is not None) > 50
    found = 0
    for category, pattern in warm.items():
        if pattern is None:
            continue
        reference = re.compile(pattern.pattern)
        assert pattern is not cold[category]
        for text in texts:
            expected = [m.span() for m in reference.finditer(text)]
            assert [m.span() for m in pattern.finditer(text)] == expected, (category, text)
            found += len(expected)
    assert found > 100


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: b"not json\n" + data.partition(b"\n")[2],
        lambda data: data.partition(b"\n")[0] + b"\nnot zlib",
        lambda data: json.dumps({"format": 99}).encode() + b"\n" + data.partition(b"\n")[2],
        lambda data: re.sub(rb'"groups": \d+', b'"groups": 1000000000000', data, count=1),
        lambda data: data.replace(b'"verb": 1', b'"verb": 7', 1),
        # well-formed file, but code the engine refuses ("invalid SRE code")
        lambda data: data.partition(b"\n")[0] + b"\n" + zlib.compress(bytes(range(64))),
    ],
    ids=[
        "empty",
        "truncated",
        "bad header",
        "bad body",
        "other format",
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
    for text in TEXTS:
        assert spans(pattern, text) == spans(EXPECTED, text)
    assert path.read_bytes() == good
    assert load(path, SAMPLE) is not None


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


def test_the_cache_keeps_under_its_size_by_dropping_the_oldest(tmp_path) -> None:
    for age, name in enumerate(["old", "middle", "new"]):
        path = tmp_path / f"{name}.sre"
        path.write_bytes(b"x" * 1000)
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    (tmp_path / "unrelated.txt").write_bytes(b"y" * 5000)
    prune(tmp_path, 2500)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["middle.sre", "new.sre", "unrelated.txt"]
    prune(tmp_path, 5000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["middle.sre", "new.sre", "unrelated.txt"]


def test_the_cache_lives_under_xdg_cache_home_per_python(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    directory = cache_directory()
    assert directory is not None
    assert directory.parent == tmp_path / "vidradar" / "patterns"
    assert directory.name.startswith(sys.implementation.cache_tag)
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
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
            written = {path: path.stat().st_mtime_ns for path in files}
    assert {path: path.stat().st_mtime_ns for path in files} == written, "a warm start wrote again"
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["relevant"] for line in outputs[0].splitlines()] == [True, True, True, False]
