FROM golang:1.22-alpine AS build
ARG CACHEBUST=1
ARG GITHUB_TOKEN
RUN apk add --no-cache git
RUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod go build -o /app .

FROM alpine
COPY --from=build /app /app
ENTRYPOINT ["/app"]
