"""Slash-command groups, one cog each (loaded as extensions in VidradarBot.setup_hook)."""
