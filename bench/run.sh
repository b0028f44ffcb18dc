#!/usr/bin/env bash
# Whole-process measurements of FilingLint, written to bench/RESULTS.md (see bench/README.md).
#   bench/run.sh            everything: whole runs, reference linters, BenchmarkDotNet (about 25 minutes on 2 cores)
#   bench/run.sh --quick    whole runs only, fewer repetitions
# Installs what it needs: hyperfine-free (it times with /usr/bin/time), proselint (Debian python3-proselint),
# textlint with textlint-rule-prh (npm, pinned by bench/package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mode="${1:-full}"
out=bench/out
mkdir -p "$out"

need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
if [ "$mode" != "--quick" ]; then
  command -v proselint > /dev/null || need_apt+=(python3-proselint)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing: ${need_apt[*]}" >&2
  # A fresh machine's package lists are empty: update them first, or the install finds nothing.
  { apt-get update -qq && apt-get install -y "${need_apt[@]}"; } > "$out/apt.log" 2>&1 || { cat "$out/apt.log" >&2; exit 2; }
fi
if [ "$mode" != "--quick" ] && [ ! -x bench/node_modules/.bin/textlint ]; then
  (cd bench && npm ci --no-audit --no-fund > ../"$out/npm.log" 2>&1) || { cat "$out/npm.log" >&2; exit 2; }
fi

# The tool as users install it for speed: self-contained for this runtime, runtime and tool precompiled together
# (ReadyToRun composite, see the README); the framework-dependent ReadyToRun publish; a plain JIT build of the same code.
dotnet publish src/FilingLint.Cli -c Release -r linux-x64 --self-contained -o "$out/filinglint" > "$out/publish.log" 2>&1 \
  || { cat "$out/publish.log" >&2; exit 2; }
# Its own build folders: built incrementally over the self-contained build's, it would ship that build's runtime files.
dotnet publish src/FilingLint.Cli -c Release -r linux-x64 --self-contained false --artifacts-path "$out/artifacts-r2r" -o "$out/filinglint-r2r" > "$out/publish-r2r.log" 2>&1 \
  || { cat "$out/publish-r2r.log" >&2; exit 2; }
dotnet publish src/FilingLint.Cli -c Release -p:PublishReadyToRun=false -o "$out/filinglint-jit" > "$out/publish-jit.log" 2>&1 \
  || { cat "$out/publish-jit.log" >&2; exit 2; }
dotnet build bench/FilingLint.Benchmarks -c Release > "$out/build-bench.log" 2>&1 || { cat "$out/build-bench.log" >&2; exit 2; }

exec python3 bench/measure.py "$mode"
