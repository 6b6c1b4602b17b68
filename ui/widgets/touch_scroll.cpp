#include "widgets/touch_scroll.hpp"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>

namespace kiosk::ui {
namespace {

// Keys in the parent window's storage, combined with the list's id.
enum Slot : ImGuiID { Pressing = 1, Dragging, AnchorY, AnchorScroll, Velocity, LastY, LastT, Scroll, ScrollMax,
                      Height, Catch };
constexpr float kFriction = 3.5f;       // 1/s: coasting speed decays by e every ~0.3 s
constexpr float kStopSpeed = 20.0f;     // px/s below which coasting stops
constexpr float kCatchSpeed = 120.0f;   // px/s above which a press stops the list instead of tapping
constexpr float kStillSeconds = 0.08f;  // a finger held this long before release leaves no momentum

struct Frame {
  ImGuiStorage* storage;
  ImGuiID id;
  float get(Slot slot) const { return storage->GetFloat(id + slot, 0.0f); }
  void set(Slot slot, float value) const { storage->SetFloat(id + slot, value); }
};

// Per-frame bookkeeping of the ImGui thread, like ImGui's own current-window pointer: the list between
// begin and end (one level: lists do not nest), and the last frame in which a list was moving.
ImGuiID g_current = 0;
int g_moving_frame = -1;

void track_press(const Frame& f, const ImRect& rect, float slop) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float scroll = f.get(Scroll);
  const bool hovered =
      rect.Contains(io.MousePos) &&
      ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  if (io.MouseClicked[0] && hovered) {
    const bool catching = std::fabs(f.get(Velocity)) > kCatchSpeed;
    f.set(Pressing, 1);
    f.set(Dragging, 0);
    f.set(Catch, catching ? 1 : 0);
    f.set(AnchorY, io.MousePos.y);
    f.set(AnchorScroll, scroll);
    f.set(LastY, io.MousePos.y);
    f.set(LastT, static_cast<float>(ImGui::GetTime()));
    f.set(Velocity, 0);
  }
  if (f.get(Pressing) == 0) return;
  if (!io.MouseDown[0]) {  // released
    f.set(Pressing, 0);
    if (static_cast<float>(ImGui::GetTime()) - f.get(LastT) > kStillSeconds) f.set(Velocity, 0);
    if (f.get(Dragging) != 0 && ImGui::GetActiveID() == f.id) ImGui::ClearActiveID();
    f.set(Dragging, 0);
    return;
  }
  if (f.get(Dragging) == 0 && (f.get(Catch) != 0 || std::fabs(io.MousePos.y - f.get(AnchorY)) > slop)) {
    f.set(Dragging, 1);
    f.set(AnchorY, io.MousePos.y);  // no jump by the slop
    f.set(AnchorScroll, scroll);
  }
  if (f.get(Dragging) == 0) return;
  ImGui::SetActiveID(f.id, window);  // the list owns the press: the button under it will not fire
  const float now = static_cast<float>(ImGui::GetTime());
  const float dt = now - f.get(LastT);
  if (dt > 0.001f && io.MousePos.y != f.get(LastY)) {
    const float instant = -(io.MousePos.y - f.get(LastY)) / dt;
    f.set(Velocity, f.get(Velocity) * 0.3f + instant * 0.7f);
    f.set(LastY, io.MousePos.y);
    f.set(LastT, now);
  }
  f.set(Scroll, std::clamp(f.get(AnchorScroll) - (io.MousePos.y - f.get(AnchorY)), 0.0f, f.get(ScrollMax)));
}

void coast(const Frame& f, const ImRect& rect) {
  const ImGuiIO& io = ImGui::GetIO();
  if (f.get(Pressing) == 0) {
    float v = f.get(Velocity);
    float scroll = f.get(Scroll) + v * io.DeltaTime;
    v *= std::exp(-kFriction * io.DeltaTime);
    if (scroll <= 0 || scroll >= f.get(ScrollMax) || std::fabs(v) < kStopSpeed) v = 0;
    f.set(Velocity, v);
    f.set(Scroll, std::clamp(scroll, 0.0f, f.get(ScrollMax)));
  }
  if (io.MouseWheel != 0 && rect.Contains(io.MousePos) && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) {
    f.set(Velocity, 0);
    f.set(Scroll, std::clamp(f.get(Scroll) - io.MouseWheel * rect.GetHeight() * 0.15f, 0.0f, f.get(ScrollMax)));
  }
}

}  // namespace

float TouchScroll::tap_slop(const DrawContext& context) { return std::max(8.0f, context.theme.metrics.touch * 0.2f); }

bool TouchScroll::begin(const char* id, ImVec2 size, const DrawContext& context) {
  ImGuiWindow* parent = ImGui::GetCurrentWindow();
  const Frame f{&parent->StateStorage, parent->GetID(id)};
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 full = ImGui::CalcItemSize(size, ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y);
  const ImRect rect(at, ImVec2(at.x + full.x, at.y + full.y));
  track_press(f, rect, tap_slop(context));
  coast(f, rect);
  ImGui::SetNextWindowScroll(ImVec2(-1.0f, f.get(Scroll)));
  g_current = f.id;
  const bool visible = ImGui::BeginChild(id, size, false,
                                         ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar |
                                             ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (f.get(Dragging) != 0) ImGui::KeepAliveID(f.id);
  if (f.get(Pressing) != 0 || f.get(Velocity) != 0) g_moving_frame = ImGui::GetFrameCount();
  return visible;
}

void TouchScroll::end() {
  ImGuiWindow* child = ImGui::GetCurrentWindow();
  const float max = ImGui::GetScrollMaxY();
  const float scroll = ImGui::GetScrollY();
  const ImRect rect = child->Rect();
  ImGui::EndChild();
  ImGuiWindow* parent = ImGui::GetCurrentWindow();
  const Frame f{&parent->StateStorage, g_current};
  f.set(ScrollMax, max);
  f.set(Height, rect.GetHeight());
  if (f.get(Pressing) == 0 && std::fabs(f.get(Velocity)) == 0) f.set(Scroll, std::min(f.get(Scroll), max));
  if (max <= 0) return;
  // The position indicator: always shown (never hover-only) so visitors see there is more.
  const float track = rect.GetHeight();
  const float thumb = std::max(track * track / (track + max), track * 0.08f);
  const float y = rect.Min.y + (track - thumb) * (scroll / max);
  const float w = std::max(4.0f, ImGui::GetStyle().ScrollbarSize * 0.25f);
  parent->DrawList->AddRectFilled(ImVec2(rect.Max.x - w * 2, y), ImVec2(rect.Max.x - w, y + thumb),
                                  IM_COL32(0, 0, 0, 70), w / 2);
}

bool TouchScroll::dragging() {
  ImGuiWindow* child = ImGui::GetCurrentWindow();
  ImGuiWindow* parent = child->ParentWindow ? child->ParentWindow : child;
  return parent->StateStorage.GetFloat(g_current + Dragging, 0.0f) != 0;
}

bool TouchScroll::any_moving() {
  return g_moving_frame == ImGui::GetFrameCount();
}

void TouchScroll::reset(const char* id) {
  ImGuiWindow* parent = ImGui::GetCurrentWindow();
  const Frame f{&parent->StateStorage, parent->GetID(id)};
  for (Slot s : {Pressing, Dragging, Velocity, Scroll}) f.set(s, 0);
}

}  // namespace kiosk::ui
