#include "widgets/chart.hpp"

#include <algorithm>
#include <cmath>

#include "i18n/format.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

double nice_step(double span, int wanted_ticks) {
  const double raw = span / std::max(1, wanted_ticks);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (factor * magnitude >= raw) return factor * magnitude;
  return 10 * magnitude;
}

float to_y(double value, const ValueAxis& axis, float top, float bottom) {
  return bottom - static_cast<float>((value - axis.min) / (axis.max - axis.min)) * (bottom - top);
}

float to_x(double value, const ValueAxis& axis, float left, float right) {
  return left + static_cast<float>((value - axis.min) / (axis.max - axis.min)) * (right - left);
}

float widest(const std::vector<std::string>& labels, ImFont* font) {
  float width = 0;
  for (const std::string& label : labels) width = std::max(width, text_width(label, font));
  return width;
}

void text_at(ImDrawList* list, ImFont* font, ImVec2 at, ImU32 colour, const std::string& text) {
  list->AddText(font, font->FontSize, at, colour, text.c_str(), text.c_str() + text.size());
}

void dashed_line(ImDrawList* list, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash) {
  const float length = std::hypot(b.x - a.x, b.y - a.y);
  if (length <= 0) return;
  const ImVec2 step((b.x - a.x) / length, (b.y - a.y) / length);
  for (float at = 0; at < length; at += dash * 2) {
    const float end = std::min(length, at + dash);
    list->AddLine(ImVec2(a.x + step.x * at, a.y + step.y * at), ImVec2(a.x + step.x * end, a.y + step.y * end),
                  colour, thickness);
  }
}

// Diagonal stripes over a rectangle: marks a projected bar without relying on colour.
void hatch(ImDrawList* list, ImVec2 min, ImVec2 max, ImU32 colour, float spacing) {
  list->PushClipRect(min, max, true);
  const float height = max.y - min.y;
  for (float x = min.x - height; x < max.x; x += spacing)
    list->AddLine(ImVec2(x, max.y), ImVec2(x + height, min.y), colour, std::max(1.0f, spacing / 4));
  list->PopClipRect();
}

void reserve(ImVec2 min, ImVec2 max) {
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(max.x - min.x, max.y - min.y));
}

}  // namespace

ValueAxis make_value_axis(const std::vector<double>& values, std::string unit_title, int wanted_ticks) {
  ValueAxis axis;
  axis.unit = std::move(unit_title);
  double low = 0, high = 0;
  for (double value : values) {
    low = std::min(low, value);
    high = std::max(high, value);
  }
  if (high - low <= 0) high = low + 1;
  const double step = nice_step(high - low, wanted_ticks);
  axis.min = std::floor(low / step) * step;
  axis.max = std::ceil(high / step) * step;
  if (axis.max <= axis.min) axis.max = axis.min + step;
  for (double tick = axis.min; tick <= axis.max + step / 2; tick += step) {
    const double rounded = std::abs(tick) < step / 1e6 ? 0.0 : tick;
    axis.ticks.push_back(rounded);
    axis.tick_labels.push_back(format_number(rounded));
  }
  return axis;
}

float bar_chart_height(size_t bars, const DrawContext& context, ImFont* labels) {
  const float line_height = (labels ? labels : context.fonts.caption)->FontSize;
  const float row = std::max(context.theme.metrics.touch * 0.8f, line_height * 1.8f);
  return static_cast<float>(bars) * row + line_height * 3.2f;
}

void draw_line_chart(const ChartData& chart, const DrawContext& context, ImVec2 min, ImVec2 max,
                     ImFont* labels) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  ImFont* caption = labels ? labels : context.fonts.caption;
  const float line_height = caption->FontSize;
  const ValueAxis& axis = chart.axis;

  text_at(list, caption, min, p.text_muted, axis.unit);
  const float top = min.y + line_height * 2.2f;
  const float bottom = max.y - line_height * 1.6f;
  const float left = min.x + widest(axis.tick_labels, caption) + m.pad / 2;
  const float right = max.x - m.pad * 1.5f;

  for (size_t i = 0; i < axis.ticks.size(); ++i) {
    const float y = to_y(axis.ticks[i], axis, top, bottom);
    list->AddLine(ImVec2(left, y), ImVec2(right, y), axis.ticks[i] == 0 ? p.text_muted : p.surface_line,
                  std::max(1.0f, m.scale * (axis.ticks[i] == 0 ? 2.0f : 1.0f)));
    const float width = text_width(axis.tick_labels[i], caption);
    text_at(list, caption, ImVec2(left - m.pad / 4 - width, y - line_height / 2), p.text_muted,
            axis.tick_labels[i]);
  }
  list->AddLine(ImVec2(left, top), ImVec2(left, bottom), p.text_muted, std::max(1.0f, 2 * m.scale));

  const size_t count = chart.items.size();
  if (count == 0) return reserve(min, max);
  const float slot = (right - left) / static_cast<float>(count);
  // Skip x labels that would overlap: show every k-th, always the last.
  const float label_width = [&] {
    float w = 0;
    for (const ChartItem& item : chart.items) w = std::max(w, text_width(item.label, caption));
    return w + m.pad / 2;
  }();
  const size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(label_width / slot)));
  std::vector<ImVec2> at(count);
  for (size_t i = 0; i < count; ++i)
    at[i] = ImVec2(left + slot * (static_cast<float>(i) + 0.5f), to_y(chart.items[i].value, axis, top, bottom));
  const float thickness = std::max(2.0f, 4 * m.scale);
  for (size_t i = 1; i < count; ++i) {
    const ImU32 colour = chart.items[i].projected ? p.series[1] : p.series[0];
    if (chart.items[i].projected)
      dashed_line(list, at[i - 1], at[i], colour, thickness, 12 * m.scale);
    else
      list->AddLine(at[i - 1], at[i], colour, thickness);
  }
  const float radius = std::max(4.0f, 9 * m.scale);
  for (size_t i = 0; i < count; ++i) {
    const ChartItem& item = chart.items[i];
    if (item.projected) {
      list->AddCircleFilled(at[i], radius, p.surface);
      list->AddCircle(at[i], radius, p.series[1], 0, thickness * 0.75f);
    } else {
      list->AddCircleFilled(at[i], radius, p.series[0]);
    }
    const float value_width = text_width(item.value_text, caption);
    const float vx = std::clamp(at[i].x - value_width / 2, left, max.x - value_width);
    text_at(list, caption, ImVec2(vx, at[i].y - radius - line_height * 1.2f), p.text, item.value_text);
    if (i % every == 0 || i + 1 == count) {
      const float width = text_width(item.label, caption);
      const float lx = std::clamp(at[i].x - width / 2, min.x, max.x - width);
      text_at(list, caption, ImVec2(lx, bottom + line_height * 0.3f), p.text_muted, item.label);
    }
  }
  reserve(min, max);
}

void draw_bar_chart(const ChartData& chart, const DrawContext& context, ImVec2 min, ImVec2 max,
                    ImFont* labels) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  ImFont* caption = labels ? labels : context.fonts.caption;
  const float line_height = caption->FontSize;
  const ValueAxis& axis = chart.axis;
  const float row = std::max(m.touch * 0.8f, line_height * 1.8f);

  std::vector<std::string> bar_labels;
  for (const ChartItem& item : chart.items) bar_labels.push_back(item.label);
  const float label_column = std::min(widest(bar_labels, caption) + m.pad / 2, (max.x - min.x) * 0.42f);
  // A value is written past its bar's end: right of a positive bar, left of a negative one. Room is
  // kept on both sides, or the label of the longest negative bar lands on the bar itself.
  float room_right = 0, room_left = 0;
  for (const ChartItem& item : chart.items) {
    float& room = item.value < 0 ? room_left : room_right;
    room = std::max(room, text_width(item.value_text, caption) + m.pad / 4);
  }
  const float label_right = min.x + label_column;
  const float left = label_right + room_left;
  const float right = max.x - room_right - m.pad / 4;
  const float top = min.y;
  const float bottom = top + row * static_cast<float>(chart.items.size());

  for (size_t i = 0; i < axis.ticks.size(); ++i) {
    const float x = to_x(axis.ticks[i], axis, left, right);
    list->AddLine(ImVec2(x, top), ImVec2(x, bottom), axis.ticks[i] == 0 ? p.text_muted : p.surface_line,
                  std::max(1.0f, m.scale * (axis.ticks[i] == 0 ? 2.0f : 1.0f)));
    const float width = text_width(axis.tick_labels[i], caption);
    text_at(list, caption, ImVec2(std::clamp(x - width / 2, min.x, max.x - width), bottom + line_height * 0.2f),
            p.text_muted, axis.tick_labels[i]);
  }
  const float zero = to_x(0, axis, left, right);
  for (size_t i = 0; i < chart.items.size(); ++i) {
    const ChartItem& item = chart.items[i];
    const float y0 = top + row * static_cast<float>(i) + row * 0.18f;
    const float y1 = top + row * static_cast<float>(i + 1) - row * 0.18f;
    list->PushClipRect(ImVec2(min.x, y0 - row * 0.18f), ImVec2(label_right - m.pad / 4, y1 + row * 0.18f), true);
    const float label_width = text_width(item.label, caption);
    text_at(list, caption, ImVec2(std::max(min.x, label_right - m.pad / 4 - label_width), (y0 + y1 - line_height) / 2),
            p.text, item.label);
    list->PopClipRect();
    const float end = to_x(item.value, axis, left, right);
    const ImVec2 a(std::min(zero, end), y0), b(std::max(zero, end), y1);
    const ImU32 colour = p.series[i % 2 == 0 || item.projected ? (item.projected ? 1 : 0) : 4];
    if (item.projected) {
      list->AddRect(a, b, colour, 0, 0, std::max(1.5f, 3 * m.scale));
      hatch(list, a, b, colour, 10 * m.scale);
    } else {
      list->AddRectFilled(a, b, colour);
    }
    const float value_x =
        item.value >= 0 ? b.x + m.pad / 4 : std::max(label_right, a.x - m.pad / 4 - text_width(item.value_text, caption));
    text_at(list, caption, ImVec2(value_x, (y0 + y1 - line_height) / 2), p.text, item.value_text);
  }
  const float unit_width = text_width(axis.unit, caption);
  text_at(list, caption, ImVec2(std::max(min.x, max.x - unit_width), bottom + line_height * 1.5f), p.text_muted,
          axis.unit);
  reserve(min, ImVec2(max.x, std::max(max.y, bottom + line_height * 2.8f)));
}

void draw_progress(const ProgressData& progress, const DrawContext& context, ImVec2 min, ImVec2 max) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  ImFont* caption = context.fonts.caption;
  ImFont* figure = context.fonts.figure;
  const float width = max.x - min.x;
  // The track is the target (100%) at 5/6 of the width, so an actual past the target stays visible.
  const float track_right = min.x + width / 1.2f;
  const float bar_top = min.y + figure->FontSize * 1.3f + caption->FontSize * 1.4f;
  const float bar_bottom = bar_top + std::max(m.touch * 0.6f, caption->FontSize * 1.5f);

  text_at(list, caption, min, p.text_muted, progress.actual_label);
  text_at(list, figure, ImVec2(min.x, min.y + caption->FontSize * 1.2f), p.series[0], progress.actual_text);
  if (!progress.percent_text.empty()) {
    const float aw = text_width(progress.actual_text, figure);
    text_at(list, context.fonts.heading,
            ImVec2(min.x + aw + m.pad, min.y + caption->FontSize * 1.2f + figure->FontSize - context.fonts.heading->FontSize),
            p.text, progress.percent_text);
  }
  const float tw = std::max(text_width(progress.target_label, caption), text_width(progress.target_text, figure));
  const float tx = std::max(min.x + width / 2, track_right - tw);
  text_at(list, caption, ImVec2(tx, min.y), p.text_muted, progress.target_label);
  text_at(list, figure, ImVec2(tx, min.y + caption->FontSize * 1.2f), p.series[1], progress.target_text);

  list->AddRectFilled(ImVec2(min.x, bar_top), ImVec2(track_right, bar_bottom), p.surface_line, m.rounding / 2);
  hatch(list, ImVec2(min.x, bar_top), ImVec2(track_right, bar_bottom), p.background, 14 * m.scale);
  if (progress.has_actual) {
    const float fill = min.x + (track_right - min.x) * std::clamp(progress.fraction, 0.0f, 1.2f);
    list->AddRectFilled(ImVec2(min.x, bar_top), ImVec2(std::max(min.x + 2, fill), bar_bottom), p.series[0],
                        m.rounding / 2);
  }
  // The target mark: a tall line with a flag, not only a colour change.
  list->AddLine(ImVec2(track_right, bar_top - caption->FontSize * 0.4f),
                ImVec2(track_right, bar_bottom + caption->FontSize * 0.4f), p.series[1], std::max(2.0f, 5 * m.scale));
  const std::string zero = "0";
  text_at(list, caption, ImVec2(min.x, bar_bottom + caption->FontSize * 0.3f), p.text_muted, zero);
  const std::string hundred = "100%";
  text_at(list, caption,
          ImVec2(track_right - text_width(hundred, caption) / 2, bar_bottom + caption->FontSize * 0.5f),
          p.text_muted, hundred);
  reserve(min, ImVec2(max.x, std::max(max.y, bar_bottom + caption->FontSize * 2.0f)));
}

}  // namespace kiosk::ui
