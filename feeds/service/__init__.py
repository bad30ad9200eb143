"""The Discord-free runtime every mode shares (bot, headless, ``poll --daemon``, demo): the
composition root, scheduled jobs, outbox delivery, digests, message rendering and text."""
