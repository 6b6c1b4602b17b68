#include "replay/replay_script.hpp"

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

namespace kiosk::ui {
namespace {

struct Shape {
  ReplayAction action;
  int numbers;       // how many numbers follow
  bool text;         // one word follows instead
  const char* usage;
};

const std::map<std::string, Shape, std::less<>>& shapes() {
  static const std::map<std::string, Shape, std::less<>> table = {
      {"tap", {ReplayAction::Tap, 2, false, "x y"}},
      {"drag", {ReplayAction::Drag, 5, false, "x1 y1 x2 y2 ms"}},
      {"hold", {ReplayAction::Hold, 3, false, "x y ms"}},
      {"wait", {ReplayAction::Wait, 1, false, "ms"}},
      {"key", {ReplayAction::Key, 0, true, "NAME"}},
      {"lang", {ReplayAction::Lang, 0, true, "ja|en"}},
      {"screenshot", {ReplayAction::Screenshot, 0, true, "PATH"}},
      {"expect", {ReplayAction::Expect, 0, true, "SCREEN"}}};
  return table;
}

// Coordinates and durations are bounded: from_chars also reads "inf", "nan" and "1e30", and turning
// those into an int millisecond count is undefined behaviour (`drag 1 1 2 2 1e10` became a negative
// duration the player split into billions of steps; tests/fuzz/regressions/replay keeps such inputs).
constexpr float kMaxValue = 3'600'000;  // one hour in ms; far beyond any display in pixels

bool to_number(const std::string& word, float& out) {
  const auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), out);
  return ec == std::errc{} && end == word.data() + word.size() && out >= 0 && out <= kMaxValue;
}

}  // namespace

Result<ReplayScript> parse_replay(const std::string& text, const std::filesystem::path& file) {
  ReplayScript script{file, {}};
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    const std::string where = file.filename().string() + ":" + std::to_string(number) + ": ";
    if (const size_t hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::string verb;
    if (!(words >> verb)) continue;
    const auto shape = shapes().find(verb);
    if (shape == shapes().end())
      return fail(ErrorCode::Usage, where + "\"" + verb +
                                        "\" is not a step (tap, drag, hold, wait, key, lang, screenshot, expect)");
    const Shape& s = shape->second;
    std::vector<std::string> args;
    for (std::string word; words >> word;) args.push_back(word);
    const size_t wanted = s.text ? 1 : static_cast<size_t>(s.numbers);
    if (args.size() != wanted)
      return fail(ErrorCode::Usage, where + verb + ": needs " + s.usage + " (got " + std::to_string(args.size()) +
                                        " values)");
    ReplayStep step{s.action, 0, 0, 0, 0, 0, {}, number};
    if (s.text) {
      step.text = args[0];
      if (s.action == ReplayAction::Lang && step.text != "ja" && step.text != "en")
        return fail(ErrorCode::Usage, where + "lang: \"" + step.text + "\" is not a language (ja or en)");
      if (s.action == ReplayAction::Screenshot && std::filesystem::path(step.text).is_relative())
        step.text = (file.parent_path() / step.text).string();
    } else {
      float v[5] = {};
      for (size_t i = 0; i < args.size(); ++i)
        if (!to_number(args[i], v[i]))
          return fail(ErrorCode::Usage, where + verb + ": \"" + args[i] + "\" is not a number from 0 to 3600000 (" +
                                            s.usage + ")");
      switch (s.action) {
        case ReplayAction::Tap: step.x1 = v[0]; step.y1 = v[1]; break;
        case ReplayAction::Drag: step.x1 = v[0]; step.y1 = v[1]; step.x2 = v[2]; step.y2 = v[3];
          step.ms = static_cast<int>(v[4]); break;
        case ReplayAction::Hold: step.x1 = v[0]; step.y1 = v[1]; step.ms = static_cast<int>(v[2]); break;
        default: step.ms = static_cast<int>(v[0]); break;
      }
    }
    script.steps.push_back(step);
  }
  return script;
}

Result<ReplayScript> load_replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(ErrorCode::Io, "cannot read replay script " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  return parse_replay(text.str(), file);
}

}  // namespace kiosk::ui
