#!/usr/bin/env bash
# The long-seed figure of docs/reliability.md: a copy of this site whose seed repeats the article's body
# paragraphs until the seed holds at least 10 MB, built with the published app (Release) under /usr/bin/time -v.
#
#   bench/long-seed.sh            # 10 MB
#   bench/long-seed.sh 2          # another size, in MB
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-10}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "publishing Briefing (dotnet publish src/Briefing -c Release)"
dotnet publish src/Briefing -c Release -o "$work/app" -nologo -v q >/dev/null
mkdir "$work/site"
cp -r briefing.yml links.lock seeds input theme "$work/site/"

seed=$(ls "$work"/site/seeds/*.txt | head -n 1)
python3 - "$seed" "$megabytes" <<'PY'
import sys
path, megabytes = sys.argv[1], float(sys.argv[2])
text = open(path, encoding="utf-8").read()
blocks = text.split("\n\n")
# The head (credit, title, standfirst, date) stays; the body paragraphs are repeated to the size asked for.
head, body = blocks[:4], [b for b in blocks[4:] if b.strip()]
out, size, goal = list(head), len("\n\n".join(head).encode()), megabytes * 1_000_000
while size < goal:
    for paragraph in body:
        out.append(paragraph)
        size += len(paragraph.encode()) + 2
open(path, "w", encoding="utf-8").write("\n\n".join(out) + "\n")
print(f"seed: {len(out) - len(head)} body paragraphs, {size / 1e6:.1f} MB")
PY

[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }
cd "$work/site"
/usr/bin/time -v "$work/app/briefing" build -o "$work/out" --verbose > "$work/log" 2> "$work/time" || { tail -n 20 "$work/log" "$work/time"; exit 1; }
grep -E "Elapsed \(wall|Maximum resident" "$work/time"
grep -E "^ *[0-9.]+ (s|ms) " "$work/log" | sort -rn | head -n 8 || true
