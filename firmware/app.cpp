#include "app.hpp"

#include <ctime>

#include "clock.hpp"
#include "content_bootstrap.hpp"
#include "device_runtime.hpp"
#include "event_loop.hpp"
#include "render/display.hpp"
#include "render/imgui_session.hpp"
#include "render/screenshot.hpp"
#include "replay/replay_player.hpp"
#include "replay_observer.hpp"
#include "staff_pin.hpp"
#include "store/asset_store.hpp"
#include "store/content_store.hpp"
#include "visitor_ui.hpp"

namespace kiosk::firmware {
namespace {

ui::DisplayOptions display_options(const Options& options) {
  ui::DisplayOptions display;
  // A replay runs offscreen too (tests, CI) unless --window asks to watch it.
  const bool screenshot = !options.screenshot.empty() || (!options.replay.empty() && !options.windowed);
  display.target = screenshot ? ui::DisplayTarget::Offscreen : ui::DisplayTarget::Window;
  display.width = options.width ? options.width : screenshot ? kScreenshotWidth : kWindowWidth;
  display.height = options.height ? options.height : screenshot ? kScreenshotHeight : kWindowHeight;
  display.fullscreen = options.fullscreen;
  display.render_driver = options.render_driver;
  display.title = "Tohoku kiosk";
  return display;
}

std::string describe_clock(const Options& options) {
  if (!options.now_utc) return "system time";
  std::time_t t = static_cast<std::time_t>(*options.now_utc);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return std::string("rehearsal time starting at ") + text;
}

// Renders a few frames (ImGui settles layout, e.g. scrollbars, over the first frames) and writes the
// last one. Pixels are read before SDL_RenderPresent, after which the back buffer is undefined.
Result<void> write_screenshot(ui::Display& display, ui::ImGuiSession& session, ui::VisitorUi& visitor_ui,
                              const std::filesystem::path& path) {
  for (int frame = 1; frame <= kSettleFrames; ++frame) {
    session.begin_frame();
    visitor_ui.draw_frame();
    session.render_frame(visitor_ui.clear_colour());
    if (frame == kSettleFrames) {
      auto image = ui::read_frame(display.renderer());
      if (!image) return tl::unexpected(image.error());
      if (auto written = ui::write_png(*image, path); !written) return written;
    }
    SDL_RenderPresent(display.renderer());
  }
  return {};
}

// The staff PIN: --staff-pin (plain, for tests and rehearsal) or the config's hash; none = no staff screen.
std::function<bool(std::string_view)> staff_pin_check(const Options& options) {
  if (!options.staff_pin.empty()) return [pin = options.staff_pin](std::string_view typed) { return typed == pin; };
  if (!options.staff_pin_hash.empty())
    return [hash = options.staff_pin_hash](std::string_view typed) { return pin_matches(hash, typed); };
  return {};
}

ui::VisitorUiOptions visitor_options(const Options& options, const ui::FontFile& font, const Clock& clock,
                                     const Log& log, store::ContentReader& reader) {
  ui::VisitorUiOptions ui_options;
  ui_options.font = font;
  ui_options.language = options.language;
  ui_options.log = log.sink();
  ui_options.now_utc = [clock] { return clock.now_utc(); };
  ui_options.check_pin = staff_pin_check(options);
  ui_options.idle_timeout_ms = options.idle_timeout_cli_s.value_or(options.idle_timeout_s) * 1000;
  // The reader lives as long as the loop; its search is a read of the store (the UI never writes).
  ui_options.search_exhibitors = [&reader](const std::string& query) { return reader.search_exhibitors(query); };
  ui_options.asset_file = [assets = store::AssetStore(options.data_dir)](const std::string& sha256) {
    return assets.path_of(sha256);
  };
  return ui_options;
}

}  // namespace

Result<void> run_app(const Options& options, const Log& log, DeviceRuntime* device) {
  if (auto ready = ensure_content(options.data_dir, options.builtin_dir, log); !ready) return ready;
  auto reader = store::ContentReader::open(options.data_dir);
  if (!reader) return tl::unexpected(reader.error());
  auto content = reader->load_all();
  if (!content) return tl::unexpected(content.error());
  log.info("showing content version " + std::to_string(content->version) + " from " +
           options.data_dir.string() + "; " + describe_clock(options));
  // A screenshot with --now shows exactly that time, however long start-up took: under qemu (the cross
  // CI stage compares an arm64 render with the native one) the first frame comes half a minute later.
  const Clock clock = !options.now_utc             ? Clock::system()
                      : !options.screenshot.empty() ? Clock::fixed_at(*options.now_utc)
                                                    : Clock::starting_at(*options.now_utc);

  auto font = ui::find_japanese_font(options.font);
  if (!font) return tl::unexpected(font.error());
  auto display = ui::Display::open(display_options(options));
  if (!display) return tl::unexpected(display.error());
  auto session = ui::ImGuiSession::start(display->window(), display->renderer());
  if (!session) return tl::unexpected(session.error());
  auto rotation = ui::PanelRotation::make(options.rotation, display->output_size());
  if (!rotation) return tl::unexpected(rotation.error());
  if (auto turned = session->set_rotation(*rotation); !turned) return turned;
  if (rotation->turned())
    log.info("panel turned " + std::to_string(rotation->degrees()) + " degrees: the ui is laid out for " +
             std::to_string(rotation->ui_size().width) + "x" + std::to_string(rotation->ui_size().height) +
             " and touches are turned with the picture");
  auto visitor_ui = ui::VisitorUi::create(*session, rotation->ui_size(), std::move(*content),
                                          visitor_options(options, *font, clock, log, *reader));
  if (!visitor_ui) return tl::unexpected(visitor_ui.error());
  if (!options.screen.empty())
    if (auto shown = visitor_ui->show(options.screen); !shown) return shown;

  if (!options.screenshot.empty()) {
    if (auto written = write_screenshot(*display, *session, *visitor_ui, options.screenshot); !written)
      return written;
    log.info("wrote screenshot " + options.screenshot.string());
    return {};
  }
  if (options.fullscreen) SDL_ShowCursor(SDL_DISABLE);  // a touch panel shows no pointer
  log.info("running on the " + display->video_driver() + " video driver");
  const auto signal_watch = device ? device->watch_signals() : nullptr;  // stopped before the display closes
  if (!options.replay.empty()) {
    auto script = ui::load_replay(options.replay);
    if (!script) return tl::unexpected(script.error());
    ui::ReplayPlayer player(std::move(*script), *display, *session, *visitor_ui);
    ReplayObserver observer(player, device);
    if (auto ran = run_event_loop({*display, *session, *visitor_ui, *reader, clock, log, options.dev,
                                   options.fullscreen, &observer});
        !ran)
      return ran;
    if (player.failure()) return tl::unexpected(*player.failure());
    log.info("replay " + options.replay.string() + " done");
    return {};
  }
  return run_event_loop(
      {*display, *session, *visitor_ui, *reader, clock, log, options.dev, options.fullscreen, device});
}

}  // namespace kiosk::firmware
