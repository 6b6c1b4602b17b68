// Which single value stands for an indicator on a list row, a tile or an attract slide.
#pragma once

#include <string>
#include <string_view>

#include "model/content.hpp"

namespace kiosk::ui {

// The latest `actual` point; when there is none, the latest forecast, then the latest target
// (a KPI known only by its goal). Among points of the same period a plain Tohoku value (no breakdown
// label) wins, then file order. nullptr when the indicator has no points at all.
const model::Point* headline_point(const model::Indicator& indicator);

// A key that orders periods by when they end: "2020" < "FY2020" (ends March 2021) < "2021-06".
// Unknown forms sort first.
std::string period_order_key(std::string_view period);

}  // namespace kiosk::ui
