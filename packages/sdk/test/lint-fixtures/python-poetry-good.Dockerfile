FROM python:3.12-slim AS builder
ENV POETRY_VIRTUALENVS_IN_PROJECT=1
RUN --mount=type=cache,target=/root/.cache/pip pip install poetry==1.8.3
WORKDIR /app
COPY pyproject.toml poetry.lock ./
RUN --mount=type=cache,target=/root/.cache/pypoetry poetry install --only main --no-root
COPY src ./src

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /app/.venv ./.venv
COPY --from=builder /app/src ./src
ENV PATH="/app/.venv/bin:$PATH"
CMD ["python", "-m", "src.main"]
