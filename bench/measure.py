"""Whole-process measurements for bench/RESULTS.md. Run through bench/run.sh, which builds what this times.

Every figure is the median of several runs of the whole process, timed by /usr/bin/time: wall time, CPU time
(user + system, all threads) and peak resident memory. There is no cache: every run parses and compiles the rules
(Microsoft RulesEngine, Dynamic LINQ) in memory, so every run is what a CI job's first run is.
"""
import datetime
import glob
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

QUICK = len(sys.argv) > 1 and sys.argv[1] == "--quick"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
TOOL = os.path.join(OUT, "filinglint", "filinglint")
TOOL_R2R = os.path.join(OUT, "filinglint-r2r", "filinglint")
TOOL_JIT = ["dotnet", os.path.join(OUT, "filinglint-jit", "filinglint.dll")]
BENCH = ["dotnet", os.path.join(ROOT, "bench", "FilingLint.Benchmarks", "bin", "Release", "net10.0", "FilingLint.Benchmarks.dll")]
SEED = os.path.join(ROOT, "seeds", "003_5d95c712dadc11a9.txt")
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))
MB = 1024 * 1024


def timed(cmd, env=None, timeout=1800):
    """One run: (wall s, cpu s, peak MB, exit code, stdout)."""
    full = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", os.path.join(OUT, "time.txt")] + cmd
    e = dict(os.environ)
    e.update(env or {})
    e.pop("CI", None)
    try:
        p = subprocess.run(full, env=e, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=timeout, text=True)
    except subprocess.TimeoutExpired:
        return None
    with open(os.path.join(OUT, "time.txt")) as f:
        wall, user, sys_, rss = f.read().split()[-4:]
    return float(wall), float(user) + float(sys_), int(rss) / 1024, p.returncode, p.stdout


def measure(cmd, runs, env=None, warmup=1, timeout=1800):
    """Median wall and CPU, minimum wall, peak memory over `runs` runs."""
    results = []
    for i in range(warmup + runs):
        r = timed(cmd, env, timeout)
        if r is None:
            return None
        if r[3] not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} exited with {r[3]}: a broken build, not a measurement")
        if i >= warmup:
            results.append(r)
    walls = [r[0] for r in results]
    return {
        "wall": statistics.median(walls), "min": min(walls), "cpu": statistics.median(r[1] for r in results),
        "rss": max(r[2] for r in results), "exit": results[-1][3], "stdout": results[-1][4], "runs": runs,
    }


def ms(s):
    return f"{s * 1000:,.0f} ms"


def sec(s):
    return f"{s:,.2f} s"


def machine():
    model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")) / MB
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return (f"{os.cpu_count()} cores ({model}), {mem:.0f} GB memory, Linux {platform.release()}, .NET SDK {dotnet}; "
            f"commit {commit}; {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC")


def text_sizes(files):
    out = subprocess.run(BENCH + ["textsize"] + files, capture_output=True, text=True, check=True).stdout
    return {line.split("\t")[0]: (int(line.split("\t")[1]), int(line.split("\t")[2])) for line in out.splitlines()}


def findings_line(stdout):
    lines = [l for l in stdout.splitlines() if " in " in l and ("error" in l or "warning" in l)]
    return lines[-1] if lines else ""


def main():
    report = ["# Benchmark results", "", "Sizes in MB are 2^20 bytes.", "",
              "Written by `bench/run.sh` (whole-process runs timed with `/usr/bin/time`; medians; peak memory is the",
              "largest resident set seen) and BenchmarkDotNet for the stages. Do not edit by hand: run the script again.", "",
              f"Machine: {machine()}.", "",
              "The tool measured is `dotnet publish src/FilingLint.Cli -c Release -r linux-x64 --self-contained` (runtime and tool",
              "precompiled together, ReadyToRun composite, as the README recommends for speed); \"ReadyToRun\" is the",
              "framework-dependent `-r linux-x64` publish, as `dotnet tool install` gives it on linux-x64 since issue 16 (the tool's",
              "package for that runtime); \"JIT build\" is the same code without ReadyToRun, as the portable package (`any`) gives it",
              "on other runtimes. There is no cache: every run loads and compiles the rules (RulesEngine) afresh.",
              "The figures of the C# engine (Roslyn, with its compiled-rule cache) before issue 15 are in",
              "[`RESULTS-csharp-engine.md`](RESULTS-csharp-engine.md).", ""]
    n = 5 if QUICK else 21
    targets = []

    # Seed: start-up dominated.
    report += ["## The seed (2 KB) and `rules validate rules/`, whole process", "", "| build | command | wall (median) | wall (min) | CPU | peak memory | runs |", "|---|---|---|---|---|---|---|"]
    seed, validate = {}, {}
    rules_dir = os.path.join(ROOT, "rules")
    for build, cmd in (("self-contained composite", [TOOL]), ("ReadyToRun", [TOOL_R2R]), ("JIT build", TOOL_JIT)):
        r = seed[build] = measure(cmd + ["lint", SEED], n)
        report.append(f"| {build} | `lint` seed | {ms(r['wall'])} | {ms(r['min'])} | {ms(r['cpu'])} | {r['rss']:.0f} MB | {r['runs']} |")
        r = validate[build] = measure(cmd + ["rules", "validate", rules_dir], n)
        report.append(f"| {build} | `rules validate rules/` | {ms(r['wall'])} | {ms(r['min'])} | {ms(r['cpu'])} | {r['rss']:.0f} MB | {r['runs']} |")
    version = measure([TOOL, "--version"], n)
    report += ["", f"For scale: `filinglint --version` (runtime start-up and argument parsing only) takes {ms(version['wall'])}.", ""]
    main = "self-contained composite"
    targets.append(("Seed, self-contained composite, whole process ≤ 300 ms, no cache of any kind", seed[main]["wall"] <= 0.300,
                    f"median {ms(seed[main]['wall'])}, least {ms(seed[main]['min'])}"))
    targets.append(("`rules validate rules/` ≤ 500 ms (self-contained composite)", validate[main]["wall"] <= 0.500, f"median {ms(validate[main]['wall'])}"))
    targets.append(("Framework-dependent tool (JIT build, as `dotnet tool install` gave it before issue 16) on the seed ≤ 1.2 s", seed["JIT build"]["wall"] <= 1.2,
                    f"median {sec(seed['JIT build']['wall'])}"))

    # Synthetic prospectus: growth with size.
    report += ["## Synthetic prospectus, 1 to 16 MB", "",
               "Made by `FilingLint.Benchmarks generate` from real paragraphs (the seed's cover, then the body paragraphs of the",
               "corpus filings checked in under `tests/`, in turn).", "",
               "| size | wall | CPU | CPU per MB | vs 1 MB | peak memory | memory / size | findings |", "|---|---|---|---|---|---|---|---|"]
    base = None
    worst_ratio = 0
    mem16 = None
    for size in (1, 2, 4, 8, 16):
        path = os.path.join(OUT, f"synthetic-{size}mb.txt")
        if not os.path.exists(path):
            subprocess.run(BENCH + ["generate", str(size), path], check=True)
        r = measure([TOOL, "lint", path], 3 if size <= 4 or not QUICK else 1, timeout=3600)
        per_mb = r["cpu"] / size
        base = base or per_mb
        worst_ratio = max(worst_ratio, per_mb / base)
        if size == 16:
            mem16 = r["rss"] / size
        report.append(f"| {size} MB | {sec(r['wall'])} | {sec(r['cpu'])} | {ms(per_mb)} | {per_mb / base:.2f}× | {r['rss']:.0f} MB | {r['rss'] / size:.1f}× | {findings_line(r['stdout'])} |")
    report.append("")
    targets.append(("16 MB: time per MB within 1.5× of the 1 MB case", worst_ratio <= 1.5, f"worst {worst_ratio:.2f}×"))
    targets.append(("16 MB: peak memory under 20× the file size", mem16 is not None and mem16 < 20, f"{mem16:.1f}×"))

    # Real filings.
    if os.path.isdir(CORPUS):
        files = sorted(f for f in glob.glob(os.path.join(CORPUS, "*")) if not f.endswith(".tsv"))
        sizes = text_sizes(files)
        largest = sorted(files, key=lambda f: -sizes[f][0])[:3]
        report += ["## Real filings", "", "| input | file size | text read | wall | CPU | peak memory |", "|---|---|---|---|---|---|"]
        for f in largest:
            r = measure([TOOL, "lint", f], 3 if QUICK else 7)
            report.append(f"| `{os.path.basename(f)}` | {sizes[f][0] / MB:.1f} MB | {sizes[f][1] / MB:.2f} MB | {sec(r['wall'])} | {sec(r['cpu'])} | {r['rss']:.0f} MB |")
        total_file = sum(s[0] for s in sizes.values())
        total_text = sum(s[1] for s in sizes.values())
        corpus = {}
        for build, cmd in (("composite", [TOOL]), ("ReadyToRun", [TOOL_R2R]), ("JIT build", TOOL_JIT)):
            corpus[build] = measure(cmd + ["lint", CORPUS], 3 if QUICK else 7)
        r = corpus["composite"]
        report += [f"| whole corpus, one run ({len(files)} files) | {total_file / MB:.1f} MB | {total_text / MB:.2f} MB | {sec(r['wall'])} | {sec(r['cpu'])} | {r['rss']:.0f} MB |",
                   f"| whole corpus, framework-dependent ReadyToRun | | | {sec(corpus['ReadyToRun']['wall'])} | {sec(corpus['ReadyToRun']['cpu'])} | {corpus['ReadyToRun']['rss']:.0f} MB |",
                   f"| whole corpus, JIT build | | | {sec(corpus['JIT build']['wall'])} | {sec(corpus['JIT build']['cpu'])} | {corpus['JIT build']['rss']:.0f} MB |", "",
                   f"Throughput on the corpus (self-contained composite, 2 cores): **{total_file / MB / r['wall']:.1f} MB of filings per second** "
                   f"({total_file / 1e6 / r['wall']:.1f} million bytes per second) "
                   f"({total_text / MB / r['wall']:.1f} MB/s of the text FilingLint reads out of them: EDGAR HTML is mostly markup).",
                   f"Result of that run: {findings_line(r['stdout'])}.", ""]
        targets.append(("Corpus throughput ≥ 25 MB/s, 2 cores", total_file / MB / r["wall"] >= 25,
                        f"{total_file / MB / r['wall']:.1f} MB/s of filing files ({total_file / 1e6 / r['wall']:.1f} million bytes/s); "
                        f"{total_text / MB / r['wall']:.1f} MB/s of extracted text"))
    else:
        report += ["## Real filings", "", f"Skipped: the shared corpus is not at `{CORPUS}`.", ""]

    # Reference prose linters on the same plain-text inputs.
    if not QUICK:
        inputs = [SEED, os.path.join(OUT, "synthetic-0.25mb.txt"), os.path.join(OUT, "synthetic-1mb.txt")]
        if not os.path.exists(inputs[1]):
            subprocess.run(BENCH + ["generate", "0.25", inputs[1]], check=True)
        textlint = [os.path.join(ROOT, "bench", "node_modules", ".bin", "textlint"), "--config", os.path.join(ROOT, "bench", ".textlintrc.json")]
        tools = [("FilingLint (self-contained composite)", [TOOL, "lint"]), ("textlint 14 + textlint-rule-prh", textlint), ("proselint 0.10", ["proselint"])]
        report += ["## Reference prose linters, same inputs, one run each", "",
                   "proselint (Debian `python3-proselint`) runs its default checks; textlint runs `textlint-rule-prh` with",
                   "`bench/prh.yml`, which holds the seed's agreement-name check as a proofreading rule. They check prose style, not",
                   "the facts of a filing, so the findings are not comparable; the times show what a linter of plain text costs.", "",
                   "| input | tool | wall | CPU | peak memory | exit |", "|---|---|---|---|---|---|"]
        for path in inputs:
            label = os.path.basename(path)
            for name, cmd in tools:
                r = measure(cmd + [path], 1, warmup=0 if "proselint" in name else 1, timeout=900)
                if r is None:
                    report.append(f"| `{label}` | {name} | over 900 s (stopped) | | | |")
                else:
                    report.append(f"| `{label}` ({os.path.getsize(path) / 1024:,.0f} KB) | {name} | {sec(r['wall'])} | {sec(r['cpu'])} | {r['rss']:.0f} MB | {r['exit']} |")
        report.append("")

        # BenchmarkDotNet: each stage in-process.
        artifacts = os.path.join(OUT, "bdn")
        shutil.rmtree(artifacts, ignore_errors=True)
        subprocess.run(BENCH + ["--filter", "*", "--job", "short", "--artifacts", artifacts, "--exporters", "github"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        table = glob.glob(os.path.join(artifacts, "results", "*-report-github.md"))
        report += ["## Stages in-process (BenchmarkDotNet, ShortRun job)", "",
                   "`PipelineBenchmarks`: read, extract facts, check the built-in rules, render the HTML report, write JSON,",
                   "on the seed, a real EDGAR submission and a real EDGAR HTML filing (about 0.5 MB each) and a 1 MB synthetic filing.", ""]
        if table:
            report += [l.rstrip("\n") for l in open(table[0]) if not l.startswith("```")]
        report.append("")

    report += ["## Targets (issue 15)", "", "| target | met | measured |", "|---|---|---|"]
    report += [f"| {t} | {'yes' if ok else '**no**'} | {m} |" for t, ok, m in targets]
    report.append("")
    # The GitHub Action's section is written by bench/replay-action.sh; it is kept as it is.
    results = os.path.join(ROOT, "bench", "RESULTS.md")
    begin, end = "<!-- replay-action:begin", "<!-- replay-action:end -->"
    previous = open(results).read() if os.path.exists(results) else ""
    if begin in previous and end in previous:
        report += [previous[previous.index(begin):previous.index(end) + len(end)], ""]
    with open(results, "w") as f:
        f.write("\n".join(report))
    print("\n".join(report))


if __name__ == "__main__":
    main()
