#!/usr/bin/env bash
# Starts the service on a free port with a temporary SQLite database and runs the graphql-http
# audits (GraphQL over HTTP); fails on any MUST or SHOULD finding.
set -euo pipefail
cd "$(dirname "$0")"
bin="${VIELFALT_BIN:-../../target/debug/vielfalt}"
npm ci --silent
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
DATABASE_URL="sqlite://$work/audit.db?mode=rwc" VIELFALT_BIND="127.0.0.1:$port" VIELFALT_DEMO=0 \
  VIELFALT_JWT_SECRET=audit-secret-audit-secret-audit-secret VIELFALT_PSEUDONYM_KEY=audit-pseudonyms-audit-pseudonyms-xx \
  "$bin" serve > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
node audit.mjs "http://127.0.0.1:$port/graphql"
