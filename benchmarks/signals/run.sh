#!/usr/bin/env bash
# Side-by-side "filters" benchmark: SleepFM.Signals' pretraining chain vs the same steps in SciPy.
# Usage: bash benchmarks/signals/run.sh [--hours H] [--rate HZ] [--repeats N]   (defaults: 8 h at 256 Hz, 3 repeats)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"

dotnet_line="$(dotnet run --project "$root/benchmarks/SleepFM.Benchmarks" -c Release -- filters "$@" | grep '"benchmark":"filters"')"
scipy_line="$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$python" "$here/scipy_chain.py" "$@")"
echo "$dotnet_line"
echo "$scipy_line"
"$python" - "$dotnet_line" "$scipy_line" <<'PY'
import json, sys
ours, ref = json.loads(sys.argv[1]), json.loads(sys.argv[2])
ratio = ours["hoursPerSecond"] / ref["hoursPerSecond"]
print(f'filters: SleepFM.Signals {ours["hoursPerSecond"]:.1f} h/s, {ref["tool"]} {ref["hoursPerSecond"]:.1f} h/s, '
      f'ratio {ratio:.2f}x ({"faster" if ratio >= 1 else "slower"} than SciPy); '
      f'mid-sample {ours["midSample"]:.6g} vs {ref["midSample"]:.6g}')
PY
