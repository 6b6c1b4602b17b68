#include "widgets/sparkline.hpp"

#include <algorithm>

namespace kiosk::ui {

void draw_sparkline(const std::vector<double>& values, const DrawContext& context, ImVec2 min, ImVec2 max,
                    ImU32 colour) {
  if (values.size() < 2) return;
  const auto [lo_it, hi_it] = std::minmax_element(values.begin(), values.end());
  const double lo = std::min(0.0, *lo_it);
  const double hi = *hi_it > lo ? *hi_it : lo + 1;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line = std::max(2.0f, 4.0f * context.theme.metrics.scale);
  draw->AddLine(ImVec2(min.x, max.y), ImVec2(max.x, max.y), context.theme.palette.surface_line, line / 2);
  std::vector<ImVec2> points;
  points.reserve(values.size());
  for (size_t i = 0; i < values.size(); ++i) {
    const float x = min.x + (max.x - min.x) * static_cast<float>(i) / static_cast<float>(values.size() - 1);
    const float y = max.y - (max.y - min.y) * static_cast<float>((values[i] - lo) / (hi - lo));
    points.emplace_back(x, y);
  }
  draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, line);
  for (const ImVec2& p : points) draw->AddCircleFilled(p, line * 1.6f, colour);
}

}  // namespace kiosk::ui
