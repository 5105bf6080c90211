#!/usr/bin/env bash
# Side-by-side "encoder-step" benchmark: one fine-tuning step (forward, backward, AdamW) of the encoder on a batch of
# 16 clips × 19 channels × 10 tokens in SleepFM (TorchSharp, with the EEG head) and in PyTorch (Debian python3-torch,
# tests/python/encoder_reference.py with a linear head). Both print median wall and process-CPU ms per step.
# Usage: bash benchmarks/encoder/step.sh [--preset tiny] [--batch 16] [--channels 19] [--tokens 10] [--threads 2] [--steps 20]
# (add --profile for SleepFM's per-stage times and PyTorch's operator table).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
preset=tiny
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do [[ "${args[i]}" == "--preset" ]] && preset="${args[i+1]}"; done

config="$(mktemp --suffix=.json)"
trap 'rm -f "$config"' EXIT
dotnet run --project "$root/benchmarks/SleepFM.Benchmarks" -c Release -- encoder-config "$preset" > "$config"
dotnet run --project "$root/benchmarks/SleepFM.Benchmarks" -c Release -- encoder-step "$@"
"$python" "$here/pytorch_step.py" --config "$config" "$@"
