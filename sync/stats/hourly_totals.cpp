#include "stats/hourly_totals.hpp"

#include <algorithm>

namespace kiosk::stats {
namespace {

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

const char* kind_name(PlayKind kind) {
  switch (kind) {
    case PlayKind::Slide: return "slide";
    case PlayKind::Visit: return "visit";
    case PlayKind::Touch: return "touch";
  }
  return "visit";
}

std::optional<PlayKind> parse_kind(std::string_view name) {
  for (PlayKind kind : {PlayKind::Slide, PlayKind::Visit, PlayKind::Touch})
    if (name == kind_name(kind)) return kind;
  return std::nullopt;
}

HourlyTotals::Sums& HourlyTotals::at(int64_t hour_utc, const PlayEvent& event) {
  return totals_[Key{hour_utc, static_cast<int>(event.kind), event.screen, event.item, event.language}];
}

void HourlyTotals::add(const PlayEvent& event) {
  constexpr int64_t kHourMs = kHourSeconds * 1000;
  int64_t hour_start_ms = floor_div(event.start_ms, kHourMs) * kHourMs;
  at(hour_start_ms / 1000, event).count += 1;
  // Walk the hours the dwell covers; each gets the part of the dwell that fell inside it.
  int64_t from = event.start_ms;
  const int64_t until = event.start_ms + std::max<int64_t>(0, event.dwell_ms);
  while (from < until) {
    const int64_t hour_end = hour_start_ms + kHourMs;
    const int64_t part_end = std::min(until, hour_end);
    at(hour_start_ms / 1000, event).dwell_ms += part_end - from;
    from = part_end;
    hour_start_ms = hour_end;
  }
}

void HourlyTotals::add(const HourRow& row) {
  Sums& sums = totals_[Key{row.hour_utc, static_cast<int>(row.kind), row.screen, row.item, row.language}];
  sums.count += row.count;
  sums.dwell_ms += row.dwell_ms;
}

std::vector<HourRow> HourlyTotals::rows() const {
  std::vector<HourRow> out;
  out.reserve(totals_.size());
  for (const auto& [key, sums] : totals_) {
    const auto& [hour, kind, screen, item, language] = key;
    out.push_back({hour, static_cast<PlayKind>(kind), screen, item, language, sums.count, sums.dwell_ms});
  }
  return out;
}

std::vector<HourRow> HourlyTotals::take() {
  std::vector<HourRow> out = rows();
  totals_.clear();
  return out;
}

}  // namespace kiosk::stats
