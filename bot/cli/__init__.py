"""The command line: ``vidradar`` and its subcommands (entry point :func:`bot.cli.main.main`)."""
