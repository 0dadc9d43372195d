FROM python:3.12.4-slim
COPY --from=ghcr.io/astral-sh/uv:0.4.0 /uv /bin/uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    --mount=type=secret,id=index-token,env=UV_INDEX_TOKEN \
    uv sync --frozen --no-install-project
COPY . .
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen
CMD ["uv", "run", "app.py"]
