#!/usr/bin/env bash
# Checks the outputs of the self-test's gate step (passed in the environment
# by .github/workflows/self-test.yml): each has a valid value, they agree with
# each other and with the full file list, and, for a pull request, a change to
# src/ that GitHub lists was matched by the `source` filter.
set -euo pipefail

failures=0
fail() {
  echo "::error::$*"
  failures=$((failures + 1))
}
is_one_of() {
  local value=$1
  shift
  for allowed in "$@"; do [ "$value" = "$allowed" ] && return 0; done
  return 1
}

echo "should-train=$SHOULD_TRAIN complete=$COMPLETE diff-source=$DIFF_SOURCE changed-count=$CHANGED_COUNT"
echo "source=$SOURCE source_count=$SOURCE_COUNT changes=$CHANGES"
echo "reason: $REASON"

is_one_of "$SHOULD_TRAIN" true false || fail "should-train is '$SHOULD_TRAIN', not true or false"
is_one_of "$COMPLETE" true false || fail "complete is '$COMPLETE', not true or false"
is_one_of "$DIFF_SOURCE" compare pull-files commits git none ||
  fail "diff-source is '$DIFF_SOURCE', not one of compare, pull-files, commits, git, none"
is_one_of "$SOURCE" true false || fail "source is '$SOURCE', not true or false"
[[ "$SOURCE_COUNT" =~ ^[0-9]+$ ]] || fail "source_count is '$SOURCE_COUNT', not a count"
[[ "$CHANGED_COUNT" =~ ^[0-9]+$ ]] || fail "changed-count is '$CHANGED_COUNT', not a count"
[ -n "$REASON" ] || fail "reason is empty"
jq -e 'type == "array" and all(type == "string")' <<<"$CHANGES" >/dev/null ||
  fail "changes is not a JSON array of names: $CHANGES"
if [ "$DIFF_SOURCE" != none ]; then
  [[ "$BASE_SHA" =~ ^[0-9a-f]{40}$ ]] || fail "base-sha is '$BASE_SHA', not a commit SHA"
  [[ "$HEAD_SHA" =~ ^[0-9a-f]{40}$ ]] || fail "head-sha is '$HEAD_SHA', not a commit SHA"
fi
[[ "$ESTIMATED_COST" =~ ^[0-9]+\.[0-9]{2}$ ]] || fail "estimated-cost is '$ESTIMATED_COST'"
[[ "$COST_AVOIDED" =~ ^[0-9]+\.[0-9]{2}$ ]] || fail "cost-avoided is '$COST_AVOIDED'"
[ "$FORCED_SHOULD_TRAIN" = true ] || fail "with force: true, should-train is '$FORCED_SHOULD_TRAIN'"
if [ "${USE_CHECKOUT:-true}" = false ] && [ "$DIFF_SOURCE" = git ]; then
  fail "the gate had no checkout, yet diff-source is git"
fi

# The outputs agree with each other (train-on: source; on-error: train).
if [ "$SOURCE" = true ]; then
  [ "$SOURCE_COUNT" -gt 0 ] || fail "source is true with source_count $SOURCE_COUNT"
  [ "$SHOULD_TRAIN" = true ] || fail "source matched, yet should-train is $SHOULD_TRAIN"
  jq -e 'index("source") != null' <<<"$CHANGES" >/dev/null || fail "source matched, yet changes is $CHANGES"
  [ "$ESTIMATED_COST" = 1.20 ] || fail "training, yet estimated-cost is $ESTIMATED_COST (expected 1.20)"
elif [ "$COMPLETE" = true ]; then
  [ "$SOURCE_COUNT" = 0 ] || fail "source is false with source_count $SOURCE_COUNT"
  [ "$SHOULD_TRAIN" = false ] || fail "source did not match and the change is complete, yet should-train is $SHOULD_TRAIN"
  [ "$COST_AVOIDED" = 1.20 ] || fail "skipped, yet cost-avoided is $COST_AVOIDED (expected 1.20)"
fi
if [ "$COMPLETE" = false ]; then
  [ "$SHOULD_TRAIN" = true ] || fail "the change set is incomplete and on-error is train, yet should-train is $SHOULD_TRAIN"
fi

# ...and with the full lists in the file at files-json-path.
if [ -f "$FILES_JSON_PATH" ]; then
  listed=$(jq '.changed | length' "$FILES_JSON_PATH")
  [ "$listed" = "$CHANGED_COUNT" ] || fail "files-json-path lists $listed changed files, changed-count is $CHANGED_COUNT"
  jq -e --argjson files "$SOURCE_FILES" '.filters.source == $files' "$FILES_JSON_PATH" >/dev/null ||
    fail "source_files is not the source list of files-json-path"
  [ "$(jq 'length' <<<"$SOURCE_FILES")" = "$SOURCE_COUNT" ] || fail "source_files does not have source_count entries"
  in_src=$(jq '[.changed[] | select(startswith("src/") and (endswith(".md") | not))] | length' "$FILES_JSON_PATH")
  if [ "$in_src" -gt 0 ] && [ "$SOURCE" != true ]; then
    fail "$in_src changed files are under src/, yet the source filter did not match"
  fi
else
  fail "files-json-path is '$FILES_JSON_PATH', not a file"
fi

# A pull request: ask GitHub independently which files it changes.
if [ "$EVENT_NAME" = pull_request ] && [ -n "$PR_NUMBER" ]; then
  in_src=$(gh api --paginate "repos/$GITHUB_REPOSITORY/pulls/$PR_NUMBER/files" \
    --jq '.[] | [.filename, .previous_filename // empty][] | select(startswith("src/") and (endswith(".md") | not))' | wc -l)
  echo "GitHub lists $in_src changed paths under src/ in pull request #$PR_NUMBER"
  if [ "$in_src" -gt 0 ] && [ "$SOURCE" != true ]; then
    fail "the pull request changes $in_src paths under src/, yet the source filter did not match"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "All outputs are as expected."
