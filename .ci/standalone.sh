#!/usr/bin/env bash
# The repository stands on its own: copies the checkout (tracked and untracked files, nothing git ignores, so no bin/
# or obj/) into an empty temporary folder, with no ../shared beside it, and runs README's test command there as
# someone who just cloned the project would: CI unset and none of the variables that point at things outside the
# repository (PostgreSQL, the image, the native binary, Discord's OpenAPI description). Those tests must skip, not
# fail; any failure fails this script. Prints its timing on stderr so .ci/run's cost stays visible.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/fandombot-standalone.XXXXXX)
trap 'rm -rf "$work"' EXIT
copy="$work/FandomBot"
mkdir -p "$copy"
# --ignore-failed-read: a tracked file deleted in the working tree is simply absent from the copy, as in a commit.
git ls-files -z --cached --others --exclude-standard --deduplicate \
  | tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$copy"
test -f "$copy/FandomBot.sln"
test ! -e "$work/shared"

started=$(date +%s)
status=0
# Every FANDOMBOT_* variable goes (FANDOMBOT_TEST_POSTGRES, _IMAGE, _NATIVE_BOT, FANDOMBOT_DISCORD_OPENAPI, ...).
unset_outside=(-u CI)
while IFS= read -r name; do
  unset_outside+=(-u "$name")
done < <(compgen -e | grep '^FANDOMBOT_' || true)
(
  cd "$copy"
  env "${unset_outside[@]}" dotnet test FandomBot.sln "$@"
) || status=$?
echo "standalone.sh: the suite in a copy with nothing beside it took $(( $(date +%s) - started )) s, exit $status" >&2
exit "$status"
