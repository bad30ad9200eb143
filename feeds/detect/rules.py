"""The detector's weights and language-independent vocabulary (``seeds/detection.toml``).

Everything a rule weighs or looks up that does not depend on the entry's language is data
here, validated once at load; per-language words are in the lexicons (lexicon.py).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from feeds.detect.datafile import read_data_file


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScoreWeights(_Strict):
    subject_title: float
    subject_summary: float
    subject_vendor_title: float
    subject_vendor_summary: float
    event_title: float
    event_summary: float
    event_summary_near: float
    weak_title: float
    weak_summary: float
    weak_summary_near: float
    video_context: float
    recency: float
    official: float
    image_only_title: float


class GenreWeights(_Strict):
    formats: frozenset[str]
    title: dict[str, float]
    url: dict[str, float]
    lede: dict[str, float]
    cap_title: float
    cap_url: float
    cap_lede: float
    lede_uncapped: frozenset[str] = frozenset()
    thin_evidence: float
    sinks: frozenset[str]
    lede_sinks: frozenset[str]
    url_sinks: frozenset[str] = frozenset()
    weak_lede_sinks: frozenset[str] = frozenset()
    # topical title genres that still cost their weight over a lede reporting today's news
    unwaived: frozenset[str] = frozenset()
    # ... and those that keep it when the headline tells no event of its own
    unwaived_untold: frozenset[str] = frozenset()
    # topical title genres that sink thin evidence even over a lede reporting today's news
    news_sinks: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()
    tail_joins: frozenset[str] = frozenset()
    consequences: frozenset[str] = frozenset()
    reported: frozenset[str] = frozenset()
    released: frozenset[str] = frozenset()
    own_site: frozenset[str] = frozenset()
    own_site_titles: frozenset[str] = frozenset()
    # on the owner's site, posts or app listing, an entry of its log (a title or an address
    # that labels it): the address sections and title words that only say where the log lives
    log_sections: frozenset[str] = frozenset()
    log_titles: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    # genres that label a digest: as the headline's first clause before an event cue they are
    # a label over the lead story ("Weekly AI recap: OpenAI unveils Sora"), weighing as a tail
    labels: frozenset[str] = frozenset()
    named_after: frozenset[str] = frozenset()
    # genres whose words inside a claim of rank are the product's boast, not the page's format
    # ("unveils Gen-4.5, claims top spot on video leaderboard")
    claimed: frozenset[str] = frozenset()
    # genres whose words name the venue of the owner's news ("announces Gen-5 at its film
    # festival"), not the page's kind
    hosted: frozenset[str] = frozenset()
    # genres whose words are an authority's scrutiny ("pending AI Act review"), not the page's kind
    scrutinized: frozenset[str] = frozenset()
    # genres that count only when no product or vendor is named before their words
    subjectless: frozenset[str] = frozenset()
    # leak and rumour genres that a headline confirming them makes background ("officially
    # launches ... after weeks of leaks")
    confirmed: frozenset[str] = frozenset()
    # a headline that opens on one of these as its own clause ("Tribune : ...", "Opinion: ...")
    # declares an opinion piece: the "op_ed" genre
    op_ed_labels: frozenset[str] = frozenset()
    # a headline that opens on one of these is an interview ("Interview with Runway's CEO"):
    # the "opinion" genre
    interview_labels: frozenset[str] = frozenset()
    # a headline that opens on one of these and a comma, and negates what follows ("No, Kling
    # 3.0 has not been released", "Non, Sora n'est pas ..."), answers a rumour: "fact_check"
    denial_labels: frozenset[str] = frozenset()
    # ... unless the negation is a change ("No, you don't need a subscription anymore")
    denial_stops: frozenset[str] = frozenset()
    # ... or joins a second clause ("... y OpenAI no tiene planes")
    denial_joins: frozenset[str] = frozenset()
    # a headline that opens or closes on one of these ("Resolved: elevated errors on Gen-5",
    # "Dream Machine: slow generations (resolved)", "Behoben: ...") is a status page's incident
    incident_labels: frozenset[str] = frozenset()
    # a headline that lists names of this many vendors or more and reports nothing surveys a
    # field ("Kling, Hailuo, Seedance: China's AI video offensive"): the "survey" genre (0 turns
    # it off)
    survey_vendors: int = 0
    tail: float = 0.0
    # formats of a release day's coverage ("Vidu Q3, explained", "Hands-on: ...", "Tout savoir
    # sur ...") over a summary whose first sentence reports the subject's event with a day
    # ("released Vidu Q3 overnight", "a lancé ce mardi"): they weigh as a service line (tail)
    day_one: frozenset[str] = frozenset()
    day_one_weight: float = 0.0


class Silencing(_Strict):
    overlap: frozenset[str] = frozenset()


class UrlCues(_Strict):
    review: frozenset[str] = frozenset()
    guide: frozenset[str] = frozenset()
    explainer: frozenset[str] = frozenset()
    comparison: frozenset[str] = frozenset()
    directory: frozenset[str] = frozenset()
    documentation: frozenset[str] = frozenset()
    changelog: frozenset[str] = frozenset()
    price_list: frozenset[str] = frozenset()
    research: frozenset[str] = frozenset()
    opinion: frozenset[str] = frozenset()
    incident: frozenset[str] = frozenset()
    library_hosts: frozenset[str] = frozenset()
    # hosts of accounts' posts: their path words ("/status/") are the host's layout, not the
    # page's genre
    post_hosts: frozenset[str] = frozenset()
    # app stores: an app's listing, whose "What's new" is its owner's log
    store_hosts: frozenset[str] = frozenset()
    research_hosts: frozenset[str] = frozenset()
    # genres whose path segment is also a press section ("/news/apps/<story-slug>"): they
    # count only when no article slug follows
    sections: frozenset[str] = frozenset()
    # a site's news section: a segment of ``area_genres`` just before it names the site's
    # area, not the page ("watch.impress.co.jp/docs/news/<id>.html" is a news story)
    news_sections: frozenset[str] = frozenset()
    area_genres: frozenset[str] = frozenset()

    def segment_genres(self) -> dict[str, str]:
        """Path segment -> genre (the first genre listed wins a segment named twice)."""
        table: dict[str, str] = {}
        for genre in (
            "review",
            "guide",
            "explainer",
            "comparison",
            "price_list",
            "research",
            "opinion",
            "documentation",
            "changelog",
            "incident",
            "directory",
        ):
            for segment in getattr(self, genre):
                table.setdefault(segment, genre)
        return table


class Tokens(_Strict):
    variants: frozenset[str]
    name_filler: frozenset[str]
    page_nouns: frozenset[str] = frozenset()
    status_nouns: frozenset[str] = frozenset()
    status_joins: frozenset[str] = frozenset()
    references: frozenset[str] = frozenset()
    reference_determiners: frozenset[str] = frozenset()
    epithets: frozenset[str] = frozenset()
    epithet_bare: frozenset[str] = frozenset()
    epithet_articles: frozenset[str] = frozenset()
    epithet_idioms: frozenset[str] = frozenset()
    epithet_determiners: frozenset[str] = frozenset()
    noun_determiners: frozenset[str] = frozenset()
    styles: frozenset[str] = frozenset()


class Rules(_Strict):
    threshold: float = Field(gt=0, le=1)
    lede_chars: int = Field(gt=0)
    lede_sentences: int = Field(ge=1)
    score: ScoreWeights
    genre: GenreWeights
    url: UrlCues
    tokens: Tokens
    silencing: Silencing = Silencing()


def bundled_rules_path() -> Path:
    return Path(str(resources.files("seeds") / "detection.toml"))


def load_rules(path: Path | None = None) -> Rules:
    return read_data_file(path or bundled_rules_path(), Rules)


@lru_cache(maxsize=1)
def bundled_rules() -> Rules:
    return load_rules()
