#!/usr/bin/env bash
# Replays the GitHub Action .github/actions/filinglint step by step on this machine, as the lint-filings workflow runs
# it (paths: seeds, with the baseline), and writes the figures into the "GitHub Action" section of bench/RESULTS.md.
#   bench/replay-action.sh [RUNS]     RUNS jobs with an empty cache, then RUNS jobs with the cache hit (default 5)
# Each job is a fresh clone of the committed HEAD (as actions/checkout gives it: no bin/ or obj/) with a fresh runner
# temporary folder, so a fresh tool path and package cache; the steps run through bench/replay_action.py.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

runs="${1:-5}"
out=bench/out/replay
rm -rf "$out"
mkdir -p "$out/cache"
commit=$(git rev-parse HEAD)
if [ -n "$(git status --porcelain -- src rules .github Directory.Build.props Directory.Packages.props global.json)" ]; then
  echo "note: uncommitted changes are not replayed; the jobs check out $commit" >&2
fi
inputs=(--input paths=seeds --input fail-on=error --input baseline=.github/filinglint-baseline.json --input sarif-file=filinglint.sarif)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

job() {  # job NAME CACHE_DIR
  local dir="$out/$1"
  git clone -q --no-local --no-checkout . "$dir/work"
  git -C "$dir/work" checkout -q "$commit"
  python3 bench/replay_action.py "$dir/work/.github/actions/filinglint" "$dir/work" "$2" "$dir/temp" "${inputs[@]}" \
    --json "$dir/steps.json" > "$dir/steps.txt"
  echo "$1: $(tail -1 "$dir/steps.txt")"
}

for i in $(seq 1 "$runs"); do
  mkdir -p "$out/cache-miss-$i"
  job "miss-$i" "$out/cache-miss-$i"
  # The first job's saved cache is the one every later job finds.
  [ "$i" -eq 1 ] && cp "$out/cache-miss-1"/*.tar "$out/cache/"
done
for i in $(seq 1 "$runs"); do
  job "hit-$i" "$out/cache"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Methods the JIT compiles in one lint of the seed folder, a figure the machine's load does not move: the installed tool
# (precompiled for linux-x64) against the IL-only build of the same sources (what the package held before).
jit_count() {
  local list="$out/jit-$1.txt"
  rm -f "$list"
  (cd "$out/hit-1/work" && DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$PWD/../../jit-$1.txt" "${@:2}" lint --format github \
     --baseline .github/filinglint-baseline.json -- seeds > /dev/null) || true
  wc -l < "$list"
}
jit_tool=$(jit_count tool "$PWD/$out/hit-1/temp/filinglint-tool/filinglint")
jit_il=$(jit_count il dotnet "$PWD/$out/miss-1/work/src/FilingLint.Cli/bin/Release/net10.0/filinglint.dll")

# The lint step's command again in the same job, the tool's files now in the page cache (warm), 5 times.
warm=$(cd "$out/hit-1/work" && for i in 1 2 3 4 5; do
  /usr/bin/time -f %e "$PWD/../temp/filinglint-tool/filinglint" lint --format github --baseline .github/filinglint-baseline.json \
    --output sarif=filinglint.sarif --output html=../temp/filinglint-report/report.html -- seeds 2>&1 > /dev/null | tail -1
done | sort -n | sed -n 3p)

sizes=$(cd "$out/cache" && tar -tvf ./*.tar | awk '$6 ~ /nupkg$/ {printf "%s %s\n", $6, $3}')

python3 - "$out" "$runs" "$commit" "$load_before" "$load_after" "$jit_tool" "$jit_il" "$sizes" "$warm" <<'EOF'
import datetime, json, os, platform, statistics, subprocess, sys
out, runs, commit, load_before, load_after, jit_tool, jit_il, sizes, warm = sys.argv[1:]
runs = int(runs)
def load(kind):
    return [json.load(open(os.path.join(out, f"{kind}-{i}", "steps.json"))) for i in range(1, runs + 1)]
miss, hit = load("miss"), load("hit")
names = [s["step"] for s in hit[0]["steps"]]
def med(jobs, name):
    return statistics.median(next(s["seconds"] for s in j["steps"] if s["step"] == name) for j in jobs)
def sec(x):
    return f"{x:.2f} s"
lint_hit = med(hit, "Lint filings")
total_hit = statistics.median(j["total"] for j in hit)
total_miss = statistics.median(j["total"] for j in miss)
mem = int(open("/proc/meminfo").readline().split()[1]) // (1024 * 1024)
sdk = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
lines = [
    "<!-- replay-action:begin (written by bench/replay-action.sh; bench/run.sh keeps it) -->",
    "## GitHub Action, replayed step by step (issue 16)", "",
    f"`bench/replay-action.sh {runs}`: {runs} jobs with an empty cache, then {runs} with the cache hit, each a fresh clone of",
    f"commit {commit[:7]} with a fresh runner temporary folder (tool path, package folder and NuGet cache), running the",
    "action's steps in order as the lint-filings workflow does (`paths: seeds`, the baseline). `actions/cache/restore` and",
    "`save` are replayed as a local tar of the cached folder (the cache service's transfer, 10 MB, is not in the figure);",
    "`actions/setup-dotnet` is not run (the SDK is on the machine) and `upload-artifact` is not run. Medians.", "",
    f"Machine: {os.cpu_count()} cores ({cpu}), {mem} GB memory, Linux {platform.release()}, .NET SDK {sdk}; "
    f"{datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M')} UTC. **Not quiet**: another engineer was building",
    f"on the machine at the same time (load average {load_before} before, {load_after} after), so each figure is the median of {runs} jobs.", "",
    "| step | cache miss | cache hit |", "|---|---|---|",
]
for n in names:
    lines.append(f"| {n} | {sec(med(miss, n))} | {sec(med(hit, n))} |")
lines += [f"| **all steps** | **{sec(total_miss)}** | **{sec(total_hit)}** |", ""]
lines += [
    f"Each job's total, cache hit: {', '.join(sec(j['total']) for j in hit)}; lint step: "
    f"{', '.join(sec(next(s['seconds'] for s in j['steps'] if s['step'] == 'Lint filings')) for j in hit)}.",
    f"Cache miss: {', '.join(sec(j['total']) for j in miss)}. The lint step's command run again in the same job (warm: the",
    f"tool's files already read once), median of 5: {sec(float(warm))}.", "",
    "Methods compiled by the JIT in the lint step's command (`DOTNET_JitDisasmSummary=1`, one line per compilation, a",
    "method compiled again optimized counted again; the machine's load does not change it):", "",
    "| build | JIT compilations |", "|---|---|",
    f"| the installed tool (FilingLint.linux-x64, ReadyToRun) | {int(jit_tool):,} |",
    f"| the IL-only build of the same sources (the package before issue 16) | {int(jit_il):,} |", "",
    "The cached folder (what the action packs for the runner's runtime):", "",
    "| package | size |", "|---|---|",
]
for line in sizes.splitlines():
    name, size = line.split()
    size = int(size)
    lines.append(f"| `{os.path.basename(name)}` | " + (f"{size / (1024 * 1024):.1f} MB |" if size >= 1 << 20 else f"{size / 1024:.0f} KB |"))
lines += ["",
    "| target (issue 16) | met | measured |", "|---|---|---|",
    f"| the action's steps with the cache hit ≤ 5 s | {'yes' if total_hit <= 5 else '**no**'} | median {sec(total_hit)} |",
    f"| its lint step on the seed ≤ 1.5 s | {'yes' if lint_hit <= 1.5 else '**no**'} | median {sec(lint_hit)} |",
    "<!-- replay-action:end -->"]
section = "\n".join(lines)
path = os.path.join("bench", "RESULTS.md")
text = open(path).read()
begin, end = "<!-- replay-action:begin", "<!-- replay-action:end -->"
if begin in text:
    text = text[:text.index(begin)] + section + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
print(section)
EOF
