// Fuzzes the replay-script parser (ui/replay/replay_script.cpp; compiled on its own, without SDL or
// ImGui). Beyond not crashing it checks replay_script.hpp's promises: a refusal is
// "file:line: ..." with a line of the script, and every accepted step has finite, non-negative numbers
// the player can turn into SDL events and timers.
#include <cmath>
#include <cstdint>
#include <string>

#include "fuzz_contract.hpp"
#include "replay/replay_script.hpp"

using kiosk::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const int lines = kiosk::fuzz::physical_lines(text);
  const auto script = kiosk::ui::parse_replay(text, "dir/fuzz.replay");
  if (!script) {
    const std::string& message = script.error().message;
    require(message.starts_with("fuzz.replay:"), "a refusal starts with the file name", message);
    const int line = std::atoi(message.c_str() + std::string("fuzz.replay:").size());
    require(line >= 1 && line <= lines, "a refusal names a line of the script", message);
    return 0;
  }
  int last_line = 0;
  for (const auto& step : script->steps) {
    require(step.line > last_line && step.line <= lines, "steps come from ascending lines of the script");
    last_line = step.line;
    for (float v : {step.x1, step.y1, step.x2, step.y2})
      require(std::isfinite(v) && v >= 0, "accepted coordinates are finite and >= 0", std::to_string(v));
    require(step.ms >= 0, "accepted durations are >= 0 ms", std::to_string(step.ms));
    if (step.action == kiosk::ui::ReplayAction::Lang)
      require(step.text == "ja" || step.text == "en", "an accepted language is ja or en", step.text);
  }
  return 0;
}
