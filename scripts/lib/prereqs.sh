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

# Headless browser and CJK fonts for the end-to-end tests and PDF export (chromium prints the PDFs); poppler-utils
# (pdftotext, pdffonts, pdftoppm) for the PDF tests.
ensure_browser() {
  need_apt chromium fonts-noto-cjk fonts-wqy-microhei poppler-utils
}

# Charts (ECharts, pinned in src/Jixiao.Web/frontend/package.json) copied into wwwroot/lib. Optional: when npm is
# missing or fails, the pages still show every number as a table, so this warns instead of stopping.
# The same install brings axe-core (a dev dependency, pinned there too), which the E2E accessibility test injects
# from node_modules; that test fails with a message naming this function when it is missing.
ensure_frontend() {
  local dir=src/Jixiao.Web/frontend target=src/Jixiao.Web/wwwroot/lib/echarts/echarts.min.js
  local source="$dir/node_modules/echarts/dist/echarts.min.js" axe="$dir/node_modules/axe-core/axe.min.js"
  [ -f "$target" ] && [ -f "$source" ] && [ -f "$axe" ] && cmp -s "$source" "$target" && return 0
  if ! command -v npm >/dev/null; then echo "npm not found: charts disabled (tables only)." >&2; return 0; fi
  if [ ! -f "$source" ] || [ ! -f "$axe" ]; then
    local cmd=ci; [ -f "$dir/package-lock.json" ] || cmd=install
    (cd "$dir" && npm "$cmd" --no-audit --no-fund --loglevel=error >/dev/null 2>&1) \
      || { echo "npm $cmd failed: charts disabled (tables only)." >&2; return 0; }
  fi
  mkdir -p "$(dirname "$target")" && cp "$source" "$target"
}
