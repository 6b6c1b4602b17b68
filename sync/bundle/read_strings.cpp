// strings.csv: UI strings by key, both languages required (a missing one would show a blank button).
#include <algorithm>

#include "bundle/source_readers.hpp"

namespace kiosk::bundle {
namespace {

bool is_key(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
  });
}

}  // namespace

std::vector<ColumnSpec> string_columns() { return {{"key"}, {"ja"}, {"en"}}; }

void read_strings(const SourceTable& table, model::Content& content) {
  UniqueIds keys;
  for (const SourceRow& row : table.rows()) {
    const std::string key = row.required("key");
    if (!key.empty() && !is_key(key)) {
      row.report("key", in_quotes(key) + " is not a valid key (use letters, digits, '_', '-' and '.')");
    }
    const std::string rule = " (ja and en are both required)";
    if (row.field("ja") && row.text("ja").empty()) row.report("ja", "missing Japanese text" + rule);
    if (row.field("en") && row.text("en").empty()) row.report("en", "missing English text" + rule);
    if (keys.claim(row, "key", key)) content.strings[key] = {row.text("ja"), row.text("en")};
  }
}

}  // namespace kiosk::bundle
