#include "navigation/navigator.hpp"

#include <array>
#include <utility>

namespace kiosk::ui {
namespace {

struct Named {
  std::string_view name;
  Screen screen;
  bool takes_id;
};
constexpr std::array<Named, 10> kScreens{{{"attract", Screen::Attract, false},
                                          {"home", Screen::Home, false},
                                          {"indicators", Screen::Indicators, false},
                                          {"indicator", Screen::IndicatorDetail, true},
                                          {"events", Screen::Events, false},
                                          {"event", Screen::EventDetail, true},
                                          {"exhibitors", Screen::Exhibitors, false},
                                          {"map", Screen::Map, false},
                                          {"crafts", Screen::Crafts, false},
                                          {"staff", Screen::Staff, false}}};

}  // namespace

Result<Route> parse_route(std::string_view name) {
  const size_t colon = name.find(':');
  const std::string_view head = name.substr(0, colon);
  const std::string_view id = colon == std::string_view::npos ? std::string_view{} : name.substr(colon + 1);
  for (const Named& named : kScreens) {
    if (named.name != head) continue;
    if (named.takes_id && id.empty())
      return fail(ErrorCode::Usage,
                  "screen \"" + std::string(name) + "\": needs an id (" + std::string(head) + ":ID)");
    // map:ID highlights a booth and attract:ID starts the loop at a slide; both ids are optional.
    const bool optional_id = named.screen == Screen::Map || named.screen == Screen::Attract;
    if (!named.takes_id && colon != std::string_view::npos && !optional_id)
      return fail(ErrorCode::Usage,
                  "screen \"" + std::string(name) + "\": " + std::string(head) + " takes no id");
    return Route{named.screen, std::string(id)};
  }
  return fail(ErrorCode::Usage,
              "screen \"" + std::string(name) +
                  "\" is not a screen (attract, attract:SLIDE, home, indicators, indicator:ID, events, "
                  "event:ID, exhibitors, map, crafts, staff)");
}

std::string route_name(const Route& route) {
  for (const Named& named : kScreens)
    if (named.screen == route.screen)
      return route.id.empty() ? std::string(named.name) : std::string(named.name) + ":" + route.id;
  return "?";
}

void Navigator::open(Route route) {
  if (route == current_) return;
  stack_.push_back(std::exchange(current_, std::move(route)));
}

void Navigator::back() {
  if (stack_.empty() || (stack_.back().screen == Screen::Attract)) {
    home();
    return;
  }
  current_ = std::move(stack_.back());
  stack_.pop_back();
}

void Navigator::home() {
  stack_.clear();
  current_ = Route{Screen::Home, {}};
}

void Navigator::attract() {
  stack_.clear();
  current_ = Route{Screen::Attract, {}};
}

void Navigator::replace(Route route) { current_ = std::move(route); }

}  // namespace kiosk::ui
