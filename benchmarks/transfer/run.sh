#!/usr/bin/env bash
# "transfer-stage" benchmark: wall time of the whole transfer stage of a preset (all tasks × regimes × seeds) and the
# share of it spent outside libtorch (data loading replayed without a model, plus the aggregate files).
# Usage: bash benchmarks/transfer/run.sh [--preset quick] [--out DIR] [--seeds N] [--tasks a,b]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dotnet run --project "$root/benchmarks/SleepFM.Benchmarks" -c Release -- transfer-stage "$@"
