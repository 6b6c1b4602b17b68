#include "i18n/english_units.hpp"

#include <array>
#include <cmath>

#include "i18n/format.hpp"

namespace kiosk::ui {
namespace {

struct Prefix {
  std::string_view text;
  double multiplier;
};
// A small multiplier may stand before a large one: 千万 = 10^7, 百万 = 10^6 (百万円 in statistics).
constexpr std::array<Prefix, 3> kSmall{{{"\u5341", 10}, {"\u767E", 100}, {"\u5343", 1e3}}};    // 十 百 千
constexpr std::array<Prefix, 3> kLarge{{{"\u4E07", 1e4}, {"\u5104", 1e8}, {"\u5146", 1e12}}};  // 万 億 兆

struct Noun {
  std::string_view ja;
  std::string_view many;  // after any number but exactly 1, and on an axis title
  std::string_view one;
};
// The counted things of the built-in content and of Japanese statistics generally. A counter word
// whose English depends on what is counted (件 grants, awards, reports) gets the neutral noun.
constexpr std::array<Noun, 21> kNouns{{
    {"\u4EBA", "people", "person"},                            // 人
    {"\u540D", "people", "person"},                            // 名
    {"\u5186", "yen", "yen"},                                  // 円
    {"\u53F0", "units", "unit"},                               // 台
    {"\u4EF6", "cases", "case"},                               // 件
    {"\u793E", "companies", "company"},                        // 社
    {"\u8005", "organisations", "organisation"},               // 者
    {"\u4F1A\u54E1", "members", "member"},                     // 会員
    {"\u30B0\u30EB\u30FC\u30D7", "groups", "group"},           // グループ
    {"\u7B87\u6240", "sites", "site"},                         // 箇所
    {"\u304B\u6240", "sites", "site"},                         // か所
    {"\u770C", "prefectures", "prefecture"},                   // 県
    {"\u5206\u91CE", "fields", "field"},                       // 分野
    {"\u56DE", "times", "time"},                               // 回
    {"\u5E02\u753A\u6751", "municipalities", "municipality"},  // 市町村
    {"\u5E74", "years", "year"},                               // 年
    {"\u304B\u6708", "months", "month"},                       // か月
    {"\u65E5", "days", "day"},                                 // 日
    {"\u6642\u9593", "hours", "hour"},                         // 時間
    {"\u30C8\u30F3", "t", "t"},                                // トン
    {"\u4E16\u5E2F", "households", "household"},               // 世帯
}};
// After "/": "千円/人" is yen per person, "万台/月" units per month.
constexpr std::array<Noun, 6> kPer{{{"\u4EBA", "person", ""},
                                    {"\u540D", "person", ""},
                                    {"\u6708", "month", ""},
                                    {"\u5E74", "year", ""},
                                    {"\u65E5", "day", ""},
                                    {"\u6642\u9593", "hour", ""}}};

constexpr std::string_view kWari = "\u5272";           // 割: tenths, 4割 = 40%
constexpr std::string_view kWariDai = "\u5272\u53F0";  // 割台: 6割台 = in the 60% range
constexpr std::string_view kRank = "\u4F4D";           // 位: 17位 = 17th place

bool ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

const Noun* find(std::string_view ja, const auto& table) {
  for (const Noun& noun : table)
    if (noun.ja == ja) return &noun;
  return nullptr;
}

struct Words {  // the English of a base unit
  std::string many, one;
  bool known = false;  // from the tables: worth rescaling into million / billion
};

Words english_words(std::string_view base) {
  if (base.empty() || ascii(base)) return {std::string(base), std::string(base), false};  // MW, t, km
  const size_t slash = base.find('/');
  if (slash != std::string_view::npos) {
    const Words top = english_words(base.substr(0, slash));
    const Noun* per = find(base.substr(slash + 1), kPer);
    if (!top.known || per == nullptr) return {std::string(base), std::string(base), false};
    const std::string tail = " per " + std::string(per->many);
    return {top.many + tail, top.one + tail, true};
  }
  if (const Noun* noun = find(base, kNouns)) return {std::string(noun->many), std::string(noun->one), true};
  return {std::string(base), std::string(base), false};  // shown in Japanese rather than guessed
}

struct NamedScale {
  double size;
  std::string_view word;
};
constexpr std::array<NamedScale, 3> kNamed{{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}};

std::string with_word(std::string_view word, const std::string& noun) {
  if (noun.empty()) return std::string(word);
  return std::string(word) + " " + noun;
}

std::string ordinal(const std::string& number, double value) {
  if (value != std::floor(value) || value < 0) return number;
  const long n = std::lround(value);
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return number + suffix;
}

}  // namespace

JapaneseUnit split_japanese_unit(std::string_view unit) {
  JapaneseUnit split{1, unit};
  for (const Prefix& small : kSmall)
    if (split.base.starts_with(small.text)) {
      split.multiplier = small.multiplier;
      split.base.remove_prefix(small.text.size());
      break;
    }
  for (const Prefix& large : kLarge)
    if (split.base.starts_with(large.text)) {
      split.multiplier *= large.multiplier;
      split.base.remove_prefix(large.text.size());
      break;
    }
  return split;
}

EnglishScale scale_for(std::string_view unit, double largest, Language language) {
  EnglishScale scale;
  if (language == Language::Ja) {
    scale.unit = scale.unit_one = std::string(unit);
    scale.spaced = unit_takes_space(unit);
    return scale;
  }
  if (unit == "%" || unit == kWari || unit == kWariDai) {  // tenths read as percent
    scale.factor = unit == "%" ? 1 : 10;
    scale.unit = scale.unit_one = unit == kWariDai ? "% range" : "%";
    scale.spaced = false;
    return scale;
  }
  if (unit == kRank) {
    scale.unit = scale.unit_one = "place";
    scale.ordinal = true;
    return scale;
  }
  const JapaneseUnit split = split_japanese_unit(unit);
  const Words words = english_words(split.base);
  scale.factor = split.multiplier;
  scale.unit = words.many;
  scale.unit_one = words.one;
  scale.spaced = unit_takes_space(scale.unit);
  if (split.multiplier == 1 && !words.known) return scale;  // MW, an index, an unknown word: as written
  const double magnitude = std::fabs(largest) * split.multiplier;
  for (const NamedScale& named : kNamed)
    if (magnitude >= named.size) {
      scale.factor = split.multiplier / named.size;
      scale.unit = scale.unit_one = with_word(named.word, words.many);  // "1 million people"
      scale.spaced = true;
      break;
    }
  return scale;
}

EnglishScale scale_for(std::string_view unit, const std::vector<double>& values, Language language) {
  double largest = 0;
  for (double value : values) largest = std::max(largest, std::fabs(value));
  return scale_for(unit, largest, language);
}

std::string format_scaled(double value, const EnglishScale& scale) {
  double shown = value * scale.factor;
  // 3.3 * 10^4 is 32999.999999999996 in binary: a rescaled value is rounded to 3 decimals, enough for
  // every source figure (123.4万 -> 1.234 million) and no float noise. Unscaled values stay exact.
  if (scale.factor != 1) shown = std::round(shown * 1000) / 1000;
  const std::string number = format_number(shown);
  return scale.ordinal ? ordinal(number, shown) : number;
}

Quantity format_quantity(double value, std::string_view unit, Language language) {
  const EnglishScale scale = scale_for(unit, value, language);
  Quantity quantity{format_scaled(value, scale), scale.unit, scale.spaced};
  if (quantity.number == "1") quantity.unit = scale.unit_one;
  quantity.spaced = quantity.spaced && !quantity.unit.empty();
  return quantity;
}

std::string format_quantity_text(double value, std::string_view unit, Language language) {
  const Quantity quantity = format_quantity(value, unit, language);
  return quantity.number + (quantity.spaced ? " " : "") + quantity.unit;
}

}  // namespace kiosk::ui
