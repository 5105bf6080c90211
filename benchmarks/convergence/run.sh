#!/usr/bin/env bash
# Scratch vs PT trained until early stopping, on the world and encoder of a finished `sleepfm reproduce`.
# Usage: benchmarks/convergence/run.sh RESULTS [OUT] [MAX_EPOCHS] [PATIENCE] [SEEDS]
#   RESULTS  the --out of `sleepfm reproduce --preset quick` (its data/, prepared/ and pretrain/ are reused)
#   OUT      where the runs go (default RESULTS-converged); defaults 40 epochs, patience 6, 3 seeds.
# Prints one line per task: the headline metric, mean ± std of each regime.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
results="$(cd "${1:?usage: run.sh RESULTS [OUT] [MAX_EPOCHS] [PATIENCE] [SEEDS]}" && pwd)"
out="${2:-$results-converged}"
epochs="${3:-40}" patience="${4:-6}" seeds="${5:-3}"
dotnet build "$repo/src/SleepFM.Cli" -c Release -v quiet -nologo >/dev/null
cli="$repo/src/SleepFM.Cli/bin/Release/net10.0/sleepfm"
mkdir -p "$out"
for task in tuev tuab tusl braincapture chbmit ptbxl g12ec cpsc; do
  case "$task" in
    ptbxl|g12ec|cpsc) data="$results/data" ;;   # a data root with code15/: fine-tuned on CODE-15%, scored on the set
    *) data="$results/prepared/$task" ;;
  esac
  "$cli" finetune --task "$task" --data "$data" --out "$out" --regime scratch,pt --encoder "$results/pretrain" \
    --preset quick --seeds "$seeds" --max-epochs "$epochs" --patience "$patience" --json 2>"$out/$task.log" >"$out/$task.json"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["task"], d["metric"], "  ".join("%s %.3f ± %.3f" % (s["series"], s["mean"], s["standardDeviation"] or 0) for s in d["summary"]))' "$out/$task.json"
done
