#!/usr/bin/env bash
# Installs the independent reference tools the tests and benchmarks compare against (never needed at
# run time): MNE (EDF), SciPy (filters), scikit-learn (metrics), PyTorch (losses, encoder parity), h5py.
# Debian 12 packages; idempotent. Run as root (or with sudo).
set -euo pipefail
packages=(python3 python3-numpy python3-scipy python3-mne python3-sklearn python3-torch python3-h5py libopenblas0-pthread)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "python references: already installed"
  exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "python references: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
