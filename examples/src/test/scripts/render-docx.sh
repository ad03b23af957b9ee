#!/usr/bin/env bash
# Renders thidua's documents to sign (DOCX) with LibreOffice: to PDF, then the first pages to PNG.
#
#   examples/src/test/scripts/render-docx.sh                # render the minutes and the council's submission
#   examples/src/test/scripts/render-docx.sh --update-docs  # also replace docs/docx-*.png
#
# Installs the Debian packages it needs with apt-get when they are missing (needs root): libreoffice-writer-nogui
# (the converter), fonts-liberation (Liberation Serif, metric-compatible with Times New Roman) and poppler-utils
# (pdftoppm). Uses the jar from the ./thidua launcher (built on first use), or $THIDUA_JAR when set.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
update_docs=false
for arg in "$@"; do
    case "$arg" in
        --update-docs) update_docs=true ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "render-docx.sh: unknown argument $arg" >&2; exit 2 ;;
    esac
done

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
[ -f /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "render-docx.sh: missing ${missing[*]}; install as root: apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "render-docx.sh: installing ${missing[*]} (apt-get) ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

thidua() {
    if [ -n "${THIDUA_JAR:-}" ]; then
        java -jar "$THIDUA_JAR" "$@"
    else
        "$root/thidua" "$@"
    fi
}

work="$(mktemp -d "${TMPDIR:-/tmp}/thidua-docx.XXXXXX")"
trap 'rm -rf "$work"' EXIT

thidua review --format docx --out "$work/minutes.docx"
thidua consolidate "$root/examples/scenarios/province-bac-ninh-2022.json" --format docx --out "$work/submission.docx"

for doc in minutes submission; do
    timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$work/lo-profile" \
        --convert-to pdf --outdir "$work" "$work/$doc.docx" >/dev/null 2>&1
    [ -s "$work/$doc.pdf" ] || { echo "render-docx.sh: FAIL: LibreOffice did not convert $doc.docx" >&2; exit 1; }
    pages=$(grep -a -c -E '/Type ?/Page[^s]' "$work/$doc.pdf" || true)
    pdftoppm -png -r 70 -f 1 -l 2 "$work/$doc.pdf" "$work/$doc"
    echo "$doc.docx: opened and converted by LibreOffice, $pages A4 pages"
    if $update_docs; then
        for png in "$work/$doc"-*.png; do
            cp "$png" "$root/docs/docx-$(basename "$png")"
        done
        echo "updated docs/docx-$doc-*.png"
    fi
done
