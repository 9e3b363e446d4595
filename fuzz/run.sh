#!/usr/bin/env bash
# Fuzzes one target with AFL++ through SharpFuzz: fuzz/run.sh TARGET [MINUTES]
# TARGET: text, html, markdown or dates. Needs afl++ (apt-get install afl++) and the local
# sharpfuzz tool (dotnet tool restore). Findings go to fuzz/findings/TARGET (not committed).
set -euo pipefail
target=${1:?target: text, html, markdown or dates}
minutes=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/out/$target"
dotnet build "$here/Briefings.Fuzz" -c Release -o "$out" -v q
# Instrument the pipeline assembly (not the harness) so AFL++ sees its branches.
dotnet sharpfuzz "$out/Briefings.Ingestion.dll"
seeds="$here/findings/$target-seeds"
mkdir -p "$seeds"
case "$target" in
  text) printf 'Floods reach Vorinsk\n\nThe river rose on Tuesday, the council said.\n' > "$seeds/a.txt" ;;
  html) printf '<html><head><title>T</title></head><body><article><h1>T</h1><p>The river rose on Tuesday.</p></article></body></html>' > "$seeds/a.html" ;;
  markdown) printf -- '---\ntitle: T\n---\n# T\n\nThe river rose on *Tuesday*.\n\n<div>raw</div>\n' > "$seeds/a.md" ;;
  dates) printf 'on 13 November 2024, last Tuesday, 11/12/2024 and in March' > "$seeds/a.txt" ;;
esac
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
timeout --signal=INT "$((minutes * 60 + 30))" afl-fuzz -V "$((minutes * 60))" -i "$seeds" -o "$here/findings/$target" -t 5000 -m none \
  -- dotnet "$out/Briefings.Fuzz.dll" "$target" || true
stats="$here/findings/$target/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability|bitmap_cvg)' "$stats"
