"""vidradar's adapters: the ``vidradar`` command line (bot/cli/) and the Discord bot.

Importing this package does not import discord: the CLI's core commands (demo, poll,
search, classify ...) start without loading the Discord stack.
"""
