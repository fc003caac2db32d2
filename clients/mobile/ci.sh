#!/usr/bin/env bash
# CI for the mobile client; callable from the repository root as `clients/mobile/ci.sh`.
# Needs the service binary: VIELFALT_BIN (default ../../target/debug/vielfalt, i.e. after
# `cargo build` at the root). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")"
# The browser build must talk to the service that serves it (same origin).
unset EXPO_PUBLIC_API_URL

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

echo "== npm ci"
npm ci --no-audit --no-fund --loglevel=error

echo "== codegen check (typed operations vs docs/schema.graphql)"
npm run -s codegen:check

echo "== typecheck"
npm run -s typecheck

echo "== unit tests (jest-expo)"
npx jest --ci

echo "== native bundle (Android, Hermes bytecode) – the phone-only code paths compile"
native_out="$(mktemp -d)"
CI=1 EXPO_NO_TELEMETRY=1 npx expo export --platform android --output-dir "$native_out" >/dev/null
rm -rf "$native_out"

echo "== web export"
CI=1 EXPO_NO_TELEMETRY=1 npx expo export --platform web --output-dir dist

echo "== end-to-end (real service, chromium, phone viewport)"
E2E_SKIP_EXPORT=1 VIELFALT_BIN="${VIELFALT_BIN:-../../target/debug/vielfalt}" npm run -s e2e

echo "== mobile client CI passed"
