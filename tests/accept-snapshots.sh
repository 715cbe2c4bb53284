#!/usr/bin/env bash
# Accepts reviewed snapshot changes: every *.received.* file under tests/ replaces its *.verified.*
# counterpart, and verified files that a directory verification reported as no longer produced
# (listed in {Type}.{Method}.received.deleted) are removed. See docs/snapshots.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: tests/accept-snapshots.sh [--list] [DIRECTORY]

Accepts snapshot changes after review: moves each *.received.* file to the matching
*.verified.* file (Type.Method.received.html -> Type.Method.verified.html, also inside
Type.Method/ snapshot folders) and deletes the verified files listed in *.received.deleted.

  --list      only print what would be accepted or deleted; change nothing
  -h, --help  show this help
  DIRECTORY   where to look (default: the tests/ folder holding this script)
USAGE
}

list_only=false
root=""
while (($# > 0)); do
  case "$1" in
    --list) list_only=true ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "error: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    *)
      if [[ -n "$root" ]]; then
        echo "error: only one DIRECTORY may be given" >&2; exit 2
      fi
      root="$1" ;;
  esac
  shift
done

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${root:-$script_dir}"
if [[ ! -d "$root" ]]; then
  echo "error: '$root' is not a directory" >&2
  exit 2
fi
root="$(cd "$root" && pwd)"

# Received files sorted by path; build output and tool folders are never snapshot folders.
find_received() {
  find "$root" \( -name bin -o -name obj -o -name TestResults -o -name node_modules -o -name .git \) -prune \
    -o -type f -name "$1" -print0 | LC_ALL=C sort -z
}

show() { printf '%s\n' "${1#"$root"/}"; }

accepted=0
deleted=0

# 1. Verified files no longer produced, listed one per line relative to the snapshot folder.
while IFS= read -r -d '' list; do
  snapshot_dir="${list%.received.deleted}"
  # shellcheck disable=SC2094 # show only prints the list's path; the list is never written here
  while IFS= read -r relative || [[ -n "$relative" ]]; do
    [[ -z "$relative" ]] && continue
    if [[ "$relative" == /* || "/$relative/" == */../* || "$relative" != *.verified.* ]]; then
      echo "error: $(show "$list") lists '$relative', which is not a verified file inside its snapshot folder" >&2
      exit 1
    fi
    target="$snapshot_dir/$relative"
    if $list_only; then
      printf 'would delete  %s\n' "$(show "$target")"
    else
      rm -f -- "$target"
      printf 'deleted       %s\n' "$(show "$target")"
    fi
    deleted=$((deleted + 1))
  done < "$list"
  if ! $list_only; then
    rm -f -- "$list"
    if [[ -d "$snapshot_dir" ]]; then
      find "$snapshot_dir" -depth -type d -empty -exec rmdir -- {} \;
    fi
  fi
done < <(find_received '*.received.deleted')

# 2. Received files replace their verified counterparts; the last ".received." is the marker.
while IFS= read -r -d '' received; do
  [[ "$received" == *.received.deleted ]] && continue
  folder="${received%/*}"
  name="${received##*/}"
  verified="$folder/${name%.received.*}.verified.${name##*.received.}"
  if $list_only; then
    printf 'would accept  %s -> %s\n' "$(show "$received")" "${verified##*/}"
  else
    mv -f -- "$received" "$verified"
    printf 'accepted      %s\n' "$(show "$verified")"
  fi
  accepted=$((accepted + 1))
done < <(find_received '*.received.*')

if ((accepted + deleted == 0)); then
  echo "No received snapshot files under $root; nothing to accept."
elif $list_only; then
  echo "$accepted file(s) would be accepted and $deleted deleted; run without --list to do it."
else
  echo "Accepted $accepted file(s) and deleted $deleted. Review the result with git diff before committing."
fi
