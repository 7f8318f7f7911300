# Source this file (`. scripts/node22.sh`) to run the project on Node 22 LTS, its engine.
#
# Where the machine's `node` is older, the registry's `node@22` package (it ships the official
# binary) is installed once into .tools/node22 and put first on PATH, so that `node`, `npm` and
# everything they start run on Node 22. Nothing outside the project folder changes.
_sendeplan_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_sendeplan_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_sendeplan_major)" -lt 22 ]; then
  _sendeplan_tools="$_sendeplan_root/.tools/node22"
  if [ ! -x "$_sendeplan_tools/node_modules/node/bin/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo fehlt) ist älter als 22: installiere node@22 nach .tools/node22"
    mkdir -p "$_sendeplan_tools"
    npm install --prefix "$_sendeplan_tools" --no-audit --no-fund --no-save --loglevel=error node@22 >/dev/null
  fi
  export PATH="$_sendeplan_tools/node_modules/node/bin:$PATH"
fi
echo "Node $(node -v), npm $(npm -v)"
unset -f _sendeplan_major
unset _sendeplan_root _sendeplan_tools
