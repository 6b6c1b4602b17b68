// How numbers and periods read in each language: "7,854 MW", "−89 万人", "2021年3月" / "Mar 2021".
// Formatting happens once, when a view model is built, never while drawing.
#pragma once

#include <string>
#include <string_view>

#include "i18n/language.hpp"

namespace kiosk::ui {

std::string format_number(double value);                        // shortest exact decimals, "12,000", "−2.8"
std::string format_value(double value, std::string_view unit);  // number and unit: "861 万人", "65%", "1.35"
bool unit_takes_space(std::string_view unit);                   // "861 万人", "7,854 MW", but "65%"
std::string format_period(std::string_view period, Language language);  // "FY2024" -> "2024年度" / "FY2024"
std::string quote(std::string_view text, Language language);            // 「text」 / “text”
inline constexpr std::string_view kSeparator =
    " \u00B7 ";  // between short facts on one line: "2020年 · 東北"
std::string_view
format_characters();  // every non-ASCII character the formatters above add (for the glyph set)

}  // namespace kiosk::ui
