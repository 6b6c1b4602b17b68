#include "screens/indicator_list.hpp"

#include <algorithm>

#include "widgets/card.hpp"
#include "widgets/figure.hpp"
#include "widgets/screen_frame.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

constexpr float kWideLayoutMin = 1100;  // content width (at scale 1) from which the value gets its own column
constexpr float kValueColumn = 0.34f;   // share of a wide card's inner width for the value column

struct RowLayout {
  float left;   // card left edge
  float right;  // card right edge
  bool wide;    // value in a right column (landscape) or under the name (portrait)
};

void section_header(const IndicatorSection& section, const DrawContext& context, bool first) {
  const Metrics& m = context.theme.metrics;
  if (!first) ImGui::Dummy(ImVec2(0, m.gap * 2));
  accent_heading(section.title, context.fonts.heading, context);
}

// The value block: the figure, then what it is (label, kind, period). In a wide layout both are
// right-aligned in the value column; in a narrow one the status sits right of the figure on its
// baseline when it fits, else under it.
void value_block(const IndicatorRow& row, const DrawContext& context, float left, float right,
                 bool align_right) {
  const Palette& p = context.theme.palette;
  const float top = ImGui::GetCursorScreenPos().y;
  ImGui::SetCursorScreenPos(ImVec2(left, top));
  const float figure_width =
      draw_figure({row.number, row.unit, row.unit_spaced}, context, p.accent, left, right, align_right);
  if (row.status.empty()) return;
  ImFont* caption = context.fonts.caption;
  if (align_right) {
    right_aligned_text(row.status, caption, p.text_muted, right, right - left);
    return;
  }
  const float status_width = text_width(row.status, caption);
  if (left + figure_width + context.theme.metrics.pad + status_width <= right) {
    const float baseline = top + context.fonts.figure->Ascent;
    ImGui::GetWindowDrawList()->AddText(caption, caption->FontSize,
                                        ImVec2(right - status_width, baseline - caption->Ascent),
                                        p.text_muted, row.status.c_str());
    return;
  }
  wrapped_text(row.status, caption, p.text_muted, right);
}

void source_block(const IndicatorRow& row, const DrawContext& context, float left, float right) {
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y + context.theme.metrics.gap / 2));
  wrapped_text(row.source, context.fonts.caption, context.theme.palette.text_muted, right);
}

void row_card(const IndicatorRow& row, const DrawContext& context, const RowLayout& layout) {
  const Metrics& m = context.theme.metrics;
  Card card(context, layout.left, layout.right);
  const float inner_left = layout.left + m.pad;
  const float inner_right = layout.right - m.pad;
  const float top = ImGui::GetCursorScreenPos().y;
  if (layout.wide) {
    const float value_left = inner_right - (inner_right - inner_left) * kValueColumn;
    const float text_right = value_left - m.pad;
    ImGui::SetCursorScreenPos(ImVec2(inner_left, top));
    wrapped_text(row.name, context.fonts.body, context.theme.palette.text, text_right);
    source_block(row, context, inner_left, text_right);
    const float text_bottom = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(value_left, top));
    value_block(row, context, value_left, inner_right, true);
    ImGui::SetCursorScreenPos(ImVec2(inner_left, std::max(text_bottom, ImGui::GetCursorScreenPos().y)));
  } else {
    ImGui::SetCursorScreenPos(ImVec2(inner_left, top));
    wrapped_text(row.name, context.fonts.body, context.theme.palette.text, inner_right);
    value_block(row, context, inner_left, inner_right, false);
    source_block(row, context, inner_left, inner_right);
  }
}

// One card, or a placeholder of its last measured height when it is scrolled out of view.
void row(const IndicatorRow& model, float& measured, const DrawContext& context, const RowLayout& layout) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  if (measured > 0 && (at.y + measured < clip_min.y || at.y > clip_max.y)) {
    ImGui::Dummy(ImVec2(layout.right - layout.left, measured));
  } else {
    row_card(model, context, layout);
    measured = ImGui::GetCursorScreenPos().y - at.y;
  }
  ImGui::SetCursorScreenPos(ImVec2(at.x, ImGui::GetCursorScreenPos().y));
  ImGui::Dummy(ImVec2(0, context.theme.metrics.gap - ImGui::GetStyle().ItemSpacing.y));
}

bool shown(const IndicatorSection& section, const IndicatorListState& state) {
  return state.category.empty() || state.category == section.id;
}

size_t shown_rows(const IndicatorListModel& model, const IndicatorListState& state) {
  size_t count = 0;
  for (const auto& section : model.sections)
    if (shown(section, state)) count += section.rows.size();
  return count;
}

// The category tabs: "all" and one per category, wrapped onto as many lines as the width needs.
void category_tabs(const IndicatorListModel& model, IndicatorListState& state, const DrawContext& context) {
  if (model.all_label.empty()) return;
  const Metrics& m = context.theme.metrics;
  const float left = ImGui::GetCursorScreenPos().x + m.margin;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - m.margin;
  ImVec2 at(left, ImGui::GetCursorScreenPos().y);
  const auto tab = [&](const std::string& label, const std::string& id) {
    const float width = std::max(m.touch * 2.0f, text_width(label, context.fonts.body) + 2 * m.pad);
    if (at.x > left && at.x + width > right) at = ImVec2(left, at.y + m.touch + m.gap / 2);
    ImGui::SetCursorScreenPos(at);
    ImGui::PushID(id.c_str());
    if (touch_button((label + "###tab").c_str(), context, state.category == id)) state.category = id;
    ImGui::PopID();
    at.x = ImGui::GetItemRectMax().x + m.gap / 2;
  };
  tab(model.all_label, "");
  for (const IndicatorSection& section : model.sections) tab(section.title, section.id);
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x, at.y + m.touch + m.gap / 2));
}

void list_body(const IndicatorListModel& model, IndicatorListState& state, const DrawContext& context,
               Intent& intent) {
  const Metrics& m = context.theme.metrics;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  if (!model.open_hint.empty())
    wrapped_text(model.open_hint, context.fonts.caption, context.theme.palette.text_muted, right);
  if (state.layout_width != right - left || state.row_heights.size() != shown_rows(model, state)) {
    state.layout_width = right - left;
    state.row_heights.assign(shown_rows(model, state), 0.0f);
  }
  const RowLayout layout{left, right, right - left >= kWideLayoutMin * m.scale};

  if (model.sections.empty())
    wrapped_text(model.empty_message, context.fonts.body, context.theme.palette.text_muted, right);
  size_t index = 0;
  bool first = true;
  for (const IndicatorSection& section : model.sections) {
    if (!shown(section, state)) continue;
    section_header(section, context, first);
    first = false;
    for (const IndicatorRow& indicator : section.rows) {
      const float top = ImGui::GetCursorScreenPos().y;
      row(indicator, state.row_heights[index++], context, layout);
      const float bottom = top + state.row_heights[index - 1];
      ImGui::PushID(indicator.id.c_str());
      if (tap_area("###indicator", ImVec2(left, top), ImVec2(right, bottom)))
        intent = {IntentKind::OpenIndicator, indicator.id};
      ImGui::PopID();
    }
  }
  ImGui::Dummy(ImVec2(0, m.margin));
}

}  // namespace

Intent draw_indicator_list(const IndicatorListModel& model, IndicatorListState& state,
                           const DrawContext& context) {
  Intent intent = begin_screen("###indicator-list", model.header, context);
  const std::string before = state.category;
  category_tabs(model, state, context);
  if (state.category != before) state.row_heights.clear();  // other rows: measure again
  if (begin_scroll_body("###indicator-scroll", context)) list_body(model, state, context, intent);
  end_scroll_body();
  end_screen();
  return intent;
}

}  // namespace kiosk::ui
