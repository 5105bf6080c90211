#!/usr/bin/env bash
# Installs the .NET Interactive kernel for Jupyter front ends (and Debian's Jupyter + nbconvert to run
# notebooks headless). VS Code users need only the "Polyglot Notebooks" extension, which brings its own
# kernel; the notebooks also work there. Idempotent.
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=()
for p in jupyter-notebook python3-nbconvert python3-nbclient python3-ipykernel; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Microsoft deprecated .NET Interactive in 2026 (dotnet/interactive#4163); this is its last release.
tool_version=1.0.712001
if ! dotnet tool list -g | grep -qi "microsoft.dotnet-interactive *$tool_version"; then
  dotnet tool uninstall -g Microsoft.dotnet-interactive >/dev/null 2>&1 || true
  dotnet tool install -g Microsoft.dotnet-interactive --version "$tool_version"
fi
export PATH="$PATH:$HOME/.dotnet/tools"
# Registers .net-csharp (and friends) with the Debian Jupyter (use /usr/bin/python3, not a pyenv one).
kernels() { /usr/bin/python3 -c 'from jupyter_client.kernelspec import find_kernel_specs; print(" ".join(sorted(find_kernel_specs())))'; }
if ! kernels | grep -q '\.net-csharp'; then
  # The installer only writes into an existing per-user kernels folder.
  mkdir -p "$(/usr/bin/python3 -m jupyter --data-dir)/kernels"
  PATH="/usr/bin:$PATH" dotnet interactive jupyter install
fi
echo "jupyter kernels: $(kernels)"
