// TouchScroll: a vertically scrolling region driven by a finger (or a mouse held down): drag to
// scroll, let go to coast with inertia, tap to press what is under the finger. Use it for every list.
//
//   if (TouchScroll::begin("###events-list", ImVec2(0, 0), context)) {  // size as for BeginChild
//     ... rows; plain ImGui::Button / InvisibleButton taps work inside ...
//   }
//   TouchScroll::end();  // always, like EndChild
//
// Tap versus drag: a press becomes a drag once the finger moved more than tap_slop(); from then on
// the list owns the press (ImGui's active id), so the button it started on shows no pressed state
// and does not fire on release. A press on a coasting list only stops it. The wheel also scrolls.
// No state to keep: position and momentum live in ImGui's storage under the id, like ImGui's own
// widgets, so the id must be stable across frames and languages ("###...").
// Redraws: while any list is dragged or coasting, any_moving() is true; the ui shell then keeps
// drawing frames (at a capped rate) and sleeps again once everything is still.
#pragma once

#include <imgui.h>

#include "widgets/draw_context.hpp"

namespace kiosk::ui {

class TouchScroll {
 public:
  static bool begin(const char* id, ImVec2 size, const DrawContext& context);  // opens the child window
  static void end();                                 // closes it and draws the position indicator
  static bool dragging();                            // inside begin/end: the current list is being dragged
  static bool any_moving();                          // after a frame: a list is dragged or still coasting
  static float tap_slop(const DrawContext& context);  // movement (px) above which a press is a drag
  static void reset(const char* id);                 // in the current window: back to the top, no motion
};

}  // namespace kiosk::ui
