FROM python:3.11-slim-bookworm
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
RUN chmod +x /tini
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
COPY . .
ENTRYPOINT ["/tini", "--"]
CMD ["gunicorn", "app:app"]
