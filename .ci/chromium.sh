# Debian's Chromium for the editor's browser tests (sourced by .ci/run).
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
