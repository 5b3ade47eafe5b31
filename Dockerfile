# policydiff: the JSON API and web UI, served by `policydiff serve`.
#
#   docker build -t policydiff .
#   docker run -p 8000:8000 -v policydiff-data:/data policydiff                 # SQLite on a volume
#   docker run -p 8000:8000 -e DATABASE_URL=postgresql://user:pw@db/policydiff policydiff
#
# See docs/deploy.md for several workers or hosts on one PostgreSQL.
# The build stage has a C compiler, so `pip install .` compiles the comparison core with mypyc
# (decision 0011); the served image has only the result.
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . /app

# The README's install command, verbatim (tests/api/test_deploy.py checks they agree).
# readme-install:
RUN python3 -m venv .venv && .venv/bin/pip install .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# Pango (with HarfBuzz's subsetter) lets WeasyPrint write PDF redlines; fonts give it glyphs.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
       libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system policydiff \
    && useradd --system --gid policydiff --home-dir /app --shell /usr/sbin/nologin policydiff \
    && mkdir -p /app /data \
    && chown policydiff:policydiff /app /data

WORKDIR /app
COPY --from=build --chown=policydiff:policydiff /app /app
USER policydiff

ENV PATH="/app/.venv/bin:${PATH}" \
    DATABASE_URL="sqlite:////data/policydiff.sqlite3" \
    POLICYDIFF_SESSION_SECRET_FILE="/data/session-secret"

VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/chapters', timeout=4)"]

CMD ["policydiff", "serve", "--host", "0.0.0.0", "--port", "8000"]
