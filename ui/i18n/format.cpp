#include "i18n/format.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace kiosk::ui {
namespace {

constexpr std::string_view kMinus = "\u2212";  // U+2212 MINUS SIGN: a hyphen is too short next to big digits
constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string group_thousands(std::string_view digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

}  // namespace

std::string format_number(double value) {
  if (!std::isfinite(value)) return "?";
  // Values come from decimal text ("2.8"); the shortest round-trip form gives that text back
  // instead of "2.7999999999999998".
  std::array<char, 64> buffer{};
  const auto result =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::fabs(value), std::chars_format::fixed);
  if (result.ec != std::errc{}) return std::to_string(value);  // beyond 10^60: nothing a kiosk shows
  const std::string_view text(buffer.data(), static_cast<size_t>(result.ptr - buffer.data()));
  const size_t point = text.find('.');
  std::string out = group_thousands(text.substr(0, point));
  if (point != std::string_view::npos) out += text.substr(point);
  return value < 0 && out != "0" ? std::string(kMinus) + out : out;
}

bool unit_takes_space(std::string_view unit) { return !unit.empty() && unit != "%"; }

std::string format_value(double value, std::string_view unit) {
  std::string out = format_number(value);
  if (unit_takes_space(unit)) out += ' ';
  out += unit;
  return out;
}

std::string format_period(std::string_view period, Language language) {
  const bool ja = language == Language::Ja;
  if (period.size() == 6 && period.substr(0, 2) == "FY" && all_digits(period.substr(2)))
    return ja ? std::string(period.substr(2)) + "年度" : std::string(period);
  if (period.size() >= 4 && all_digits(period.substr(0, 4))) {
    const std::string_view year = period.substr(0, 4);
    if (period.size() == 4) return ja ? std::string(year) + "年" : std::string(year);
    if (period.size() >= 7 && period[4] == '-' && all_digits(period.substr(5, 2))) {
      const int month = to_int(period.substr(5, 2));
      if (month >= 1 && month <= 12) {
        if (period.size() == 7)
          return ja ? std::string(year) + "年" + std::to_string(month) + "月"
                    : std::string(kMonths[month - 1]) + " " + std::string(year);
        if (period.size() == 10 && period[7] == '-' && all_digits(period.substr(8, 2))) {
          const int day = to_int(period.substr(8, 2));
          return ja ? std::string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日"
                    : std::to_string(day) + " " + kMonths[month - 1] + " " + std::string(year);
        }
      }
    }
  }
  return std::string(period);  // unknown form: show it as written rather than guess
}

std::string quote(std::string_view text, Language language) {
  return language == Language::Ja ? "\u300C" + std::string(text) + "\u300D"
                                  : "\u201C" + std::string(text) + "\u201D";
}

std::string_view format_characters() {
  // Keep in step with the functions above (and U+2026, ImGui's ellipsis); tests/ui checks that
  // formatted output is covered by the glyph set.
  return "\u2212\uFF1A\u2014\u00B7\u2026\u300C\u300D\u201C\u201D年月日度";
}

}  // namespace kiosk::ui
