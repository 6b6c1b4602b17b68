#include "screens/home.hpp"

#include "widgets/clock.hpp"

namespace kiosk::ui {
namespace {

constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

std::string other_text(const UiStrings& strings, const std::string& key) {
  const auto found = strings.all().find(key);
  if (found == strings.all().end()) return {};
  return strings.language() == Language::Ja ? found->second.en : found->second.ja;
}

}  // namespace

HomeModel make_home(const UiStrings& strings) {
  HomeModel model;
  model.bar = {strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")};
  const std::array<const char*, 4> screens{"indicators", "events", "exhibitors", "crafts"};
  for (size_t i = 0; i < screens.size(); ++i) {
    const std::string key = std::string("home.") + screens[i];
    model.tiles[i] = {screens[i], {strings.get(key), other_text(strings, key)}};
  }
  return model;
}

Intent draw_home(const HomeModel& model, const std::string& clock_text, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("###home", nullptr, kScreenFlags);
  Intent intent;
  if (draw_title_bar(model.bar, context)) intent.kind = IntentKind::SwitchLanguage;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const ImVec2 end(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y);

  const float clock_h = draw_clock(clock_text, context, ImVec2(top.x + m.margin, top.y + m.margin),
                                   end.x - m.margin);
  const ImVec2 area_min(top.x + m.margin, top.y + m.margin + clock_h + m.gap);
  const ImVec2 area_max(end.x - m.margin, end.y - m.margin);
  const bool landscape = viewport->Size.x >= viewport->Size.y;
  const int columns = landscape ? 2 : 1;
  const int rows = 4 / columns;
  const float gap = m.gap * 1.5f;
  const float w = (area_max.x - area_min.x - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float h = (area_max.y - area_min.y - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
  for (size_t i = 0; i < model.tiles.size(); ++i) {
    const float x = area_min.x + static_cast<float>(static_cast<int>(i) % columns) * (w + gap);
    const float y = area_min.y + static_cast<float>(static_cast<int>(i) / columns) * (h + gap);
    const std::string id = "###tile-" + model.tiles[i].screen;
    if (draw_tile(id.c_str(), model.tiles[i].text, context.theme.palette.series[i], context, ImVec2(x, y),
                  ImVec2(x + w, y + h)))
      intent = {IntentKind::OpenScreen, model.tiles[i].screen};
  }
  ImGui::End();
  ImGui::PopStyleVar();
  return intent;
}

}  // namespace kiosk::ui
