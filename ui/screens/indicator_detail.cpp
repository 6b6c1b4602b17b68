#include "screens/indicator_detail.hpp"

#include <algorithm>

#include "widgets/card.hpp"
#include "widgets/figure.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

float chart_height(const IndicatorDetailModel& model, const DrawContext& context, float width) {
  const float screen_height = ImGui::GetMainViewport()->Size.y;
  switch (model.chart) {
    case ChartKind::Bar:
      return bar_chart_height(model.data.items.size(), context);
    case ChartKind::Line:
      return std::clamp(width * 0.42f, 320 * context.theme.metrics.scale, screen_height * 0.45f);
    case ChartKind::Progress:
      return context.fonts.figure->FontSize * 1.3f + context.fonts.caption->FontSize * 4.5f +
             context.theme.metrics.touch * 0.6f;
    case ChartKind::None:
      break;
  }
  return 0;
}

void chart(const IndicatorDetailModel& model, const DrawContext& context, float left, float right) {
  const ImVec2 min(left, ImGui::GetCursorScreenPos().y + context.theme.metrics.gap);
  const ImVec2 max(right, min.y + chart_height(model, context, right - left));
  switch (model.chart) {
    case ChartKind::Line:
      draw_line_chart(model.data, context, min, max);
      break;
    case ChartKind::Bar:
      draw_bar_chart(model.data, context, min, max);
      break;
    case ChartKind::Progress:
      draw_progress(model.progress, context, min, max);
      break;
    case ChartKind::None:
      break;
  }
}

void body(const IndicatorDetailModel& model, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  Card card(context, left, right);
  const float inner_left = left + m.pad, inner_right = right - m.pad;
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
  wrapped_text(model.name, context.fonts.body, p.text, inner_right);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y + m.gap / 2));
  draw_figure({model.number, model.unit, model.unit_spaced}, context, p.accent, inner_left, inner_right, false);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
  if (!model.status.empty()) wrapped_text(model.status, context.fonts.caption, p.text_muted, inner_right);
  chart(model, context, inner_left, inner_right);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y + m.gap / 2));
  if (!model.chart_note.empty()) wrapped_text(model.chart_note, context.fonts.caption, p.text_muted, inner_right);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
  wrapped_text(model.unit_line, context.fonts.caption, p.text, inner_right);
  ImGui::SetCursorScreenPos(ImVec2(inner_left, ImGui::GetCursorScreenPos().y));
  wrapped_text(model.source, context.fonts.caption, p.text_muted, inner_right);
}

}  // namespace

Intent draw_indicator_detail(const IndicatorDetailModel& model, const DrawContext& context) {
  Intent intent = begin_screen("###indicator-detail", model.header, context);
  if (begin_scroll_body("###indicator-detail-scroll", context)) {
    body(model, context);
    ImGui::Dummy(ImVec2(0, context.theme.metrics.margin));
  }
  end_scroll_body();
  end_screen();
  return intent;
}

}  // namespace kiosk::ui
