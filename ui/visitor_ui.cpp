#include "visitor_ui.hpp"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "fonts/glyph_plan.hpp"

namespace kiosk::ui {

VisitorUi::VisitorUi(ImGuiSession& session, PixelSize display, model::Content content,
                     VisitorUiOptions options)
    : session_(&session),
      display_(display),
      content_(std::move(content)),
      options_(std::move(options)),
      strings_(content_.strings, options_.language, options_.log),
      theme_(make_theme(display.width, display.height)) {}

Result<VisitorUi> VisitorUi::create(ImGuiSession& session, PixelSize display, model::Content content,
                                    VisitorUiOptions options) {
  VisitorUi ui(session, display, std::move(content), std::move(options));
  apply_theme(ui.theme_, ImGui::GetStyle());
  if (auto built = ui.rebuild_fonts(); !built) return tl::unexpected(built.error());
  ui.rebuild_models();
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
  const GlyphPlan plan = plan_glyphs(content_);
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
  indicator_list_ = make_indicator_list(content_.categories, content_.indicators, strings_);
  indicator_list_state_ = {};
}

bool VisitorUi::draw_frame() {
  const Intent intent =
      draw_indicator_list(indicator_list_, indicator_list_state_, DrawContext{fonts_.fonts, theme_});
  switch (intent.kind) {
    case IntentKind::SwitchLanguage:
      strings_.set_language(other_language(strings_.language()));
      rebuild_models();
      return true;
    case IntentKind::None:
      break;
  }
  return false;
}

}  // namespace kiosk::ui
