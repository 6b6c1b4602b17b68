// UI benchmarks (label bench): CPU time to build one frame of each screen (ImGui NewFrame through
// ImGui::Render, i.e. layout and draw lists, without the SDL rasteriser) at 1920x1080 and 1080x1920,
// median and p99 per frame; the font atlas for the built-in content (size, glyphs, build time);
// and the rebuild after a content update (glyph set, fonts, view models). Offscreen SDL: no display.
#include <benchmark/benchmark.h>
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "bundle/bundle.hpp"
#include "fonts/font_file.hpp"
#include "fonts/font_set.hpp"
#include "fonts/glyph_plan.hpp"
#include "latency.hpp"
#include "render/display.hpp"
#include "render/imgui_session.hpp"
#include "visitor_ui.hpp"

namespace kiosk::bench {
namespace {

using Clock = ThreadCpuClock;  // CPU time of this thread (latency.hpp)

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "ui_frame_bench: %s\n", what.c_str());
  std::exit(1);
}

const model::Content& builtin_content() {
  static const model::Content content = [] {
    auto read = bundle::read_bundle(KIOSK_BUILTIN_BUNDLE_DIR);
    if (!read) die("cannot read the built-in bundle: " + read.error().message);
    return *read;
  }();
  return content;
}

// One offscreen display with the kiosk's UI on it. Heap-held: VisitorUi keeps a pointer to the session.
struct Rig {
  std::unique_ptr<ui::Display> display;
  std::unique_ptr<ui::ImGuiSession> session;
  std::unique_ptr<ui::VisitorUi> visitor;

  Rig(int width, int height, ui::Language language) {
    ui::DisplayOptions options;
    options.target = ui::DisplayTarget::Offscreen;
    options.width = width;
    options.height = height;
    auto opened = ui::Display::open(options);
    if (!opened) die(opened.error().message);
    display = std::make_unique<ui::Display>(std::move(*opened));
    auto started = ui::ImGuiSession::start(display->window(), display->renderer());
    if (!started) die(started.error().message);
    session = std::make_unique<ui::ImGuiSession>(std::move(*started));
    auto font = ui::find_japanese_font();
    if (!font) die(font.error().message);
    ui::VisitorUiOptions ui_options;
    ui_options.font = *font;
    ui_options.language = language;
    ui_options.now_utc = [] { return int64_t{1670979600}; };  // 2022-12-14 10:00 JST, SEMICON Japan
    ui_options.check_pin = [](std::string_view) { return true; };
    ui_options.idle_timeout_ms = 3'600'000;
    auto created = ui::VisitorUi::create(*session, display->output_size(), builtin_content(), ui_options);
    if (!created) die(created.error().message);
    visitor = std::make_unique<ui::VisitorUi>(std::move(*created));
  }
  void build_frame() {
    session->begin_frame();
    visitor->draw_frame();
    ImGui::Render();  // ends the frame and produces the draw lists; rasterising is not counted
  }
};

void frame_build(benchmark::State& state, std::string screen, int width, int height) {
  Rig rig(width, height, ui::Language::Ja);
  if (auto shown = rig.visitor->show(screen); !shown) {  // reported as an error row, never skipped silently
    state.SkipWithError(("--screen " + screen + ": " + shown.error().message).c_str());
    return;
  }
  for (int i = 0; i < 3; ++i) rig.build_frame();  // layout settles over the first frames
  Latencies latencies;
  for (auto _ : state) {
    const auto start = Clock::now();
    rig.build_frame();
    latencies.add(Clock::now() - start);
  }
  latencies.report(state);
}

// The glyph plan covers every string of the content in both languages, so one atlas serves ja and en.
void font_atlas(benchmark::State& state, int width, int height) {
  Rig rig(width, height, ui::Language::Ja);
  auto font = ui::find_japanese_font();
  const ui::GlyphPlan plan = ui::plan_glyphs(builtin_content());
  ui::AtlasReport report;
  Latencies latencies;
  for (auto _ : state) {
    const auto start = Clock::now();
    rig.session->fonts().Clear();
    auto built = ui::build_fonts(rig.session->fonts(), *font, plan, ui::font_sizes_for(width, height, *font));
    if (!built) die(built.error().message);
    if (auto uploaded = rig.session->upload_fonts(); !uploaded) die(uploaded.error().message);
    latencies.add(Clock::now() - start);
    report = built->report;
  }
  latencies.report(state);
  state.counters["atlas_w"] = report.width;
  state.counters["atlas_h"] = report.height;
  state.counters["glyphs"] = report.glyphs;
  state.counters["atlas_rgba_mib"] = report.width * double(report.height) * 4 / (1 << 20);
}

// A content update that brings new characters (a new event title), so the glyph set really changes.
void content_update(benchmark::State& state, int width, int height) {
  Rig rig(width, height, ui::Language::Ja);
  model::Content updated = builtin_content();
  model::Event event = updated.events.front();
  event.id = "bench_new_event";
  event.title = {"鬱蒼とした欅並木で麒麟と鸚鵡の饗宴", "A feast under zelkova trees"};
  updated.events.push_back(event);
  bool flip = false;
  Latencies latencies;
  for (auto _ : state) {
    const auto start = Clock::now();
    auto set = rig.visitor->set_content(flip ? builtin_content() : updated);
    latencies.add(Clock::now() - start);
    if (!set) die(set.error().message);
    flip = !flip;
  }
  latencies.report(state);
}

void register_all() {
  const model::Content& content = builtin_content();
  std::vector<std::string> screens = {"attract", "home", "indicators", "events", "exhibitors", "crafts", "staff"};
  if (!content.indicators.empty()) screens.push_back("indicator:" + content.indicators.front().id);
  if (!content.events.empty()) screens.push_back("event:" + content.events.front().id);
  for (const auto& [w, h, name] : {std::tuple{1920, 1080, "1920x1080"}, std::tuple{1080, 1920, "1080x1920"}}) {
    for (const std::string& screen : screens)
      benchmark::RegisterBenchmark(("FrameBuild/" + screen + "/" + name).c_str(), frame_build, screen, w, h)
          ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark((std::string("FontAtlasBuild/ja+en/") + name).c_str(), font_atlas, w, h)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((std::string("GlyphRebuildAfterContentUpdate/") + name).c_str(), content_update, w,
                                 h)
        ->Unit(benchmark::kMillisecond);
  }
}

}  // namespace
}  // namespace kiosk::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  kiosk::bench::register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
