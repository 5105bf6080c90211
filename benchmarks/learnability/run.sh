#!/usr/bin/env bash
# Learnability table of the synthetic downstream tasks (band powers + logistic regression, 2-fold by subject).
# Usage: benchmarks/learnability/run.sh [DATA_ROOT] [PRESET]   (default: a temp folder, preset quick, seed 42)
# Generates the downstream world into DATA_ROOT if it has no downstream.json yet, scores every task and
# writes DATA_ROOT/learnability.csv (task,kind,chance,balanced_accuracy).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
root="${1:-$(mktemp -d)/synthetic-quick}"
export SLEEPFM_LEARNABILITY_ROOT="$root"
export SLEEPFM_LEARNABILITY_PRESET="${2:-quick}"
dotnet test "$repo/tests/SleepFM.Tests/SleepFM.Tests.csproj" -c Release \
  --filter "FullyQualifiedName~SleepFM.Tests.Synthetic.Downstream.LearnabilityTests" --logger "console;verbosity=normal"
cat "$root/learnability.csv"
