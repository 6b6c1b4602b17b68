#include "screens/staff.hpp"

#include <algorithm>

#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;
constexpr const char* kUnknown = "—";

void open_window(const char* id) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin(id, nullptr, kScreenFlags);
}

void close_window() {
  ImGui::End();
  ImGui::PopStyleVar();
}

bool pad_button(const char* label_with_id, ImVec2 size, const DrawContext& context) {
  ImGui::PushFont(context.fonts.title);
  ImGui::PushStyleColor(ImGuiCol_Text, context.theme.palette.on_button);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, context.theme.metrics.rounding);
  const bool pressed = ImGui::Button(label_with_id, size);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  ImGui::PopFont();
  return pressed;
}

}  // namespace

StaffModel make_staff(const UiStrings& strings, const StaffStatus& status, const std::string& version,
                      const std::string& uptime, const std::string& fps) {
  auto or_unknown = [](const std::string& v) { return v.empty() ? std::string(kUnknown) : v; };
  StaffModel model;
  model.bar = {strings.get("app.title"), "", strings.get("lang.switch_to_other")};
  model.title = strings.get("staff.title");
  model.pin_label = strings.get("staff.pin");
  model.rows = {{strings.get("staff.version"), or_unknown(version) + "  (" + or_unknown(status.content_source) + ")"},
                {strings.get("staff.last_sync"), or_unknown(status.last_sync)},
                {strings.get("staff.last_error"), or_unknown(status.last_error)},
                {strings.get("staff.storage"), or_unknown(status.storage)},
                {strings.get("staff.uptime"), or_unknown(uptime)},
                {strings.get("staff.fps"), or_unknown(fps)}};
  if (status.today) {  // "12 slides played · 5 screens opened · 40 touches"
    model.rows.push_back({strings.get("staff.today"),
                          strings.format("staff.today_plays", std::to_string(status.today->plays)) + " · " +
                              strings.format("staff.today_visits", std::to_string(status.today->visits)) + " · " +
                              strings.format("staff.today_touches", std::to_string(status.today->touches))});
  }
  model.sync_now = strings.get("staff.sync_now");
  model.back = strings.get("common.back");
  return model;
}

PinAction draw_pin_pad(const StaffModel& model, PinPadState& state, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  open_window("###staff-pin");
  draw_title_bar(model.bar, context);  // the language switch does nothing here: staff read either
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float key = std::max(m.touch * 1.6f, std::min(viewport->Size.x, viewport->Size.y) * 0.11f);
  const float pad_w = key * 3 + m.gap * 2;
  const float left = viewport->Pos.x + (viewport->Size.x - pad_w) / 2;
  float y = ImGui::GetCursorScreenPos().y + m.margin;
  ImGui::SetCursorScreenPos(ImVec2(left, y));
  wrapped_text(model.title + " — " + model.pin_label, context.fonts.heading, p.text, left + pad_w);
  std::string dots(state.digits.size(), '*');
  if (dots.empty()) dots = " ";
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y + m.gap));
  wrapped_text(state.wrong ? dots + "   ×" : dots, context.fonts.title, state.wrong ? p.series[3] : p.text,
               left + pad_w);
  y = ImGui::GetCursorScreenPos().y + m.gap;
  PinAction action = PinAction::None;
  static constexpr const char* kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"};
  for (int i = 0; i < 12; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(left + static_cast<float>(i % 3) * (key + m.gap),
                                     y + static_cast<float>(i / 3) * (key + m.gap)));
    const std::string id = std::string(kKeys[i]) + "###pin-" + kKeys[i];
    if (!pad_button(id.c_str(), ImVec2(key, key), context)) continue;
    state.wrong = false;
    if (i == 9) state.digits.clear();
    else if (i == 11) action = PinAction::Submit;
    else if (state.digits.size() < 12) state.digits += kKeys[i];
  }
  ImGui::SetCursorScreenPos(ImVec2(left, y + 4 * (key + m.gap)));
  if (pad_button((model.back + "###pin-back").c_str(), ImVec2(pad_w, m.touch * 1.2f), context))
    action = PinAction::Cancel;
  close_window();
  return action;
}

Intent draw_staff(const StaffModel& model, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  open_window("###staff");
  Intent intent;
  if (draw_title_bar(model.bar, context)) intent.kind = IntentKind::SwitchLanguage;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float left = viewport->Pos.x + m.margin;
  const float right = viewport->Pos.x + viewport->Size.x - m.margin;
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y + m.margin));
  wrapped_text(model.title, context.fonts.title, p.text, right);
  const bool wide = right - left > 1000 * m.scale;
  const float value_left = wide ? left + (right - left) * 0.32f : left;
  for (const auto& [label, value] : model.rows) {
    const float y = ImGui::GetCursorScreenPos().y + m.gap;
    ImGui::SetCursorScreenPos(ImVec2(left, y));
    wrapped_text(label, context.fonts.body, p.text_muted, wide ? value_left - m.pad : right);
    ImGui::SetCursorScreenPos(wide ? ImVec2(value_left, y) : ImVec2(left, ImGui::GetCursorScreenPos().y));
    wrapped_text(value, context.fonts.body, p.text, right);
  }
  const float button_w = std::max(m.touch * 4, (right - left - m.gap) / 2);
  const float y = ImGui::GetCursorScreenPos().y + m.margin;
  ImGui::SetCursorScreenPos(ImVec2(left, y));
  if (pad_button((model.sync_now + "###staff-sync").c_str(), ImVec2(button_w, m.touch * 1.3f), context))
    intent.kind = IntentKind::SyncNow;
  ImGui::SetCursorScreenPos(ImVec2(left + button_w + m.gap, y));
  if (pad_button((model.back + "###staff-back").c_str(), ImVec2(std::min(button_w, right - left - button_w - m.gap),
                                                               m.touch * 1.3f), context))
    intent.kind = IntentKind::Back;
  close_window();
  return intent;
}

}  // namespace kiosk::ui
