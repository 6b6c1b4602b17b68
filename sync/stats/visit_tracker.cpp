#include "stats/visit_tracker.hpp"

#include <algorithm>

namespace kiosk::stats {

Shown shown_from_route(std::string_view route_name, std::string_view language) {
  Shown shown;
  const size_t colon = route_name.find(':');
  shown.screen = std::string(route_name.substr(0, colon));
  if (colon != std::string_view::npos) shown.item = std::string(route_name.substr(colon + 1));
  shown.kind = shown.screen == "attract" ? PlayKind::Slide : PlayKind::Visit;
  shown.language = std::string(language);
  return shown;
}

std::optional<PlayEvent> VisitTracker::update(const std::optional<Shown>& now, int64_t wall_ms,
                                              int64_t steady_ms) {
  if (now && current_ && now->same_place(*current_)) return std::nullopt;
  if (!now && !current_) return std::nullopt;
  std::optional<PlayEvent> ended = finish(steady_ms);
  if (now) {
    current_ = now;
    started_wall_ms_ = wall_ms;
    started_steady_ms_ = steady_ms;
  }
  return ended;
}

std::optional<PlayEvent> VisitTracker::finish(int64_t steady_ms) {
  if (!current_) return std::nullopt;
  PlayEvent event{current_->kind, current_->screen, current_->item, current_->language, started_wall_ms_,
                  std::max<int64_t>(0, steady_ms - started_steady_ms_)};
  current_.reset();
  return event;
}

}  // namespace kiosk::stats
