#include "html/escape.hpp"

namespace kiosk::html {
namespace {

std::string escape(std::string_view text, bool quotes) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += quotes ? "&quot;" : "\""; break;
      case '\'': out += quotes ? "&#39;" : "'"; break;
      default: out += c;
    }
  }
  return out;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::string escape_text(std::string_view text) { return escape(text, false); }
std::string escape_attribute(std::string_view text) { return escape(text, true); }

std::string safe_url(std::string_view url) {
  if (!starts_with_ci(url, "http://") && !starts_with_ci(url, "https://")) return {};
  return escape_attribute(url);
}

}  // namespace kiosk::html
