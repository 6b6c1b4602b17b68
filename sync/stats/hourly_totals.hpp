// HourlyTotals: the in-memory side of proof of play. Events are summed per hour, kind, screen, item
// and language until the recorder commits them; an event's count goes to the hour it began in and
// its dwell time is split over the hours it covered (a slide on screen from 10:59:50 for 20 s puts
// 10 s into 10:00 and 10 s into 11:00, with the play counted once, at 10:00).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "stats/play_event.hpp"

namespace kiosk::stats {

class HourlyTotals {
 public:
  void add(const PlayEvent& event);  // folds one event in (negative dwell counts as 0)
  void add(const HourRow& row);      // folds a row in (sums count and dwell)
  std::vector<HourRow> rows() const;  // sorted by hour, kind, screen, item, language
  std::vector<HourRow> take();        // rows(), then empty
  bool empty() const { return totals_.empty(); }

 private:
  using Key = std::tuple<int64_t, int, std::string, std::string, std::string>;
  struct Sums {
    int64_t count = 0;
    int64_t dwell_ms = 0;
  };
  Sums& at(int64_t hour_utc, const PlayEvent& event);
  std::map<Key, Sums> totals_;
};

}  // namespace kiosk::stats
