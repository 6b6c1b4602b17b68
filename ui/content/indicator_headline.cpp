#include "content/indicator_headline.hpp"

#include <charconv>

namespace kiosk::ui {
namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// A plain Tohoku value reads best as the headline; a breakdown slice or another region needs context.
bool is_plain(const model::Point& point) {
  return point.region == "tohoku" && point.label.ja.empty() && point.label.en.empty();
}

const model::Point* latest_of_kind(const model::Indicator& indicator, model::PointKind kind) {
  const model::Point* best = nullptr;
  std::string best_key;
  for (const model::Point& point : indicator.points) {
    if (point.kind != kind) continue;
    const std::string key = period_order_key(point.period);
    const bool later = best == nullptr || key > best_key;
    const bool same_but_plainer = best != nullptr && key == best_key && is_plain(point) && !is_plain(*best);
    if (later || same_but_plainer) {
      best = &point;
      best_key = key;
    }
  }
  return best;
}

}  // namespace

std::string period_order_key(std::string_view period) {
  // Each form becomes "YYYY-MM-DD"-like text of its last day; "32" / "13" sort a whole month or
  // year after its own days.
  if (period.size() == 6 && period.substr(0, 2) == "FY" && digits(period.substr(2))) {
    int year = 0;
    std::from_chars(period.data() + 2, period.data() + 6, year);
    return std::to_string(year + 1) + "-03-32";
  }
  if (period.size() == 4 && digits(period)) return std::string(period) + "-13-00";
  if (period.size() == 7 && digits(period.substr(0, 4)) && period[4] == '-')
    return std::string(period) + "-32";
  if (period.size() == 10 && digits(period.substr(0, 4)) && period[4] == '-') return std::string(period);
  return {};
}

const model::Point* headline_point(const model::Indicator& indicator) {
  for (model::PointKind kind :
       {model::PointKind::Actual, model::PointKind::Forecast, model::PointKind::Target})
    if (const model::Point* point = latest_of_kind(indicator, kind)) return point;
  return nullptr;
}

}  // namespace kiosk::ui
