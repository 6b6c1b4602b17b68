#include "widgets/card.hpp"

#include <imgui.h>

namespace kiosk::ui {

Card::Card(const DrawContext& context, float left, float right)
    : context_(context),
      draw_list_(ImGui::GetWindowDrawList()),
      left_(left),
      right_(right),
      top_(ImGui::GetCursorScreenPos().y) {
  draw_list_->ChannelsSplit(2);
  draw_list_->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(left + context.theme.metrics.pad, top_ + context.theme.metrics.pad));
}

Card::~Card() {
  const Metrics& m = context_.theme.metrics;
  const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y + m.pad;
  draw_list_->ChannelsSetCurrent(0);
  draw_list_->AddRectFilled(ImVec2(left_, top_), ImVec2(right_, bottom), context_.theme.palette.surface,
                            m.rounding);
  draw_list_->AddRect(ImVec2(left_, top_), ImVec2(right_, bottom), context_.theme.palette.surface_line,
                      m.rounding, 0, 1.0f);
  draw_list_->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(left_, bottom));
  ImGui::Dummy(ImVec2(right_ - left_, 0));  // tells the window how far the content reaches
}

}  // namespace kiosk::ui
