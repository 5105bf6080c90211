#!/usr/bin/env bash
# Executes every notebook through the real .NET Interactive Jupyter kernel with nbconvert, headless,
# as a user's Jupyter would (the test suite runs them in process instead). Executed copies go to
# artifacts/jupyter-executed/. Usage: environment/run-notebooks-jupyter.sh [notebook.ipynb ...]
# Environment: SLEEPFM_PRESET (default tiny), SLEEPFM_DATA.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash environment/install-notebook-kernel.sh >/dev/null
export PATH="$PATH:$HOME/.dotnet/tools"
export SLEEPFM_PRESET="${SLEEPFM_PRESET:-tiny}"
# Building publishes artifacts/notebook-lib, which the notebooks reference.
if ! build_log="$(dotnet build src/SleepFM.Interactive -c Release -v quiet -nologo 2>&1)"; then
  echo "$build_log" | tail -30
  echo "build failed"
  exit 1
fi
out="$root/artifacts/jupyter-executed"
mkdir -p "$out"
notebooks=("$@")
[ ${#notebooks[@]} -gt 0 ] || notebooks=(notebooks/*.ipynb)
failed=0
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  start=$(date +%s)
  if (cd "$(dirname "$nb")" && /usr/bin/python3 -m nbconvert --to notebook --execute \
        --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=1800 \
        --output-dir "$out" --output "$name" "$name" >"$out/$name.log" 2>&1); then
    echo "ok      $name ($(( $(date +%s) - start )) s)"
  else
    echo "FAILED  $name (log: artifacts/jupyter-executed/$name.log)"
    tail -20 "$out/$name.log"
    failed=$((failed + 1))
  fi
done
[ "$failed" -eq 0 ] || { echo "$failed notebook(s) failed"; exit 1; }
