// Replay scripts: scripted visitor input for tests and demos, one step a line.
//
//   # comment
//   tap 960 540                  press and release at a point (display pixels)
//   drag 960 900 960 300 400     press, move in steps over 400 ms, release
//   hold 20 20 3200              press at a point, keep it down 3200 ms, release
//   wait 500                     let 500 ms pass (frames run, timers fire)
//   key escape                   a key press and release (escape, return, backspace, space, a-z, 0-9)
//   lang en                      switch the language (ja or en)
//   screenshot out/home.png      write the next frame as PNG (relative to the script's folder)
//   expect home                  fail unless this screen is shown (a --screen name)
//
// Errors name file and line: `walk.replay:3: drag: needs x1 y1 x2 y2 ms`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace kiosk::ui {

enum class ReplayAction { Tap, Drag, Hold, Wait, Key, Lang, Screenshot, Expect };

struct ReplayStep {
  ReplayAction action = ReplayAction::Wait;
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0;  // tap/hold: x1 y1; drag: both
  int ms = 0;                            // drag, hold, wait
  std::string text;                      // key name, language, screenshot path (resolved), screen name
  int line = 0;                          // for messages
};

struct ReplayScript {
  std::filesystem::path file;
  std::vector<ReplayStep> steps;
};

Result<ReplayScript> parse_replay(const std::string& text, const std::filesystem::path& file);
Result<ReplayScript> load_replay(const std::filesystem::path& file);  // reads and parses

}  // namespace kiosk::ui
