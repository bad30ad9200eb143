# Minimal image for vidradar. Untested in CI (no Docker engine runs there).
#   docker build -t vidradar .
#   docker run -d --env-file .env -v vidradar-data:/data vidradar
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY feeds ./feeds
COPY seeds ./seeds
RUN pip install --no-cache-dir ".[postgresql]" && useradd --system --uid 1000 vidradar && mkdir /data && chown vidradar /data
USER vidradar
ENV VIDRADAR_DB=/data/vidradar.db
# The detector's compiled patterns (docs/performance.md, "Start-up"): kept in the volume.
ENV XDG_CACHE_HOME=/data/cache
STOPSIGNAL SIGTERM
CMD ["vidradar", "run"]
