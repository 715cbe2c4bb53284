#!/usr/bin/env bash
# Full builds of Briefing and Hugo side by side: generates the corpora (250, 1,000 and 4,000 pages, and 4,000
# pages with a 200-term glossary), publishes Briefing in Release, builds every corpus with both generators
# alternately and prints median wall time, CPU time, peak memory and the ratios to Hugo.
#
#   bench/compare.sh                         # every row, 1 warm-up and 5 timed runs each
#   bench/compare.sh --runs 3 --sizes 1000   # options: bench/compare.sh --help
#
# Installs hugo and GNU time with apt-get when they are missing (and says so). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--help" ]; then
  exec dotnet run -c Release --project bench/Briefing.BuildBench -- --help
fi

need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt-get install -y ${need[*]})"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo -n"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

publish=$(mktemp -d)
trap 'rm -rf "$publish"' EXIT
echo "publishing Briefing (dotnet publish src/Briefing -c Release)"
dotnet publish src/Briefing -c Release -o "$publish" -nologo -v q >/dev/null
echo "$(hugo version | cut -d' ' -f1-2); Briefing $(git rev-parse --short HEAD 2>/dev/null || echo '(no git)')"
dotnet build bench/Briefing.BuildBench -c Release -nologo -v q >/dev/null
dotnet bench/Briefing.BuildBench/bin/Release/net10.0/briefing-buildbench.dll --briefing "$publish/briefing" "$@"
