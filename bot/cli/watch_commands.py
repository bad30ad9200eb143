"""``vidradar watch``: a server's watched terms, mutes, minimum score and alert languages — the same rules as
/watch in Discord; guild 0, the headless webhook, is read-only here."""

from __future__ import annotations

import argparse

from bot.cli.database import with_store
from bot.cli.output import print_json
from feeds.config import Settings
from feeds.errors import InputError
from feeds.timeutil import utcnow

# Headless mode has one source of truth: the environment. Guild 0's rules are replaced from
# it at every start, so an edit here would be lost silently; the CLI refuses and says which
# variable to set instead.
HEADLESS_VARIABLES = {
    "include": "VIDRADAR_WATCH_INCLUDE",
    "exclude": "VIDRADAR_WATCH_EXCLUDE",
    "terms": "VIDRADAR_WATCH_INCLUDE or VIDRADAR_WATCH_EXCLUDE",
    "mute": "VIDRADAR_MUTE",
    "min-score": "VIDRADAR_MIN_SCORE",
    "languages": "VIDRADAR_LANGUAGES",
}


def _refuse_headless(guild: int, what: str) -> None:
    if guild == 0:
        raise InputError(
            "guild 0 is the headless webhook, whose rules come from the environment at every start: "
            f"set {HEADLESS_VARIABLES[what]} and restart (or pass --guild SERVER_ID for a Discord server)"
        )


def cmd_watch_add(args: argparse.Namespace, settings: Settings) -> int:
    _refuse_headless(args.guild, args.mode)
    term = with_store(
        settings, lambda store: store.add_watch_term(args.guild, args.term, args.mode, utcnow())
    )
    print(f"{args.mode}: {term!r} (guild {args.guild}); applies from the next poll cycle")
    return 0


def cmd_watch_remove(args: argparse.Namespace, settings: Settings) -> int:
    _refuse_headless(args.guild, "terms")
    term = with_store(settings, lambda store: store.remove_watch_term(args.guild, args.term), existing=True)
    print(f"removed {term!r} (guild {args.guild})")
    return 0


def cmd_watch_list(args: argparse.Namespace, settings: Settings) -> int:
    current = with_store(settings, lambda store: store.watch_settings(args.guild), existing=True)
    if args.json:
        print_json(
            {
                "guild": args.guild,
                "include": current.include,
                "exclude": current.exclude,
                "muted_vendors": current.muted_vendors,
                "muted_events": current.muted_events,
                "min_score": current.min_score,
                "languages": current.languages,  # empty: every language
            }
        )
        return 0
    print(f"guild {args.guild}:")
    print(f"  include: {', '.join(current.include) or '-'}")
    print(f"  exclude: {', '.join(current.exclude) or '-'}")
    print(f"  muted vendors: {', '.join(current.muted_vendors) or '-'}")
    print(f"  muted events: {', '.join(current.muted_events) or '-'}")
    print(f"  minimum score: {current.min_score:.2f}")
    print(f"  languages: {' '.join(current.languages) or 'all'}")
    return 0


def cmd_watch_mute(args: argparse.Namespace, settings: Settings) -> int:
    from feeds.detect.taxonomy import bundled_taxonomy

    _refuse_headless(args.guild, "mute")
    vendors = bundled_taxonomy().vendor_slugs
    target = with_store(settings, lambda store: store.mute_target(args.guild, args.target, vendors, utcnow()))
    print(f"muted {target} (guild {args.guild})")
    return 0


def cmd_watch_unmute(args: argparse.Namespace, settings: Settings) -> int:
    _refuse_headless(args.guild, "mute")
    target = with_store(settings, lambda store: store.unmute_target(args.guild, args.target), existing=True)
    print(f"unmuted {target} (guild {args.guild})")
    return 0


def cmd_watch_min_score(args: argparse.Namespace, settings: Settings) -> int:
    _refuse_headless(args.guild, "min-score")
    value = with_store(settings, lambda store: store.set_min_score(args.guild, args.value, utcnow()))
    print(f"minimum score {value:.2f} (guild {args.guild})")
    return 0


def cmd_watch_languages(args: argparse.Namespace, settings: Settings) -> int:
    _refuse_headless(args.guild, "languages")
    codes = " ".join(args.codes)
    chosen = with_store(settings, lambda store: store.set_alert_languages(args.guild, codes, utcnow()))
    shown = " ".join(chosen) if chosen else "all (every language)"
    print(f"alert languages: {shown} (guild {args.guild}); applies from the next poll cycle")
    return 0
