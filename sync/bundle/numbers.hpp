// Strict, locale-independent numbers as staff write them: digits, an optional leading '-', '.' as the
// decimal point, nothing else (no '+', no exponent, no thousands separators, no spaces).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kiosk::bundle {

std::optional<double> parse_decimal(std::string_view text);   // "-89", "1.25"; not "1,234", ".5", "5.", "1e3"
std::optional<int64_t> parse_integer(std::string_view text);  // "-3", "120"; nullopt when out of range
std::optional<int> parse_fixed_digits(
    std::string_view text);  // only ASCII digits, 1-9 of them (dates: "2022", "07")

}  // namespace kiosk::bundle
