// PanelRotation: a panel mounted turned (a landscape 1920x1080 panel standing as a 1080x1920 portrait
// totem) shows the picture rotated, and its touch controller reports touches in the panel's own
// coordinates. Both must turn together, or a visitor taps one button and gets another (the classic
// failure of browser kiosks, which rotate the picture with xrandr and forget the touch matrix).
//
// `degrees` is how far the picture is turned clockwise on the panel: 0, 90, 180 or 270. The ui lays
// out for ui_size() and never sees the panel's orientation; ImGuiSession draws into a texture of that
// size and copies it turned onto the panel, and maps every pointer position back with to_ui().
#pragma once

#include <imgui.h>

#include "common/result.hpp"
#include "render/display.hpp"

namespace kiosk::ui {

class PanelRotation {
 public:
  // Error (ErrorCode::Usage) unless degrees is 0, 90, 180 or 270.
  static Result<PanelRotation> make(int degrees, PixelSize panel);
  PanelRotation() = default;  // not turned, size unknown until the display opens

  int degrees() const { return degrees_; }
  bool turned() const { return degrees_ != 0; }
  PixelSize panel() const { return panel_; }
  PixelSize ui_size() const;            // the panel's size as the ui sees it (swapped at 90 and 270)
  ImVec2 to_ui(ImVec2 on_panel) const;  // a touch on the panel -> the point of the ui under it
  ImVec2 to_panel(ImVec2 in_ui) const;  // the inverse: where a point of the ui shows on the panel

 private:
  PanelRotation(int degrees, PixelSize panel) : degrees_(degrees), panel_(panel) {}
  int degrees_ = 0;
  PixelSize panel_;
};

}  // namespace kiosk::ui
