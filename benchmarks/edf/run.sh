#!/usr/bin/env bash
# edf-read side by side: SleepFM's EdfRecording vs MNE's read_raw_edf on the same synthetic EDF+.
# usage: benchmarks/edf/run.sh [--size-mb N] [--dir D] [other edf-read options]
# Default size is 1024 MB (about 11.6 h of 50 channels at 256 Hz); use --size-mb 200 for a quick try.
# The file is written once by the .NET side (EdfWriter) and reused by both tools.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

size_mb=1024
dir="${TMPDIR:-/tmp}/sleepfm-bench-edf"
pass=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size-mb) size_mb="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) pass+=("$1"); shift ;;
  esac
done

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project "$repo/benchmarks/SleepFM.Benchmarks" -c Release -- \
  edf-read --size-mb "$size_mb" --dir "$dir" "${pass[@]}" | tee "$out/sleepfm.jsonl"
file="$(/usr/bin/python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["file"])' "$out/sleepfm.jsonl")"
/usr/bin/python3 "$here/mne_read.py" "$file" | tee "$out/mne.jsonl"

/usr/bin/python3 - "$out/sleepfm.jsonl" "$out/mne.jsonl" <<'PY'
import json, sys
ours = {r["metric"]: r for r in map(json.loads, open(sys.argv[1]))}
mne = {r["metric"]: r for r in map(json.loads, open(sys.argv[2]))}
print()
print(f"{'metric':34} {'sleepfm':>12} {'mne':>12} {'speed-up':>9}")
rows = [
    ("full decode (MB/s, higher=better)", "full_decode_mb_per_s", "full_decode_mb_per_s", True),
    ("  as float64 arrays, like preload", "preload_float64_mb_per_s", "full_decode_mb_per_s", True),
    ("60 s of one channel (ms, median)", "one_channel_60s_median_ms", "one_channel_60s_median_ms", False),
]
for label, ours_key, mne_key, higher_better in rows:
    a, b = ours[ours_key]["value"], mne[mne_key]["value"]
    ratio = a / b if higher_better else b / a
    print(f"{label:34} {a:12.3f} {b:12.3f} {ratio:8.1f}x")
PY
