#!/usr/bin/env bash
# Checks thidua's scoring workbooks against a real spreadsheet program: converts the seed bloc review to .xlsx,
# lets LibreOffice Calc open and re-save the workbook (as an office would after editing it), and checks that thidua
# reads it back to the identical scenario and review, and that the template opens too.
#
#   examples/src/test/scripts/roundtrip-xlsx.sh
#
# Installs the Debian packages it needs with apt-get when they are missing (needs root): libreoffice-calc-nogui.
# Uses the jar from the ./thidua launcher (built on first use), or $THIDUA_JAR when set.
set -euo pipefail

root="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
case "${1:-}" in
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    "") ;;
    *) echo "roundtrip-xlsx.sh: unknown argument $1" >&2; exit 2 ;;
esac

if ! command -v soffice >/dev/null || ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "roundtrip-xlsx.sh: missing LibreOffice Calc; install as root: apt-get install -y libreoffice-calc-nogui" >&2
        exit 1
    fi
    echo "roundtrip-xlsx.sh: installing libreoffice-calc-nogui (apt-get) ..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libreoffice-calc-nogui >/dev/null
fi

thidua() {
    if [ -n "${THIDUA_JAR:-}" ]; then
        java -jar "$THIDUA_JAR" "$@"
    else
        "$root/thidua" "$@"
    fi
}

work="$(mktemp -d "${TMPDIR:-/tmp}/thidua-xlsx.XXXXXX")"
trap 'rm -rf "$work"' EXIT
seed="$root/examples/scenarios/000-bac-ninh-2022-social-organisations.json"

thidua scenario convert "$seed" --out "$work/khoi.xlsx"
thidua scenario init --out "$work/mau.xlsx"
mkdir "$work/calc"
for book in khoi mau; do
    timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$work/lo-profile" \
        --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/calc" "$work/$book.xlsx" >/dev/null 2>&1
    [ -s "$work/calc/$book.xlsx" ] || { echo "roundtrip-xlsx.sh: FAIL: LibreOffice did not re-save $book.xlsx" >&2; exit 1; }
done

thidua scenario convert "$work/khoi.xlsx" --out "$work/direct.json"
thidua scenario convert "$work/calc/khoi.xlsx" --out "$work/calc.json"
cmp -s "$work/direct.json" "$work/calc.json" \
    || { echo "roundtrip-xlsx.sh: FAIL: the workbook re-saved by LibreOffice reads differently" >&2;
         diff "$work/direct.json" "$work/calc.json" | head -20 >&2; exit 1; }
thidua review "$seed" --format json > "$work/review-json.json"
thidua review "$work/calc/khoi.xlsx" --format json > "$work/review-calc.json"
cmp -s "$work/review-json.json" "$work/review-calc.json" \
    || { echo "roundtrip-xlsx.sh: FAIL: the re-saved workbook reviews differently from its JSON" >&2; exit 1; }
# the empty template, re-saved, is still the template: it reports the missing fields at their cells
set +e
thidua review "$work/calc/mau.xlsx" > /dev/null 2> "$work/mau.err"
code=$?
set -e
[ "$code" -eq 2 ] && grep -q "Khối!B2: missing required field 'stage'" "$work/mau.err" \
    || { echo "roundtrip-xlsx.sh: FAIL: the re-saved template (exit $code):" >&2; cat "$work/mau.err" >&2; exit 1; }
echo "roundtrip-xlsx.sh: OK: LibreOffice re-saved the seed workbook and the template; thidua reads the seed back to"
echo "the identical scenario and review, and the template to its missing-field errors"
