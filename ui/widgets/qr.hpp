// QR codes (libqrencode) drawn as ImDrawList rectangles: visitors scan an event's URL to take it home.
// Encode once with the view model; drawing only fills rectangles.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kiosk::ui {

struct QrCode {
  int version = 0;               // QR version 1..40 (size = 17 + 4 * version)
  int size = 0;                  // modules per side, without the quiet zone
  std::vector<uint8_t> modules;  // size * size, row-major, 1 = dark
  bool dark(int x, int y) const { return modules[static_cast<size_t>(y * size + x)] != 0; }
};

inline constexpr int kQrQuietZone = 4;  // light modules around the code, as the standard requires

// Byte-mode, error correction M. nullopt for empty text or text too long for version 40.
std::optional<QrCode> make_qr(std::string_view text);

// Draws the code black on white, quiet zone included, in the square at `min` with side `side`
// (modules are whole pixels, centred). Reserves the square in the layout.
void draw_qr(const QrCode& code, ImVec2 min, float side);

}  // namespace kiosk::ui
