#!/usr/bin/env bash
# Enforces the dependency direction of DESIGN.md section 3 on the source tree:
#   sync/ never includes SDL or ImGui; ui/ never includes curl and never writes the database.
# Exit 0 when the tree is clean; otherwise lists each offending line and exits 1.
set -u
root=${1:?usage: layout_check.sh SOURCE_DIR}
status=0
report() {  # report DESCRIPTION GREP_OUTPUT
  if [ -n "$2" ]; then
    printf 'layout: %s\n%s\n' "$1" "$2"
    status=1
  fi
}
sources() { find "$root/$1" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.cc' \); }

report "sync/ must not include SDL or ImGui (it is the headless data layer)" \
  "$(sources sync | xargs -r grep -HnE '#[[:space:]]*include[[:space:]]*[<"](SDL|imgui|backends/imgui)' )"
report "ui/ must not include curl (the UI never touches the network)" \
  "$(sources ui | xargs -r grep -HnE '#[[:space:]]*include[[:space:]]*[<"]curl/')"
report "ui/ must not write the database (use ContentReader; only the sync engine writes)" \
  "$(sources ui | xargs -r grep -HnE 'ContentWriter|sqlite3_exec|sqlite3_open[^_]|#[[:space:]]*include[[:space:]]*[<"]sqlite3\.h')"
[ $status -eq 0 ] && echo "layout: sync/ and ui/ keep their dependency rules"
exit $status
