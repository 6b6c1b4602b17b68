// Attract loop: what the kiosk shows while nobody touches it. Full-screen slides from the content's
// playlist (slides.csv) with a fade-and-rise transition, and the タッチしてください / Touch to
// explore prompt. A tap anywhere (except the language switch) wakes the kiosk: intent Wake.
//
//   model: AttractModel  build: make_attract(content, strings, now_utc)   (off the draw path)
//   draw:  draw_attract(model, state, context, time_s) -> Intent {Wake | SwitchLanguage | None}
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "screens/indicator_detail_model.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/title_bar.hpp"

namespace kiosk::ui {

struct AttractSlide {
  std::string kind;     // indicator, events, exhibitor, craft, prompt
  std::string eyebrow;  // small heading: category, "イベント", "出展者", "工芸品"
  std::string title;    // indicator / exhibitor / craft name
  std::string number;   // indicator: headline figure "861"
  std::string unit;     // "万人"
  bool unit_spaced = true;
  std::string status;  // "2020年時点" / "as of 2020"
  std::string body;    // exhibitor / craft description, prompt text: follows the title
  std::string source;  // indicator: the source line, at the foot of the slide
  ChartKind chart =
      ChartKind::None;             // indicator: the detail screen's chart, when it says more than the number
  ChartData chart_data;            // Line / Bar
  ProgressData progress;           // Progress
  std::vector<std::string> lines;  // events: "12/14 10:00  タイトル"
  int duration_ms = 8000;
  std::string id;  // the content's slide id ("prompt" for the built-in one): proof of play
};

struct AttractModel {
  TitleBarModel bar;
  std::vector<AttractSlide> slides;  // never empty: a prompt slide when the content has none
  std::string touch;                 // attract.touch
  std::string prompt;                // attract.prompt
};

struct AttractState {
  size_t index = 0;      // slide on screen
  double started_s = 0;  // time (s, SDL ticks) the slide appeared
  bool started = false;  // false until the first frame shows the slide
};

inline constexpr double kAttractFadeS = 0.7;  // transition length

AttractModel make_attract(const model::Content& content, const UiStrings& strings, int64_t now_utc);
// Index of the slide with content id `id` (slides.csv), or nullopt.
std::optional<size_t> find_slide(const AttractModel& model, std::string_view id);
// Advances to the next slide when the current one's time is up. Returns seconds until the next
// change (transition frame or slide switch), for the loop's sleep.
double advance_attract(const AttractModel& model, AttractState& state, double time_s);
Intent draw_attract(const AttractModel& model, const AttractState& state, const DrawContext& context,
                    double time_s);

}  // namespace kiosk::ui
