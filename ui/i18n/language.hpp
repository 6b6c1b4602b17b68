// The two visitor languages and how a bilingual model::Text is shown in one of them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/content.hpp"

namespace kiosk::ui {

enum class Language { Ja, En };

std::optional<Language> parse_language(std::string_view code);  // "ja" / "en"; nullopt otherwise
const char* language_code(Language language);                   // "ja" / "en"
Language other_language(Language language);                     // Ja <-> En
const std::string& pick(const model::Text& text,
                        Language language);  // the language's text, else the other one

}  // namespace kiosk::ui
