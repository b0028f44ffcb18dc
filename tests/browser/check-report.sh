#!/usr/bin/env bash
# Browser test of the HTML report: renders the seed's report, a hostile filing's report and a deal's, opens them in
# headless Chromium (installed from Debian if missing), saves a screenshot of the seed's report, and fails
# when the page logs an error, when the report's own script did not run to its end, or when the hostile
# filing's markup ran or became elements.
# Usage: tests/browser/check-report.sh [--screenshot FILE]   (from anywhere; needs the CLI built, or builds it)
# The screenshot goes to a temporary file unless FILE is given, so that a CI run leaves the working tree as it
# found it; refresh the README's picture with --screenshot docs/report-screenshot.png.
set -euo pipefail
screenshot="${TMPDIR:-/tmp}/filinglint-report-screenshot.png"
if [ "${1:-}" = "--screenshot" ] && [ -n "${2:-}" ]; then
  case "$2" in /*) screenshot="$2" ;; *) screenshot="$PWD/$2" ;; esac
fi
cd "$(dirname "$0")/../.."
root=$(pwd)

if ! command -v chromium > /dev/null; then
  echo "browser test: installing Debian's chromium"
  if ! apt-cache policy chromium 2> /dev/null | grep -q 'Candidate: [0-9]'; then
    apt-get update -qq
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Run the filinglint CLI; exit 1 (findings) is expected for these filings.
lint() {
  set +e
  dotnet run --project "$root/src/FilingLint.Cli" --no-build -- lint "$@" > /dev/null
  local code=$?
  set -e
  if [ "$code" -gt 1 ]; then echo "browser test: filinglint lint $* exited $code" >&2; exit 1; fi
}

chrome() {
  # --virtual-time-budget lets the page's script finish before the DOM is dumped or the shot taken.
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-extensions --user-data-dir="$work/profile-$1" \
    --enable-logging=stderr --v=0 --virtual-time-budget=3000 --hide-scrollbars "${@:2}"
}

[ -f src/FilingLint.Cli/bin/Debug/net10.0/filinglint.dll ] || dotnet build src/FilingLint.Cli -nologo -v q

# The seed's report: screenshot, DOM, console.
cp seeds/003_5d95c712dadc11a9.txt "$work/003_5d95c712dadc11a9.txt"
# Linted from the temporary folder so the report shows the seed's own file name, not a build path.
( cd "$work" && lint 003_5d95c712dadc11a9.txt --html "$work/seed.html" )
chrome seed-shot --window-size=1280,2000 --screenshot="$work/seed.png" "file://$work/seed.html" 2> "$work/seed-shot.log" > /dev/null
chrome seed-dom --dump-dom "file://$work/seed.html" > "$work/seed.dom" 2> "$work/seed-dom.log"

# A hostile filing: each piece of markup would change the title or add an element if it ran.
cat > "$work/hostile.txt" <<'FILING'
PROSPECTUS SUPPLEMENT

<script>document.title = "pwned"; document.documentElement.setAttribute("data-pwned", "script")</script>

"><img src=x onerror="document.title='pwned';document.documentElement.setAttribute('data-pwned','img')">

<a href="javascript:document.title='pwned'">Click here</a> and <iframe src="javascript:parent.document.title='pwned'"></iframe>

We have sold shares pursuant to the Sales Agreement <script>document.title="pwned"</script> entered into with Oppenheimer.
FILING
lint "$work/hostile.txt" --html "$work/hostile.html"
chrome hostile --dump-dom "file://$work/hostile.html" > "$work/hostile.dom" 2> "$work/hostile.log"

# A deal: the 8-K of the deal fixture dates the agreement otherwise; its two places are shown side by side.
cp -r rules/deal/fixtures/deal.agreement-date/changed-8k "$work/deal"
( cd "$work" && lint --deal --no-config deal --html "$work/deal.html" )
chrome deal --dump-dom "file://$work/deal.html" > "$work/deal.dom" 2> "$work/deal.log"

fail=0
check() { if ! eval "$2"; then echo "browser test FAILED: $1" >&2; fail=1; else echo "browser test ok: $1"; fi; }

check "the screenshot was taken" '[ -s "$work/seed.png" ]'
check "the report's script ran to its end on the seed" 'grep -q "data-report-script=\"ok\"" "$work/seed.dom"'
check "the seed's highlights are in the page" 'grep -q "data-rules=\"terms.inconsistent-agreement-name\"" "$work/seed.dom"'
# The report logs nothing, so any console line (an error, an uncaught exception) is a failure.
check "no console messages on the seed" '! grep -hE ":CONSOLE|Uncaught" "$work/seed-shot.log" "$work/seed-dom.log"'
check "no console messages on the hostile filing" '! grep -hE ":CONSOLE|Uncaught" "$work/hostile.log"'
check "the report's script ran on the hostile filing" 'grep -q "data-report-script=\"ok\"" "$work/hostile.dom"'
# The filing's own text mentions data-pwned and pwned, so look at the elements, not the text.
check "the hostile filing's script did not run" '! grep -o "<html[^>]*>" "$work/hostile.dom" | grep -q "data-pwned" && grep -q "<title>FilingLint report — [^<]*hostile.txt</title>" "$work/hostile.dom"'
check "the hostile markup stayed text" '[ "$(grep -o "<img" "$work/hostile.dom" | wc -l)" -eq 0 ] && [ "$(grep -o "<iframe" "$work/hostile.dom" | wc -l)" -eq 0 ] && [ "$(grep -o "<script" "$work/hostile.dom" | wc -l)" -eq 1 ] && grep -q "&lt;script&gt;document.title" "$work/hostile.dom"'
check "the deal's finding is shown with its two places side by side" 'grep -q "class=\"deal-finding\"" "$work/deal.dom" && [ "$(grep -o "class=\"deal-place\"" "$work/deal.dom" | wc -l)" -eq 2 ]'
check "no console messages on the deal" '! grep -hE ":CONSOLE|Uncaught" "$work/deal.log"'
check "the report's script ran on the deal" 'grep -q "data-report-script=\"ok\"" "$work/deal.dom"'
check "no javascript: link in the page" '! grep -qiE "<(a|iframe)[^>]*(href|src)=\"javascript:" "$work/hostile.dom"'

if [ "$fail" -eq 0 ]; then
  mkdir -p "$(dirname "$screenshot")"
  cp "$work/seed.png" "$screenshot"
  echo "browser test: passed; screenshot saved as $screenshot"
else
  for f in seed-shot.log seed-dom.log hostile.log deal.log; do echo "--- $f"; grep -E ":CONSOLE|Uncaught" "$work/$f" | head -20; done >&2
fi
exit "$fail"
