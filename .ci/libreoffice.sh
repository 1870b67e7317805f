# Debian's LibreOffice for the DOCX and XLSX read-back tests (sourced by .ci/run).
if [ ! -x /usr/bin/soffice ]; then
  echo "Installing LibreOffice for the DOCX/XLSX tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends libreoffice-writer libreoffice-calc >/dev/null
fi
