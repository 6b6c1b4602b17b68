// Fuzzes the device config loader (firmware/config_parse.cpp with the schema in config_keys.cpp and the
// opening-hours parser): toml++ first, then every key. Beyond not crashing it checks config.hpp's
// promise that every problem is one line "file:line: ..." pointing into the file, and that whatever is
// accepted is in range (display size, opening spans) and prints back to the same opening hours.
#include <cstdint>
#include <string>
#include <string_view>

#include "config.hpp"
#include "fuzz_contract.hpp"
#include "platform/opening_hours.hpp"

using kiosk::fuzz::require;

namespace {

void check_problem_lines(const std::string& message, int lines) {
  std::string_view rest = message;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view problem = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    require(problem.starts_with("fuzz.toml:"), "every problem starts with the file name", std::string(problem));
    const std::string_view after = problem.substr(std::string_view("fuzz.toml:").size());
    int line = 0;
    std::size_t i = 0;
    for (; i < after.size() && after[i] >= '0' && after[i] <= '9' && line < 1'000'000; ++i)
      line = line * 10 + (after[i] - '0');
    require(i > 0 && i < after.size() && after[i] == ':', "then the line number and ':'", std::string(problem));
    require(line >= 1 && line <= lines, "the line number is a line of the file", std::string(problem));
  }
}

void check_accepted(const kiosk::firmware::KioskConfig& config) {
  const auto& display = config.display;
  require((display.width == 0 && display.height == 0) ||
              (display.width >= 64 && display.width <= 8192 && display.height >= 64 && display.height <= 8192),
          "an accepted display size is 0x0 or 64..8192 each");
  require(display.rotation % 90 == 0 && display.rotation >= 0 && display.rotation < 360,
          "an accepted rotation is 0, 90, 180 or 270");
  for (const auto& day : config.hours.days) {
    for (const auto& span : day.spans) {
      // An end of 00:00 is a span running to midnight ("18:00-00:00"): it wraps, open until the day ends.
      require(span.start_minute >= 0 && span.start_minute < kiosk::firmware::kMinutesPerDay &&
                  span.end_minute >= 0 && span.end_minute <= kiosk::firmware::kMinutesPerDay,
              "accepted opening spans lie within a day");
    }
    const auto again = kiosk::firmware::parse_day_hours(kiosk::firmware::format_day_hours(day));
    require(again && *again == day, "accepted opening hours print back to the same hours",
            kiosk::firmware::format_day_hours(day));
  }
  for (int64_t t : {int64_t{0}, int64_t{1'700'000'000}, int64_t{-86'400}}) (void)config.hours.is_open(t);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto config = kiosk::firmware::parse_config(text, "fuzz.toml");
  if (config) {
    check_accepted(*config);
  } else {
    require(!config.error().message.empty(), "a refusal says what is wrong");
    check_problem_lines(config.error().message, kiosk::fuzz::physical_lines(text));
  }
  return 0;
}
