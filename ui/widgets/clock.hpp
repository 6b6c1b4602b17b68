// Clock: the time of day (from the injected clock, so --now rehearsals show the rehearsed time),
// right-aligned at the top of a screen. The text is formatted by the shell once a minute.
#pragma once

#include <cstdint>
#include <string>

#include <imgui.h>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

std::string clock_text(int64_t utc);  // "2026-11-26 13:29" in Asia/Tokyo (JST, no DST)
// Draws `text` right-aligned to screen x `right` at `at.y`; returns the height used.
float draw_clock(const std::string& text, const DrawContext& context, ImVec2 at, float right);

}  // namespace kiosk::ui
