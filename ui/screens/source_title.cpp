#include "screens/source_title.hpp"

#include <string_view>

namespace kiosk::ui {
namespace {

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

std::string source_title(const std::map<std::string, model::Text>& strings, const std::string& document,
                         Language language) {
  std::string out;
  std::string_view rest = document;
  while (!rest.empty()) {
    const size_t end = rest.find(';');
    const std::string name(trimmed(rest.substr(0, end)));
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (name.empty()) continue;  // "a.txt;" or "a.txt; ;b.txt": nothing to cite between the separators
    const auto found = strings.find("source." + name);
    const std::string& title = found == strings.end() ? name : pick(found->second, language);
    out += (out.empty() ? "" : "; ") + (title.empty() ? name : title);
  }
  return out;
}

}  // namespace kiosk::ui
