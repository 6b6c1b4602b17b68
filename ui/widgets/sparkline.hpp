// Sparkline: a small line chart without axes for an attract slide's trend, min and max labelled.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

// Draws `values` (oldest first) scaled into [min, max] with the accent colour; nothing for < 2 values.
void draw_sparkline(const std::vector<double>& values, const DrawContext& context, ImVec2 min, ImVec2 max,
                    ImU32 colour);

}  // namespace kiosk::ui
