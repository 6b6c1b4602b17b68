// What a fuzz target checks beyond "does not crash": a parser's promises (errors carry a line, rows have
// the header's width, accepted values are in range). A broken promise aborts with the reason, so libFuzzer
// saves the input and the corpus replay in a normal build fails the same way.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace kiosk::fuzz {

// Aborts (a crash libFuzzer records) when `holds` is false, printing which promise broke and the detail.
inline void require(bool holds, std::string_view promise, const std::string& detail = {}) {
  if (holds) return;
  std::fprintf(stderr, "fuzz contract broken: %.*s%s%s\n", static_cast<int>(promise.size()), promise.data(),
               detail.empty() ? "" : ": ", detail.c_str());
  std::abort();
}

// Number of physical lines in `text` as an editor counts them (CRLF, LF or a lone CR end a line).
inline int physical_lines(std::string_view text) {
  int lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;
  }
  return lines;
}

}  // namespace kiosk::fuzz
