#include "widgets/clock.hpp"

#include <cstdio>
#include <ctime>

#include "widgets/text.hpp"

namespace kiosk::ui {

std::string clock_text(int64_t utc) {
  const std::time_t local = static_cast<std::time_t>(utc + 9 * 3600);  // Japan has no DST
  std::tm tm{};
  gmtime_r(&local, &tm);
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d  %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min);
  return text;
}

float draw_clock(const std::string& text, const DrawContext& context, ImVec2 at, float right) {
  ImFont* font = context.fonts.heading;
  const float w = text_width(text, font);
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(right - w, at.y), context.theme.palette.text,
                                      text.c_str());
  return font->FontSize;
}

}  // namespace kiosk::ui
