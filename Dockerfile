# Multi-stage build of the Vielfaltsnetz service.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p vielfalt-api --bin vielfalt

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /var/lib/vielfalt --create-home vielfalt
COPY --from=build /src/target/release/vielfalt /usr/local/bin/vielfalt
USER vielfalt
WORKDIR /var/lib/vielfalt
# MIMALLOC_ARENA_EAGER_COMMIT=0: the allocator commits memory as it is used instead of a whole
# arena up front (about 25 MiB less resident memory, same throughput; docs/performance.md, item 8).
ENV VIELFALT_BIND=0.0.0.0:8080 \
    VIELFALT_ENV=production \
    VIELFALT_LOG_FORMAT=json \
    MIMALLOC_ARENA_EAGER_COMMIT=0
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["vielfalt"]
CMD ["serve"]
