// Text drawing helpers on top of ImGui: a font, a colour and a wrap width in one call, so screens
// read as layout instead of Push/Pop bookkeeping. All sizes are screen pixels.
#pragma once

#include <string_view>

#include <imgui.h>

namespace kiosk::ui {

// Draws `text` at the cursor, wrapped to end at screen x `wrap_right`; advances the cursor below it.
void wrapped_text(std::string_view text, ImFont* font, ImU32 colour, float wrap_right);
// Draws `text` on one line ending at screen x `right` when it fits in `max_width`; otherwise wrapped
// left-aligned in that width. Advances the cursor below it.
void right_aligned_text(std::string_view text, ImFont* font, ImU32 colour, float right, float max_width);
// Height `text` takes when wrapped to `width` (same rule as wrapped_text).
float wrapped_height(std::string_view text, ImFont* font, float width);
// Width of `text` on one line.
float text_width(std::string_view text, ImFont* font);

}  // namespace kiosk::ui
