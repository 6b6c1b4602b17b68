// Indicator values in English. Content keeps units as its Japanese sources write them ("861 万人",
// "2,287 億円", "4 割"); an English visitor reads neither 万 (10^4) nor 億 (10^8), and "861 ten-thousand
// people" is not English. So the value is rescaled into English number words and the counted thing
// translated: 861万人 -> "8.61 million people", 2,287億円 -> "228.7 billion yen", 3.3万人 -> "33,000
// people", 4割 -> "40%", 17位 -> "17th place". A unit it does not know keeps its Japanese word (the
// glyph set holds every content unit), rescaled when it carries a known large-number prefix.
// Japanese screens show the content's unit unchanged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "i18n/language.hpp"

namespace kiosk::ui {

struct JapaneseUnit {     // "万人" -> {10000, "人"}; "%" -> {1, "%"}
  double multiplier = 1;  // from the leading 十/百/千 and 万/億/兆 (千万 = 10^7, 百万 = 10^6)
  std::string_view base;  // what is counted; may be empty ("万" alone)
};
JapaneseUnit split_japanese_unit(std::string_view unit);  // "万" alone -> {10000, ""}

struct EnglishScale {    // one scale for a set of values (a chart and its axis)
  double factor = 1;     // English number = content value * factor
  std::string unit;      // "million people", "yen per person", "%"; in Japanese the content's unit
  std::string unit_one;  // the unit after exactly "1" ("person"); same as unit when it does not change
  bool spaced = true;    // a gap between number and unit ("8.61 million people" but "40%")
  bool ordinal = false;  // numbers read "17th" (for 位)
};

// The scale for values of `unit` whose largest magnitude (in content units) is `largest`: million /
// billion / trillion chosen from it, plain numbers below a million. Japanese: factor 1, unit as is.
EnglishScale scale_for(std::string_view unit, double largest, Language language);
EnglishScale scale_for(std::string_view unit, const std::vector<double>& values, Language language);

// A number on that scale, rounded to 3 decimals ("8.61", "33,000", "−1.5", "17th").
std::string format_scaled(double value, const EnglishScale& scale);

struct Quantity {      // a value ready for a figure: number large, unit smaller
  std::string number;  // "8.61"
  std::string unit;    // "million people"
  bool spaced = true;
};
Quantity format_quantity(double value, std::string_view unit, Language language);  // its own scale
std::string format_quantity_text(double value, std::string_view unit,
                                 Language language);  // one string: "8.61 million people", "40%"

}  // namespace kiosk::ui
