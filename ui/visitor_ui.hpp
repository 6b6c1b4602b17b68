// VisitorUi: the visitor-facing interface as one object: current content, language, fonts, theme,
// the screens' view models and their per-screen state. The firmware owns the display and the loop;
// it hands content in and calls draw_frame() when something asked for a redraw.
#pragma once

#include "common/result.hpp"
#include "fonts/font_file.hpp"
#include "fonts/font_set.hpp"
#include "i18n/ui_strings.hpp"
#include "log_sink.hpp"
#include "model/content.hpp"
#include "render/display.hpp"
#include "render/imgui_session.hpp"
#include "screens/indicator_list.hpp"
#include "theme/theme.hpp"

namespace kiosk::ui {

struct VisitorUiOptions {
  FontFile font;                     // from find_japanese_font()
  Language language = Language::Ja;  // language shown first
  LogSink log;                       // atlas size, missing strings
};

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
  Result<void> restore_textures() { return rebuild_fonts(); }
  // Draws the current screen inside an ImGui frame (between begin_frame and render_frame) and acts on
  // what the visitor asked. Returns true when the state changed and more frames are needed.
  bool draw_frame();

  SDL_Color clear_colour() const { return ui::clear_colour(theme_); }
  Language language() const { return strings_.language(); }
  const FontSet& fonts() const { return fonts_.fonts; }
  const AtlasReport& atlas() const { return fonts_.report; }

 private:
  VisitorUi(ImGuiSession& session, PixelSize display, model::Content content, VisitorUiOptions options);
  Result<void> rebuild_fonts();  // glyph plan from content_, sizes from display_, then upload
  void rebuild_models();         // view models from content_ in the current language
  void report_missing_glyphs(const GlyphPlan& plan) const;  // logs characters the font lacks

  ImGuiSession* session_;
  PixelSize display_;
  model::Content content_;
  VisitorUiOptions options_;
  UiStrings strings_;
  Theme theme_;
  BuiltFonts fonts_;
  IndicatorListModel indicator_list_;
  IndicatorListState indicator_list_state_;
};

}  // namespace kiosk::ui
