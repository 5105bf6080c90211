#!/usr/bin/env bash
# Side-by-side "encoder-train" benchmark: LOO-CL training steps of the shared encoder in SleepFM (TorchSharp)
# and in PyTorch (Debian python3-torch) with the reference model of tests/python/encoder_reference.py.
# Usage: bash benchmarks/encoder/run.sh [--preset small] [--batch 16] [--tokens 60] [--threads 2] [--steps 10]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
preset=small
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do [[ "${args[i]}" == "--preset" ]] && preset="${args[i+1]}"; done

config="$(mktemp --suffix=.json)"
trap 'rm -f "$config"' EXIT
# The preset's sizes, as EncoderConfig.ToJson writes them, so both sides build the same model.
dotnet run --project "$root/benchmarks/SleepFM.Benchmarks" -c Release -- encoder-config "$preset" > "$config"

dotnet_line="$(dotnet run --project "$root/benchmarks/SleepFM.Benchmarks" -c Release -- encoder-train "$@" | grep '"benchmark":"encoder-train"')"
torch_line="$(OMP_NUM_THREADS=1 "$python" "$here/pytorch_train.py" --config "$config" "$@")"
echo "$dotnet_line"
echo "$torch_line"
"$python" - "$dotnet_line" "$torch_line" <<'PY'
import json, sys
ours, ref = json.loads(sys.argv[1]), json.loads(sys.argv[2])
flops = ours["gflopPerStep"]
ratio = ref["medianMsPerStep"] / ours["medianMsPerStep"]
print(f'encoder-train ({ours["preset"]}, batch {ours["batch"]}, {ours["tokens"]} tokens, {ours["threads"]} threads, '
      f'{flops:.2f} GFLOP/step): SleepFM {ours["medianMsPerStep"]:.0f} ms/step, {ours["clipsPerSecond"]:.1f} clips/s, '
      f'{flops / ours["medianMsPerStep"] * 1000:.1f} GFLOP/s | {ref["tool"]} {ref["medianMsPerStep"]:.0f} ms/step, '
      f'{ref["clipsPerSecond"]:.1f} clips/s, {flops / ref["medianMsPerStep"] * 1000:.1f} GFLOP/s | '
      f'ratio {ratio:.2f}x ({"faster" if ratio >= 1 else "slower"} than PyTorch)')
PY
