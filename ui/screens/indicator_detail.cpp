#include "screens/indicator_detail.hpp"

#include <algorithm>

#include "widgets/card.hpp"
#include "widgets/figure.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

// Portrait: the screen is taller than wide, so the chart grows into the height with larger labels
// and the indicator's neighbours in its category follow as cards (a squeezed landscape card would
// fill the top fifth and leave the rest blank).
bool tall_screen() {
  const ImVec2 size = ImGui::GetMainViewport()->Size;
  return size.y > size.x * 1.2f;
}

ImFont* label_font(const DrawContext& context, bool tall) { return tall ? context.fonts.body : nullptr; }

float chart_height(const IndicatorDetailModel& model, const DrawContext& context, float width, bool tall) {
  const float screen_height = ImGui::GetMainViewport()->Size.y;
  switch (model.chart) {
    case ChartKind::Bar:
      return bar_chart_height(model.data.items.size(), context, label_font(context, tall));
    case ChartKind::Line:
      if (tall) return std::clamp(width * 0.75f, 320 * context.theme.metrics.scale, screen_height * 0.4f);
      return std::clamp(width * 0.42f, 320 * context.theme.metrics.scale, screen_height * 0.45f);
    case ChartKind::Progress:
      return context.fonts.figure->FontSize * 1.3f + context.fonts.caption->FontSize * 4.5f +
             context.theme.metrics.touch * 0.6f;
    case ChartKind::None:
      break;
  }
  return 0;
}

void chart(const IndicatorDetailModel& model, const DrawContext& context, float left, float right,
           bool tall) {
  const ImVec2 min(left, ImGui::GetCursorScreenPos().y + context.theme.metrics.gap);
  const ImVec2 max(right, min.y + chart_height(model, context, right - left, tall));
  draw_indicator_chart(model.chart, model.data, model.progress, context, min, max, label_font(context, tall));
}

// The unit is shown once: beside the headline figure and, for a line or bar chart, as its axis title.
void body(const IndicatorDetailModel& model, const DrawContext& context, bool tall) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  Card card(context, left, right);
  const float inner_left = left + m.pad, inner_right = right - m.pad;
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
  wrapped_text(model.name, context.fonts.body, p.text, inner_right);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y + m.gap / 2));
  draw_figure({model.number, model.unit, model.unit_spaced}, context, p.accent, inner_left, inner_right,
              false);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
  if (!model.status.empty()) wrapped_text(model.status, context.fonts.caption, p.text_muted, inner_right);
  chart(model, context, inner_left, inner_right, tall);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y + m.gap / 2));
  if (!model.chart_note.empty())
    wrapped_text(model.chart_note, context.fonts.caption, p.text_muted, inner_right);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
  wrapped_text(model.source, context.fonts.caption, p.text_muted, inner_right);
}

// Another indicator of the same category: name, figure and what it is; tapping opens its detail.
bool related_card(const IndicatorRow& row, const DrawContext& context, float left, float right) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float top = ImGui::GetCursorScreenPos().y;
  {
    Card card(context, left, right);
    const float inner_left = left + m.pad, inner_right = right - m.pad;
    ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
    wrapped_text(row.name, context.fonts.body, p.text, inner_right);
    ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
    draw_figure({row.number, row.unit, row.unit_spaced}, context, p.accent, inner_left, inner_right, false);
    if (!row.status.empty()) {
      ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
      wrapped_text(row.status, context.fonts.caption, p.text_muted, inner_right);
    }
  }
  const float bottom = ImGui::GetCursorScreenPos().y;
  ImGui::PushID(row.id.c_str());
  const bool tapped = tap_area("###related", ImVec2(left, top), ImVec2(right, bottom));
  ImGui::PopID();
  ImGui::SetCursorScreenPos(ImVec2(left, bottom));
  ImGui::Dummy(ImVec2(0, m.gap / 2));
  return tapped;
}

void related(const IndicatorDetailModel& model, const DrawContext& context, Intent& intent) {
  if (model.related.empty()) return;
  ImGui::Dummy(ImVec2(0, context.theme.metrics.gap));
  accent_heading(model.related_title, context.fonts.heading, context);
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  for (const IndicatorRow& row : model.related)
    if (related_card(row, context, left, right)) intent = {IntentKind::OpenIndicator, row.id};
}

}  // namespace

void draw_indicator_chart(ChartKind kind, const ChartData& data, const ProgressData& progress,
                          const DrawContext& context, ImVec2 min, ImVec2 max, ImFont* labels) {
  switch (kind) {
    case ChartKind::Line:
      draw_line_chart(data, context, min, max, labels);
      break;
    case ChartKind::Bar:
      draw_bar_chart(data, context, min, max, labels);
      break;
    case ChartKind::Progress:
      draw_progress(progress, context, min, max);
      break;
    case ChartKind::None:
      break;
  }
}

Intent draw_indicator_detail(const IndicatorDetailModel& model, const DrawContext& context) {
  Intent intent = begin_screen("###indicator-detail", model.header, context);
  Intent tapped;
  const bool tall = tall_screen();
  if (begin_scroll_body("###indicator-detail-scroll", context)) {
    body(model, context, tall);
    if (tall) related(model, context, tapped);
    ImGui::Dummy(ImVec2(0, context.theme.metrics.margin));
  }
  end_scroll_body();
  end_screen();
  return tapped.kind != IntentKind::None ? tapped : intent;
}

}  // namespace kiosk::ui
