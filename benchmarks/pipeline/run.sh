#!/usr/bin/env bash
# Data-pipeline benchmarks on this machine:
#   pipeline-batches  windows/s from prepared float16 shards to batched float32 TorchSharp tensors
#                     (19 channels × 60 s × 128 Hz, batch 64; goal ≥ 2,000 windows/s on 2 cores);
#   pipeline-prepare  preprocessing throughput of `sleepfm prepare --dataset psg`, hours of PSG per minute.
# usage: benchmarks/pipeline/run.sh [--windows N] [--nights N] [--hours H] [--dir D]
# The prepared set (N windows ≈ N × 292 kB of float16) and the EDF nights are written once under D and reused.
# Optional: MALLOC_MMAP_THRESHOLD_=1073741824 lets glibc reuse freed tensor memory instead of mapping fresh pages for
# every batch tensor (fewer page faults); the script runs pipeline-batches both ways so the effect is visible.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

windows=20000
nights=4
hours=8
dir="${TMPDIR:-/tmp}/sleepfm-bench-pipeline"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --windows) windows="$2"; shift 2 ;;
    --nights) nights="$2"; shift 2 ;;
    --hours) hours="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build "$repo/benchmarks/SleepFM.Benchmarks" -c Release -v quiet -nologo >&2
bench=(dotnet run --no-build --project "$repo/benchmarks/SleepFM.Benchmarks" -c Release --)

"${bench[@]}" pipeline-batches --windows "$windows" --dir "$dir/batches-$windows" | tee "$out/batches.jsonl"
MALLOC_MMAP_THRESHOLD_=1073741824 "${bench[@]}" pipeline-batches --windows "$windows" --dir "$dir/batches-$windows" \
  | sed 's/"metric":"/"metric":"malloc_tuned_/' | tee "$out/batches-malloc.jsonl"
"${bench[@]}" pipeline-prepare --nights "$nights" --hours "$hours" --dir "$dir/prepare-${nights}x${hours}h" | tee "$out/prepare.jsonl"

/usr/bin/python3 - "$out"/*.jsonl <<'PY'
import json, sys
rows = [json.loads(line) for path in sys.argv[1:] for line in open(path) if line.startswith("{")]
print()
print(f"{'metric':58} {'value':>12}  unit")
for r in rows:
    print(f"{r['metric']:58} {r['value']:12.1f}  {r['unit']}")
goal = [r["value"] for r in rows if r["metric"] == "batches_global_shuffle_prefetch_windows_per_s"]
if goal:
    print(f"\ngoal ≥ 2000 windows/s (global shuffle, prefetch): {'met' if goal[0] >= 2000 else 'NOT met'} ({goal[0]:.0f})")
PY
