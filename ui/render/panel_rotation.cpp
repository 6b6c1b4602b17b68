#include "render/panel_rotation.hpp"

#include <string>

namespace kiosk::ui {

Result<PanelRotation> PanelRotation::make(int degrees, PixelSize panel) {
  if (degrees != 0 && degrees != 90 && degrees != 180 && degrees != 270)
    return fail(ErrorCode::Usage, "rotation " + std::to_string(degrees) + " is not one of 0, 90, 180, 270");
  return PanelRotation(degrees, panel);
}

PixelSize PanelRotation::ui_size() const {
  return degrees_ == 90 || degrees_ == 270 ? PixelSize{panel_.height, panel_.width} : panel_;
}

// Coordinates are continuous (pixel edges), so a point and its image differ by whole sizes only.
// Turning the picture by 90 clockwise takes the ui's top-left corner to the panel's top-right.
ImVec2 PanelRotation::to_ui(ImVec2 p) const {
  const float w = static_cast<float>(panel_.width), h = static_cast<float>(panel_.height);
  switch (degrees_) {
    case 90:
      return ImVec2(p.y, w - p.x);
    case 180:
      return ImVec2(w - p.x, h - p.y);
    case 270:
      return ImVec2(h - p.y, p.x);
    default:
      return p;
  }
}

ImVec2 PanelRotation::to_panel(ImVec2 u) const {
  const float w = static_cast<float>(panel_.width), h = static_cast<float>(panel_.height);
  switch (degrees_) {
    case 90:
      return ImVec2(w - u.y, u.x);
    case 180:
      return ImVec2(w - u.x, h - u.y);
    case 270:
      return ImVec2(u.y, h - u.x);
    default:
      return u;
  }
}

}  // namespace kiosk::ui
