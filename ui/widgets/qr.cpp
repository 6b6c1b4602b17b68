#include "widgets/qr.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include <qrencode.h>

namespace kiosk::ui {

std::optional<QrCode> make_qr(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const std::string copy(text);  // qrencode wants a NUL-terminated string
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
      QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
  if (!encoded) return std::nullopt;
  QrCode code;
  code.version = encoded->version;
  code.size = encoded->width;
  code.modules.resize(static_cast<size_t>(code.size * code.size));
  for (size_t i = 0; i < code.modules.size(); ++i) code.modules[i] = encoded->data[i] & 1;  // bit 0 = dark
  return code;
}

void draw_qr(const QrCode& code, ImVec2 min, float side) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const int total = code.size + 2 * kQrQuietZone;
  const float module = std::max(1.0f, std::floor(side / static_cast<float>(total)));
  const float used = module * static_cast<float>(total);
  const ImVec2 origin(std::floor(min.x + (side - used) / 2), std::floor(min.y + (side - used) / 2));
  list->AddRectFilled(origin, ImVec2(origin.x + used, origin.y + used), IM_COL32_WHITE);
  const float start = module * kQrQuietZone;
  for (int y = 0; y < code.size; ++y)
    for (int x = 0; x < code.size;) {
      if (!code.dark(x, y)) {
        ++x;
        continue;
      }
      int run = x;  // one rectangle per horizontal run keeps the draw list short
      while (run < code.size && code.dark(run, y)) ++run;
      const ImVec2 a(origin.x + start + module * static_cast<float>(x), origin.y + start + module * static_cast<float>(y));
      list->AddRectFilled(a, ImVec2(a.x + module * static_cast<float>(run - x), a.y + module), IM_COL32_BLACK);
      x = run;
    }
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(side, side));
}

}  // namespace kiosk::ui
