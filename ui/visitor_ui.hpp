// VisitorUi: the visitor-facing interface as one object: current content, language, fonts, theme,
// the screens' view models and their per-screen state. The firmware owns the display and the loop;
// it hands content in and calls draw_frame() when something asked for a redraw.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>

#include "common/result.hpp"
#include "fonts/font_file.hpp"
#include "fonts/font_set.hpp"
#include "i18n/ui_strings.hpp"
#include "log_sink.hpp"
#include "model/content.hpp"
#include "render/craft_pictures.hpp"
#include "render/display.hpp"
#include "navigation/navigator.hpp"
#include "render/image_texture.hpp"
#include "render/imgui_session.hpp"
#include "screens/attract.hpp"
#include "screens/crafts.hpp"
#include "screens/events.hpp"
#include "screens/exhibitors.hpp"
#include "screens/home.hpp"
#include "screens/indicator_detail_model.hpp"
#include "screens/indicator_list.hpp"
#include "screens/staff.hpp"
#include "theme/theme.hpp"

namespace kiosk::ui {

struct VisitorUiOptions {
  FontFile font;                     // from find_japanese_font()
  Language language = Language::Ja;  // language shown first
  LogSink log;                       // atlas size, missing strings
  std::function<int64_t()> now_utc;  // wall clock (Unix seconds) for the clock and "now" events; --now
  std::function<bool(std::string_view)> check_pin;  // staff PIN check; empty = staff screen disabled
  int idle_timeout_ms = 90'000;      // no touch this long on any screen but attract: back to attract
  bool start_on_home = false;        // skip the attract loop at start (desktop development)
  // Exhibitor search (ContentReader::search_exhibitors, a read of the store's FTS5 index: well under a
  // millisecond). Empty = every exhibitor of the content, unfiltered (screen tests without a store).
  std::function<Result<std::vector<model::Exhibitor>>(const std::string&)> search_exhibitors;
  // Where the file of an asset with this SHA-256 is (AssetStore::path_of). Empty = no pictures: the
  // booth map draws on a plain floor.
  std::function<std::filesystem::path(const std::string&)> asset_file;
};

inline constexpr uint64_t kStaffHoldMs = 3000;    // hold the top-left corner this long for the PIN pad
inline constexpr uint64_t kFrameIntervalMs = 33;  // animation frame cap: about 30 fps

class VisitorUi {
 public:
  // Builds fonts for `content` at `display` size into `session` and prepares the first screen.
  static Result<VisitorUi> create(ImGuiSession& session, PixelSize display, model::Content content,
                                  VisitorUiOptions options);
  // Switches to a new content version: glyph set, fonts and view models are rebuilt. On failure the
  // previous content stays on screen (with its fonts) and the error is returned.
  Result<void> set_content(model::Content content);
  Result<void> set_display_size(PixelSize display);  // after a resize or rotation: new font sizes and theme
  // After SDL_RENDER_DEVICE_RESET (a GL renderer lost its textures): the atlas' CPU pixels were freed
  // after upload, so the fonts are built again.
  Result<void> restore_textures() {
    load_pictures();
    return rebuild_fonts();
  }
  // Draws the current screen inside an ImGui frame (between begin_frame and render_frame) and acts on
  // what the visitor asked. Returns true when the state changed and more frames are needed.
  bool draw_frame();

  // Opens a screen by its --screen name ("home", "indicator:ID", ...), staff unlocked. Error when the
  // name is unknown, the id is not in the content, or the screen is not built yet.
  Result<void> show(std::string_view screen_name);
  // The --screen name of what is shown; "staff-pin" while the staff screen still asks for the PIN.
  std::string current_screen() const {
    return navigator_.current().screen == Screen::Staff && !staff_unlocked_ ? "staff-pin"
                                                                            : route_name(navigator_.current());
  }
  // The id of the attract slide on screen (proof of play); "" on every other screen.
  std::string attract_slide() const {
    if (navigator_.current().screen != Screen::Attract || attract_state_.index >= attract_.slides.size()) return {};
    return attract_.slides[attract_state_.index].id;
  }
  void set_language(Language language);  // as the language switch does (replays: `lang en`)
  // Milliseconds until the ui wants a frame without input (attract transition or next slide, clock
  // minute, idle timeout, long-press, scroll inertia at the capped rate); 0 = now, -1 = never.
  int next_frame_ms() const;
  void set_staff_status(StaffStatus status) { staff_status_ = std::move(status); }  // shown on staff
  bool take_sync_request() { return std::exchange(sync_requested_, false); }  // "sync now" was tapped
  SDL_Color clear_colour() const { return ui::clear_colour(theme_); }
  Language language() const { return strings_.language(); }
  const FontSet& fonts() const { return fonts_.fonts; }
  const AtlasReport& atlas() const { return fonts_.report; }

 private:
  VisitorUi(ImGuiSession& session, PixelSize display, model::Content content, VisitorUiOptions options);
  Result<void> rebuild_fonts();  // glyph plan from content_, sizes from display_, then upload
  void keyboard_follows_language();  // exhibitors keyboard: Latin in English, katakana in Japanese
  void rebuild_models();         // view models from content_ in the current language
  void report_missing_glyphs(const GlyphPlan& plan) const;  // logs characters the font lacks
  bool act(const Intent& intent);                            // navigation, language, sync request
  Intent draw_current(const DrawContext& context);           // the screen of the current route
  void watch_input();                                        // idle timer and the staff corner hold
  bool open_route(const Route& route);                       // prepares its model; false = cannot
  void refresh_staff();                                      // staff model from status and counters
  void search_exhibitors(const std::string& query);          // results for the query, model rebuilt
  void forget_visitor();                                     // idle: the next visitor starts afresh
  void load_floor_image();                                   // the booth map's picture, if any
  void load_pictures();                                      // the floor's and the crafts' pictures

  ImGuiSession* session_;
  PixelSize display_;
  model::Content content_;
  VisitorUiOptions options_;
  UiStrings strings_;
  Theme theme_;
  BuiltFonts fonts_;
  IndicatorListModel indicator_list_;
  IndicatorListState indicator_list_state_;
  Navigator navigator_;
  AttractModel attract_;
  AttractState attract_state_;
  HomeModel home_;
  std::optional<IndicatorDetailModel> indicator_detail_;
  EventsModel events_;
  std::optional<EventDetailModel> event_detail_;
  CraftsModel crafts_;
  std::vector<model::Exhibitor> exhibitor_results_;  // the last search's, in booth order
  ExhibitorsModel exhibitors_;
  ExhibitorsState exhibitors_state_;
  std::optional<ImageTexture> floor_image_;  // destroyed with the ui, before the renderer
  CraftPictures craft_pictures_;             // the same
  StaffModel staff_;
  StaffStatus staff_status_;
  PinPadState pin_;
  bool staff_unlocked_ = false;
  bool sync_requested_ = false;
  std::string clock_;             // clock_text() of the current minute
  int64_t clock_minute_ = -1;
  uint64_t started_ms_ = 0;       // SDL ticks at creation: uptime
  uint64_t last_input_ms_ = 0;    // idle timer
  uint64_t last_frame_ms_ = 0;
  uint64_t corner_down_ms_ = 0;   // when a press in the staff corner began; 0 = none
  bool moving_ = false;           // a list scrolled or coasted in the last frame
  double fps_ = 0;                // smoothed frames per second while drawing
};

}  // namespace kiosk::ui
