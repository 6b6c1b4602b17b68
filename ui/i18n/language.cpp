#include "i18n/language.hpp"

namespace kiosk::ui {

std::optional<Language> parse_language(std::string_view code) {
  if (code == "ja") return Language::Ja;
  if (code == "en") return Language::En;
  return std::nullopt;
}

const char* language_code(Language language) { return language == Language::Ja ? "ja" : "en"; }

Language other_language(Language language) { return language == Language::Ja ? Language::En : Language::Ja; }

const std::string& pick(const model::Text& text, Language language) {
  // Content rules require both languages for most fields, but optional ones (place_en) may be empty:
  // showing the Japanese text beats showing nothing.
  const std::string& wanted = language == Language::Ja ? text.ja : text.en;
  return wanted.empty() ? (language == Language::Ja ? text.en : text.ja) : wanted;
}

}  // namespace kiosk::ui
