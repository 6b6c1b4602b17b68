#include "bundle/bundle.hpp"

namespace kiosk::bundle {

// "file:line:column: field: message"; a zero line or column and an empty field are left out, so a
// whole-file problem reads "events.csv: message" and a whole-row one "events.csv:7: message".
std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (line > 0 && column > 0) out += ":" + std::to_string(column);
  out += ": ";
  if (!field.empty()) out += field + ": ";
  out += message;
  return out;
}

}  // namespace kiosk::bundle
