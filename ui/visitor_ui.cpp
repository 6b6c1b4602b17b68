#include "visitor_ui.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "fonts/glyph_plan.hpp"
#include "screens/indicator_detail.hpp"
#include "widgets/clock.hpp"
#include "widgets/touch_scroll.hpp"

namespace kiosk::ui {

VisitorUi::VisitorUi(ImGuiSession& session, PixelSize display, model::Content content,
                     VisitorUiOptions options)
    : session_(&session),
      display_(display),
      content_(std::move(content)),
      options_(std::move(options)),
      strings_(content_.strings, options_.language, options_.log),
      theme_(make_theme(display.width, display.height)),
      started_ms_(SDL_GetTicks64()),
      last_input_ms_(started_ms_) {
  if (options_.start_on_home) navigator_.home();
}

Result<VisitorUi> VisitorUi::create(ImGuiSession& session, PixelSize display, model::Content content,
                                    VisitorUiOptions options) {
  VisitorUi ui(session, display, std::move(content), std::move(options));
  apply_theme(ui.theme_, ImGui::GetStyle());
  if (auto built = ui.rebuild_fonts(); !built) return tl::unexpected(built.error());
  ui.keyboard_follows_language();
  ui.rebuild_models();
  ui.load_pictures();
  return ui;
}

Result<void> VisitorUi::set_content(model::Content content) {
  std::swap(content_, content);
  if (auto built = rebuild_fonts(); !built) {
    std::swap(content_, content);
    // The failed build cleared the atlas; the old content's fonts were built before, so they fit.
    if (auto restored = rebuild_fonts(); !restored) return tl::unexpected(restored.error());
    return tl::unexpected(built.error());
  }
  strings_ = UiStrings(content_.strings, strings_.language(), options_.log);
  rebuild_models();
  load_pictures();
  return {};
}

Result<void> VisitorUi::set_display_size(PixelSize display) {
  if (display.width == display_.width && display.height == display_.height) return {};
  display_ = display;
  theme_ = make_theme(display.width, display.height);
  apply_theme(theme_, ImGui::GetStyle());
  indicator_list_state_ = {};
  return rebuild_fonts();
}

Result<void> VisitorUi::rebuild_fonts() {
  GlyphPlan plan = plan_glyphs(content_);
  add_utf8(plan.text, "—×·");  // the shell's own marks: unknown value, wrong PIN, separators
  add_utf8(plan.title, "—×·");
  add_utf8(plan.heading, "—×·");
  auto built = build_fonts(session_->fonts(), options_.font, plan,
                           font_sizes_for(display_.width, display_.height, options_.font));
  if (!built) return tl::unexpected(built.error());
  fonts_ = *built;
  if (auto uploaded = session_->upload_fonts(); !uploaded) return uploaded;
  log_to(options_.log, LogLevel::Info,
         "font atlas " + std::to_string(fonts_.report.width) + "x" + std::to_string(fonts_.report.height) +
             ", " + std::to_string(fonts_.report.glyphs) + " glyphs for " + std::to_string(plan.text.size()) +
             " characters (" + options_.font.path.filename().string() + ", body " +
             std::to_string(std::lround(fonts_.sizes.body)) + " px" +
             (fonts_.report.shrink < 1 ? ", sizes reduced to fit" : "") + ")");
  report_missing_glyphs(plan);
  return {};
}

void VisitorUi::report_missing_glyphs(const GlyphPlan& plan) const {
  // A font without some character (IPAex lacks a few names' kanji; anything beyond U+FFFF) would draw
  // '?': tell staff which ones instead of letting visitors find out.
  const std::vector<char32_t> missing = missing_code_points(*fonts_.fonts.body, plan.text);
  if (missing.empty()) return;
  std::string list;
  for (size_t i = 0; i < missing.size() && i < 20; ++i) list += (i ? ", " : "") + describe(missing[i]);
  if (missing.size() > 20) list += ", ...";
  log_to(options_.log, LogLevel::Warning,
         std::to_string(missing.size()) + " characters of the content are not in " +
             options_.font.path.filename().string() + " and will show as '?': " + list);
}

void VisitorUi::rebuild_models() {
  const int64_t now = options_.now_utc ? options_.now_utc() : 0;
  indicator_list_ = make_indicator_list(content_.categories, content_.indicators, strings_);
  attract_ = make_attract(content_, strings_, now);
  if (attract_state_.index >= attract_.slides.size()) attract_state_ = {};
  home_ = make_home(strings_);
  events_ = make_events(content_.events, now, strings_);
  crafts_ = make_crafts(content_.crafts, strings_);
  search_exhibitors(exhibitors_state_.query);  // new content: the same query over the new exhibitors
  refresh_staff();
  // New content or language: the screen stays; a detail whose item was removed closes gracefully.
  if (!open_route(navigator_.current())) navigator_.back();
}

void VisitorUi::refresh_staff() {
  const uint64_t up_s = (SDL_GetTicks64() - started_ms_) / 1000;
  char uptime[32];
  std::snprintf(uptime, sizeof uptime, "%llud %02llu:%02llu:%02llu", static_cast<unsigned long long>(up_s / 86400),
                static_cast<unsigned long long>(up_s / 3600 % 24), static_cast<unsigned long long>(up_s / 60 % 60),
                static_cast<unsigned long long>(up_s % 60));
  char fps[16] = "";
  if (fps_ > 0) std::snprintf(fps, sizeof fps, "%.0f", fps_);
  staff_ = make_staff(strings_, staff_status_, std::to_string(content_.version), uptime, fps);
}

void VisitorUi::search_exhibitors(const std::string& query) {
  if (!options_.search_exhibitors) {
    exhibitor_results_ = content_.exhibitors;
  } else if (auto found = options_.search_exhibitors(query)) {
    exhibitor_results_ = std::move(*found);
  } else {  // the list keeps the previous results rather than going blank
    log_to(options_.log, LogLevel::Warning, "exhibitor search for \"" + query + "\": " + found.error().message);
  }
  exhibitors_ = make_exhibitors(exhibitor_results_, query, strings_, content_.floor, content_.exhibitors);
}

void VisitorUi::load_floor_image() {
  floor_image_.reset();
  if (content_.floor.image.empty() || !options_.asset_file) return;
  for (const model::Asset& asset : content_.assets) {
    if (asset.path != content_.floor.image) continue;
    auto texture = ImageTexture::load(session_->renderer(), options_.asset_file(asset.sha256));
    if (texture) floor_image_ = std::move(*texture);
    else log_to(options_.log, LogLevel::Warning, "booth map drawn without its floor picture: " + texture.error().message);
    return;
  }
  log_to(options_.log, LogLevel::Warning, "booth map: the floor picture " + content_.floor.image + " is not among the assets");
}

void VisitorUi::load_pictures() {
  load_floor_image();
  craft_pictures_.load(session_->renderer(), content_.crafts, content_.assets, options_.asset_file, options_.log,
                       craft_picture_max_side(theme_.metrics));
}

// An English visitor searches with Latin letters: the keyboard opens on the layout of the language
// shown (a visitor may still switch it with the layout key).
void VisitorUi::keyboard_follows_language() {
  exhibitors_state_.layout = strings_.language() == Language::En ? KeyboardLayout::Latin : KeyboardLayout::Kana;
}

void VisitorUi::forget_visitor() {
  exhibitors_state_ = {};
  keyboard_follows_language();
  indicator_list_state_ = {};
  search_exhibitors("");
}

bool VisitorUi::open_route(const Route& route) {
  switch (route.screen) {
    case Screen::Attract:
      return route.id.empty() || find_slide(attract_, route.id).has_value();
    case Screen::Home:
    case Screen::Indicators:
    case Screen::Staff:
      return true;
    case Screen::IndicatorDetail:
      indicator_detail_ = make_indicator_detail(content_.indicators, route.id, strings_);
      return indicator_detail_.has_value();
    case Screen::Events:
    case Screen::Crafts:
    case Screen::Exhibitors:
      return true;
    case Screen::EventDetail:
      event_detail_ = make_event_detail(content_.events, route.id, strings_);
      return event_detail_.has_value();
    case Screen::Map: {  // the exhibitors screen (it holds the map) with map:ID's booth selected
      if (route.id.empty()) return true;
      const bool known = std::any_of(content_.exhibitors.begin(), content_.exhibitors.end(),
                                     [&route](const model::Exhibitor& e) { return e.id == route.id; });
      if (known) exhibitors_state_.selected = route.id;
      return known;
    }
  }
  return false;
}

Result<void> VisitorUi::show(std::string_view screen_name) {
  auto route = parse_route(screen_name);
  if (!route) return tl::unexpected(route.error());
  if (!open_route(*route))
    return fail(ErrorCode::Usage, "screen \"" + std::string(screen_name) + "\": no item \"" + route->id +
                                      "\" in content version " + std::to_string(content_.version));
  // A shown attract loop starts with its first slide already faded in (screenshots are of the slide).
  const size_t slide = route->screen == Screen::Attract && !route->id.empty() ? *find_slide(attract_, route->id) : 0;
  attract_state_ = {slide, static_cast<double>(SDL_GetTicks64()) / 1000.0 - kAttractFadeS, true};
  if (route->screen == Screen::Attract) navigator_.attract();
  else navigator_.home();
  if (route->screen != Screen::Home && route->screen != Screen::Attract) {
    if (route->screen == Screen::IndicatorDetail) navigator_.open({Screen::Indicators, {}});
    if (route->screen == Screen::EventDetail) navigator_.open({Screen::Events, {}});
    navigator_.open(*route);
  }
  staff_unlocked_ = route->screen == Screen::Staff;
  return {};
}

void VisitorUi::watch_input() {
  const ImGuiIO& io = ImGui::GetIO();
  const uint64_t now = SDL_GetTicks64();
  bool input = io.MouseDown[0] || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0;
  for (int i = 0; i < 5 && !input; ++i) input = io.MouseClicked[i] || io.MouseReleased[i];
  if (input) last_input_ms_ = now;
  if (navigator_.current().screen != Screen::Attract && now - last_input_ms_ >= static_cast<uint64_t>(options_.idle_timeout_ms)) {
    navigator_.attract();
    attract_state_ = {};
    staff_unlocked_ = false;
    pin_ = {};
    forget_visitor();
    if (strings_.language() != options_.language) {  // the next visitor starts in the default language
      strings_.set_language(options_.language);
      keyboard_follows_language();
      rebuild_models();
    }
  }
  // Staff corner: a press held still for 3 s within a touch-sized square at the top-left corner.
  const float corner = theme_.metrics.touch * 1.5f;
  const bool in_corner = io.MousePos.x >= 0 && io.MousePos.x < corner && io.MousePos.y >= 0 && io.MousePos.y < corner;
  if (io.MouseClicked[0] && in_corner) corner_down_ms_ = now;
  if (!io.MouseDown[0] || !in_corner) corner_down_ms_ = 0;
  if (corner_down_ms_ != 0 && now - corner_down_ms_ >= kStaffHoldMs && options_.check_pin &&
      navigator_.current().screen != Screen::Staff) {
    corner_down_ms_ = 0;
    pin_ = {};
    staff_unlocked_ = false;
    navigator_.open({Screen::Staff, {}});
  }
}

Intent VisitorUi::draw_current(const DrawContext& context) {
  const double time_s = static_cast<double>(SDL_GetTicks64()) / 1000.0;
  switch (navigator_.current().screen) {
    case Screen::Attract:
      advance_attract(attract_, attract_state_, time_s);
      return draw_attract(attract_, attract_state_, context, time_s);
    case Screen::Home:
      return draw_home(home_, clock_, context);
    case Screen::Indicators:
      return draw_indicator_list(indicator_list_, indicator_list_state_, context);
    case Screen::IndicatorDetail:
      if (indicator_detail_) return draw_indicator_detail(*indicator_detail_, context);
      return {IntentKind::Back, {}};
    case Screen::Events:
      return draw_events(events_, context);
    case Screen::EventDetail:
      if (event_detail_) return draw_event_detail(*event_detail_, context);
      return {IntentKind::Back, {}};
    case Screen::Crafts:
      return draw_crafts(crafts_, context, craft_pictures_.index());
    case Screen::Exhibitors:
    case Screen::Map:
      return draw_exhibitors(exhibitors_, exhibitors_state_, context, floor_image_ ? floor_image_->id() : nullptr);
    case Screen::Staff: {
      if (staff_unlocked_) {
        refresh_staff();
        return draw_staff(staff_, context);
      }
      const PinAction action = draw_pin_pad(staff_, pin_, context);
      if (action == PinAction::Cancel) return {IntentKind::Back, {}};
      if (action == PinAction::Submit) {
        staff_unlocked_ = options_.check_pin && options_.check_pin(pin_.digits);
        pin_.wrong = !staff_unlocked_;
        pin_.digits.clear();
        if (!staff_unlocked_) log_to(options_.log, LogLevel::Warning, "staff screen: wrong PIN");
        return {IntentKind::None, "redraw"};
      }
      return {};
    }
    default:
      return {IntentKind::Back, {}};
  }
}

void VisitorUi::set_language(Language language) {
  if (language == strings_.language()) return;
  strings_.set_language(language);
  keyboard_follows_language();
  rebuild_models();
}

bool VisitorUi::act(const Intent& intent) {
  switch (intent.kind) {
    case IntentKind::None:
      return !intent.target.empty();
    case IntentKind::SwitchLanguage:
      strings_.set_language(other_language(strings_.language()));
      keyboard_follows_language();
      rebuild_models();
      return true;
    case IntentKind::Wake:
      navigator_.home();
      return true;
    case IntentKind::Back:
      if (navigator_.current().screen == Screen::Staff) staff_unlocked_ = false;
      navigator_.back();
      open_route(navigator_.current());  // a detail opened from another detail: the earlier one's model again
      return true;
    case IntentKind::OpenScreen: {
      auto route = parse_route(intent.target);
      if (route && open_route(*route)) navigator_.open(*route);
      else log_to(options_.log, LogLevel::Info, "screen \"" + intent.target + "\" is not available yet");
      return true;
    }
    case IntentKind::OpenIndicator:
      if (open_route({Screen::IndicatorDetail, intent.target})) navigator_.open({Screen::IndicatorDetail, intent.target});
      return true;
    case IntentKind::SyncNow:
      sync_requested_ = true;
      log_to(options_.log, LogLevel::Info, "staff asked for a sync now");
      return true;
    case IntentKind::OpenEvent:
      if (open_route({Screen::EventDetail, intent.target})) navigator_.open({Screen::EventDetail, intent.target});
      return true;
    case IntentKind::SearchExhibitors:
      search_exhibitors(intent.target);
      return true;
    case IntentKind::OpenExhibitor:  // the screen selected it itself (detail and map highlight)
      return true;
    case IntentKind::OpenMap:
      if (open_route({Screen::Map, intent.target})) navigator_.open({Screen::Map, intent.target});
      return true;
  }
  return false;
}

bool VisitorUi::draw_frame() {
  const uint64_t now_ms = SDL_GetTicks64();
  if (last_frame_ms_ != 0 && now_ms > last_frame_ms_) {
    const double instant = 1000.0 / static_cast<double>(now_ms - last_frame_ms_);
    fps_ = fps_ > 0 ? fps_ * 0.9 + instant * 0.1 : instant;
  }
  last_frame_ms_ = now_ms;
  const int64_t now = options_.now_utc ? options_.now_utc() : 0;
  if (now / 60 != clock_minute_) {
    clock_minute_ = now / 60;
    clock_ = clock_text(now);
  }
  watch_input();
  const Screen before = navigator_.current().screen;
  const bool changed = act(draw_current(DrawContext{fonts_.fonts, theme_}));
  moving_ = TouchScroll::any_moving();
  return changed || navigator_.current().screen != before;
}

int VisitorUi::next_frame_ms() const {
  const uint64_t now = SDL_GetTicks64();
  const auto until = [now](uint64_t at) { return at <= now ? 0 : static_cast<int64_t>(at - now); };
  const uint64_t capped = last_frame_ms_ + kFrameIntervalMs;  // animation at a capped rate
  if (moving_) return static_cast<int>(until(capped));
  int64_t wait = -1;
  const auto sooner = [&wait](int64_t ms) { wait = wait < 0 ? ms : std::min(wait, ms); };
  if (navigator_.current().screen == Screen::Attract && !attract_.slides.empty()) {
    const double time_s = static_cast<double>(now) / 1000.0;
    const AttractState& s = attract_state_;
    const double shown = s.started ? time_s - s.started_s : 0;
    const double duration = attract_.slides[std::min(s.index, attract_.slides.size() - 1)].duration_ms / 1000.0;
    if (shown < kAttractFadeS + 0.05) sooner(until(capped));
    // A late wake-up makes this negative; -1 would read as "no frame wanted" and stop the loop.
    else sooner(std::max<int64_t>(0, static_cast<int64_t>((duration - shown) * 1000) + 1));
  } else {
    sooner(until(last_input_ms_ + static_cast<uint64_t>(options_.idle_timeout_ms)));
  }
  if (navigator_.current().screen == Screen::Home || navigator_.current().screen == Screen::Staff) {
    const int64_t seconds = options_.now_utc ? options_.now_utc() % 60 : 0;
    sooner((60 - seconds) * 1000);
  }
  if (corner_down_ms_ != 0) sooner(until(corner_down_ms_ + kStaffHoldMs));
  return static_cast<int>(wait);
}

}  // namespace kiosk::ui
