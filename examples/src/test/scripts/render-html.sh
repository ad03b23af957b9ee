#!/usr/bin/env bash
# Renders thidua's HTML reports in headless Chromium and checks what the browser built.
#
#   examples/src/test/scripts/render-html.sh            # check the review and consolidation reports
#   examples/src/test/scripts/render-html.sh --update-docs   # also replace docs/report.png and docs/report-page*.png
#
# Installs the Debian package chromium with apt-get when /usr/bin/chromium is missing (needs root). Uses the
# jar from the ./thidua launcher (built on first use), or $THIDUA_JAR when set. The pages are opened from files
# with the browser's network features off: a self-contained report needs nothing else.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
chromium=/usr/bin/chromium
update_docs=false
for arg in "$@"; do
    case "$arg" in
        --update-docs) update_docs=true ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "render-html.sh: unknown argument $arg" >&2; exit 2 ;;
    esac
done

if [ ! -x "$chromium" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "render-html.sh: $chromium not found; install it as root: apt-get update && apt-get install -y chromium" >&2
        exit 1
    fi
    echo "render-html.sh: installing chromium (apt-get) ..." >&2
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

thidua() {
    if [ -n "${THIDUA_JAR:-}" ]; then
        java -jar "$THIDUA_JAR" "$@"
    else
        "$root/thidua" "$@"
    fi
}

work="$(mktemp -d "${TMPDIR:-/tmp}/thidua-render.XXXXXX")"
trap 'rm -rf "$work"' EXIT

browse() { # FILE ARGS...: headless chromium on a local file, output on stdout
    local page="$1"
    shift
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" "$@" "file://$page" 2>/dev/null
}

expect() { # FILE PATTERN...: every pattern occurs in FILE
    local file="$1"
    shift
    for pattern in "$@"; do
        if ! grep -qF -- "$pattern" "$file"; then
            echo "render-html.sh: FAIL: '$pattern' not found in the DOM of $(basename "$file")" >&2
            exit 1
        fi
    done
}

thidua review --format html --out "$work/review.html"
browse "$work/review.html" --dump-dom > "$work/review.dom"
expect "$work/review.dom" '<svg class="score-chart"' 'class="leader-line"' '<table class="ranking">' \
    '<table class="proposals">' 'Ngưỡng dẫn đầu'
browse "$work/review.html" --hide-scrollbars --window-size=1280,2000 --screenshot="$work/review.png" >/dev/null
# The printout: A4 pages through Chromium's PDF output, counted (at most 10 for the default report).
browse "$work/review.html" --no-pdf-header-footer --print-to-pdf="$work/review.pdf" >/dev/null
pages=$(grep -a -c -E '/Type ?/Page[^s]' "$work/review.pdf" || true)
echo "review report: prints on $pages A4 pages"
[ "$pages" -le 10 ] || { echo "render-html.sh: FAIL: $pages printed pages (at most 10)" >&2; exit 1; }
[ -s "$work/review.png" ] || { echo "render-html.sh: FAIL: no screenshot" >&2; exit 1; }
echo "review report: chart, ranking and decisions rendered ($(wc -c < "$work/review.png") bytes of screenshot)"

thidua consolidate "$root/examples/scenarios/province-bac-ninh-2022.json" --format html --lang en \
    --out "$work/province.html"
browse "$work/province.html" --dump-dom > "$work/province.dom"
expect "$work/province.dom" '<svg class="score-chart"' '<table class="proposals">' 'Province-wide quota'
echo "consolidation report: quota and blocs rendered"

if $update_docs; then
    cp "$work/review.png" "$root/docs/report.png"
    echo "updated docs/report.png"
    if command -v pdftoppm >/dev/null; then
        pdftoppm -png -r 70 -f 1 -l 2 "$work/review.pdf" "$root/docs/report-page"
        echo "updated docs/report-page-*.png (the first two printed A4 pages)"
    else
        echo "render-html.sh: pdftoppm (Debian package poppler-utils) not found: printed pages not updated" >&2
    fi
fi
