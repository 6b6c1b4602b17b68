#include "screens/attract.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "content/indicator_headline.hpp"
#include "fonts/font_set.hpp"
#include "fonts/glyph_set.hpp"
#include "i18n/english_units.hpp"
#include "i18n/format.hpp"
#include "screens/indicator_detail.hpp"
#include "widgets/chart.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

std::string tokyo_time(int64_t utc) {  // "12/14 10:00" in Asia/Tokyo (UTC+9, no DST)
  const int64_t local = utc + 9 * 3600;
  int64_t days = local / 86400;
  const int64_t secs = local % 86400;
  // civil-from-days (Howard Hinnant)
  days += 719468;
  const int64_t era = days / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  char text[64];
  std::snprintf(text, sizeof text, "%d/%d %02d:%02d", static_cast<int>(m), static_cast<int>(d),
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60));
  return text;
}

std::string category_name(const model::Content& content, const std::string& id, Language language) {
  for (const auto& category : content.categories)
    if (category.id == id) return pick(category.name, language);
  return {};
}

bool indicator_slide(const model::Content& content, const std::string& ref, const UiStrings& strings,
                     AttractSlide& slide) {
  const Language lang = strings.language();
  for (const model::Indicator& indicator : content.indicators) {
    if (indicator.id != ref) continue;
    slide.eyebrow = category_name(content, indicator.category, lang);
    slide.title = pick(indicator.name, lang);
    if (const model::Point* point = headline_point(indicator)) {
      Quantity quantity =
          format_quantity(point->value, indicator.unit, lang);  // English: "8.61 million people"
      slide.number = std::move(quantity.number);
      slide.unit = std::move(quantity.unit);
      slide.unit_spaced = quantity.spaced;
      const std::string period = format_period(point->period, lang);
      slide.status = lang == Language::Ja ? period + strings.get("indicators.as_of")
                                          : strings.get("indicators.as_of") + " " + period;
    }
    // The detail screen's chart, when it adds something to the number: a trend, target vs actual, or
    // Tohoku beside the nation. A lone bar would only repeat the number.
    auto detail = make_indicator_detail(content.indicators, ref, strings);
    if (detail) {
      const bool telling = detail->chart == ChartKind::Line || detail->chart == ChartKind::Progress ||
                           (detail->chart == ChartKind::Bar && detail->data.items.size() >= 2);
      if (telling) {
        slide.chart = detail->chart;
        slide.chart_data = std::move(detail->data);
        slide.progress = std::move(detail->progress);
      }
    }
    // As on the detail screen: the document's title and the quoted words.
    slide.source = detail ? detail->source
                          : strings.get("indicators.source") + " " + quote(indicator.source.quote, lang);
    return true;
  }
  return false;
}

void events_slide(const model::Content& content, const UiStrings& strings, int64_t now_utc,
                  AttractSlide& slide) {
  slide.eyebrow = strings.get("home.events");
  slide.title = strings.get("events.next");
  std::vector<const model::Event*> coming;
  for (const model::Event& event : content.events)
    if (event.end_utc > now_utc) coming.push_back(&event);
  std::sort(coming.begin(), coming.end(), [](auto* a, auto* b) { return a->start_utc < b->start_utc; });
  if (coming.empty()) {  // a show after its last event: the latest ones, as history
    for (const model::Event& event : content.events) coming.push_back(&event);
    std::sort(coming.begin(), coming.end(), [](auto* a, auto* b) { return a->start_utc > b->start_utc; });
    slide.title = strings.get("events.history");
  }
  for (size_t i = 0; i < coming.size() && i < 4; ++i)
    slide.lines.push_back((coming[i]->all_day ? coming[i]->start : tokyo_time(coming[i]->start_utc)) + "   " +
                          pick(coming[i]->title, strings.language()));
}

bool spotlight_slide(const model::Content& content, const AttractSlide& base, const std::string& ref,
                     const UiStrings& strings, AttractSlide& slide) {
  const Language lang = strings.language();
  if (base.kind == "exhibitor") {
    for (const model::Exhibitor& e : content.exhibitors) {
      if (e.id != ref) continue;
      slide.eyebrow =
          strings.get("home.exhibitors") + (e.sample ? "  · " + strings.get("exhibitors.sample") : "");
      slide.title = pick(e.name, lang);
      slide.status = strings.format("exhibitors.booth", e.booth);
      slide.body = pick(e.description, lang);
      return true;
    }
    return false;
  }
  for (const model::Craft& c : content.crafts) {
    if (c.id != ref) continue;
    slide.eyebrow = strings.get("home.crafts");
    slide.title = pick(c.name, lang);
    slide.body = pick(c.description, lang);
    return true;
  }
  return false;
}

// Scales the alpha of every vertex from `first` on: the slide fades in as one picture, text, number
// and chart alike (the chart widgets draw with palette colours, which ImGui's style alpha skips).
void fade(ImDrawList& list, int first, float alpha) {
  if (alpha >= 1) return;
  for (int i = first; i < list.VtxBuffer.Size; ++i) {
    ImU32& col = list.VtxBuffer[i].col;
    const auto a = static_cast<ImU32>(static_cast<float>((col >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    col = (col & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
  }
}

// Whether `font` draws every character of `text` itself (no '?' fallback).
bool has_glyphs(const ImFont* font, const std::string& text) {
  return missing_code_points(*font, glyphs_of(text)).empty();
}

// The headline number as large as the kiosk draws anything, the unit on its baseline in the title
// font, or on the next line when both do not fit `width`. Native atlas sizes only: a scaled font
// turns blocky. The headline font holds only number characters; anything else uses the figure font.
struct NumberLayout {
  ImFont* number_font;
  ImFont* unit_font;
  float number_width;
  bool unit_below;
  float height;
};

NumberLayout layout_number(const AttractSlide& slide, const DrawContext& context, float width) {
  NumberLayout layout{};
  layout.number_font =
      has_glyphs(context.fonts.headline, slide.number) ? context.fonts.headline : context.fonts.figure;
  layout.unit_font = has_glyphs(context.fonts.title, slide.unit) ? context.fonts.title : context.fonts.figure;
  layout.number_width = text_width(slide.number, layout.number_font);
  const float space = slide.unit_spaced ? context.theme.metrics.pad / 2 : context.theme.metrics.pad / 6;
  layout.unit_below = layout.number_width + space + text_width(slide.unit, layout.unit_font) > width;
  layout.height = layout.number_font->FontSize + (layout.unit_below ? layout.unit_font->FontSize : 0);
  return layout;
}

void draw_number(const AttractSlide& slide, const NumberLayout& layout, const DrawContext& context,
                 ImVec2 at) {
  const ImU32 colour = context.theme.palette.accent;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImFont* big = layout.number_font;
  draw->AddText(big, big->FontSize, at, colour, slide.number.c_str());
  ImFont* unit = layout.unit_font;
  if (layout.unit_below) {
    draw->AddText(unit, unit->FontSize, ImVec2(at.x, at.y + big->FontSize), colour, slide.unit.c_str());
    return;
  }
  const float space = slide.unit_spaced ? context.theme.metrics.pad / 2 : context.theme.metrics.pad / 6;
  draw->AddText(unit, unit->FontSize,
                ImVec2(at.x + layout.number_width + space, at.y + big->Ascent - unit->Ascent), colour,
                slide.unit.c_str());
}

// The text of a slide, top to bottom, in [left, right] from `top`: eyebrow, title, number and unit,
// as-of line, event lines, description. With draw = false it only measures; returns the height.
float text_column(const AttractSlide& slide, const DrawContext& context, float left, float right, float top,
                  bool draw) {
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  const float width = right - left;
  float y = top;
  auto line = [&](const std::string& text, ImFont* font, ImU32 colour, float after) {
    if (text.empty()) return;
    if (draw) {
      ImGui::SetCursorScreenPos(ImVec2(left, y));
      wrapped_text(text, font, colour, right);
    }
    y += wrapped_height(text, font, width) + after;
  };
  line(slide.eyebrow, context.fonts.heading, p.accent, m.gap / 2);
  line(slide.title, context.fonts.title, p.text, m.gap);
  if (!slide.number.empty()) {
    const NumberLayout number = layout_number(slide, context, width);
    if (draw) draw_number(slide, number, context, ImVec2(left, y));
    y += number.height + m.gap / 2;
  }
  line(slide.status, context.fonts.heading, p.text_muted, m.gap);
  for (const std::string& event : slide.lines) line(event, context.fonts.heading, p.text, m.gap / 2);
  line(slide.body, context.fonts.body, p.text, 0);
  return y - top;
}

// The indicator's chart on a card, as on its detail screen.
void draw_chart_card(const AttractSlide& slide, const DrawContext& context, ImVec2 min, ImVec2 max) {
  const Metrics& m = context.theme.metrics;
  ImGui::GetWindowDrawList()->AddRectFilled(min, max, context.theme.palette.surface, m.rounding);
  const ImVec2 in_min(min.x + m.pad, min.y + m.pad);
  const ImVec2 in_max(max.x - m.pad, max.y - m.pad);
  draw_indicator_chart(slide.chart, slide.chart_data, slide.progress, context, in_min, in_max);
}

// A chart's height on the slide: a bar chart as tall as its bars need, the others a fixed share.
float chart_height(const AttractSlide& slide, const DrawContext& context, float available) {
  const Metrics& m = context.theme.metrics;
  float wanted = m.touch * 6;
  if (slide.chart == ChartKind::Bar) wanted = bar_chart_height(slide.chart_data.items.size(), context);
  if (slide.chart == ChartKind::Progress) wanted = m.touch * 3;
  return std::min(available, wanted + 2 * m.pad);
}

// Landscape: text on the left, the chart on a card to its right, both centred in the height.
// Portrait: text, then the chart across the width. The source line closes the slide in both.
void draw_slide(const AttractSlide& slide, const DrawContext& context, ImVec2 min, ImVec2 max) {
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  const float width = max.x - min.x;
  const float height = max.y - min.y;
  const bool chart = slide.chart != ChartKind::None;
  const bool side_by_side = chart && width > height * 1.2f;
  const float text_right = side_by_side ? min.x + width * 0.46f : max.x;
  // The source stays clear of the progress dots at the bottom right.
  const float source_right = side_by_side ? text_right : min.x + width * 0.75f;
  const float source_h =
      slide.source.empty()
          ? 0
          : std::min(height / 4, wrapped_height(slide.source, context.fonts.body, source_right - min.x));
  const float text_h = text_column(slide, context, min.x, text_right, 0, false);
  const float room = height - source_h - m.gap;

  if (side_by_side) {
    const float top = min.y + std::max(0.0f, (room - text_h) * 0.4f);
    const float bottom = text_column(slide, context, min.x, text_right, top, true) + top;
    const float chart_h = chart_height(slide, context, height);
    const float chart_top = min.y + std::max(0.0f, (height - chart_h) * 0.4f);
    draw_chart_card(slide, context, ImVec2(min.x + width * 0.52f, chart_top),
                    ImVec2(max.x, chart_top + chart_h));
    ImGui::SetCursorScreenPos(ImVec2(min.x, std::max(bottom, max.y - source_h)));
  } else {
    const float chart_h = chart ? chart_height(slide, context, std::max(0.0f, room - text_h - m.gap * 2)) : 0;
    const float block = text_h + (chart_h > m.touch ? chart_h + m.gap : 0);
    const float top = min.y + std::max(0.0f, (room - block) * 0.4f);
    float y = top + text_column(slide, context, min.x, max.x, top, true);
    if (chart_h > m.touch) {
      draw_chart_card(slide, context, ImVec2(min.x, y), ImVec2(max.x, y + chart_h));
      y += chart_h + m.gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(min.x, std::max(y, max.y - source_h)));
  }
  // The source line sits at the bottom; it is clipped, never pushed past the slide, when text is long.
  if (!slide.source.empty() && ImGui::GetCursorScreenPos().y + context.fonts.body->FontSize <= max.y + 0.5f) {
    ImGui::PushClipRect(min, max, true);
    wrapped_text(slide.source, context.fonts.body, p.text_muted, source_right);
    ImGui::PopClipRect();
  }
}

}  // namespace

AttractModel make_attract(const model::Content& content, const UiStrings& strings, int64_t now_utc) {
  AttractModel model;
  model.bar = {strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")};
  model.touch = strings.get("attract.touch");
  model.prompt = strings.get("attract.prompt");
  for (const model::Slide& s : content.slides) {
    AttractSlide slide;
    slide.kind = s.kind;
    slide.id = s.id;
    slide.duration_ms = std::max(2000, s.duration_ms);
    bool ok = true;
    if (s.kind == "indicator")
      ok = indicator_slide(content, s.ref, strings, slide);
    else if (s.kind == "events")
      events_slide(content, strings, now_utc, slide);
    else if (s.kind == "exhibitor" || s.kind == "craft")
      ok = spotlight_slide(content, slide, s.ref, strings, slide);
    else {  // prompt, and kinds a newer bundle may add
      slide.kind = "prompt";
      slide.title = model.touch;
      slide.body = model.prompt;
    }
    if (ok) model.slides.push_back(std::move(slide));
  }
  if (model.slides.empty()) {
    AttractSlide prompt;
    prompt.kind = "prompt";
    prompt.id = "prompt";
    prompt.title = model.touch;
    prompt.body = model.prompt;
    model.slides.push_back(std::move(prompt));
  }
  return model;
}

std::optional<size_t> find_slide(const AttractModel& model, std::string_view id) {
  for (size_t i = 0; i < model.slides.size(); ++i)
    if (model.slides[i].id == id) return i;
  return std::nullopt;
}

double advance_attract(const AttractModel& model, AttractState& state, double time_s) {
  if (state.index >= model.slides.size()) state = {};
  if (!state.started) {
    state.started = true;
    state.started_s = time_s;
  }
  double shown = time_s - state.started_s;
  const double duration = model.slides[state.index].duration_ms / 1000.0;
  if (shown >= duration) {
    state.index = (state.index + 1) % model.slides.size();
    state.started_s = time_s;
    shown = 0;
  }
  if (shown < kAttractFadeS) return 0;  // in a transition: draw at the capped rate
  return duration - shown;
}

Intent draw_attract(const AttractModel& model, const AttractState& state, const DrawContext& context,
                    double time_s) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("###attract", nullptr, kScreenFlags);
  Intent intent;
  if (draw_title_bar(model.bar, context)) intent.kind = IntentKind::SwitchLanguage;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const ImVec2 end(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y);
  const float prompt_h = m.touch * 2.2f;

  // The whole area under the bar is one touch target: any tap wakes the kiosk.
  ImGui::SetCursorScreenPos(top);
  if (ImGui::InvisibleButton("###attract-wake", ImVec2(end.x - top.x, end.y - top.y)))
    intent.kind = IntentKind::Wake;

  const AttractSlide& slide = model.slides[std::min(state.index, model.slides.size() - 1)];
  const double shown = state.started ? time_s - state.started_s : kAttractFadeS;
  const float t = static_cast<float>(std::clamp(shown / kAttractFadeS, 0.0, 1.0));
  const float eased = 1 - (1 - t) * (1 - t) * (1 - t);
  const float rise = (1 - eased) * m.touch;
  const float margin = m.margin * 1.5f;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const int first_vertex = list->VtxBuffer.Size;
  draw_slide(slide, context, ImVec2(top.x + margin, top.y + margin + rise),
             ImVec2(end.x - margin, end.y - prompt_h - m.gap));
  fade(*list, first_vertex, eased);

  // The prompt band: always there, so a passer-by knows the screen is for touching.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 band_min(top.x, end.y - prompt_h);
  draw->AddRectFilled(band_min, end, p.bar);
  ImFont* font = context.fonts.title;
  const float w = text_width(model.touch, font);
  draw->AddText(
      font, font->FontSize,
      ImVec2(band_min.x + (end.x - band_min.x - w) / 2, band_min.y + (prompt_h - font->FontSize) / 2),
      p.on_bar, model.touch.c_str());
  // Progress dots: where the loop is.
  const float dot = m.scale * 7;
  const float dots_w = static_cast<float>(model.slides.size()) * dot * 3;
  for (size_t i = 0; i < model.slides.size(); ++i) {
    const ImVec2 c(end.x - margin - dots_w + static_cast<float>(i) * dot * 3, band_min.y - m.gap);
    draw->AddCircleFilled(c, dot, i == state.index ? p.accent : p.surface_line);
  }
  ImGui::End();
  ImGui::PopStyleVar();
  return intent;
}

}  // namespace kiosk::ui
