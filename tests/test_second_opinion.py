"""The second opinion: a trained model that may veto the rules' alert when the page as a whole
reads as no announcement (a work made with a tool, an ad campaign, an essay), and never speaks
on a bare headline. Rows are written for these tests, not taken from any corpus."""

from __future__ import annotations

import gzip
import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from feeds.detect.classify import default_detector
from feeds.detect.second_opinion import (
    Block,
    SecondOpinion,
    bundled_second_opinion,
    char_terms,
    document,
    load_second_opinion,
    tfidf,
    word_terms,
)

REPO = Path(__file__).resolve().parent.parent
detector = default_detector()
rules_alone = detector.rules_alone()

# (title, summary, lang, link): the rules read an event; the page is about something else.
VETOED = [
    (
        "Luma debuts Ray 3 in a short film shown at Annecy",
        "The animated short, made by a small Lyon studio with Luma's Ray 3 model, premiered at the "
        "festival on Sunday; its director explained how the team storyboarded every shot and fixed "
        "hands and faces by hand before the screening.",
        "en",
        "https://example-festival-news.com/annecy-short-ray-3",
    ),
    (
        "Une marque de yaourts lance une pub grâce à Veo 4",
        "Le spot de trente secondes, diffusé depuis lundi à la télévision, a été entièrement généré "
        "avec Veo 4 par l'agence parisienne qui en détaille les coulisses, les prompts et le nombre "
        "d'essais nécessaires.",
        "fr",
        "https://www.example-pub.fr/campagnes/yaourt-veo-4",
    ),
    (
        "Kling 3.0 launches a new era of AI filmmaking, says this director",
        "In an essay, an independent filmmaker argues that Kling 3.0 changes how low-budget crews "
        "plan shoots, and recounts the three weeks she spent making a music video with it for a "
        "band from Glasgow.",
        "en",
        "https://example-mag.com/opinion/kling-3-filmmaking-essay",
    ),
]

KEPT = [
    (
        "Runway launches Gen-5 with longer clips",
        "Runway on Tuesday released Gen-5, its newest video generation model, to paying subscribers, "
        "saying the model produces clips of up to 20 seconds with sound and is available today on "
        "the web app and through its API.",
        "en",
        "https://news.example.com/2026/03/runway-gen-5",
        "launch",
    ),
    (
        "Pika lance Pika 3 pour tous les abonnés",
        "La start-up Pika a lancé mardi Pika 3, son nouveau modèle de génération vidéo, disponible "
        "dès aujourd'hui pour tous les abonnés payants sur le web et sur iOS, avec des clips de dix "
        "secondes en 1080p.",
        "fr",
        "https://www.example.fr/tech/pika-lance-pika-3",
        "launch",
    ),
]


@pytest.mark.parametrize(("title", "summary", "lang", "link"), VETOED, ids=[r[0][:40] for r in VETOED])
def test_the_model_vetoes_an_alert_the_page_does_not_support(title, summary, lang, link) -> None:
    assert rules_alone.classify(title, summary, lang, link).relevant
    result = detector.classify(title, summary, lang, link)
    assert not result.relevant and result.event == "none" and result.events == []
    assert result.reasons[-1].startswith("second opinion: "), result.reasons


@pytest.mark.parametrize(("title", "summary", "lang", "link", "event"), KEPT, ids=[r[0][:40] for r in KEPT])
def test_a_reported_launch_keeps_its_alert(title, summary, lang, link, event) -> None:
    result = detector.classify(title, summary, lang, link)
    assert result.relevant and result.event == event, result.reasons
    assert not any(r.startswith("second opinion") for r in result.reasons)
    assert detector.second_opinion is not None
    assert detector.second_opinion.probability(title, summary, link) >= detector.second_opinion.threshold


def test_a_bare_headline_is_left_to_the_rules() -> None:
    """Too little text to read: the model is not asked, however low its probability."""
    model = bundled_second_opinion()
    title = min((row[0] for row in VETOED), key=lambda t: model.probability(t, "", None))
    assert model.probability(title, "", None) < model.threshold
    assert model.vetoes(title, "", None) is None
    short = "A short film made with Ray 3."
    assert len(short.split()) < model.min_lede_words
    assert model.vetoes(title, short, None) is None


def test_features_are_words_pairs_letter_groups_and_link_words() -> None:
    text = document("Veo 4 arrive", "en France", "https://www.example.fr/tech/veo-4-france?x=1")
    assert text.splitlines() == ["veo 4 arrive", "en france", "www example fr tech veo 4 france"]
    assert list(word_terms("Veo arrive en France".lower())) == [
        "veo",
        "arrive",
        "en",
        "france",
        "veo arrive",
        "arrive en",
        "en france",
    ]
    assert list(char_terms("veo")) == [" ve", "veo", "eo ", " veo", "veo ", " veo "]
    # a one-letter word yields what fits in its padding, no empty or partial groups
    assert list(char_terms("a")) == [" a "]


def test_tfidf_weighs_known_terms_to_unit_length() -> None:
    from collections import Counter

    weights = tfidf(Counter({"veo": 3, "guide": 1, "unknown": 5}), {"veo": 1.0, "guide": 2.0})
    assert set(weights) == {"veo", "guide"}
    assert math.isclose(sum(w * w for w in weights.values()), 1.0)
    assert weights["veo"] / weights["guide"] == pytest.approx((1 + math.log(3)) / 2.0)
    assert tfidf(Counter({"unknown": 1}), {"veo": 1.0}) == {}


def test_probability_ignores_case_and_unknown_words() -> None:
    model = bundled_second_opinion()
    title, summary, _, link = VETOED[0]
    p = model.probability(title, summary, link)
    assert 0.0 < p < 1.0
    assert model.probability(title.upper(), summary.upper(), link) == pytest.approx(p)
    # nothing it knows: the intercept alone
    assert model.probability("☃☃☃ ✪✪✪", "", None) == pytest.approx(
        1 / (1 + math.exp(-model.intercept)), rel=1e-6
    )


def test_the_bundled_model_learned_only_from_tuning_data() -> None:
    model = bundled_second_opinion()
    trained = model.trained
    assert trained["dev_split"] == "tune"
    held_out = {p.name for p in (REPO / "benchmarks" / "labelled" / "held-out").glob("*.jsonl")}
    tuning = {p.name for p in (REPO / "benchmarks" / "labelled" / "tuning").glob("*.jsonl")}
    assert held_out and not held_out & set(trained["team_sets"])  # type: ignore[arg-type]
    assert set(trained["team_sets"]) == tuning  # type: ignore[arg-type]
    assert 0 < model.threshold <= 0.5
    assert set(model.blocks) == {"words", "chars"}


def test_the_bundled_model_was_trained_on_the_files_as_they_are(shared_dir: Path) -> None:
    """Change a labelled set, the features or the training script: run `make model`."""
    sys.path.insert(0, str(REPO))
    from benchmarks.train_second_opinion import DEV_FILES, TEAM_SETS, inputs_digest

    digest = inputs_digest(sorted(TEAM_SETS.glob("*.jsonl")), [shared_dir / name for name in DEV_FILES])
    assert bundled_second_opinion().trained["inputs_sha256"] == digest, "run `make model`"


def test_a_model_file_whose_columns_disagree_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="same length"):
        Block(terms=["a", "b"], idf=[1.0], coef=[0.1, 0.2])
    broken = tmp_path / "model.json.gz"
    data = bundled_second_opinion().model_dump()
    data["blocks"]["words"]["coef"] = data["blocks"]["words"]["coef"][:-1]
    with gzip.open(broken, "wt", encoding="utf-8") as out:
        json.dump(data, out)
    with pytest.raises(ValidationError):
        load_second_opinion(broken)


def test_a_saved_model_reads_back_the_same(tmp_path: Path) -> None:
    model = SecondOpinion(
        intercept=-0.5,
        threshold=0.3,
        blocks={"words": Block(terms=["veo", "guide"], idf=[1.5, 2.0], coef=[1.2, -2.5])},
    )
    path = tmp_path / "m.json.gz"
    model.save(path)
    again = load_second_opinion(path)
    assert again.probability("Veo guide", "") == pytest.approx(model.probability("Veo guide", ""))
    assert again.probability("veo", "") > again.probability("guide", "")


def test_training_writes_a_model_that_separates_its_labels(tmp_path: Path, shared_dir: Path) -> None:
    """The training script end to end on three team-written sets and the tune split."""
    team = tmp_path / "team"
    team.mkdir()
    for path in sorted((REPO / "benchmarks" / "labelled" / "tuning").glob("*.jsonl"))[:3]:
        shutil.copy(path, team / path.name)
    out = tmp_path / "model.json.gz"
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "train_second_opinion.py"),
            "--team",
            str(team),
            "--shared",
            str(shared_dir),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "out of fold" in done.stdout and "wrote" in done.stdout
    model = load_second_opinion(out)
    items = [json.loads(line) for f in sorted(team.glob("*.jsonl")) for line in f.open()]
    assert model.trained["team_items"] == len(items) and model.trained["dev_split"] == "tune"
    relevant = [model.probability(i["title"], i["summary"], i.get("source")) for i in items if i["relevant"]]
    other = [model.probability(i["title"], i["summary"], i.get("source")) for i in items if not i["relevant"]]
    assert sum(relevant) / len(relevant) > 0.7 > 0.3 > sum(other) / len(other)


def test_training_without_its_inputs_says_what_is_missing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "train_second_opinion.py"), "--shared", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2
    assert "missing" in done.stderr and "dev-corpus.jsonl" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
