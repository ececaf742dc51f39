# Idempotent installers shared by ./run, ./test and bench scripts. Each checks before it installs.
# shellcheck shell=bash

need_apt() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing apt packages: ${missing[*]}" >&2
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q >/dev/null
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_dotnet_tools() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 1; }
  if [ -f dotnet-tools.json ] || [ -f .config/dotnet-tools.json ]; then dotnet tool restore >/dev/null; fi
}

# Headless browser and CJK fonts for the end-to-end tests (Playwright drives Debian's chromium).
ensure_browser() {
  need_apt chromium fonts-noto-cjk fonts-wqy-microhei
}
