// Navigator: which screen the visitor is on and how they got there. A route is a screen plus the id
// of what it shows (an indicator, an event); the back stack holds the routes left behind, so "back"
// returns to the list the detail was opened from. Screen names are the ones `--screen` takes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace kiosk::ui {

enum class Screen { Attract, Home, Indicators, IndicatorDetail, Events, EventDetail, Exhibitors, Map, Crafts, Staff };

struct Route {
  Screen screen = Screen::Attract;
  std::string id;  // indicator:ID, event:ID, map (selected exhibitor); empty otherwise
  bool operator==(const Route&) const = default;
};

// "attract", "home", "indicators", "indicator:ID", "events", "event:ID", "exhibitors", "map", "crafts",
// "staff". Error (Usage) names the text and lists the names.
Result<Route> parse_route(std::string_view name);
std::string route_name(const Route& route);  // inverse of parse_route

class Navigator {
 public:
  const Route& current() const { return current_; }
  void open(Route route);          // pushes the current route (a detail over its list)
  void back();                     // pops; to Home when the stack is empty (never to Attract)
  void home();                     // Home, stack cleared
  void attract();                  // Attract, stack cleared (idle timeout)
  void replace(Route route);       // current replaced, stack kept (e.g. a removed item's detail)
  size_t depth() const { return stack_.size(); }

 private:
  Route current_;
  std::vector<Route> stack_;
};

}  // namespace kiosk::ui
