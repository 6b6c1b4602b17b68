// The indicator chart as inline SVG: the same data the kiosk's chart widget draws (one line per
// region/label series, periods in source order on x), so the browser preview and the kiosk show
// the same figure. Styling stays in style.css; only the series colours are inline.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "html/escape.hpp"
#include "html/site.hpp"

namespace kiosk::html {
namespace {

// Okabe-Ito, as the kiosk's theme: distinguishable with the common colour-vision deficiencies.
constexpr const char* kSeriesColours[] = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7"};

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string figure(double value) {  // axis label: no trailing ".0"
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

}  // namespace

std::string svg_chart(const model::Indicator& indicator, int width, int height) {
  if (indicator.points.empty()) return {};
  // Periods in first-seen order form the x axis; series are keyed by region and breakdown label.
  std::vector<std::string> periods;
  std::vector<std::pair<std::string, std::string>> series_keys;
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<size_t, double>>> series;
  double low = indicator.points.front().value, high = low;
  for (const model::Point& p : indicator.points) {
    auto at = std::find(periods.begin(), periods.end(), p.period);
    const size_t x = static_cast<size_t>(at - periods.begin());
    if (at == periods.end()) periods.push_back(p.period);
    const auto key = std::make_pair(p.region, p.label.ja);
    if (!series.count(key)) series_keys.push_back(key);
    series[key].emplace_back(x, p.value);
    low = std::min(low, p.value);
    high = std::max(high, p.value);
  }
  low = std::min(low, 0.0);  // bars and lines start at zero, as the kiosk's chart does
  if (high <= low) high = low + 1;
  const double left = 70, right = width - 20.0, top = 20, bottom = height - 40.0;
  const auto x_of = [&](size_t i) {
    return periods.size() == 1 ? (left + right) / 2 : left + (right - left) * i / double(periods.size() - 1);
  };
  const auto y_of = [&](double v) { return bottom - (bottom - top) * (v - low) / (high - low); };

  std::string svg = "<svg class=\"chart\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\" role=\"img\" aria-label=\"" + escape_attribute(indicator.name.ja) + "\">\n";
  svg += "<line class=\"axis\" x1=\"" + number(left) + "\" y1=\"" + number(bottom) + "\" x2=\"" + number(right) +
         "\" y2=\"" + number(bottom) + "\"/>\n";
  svg += "<text class=\"tick\" x=\"" + number(left - 8) + "\" y=\"" + number(top + 6) + "\" text-anchor=\"end\">" +
         escape_text(figure(high)) + "</text>\n";
  svg += "<text class=\"tick\" x=\"" + number(left - 8) + "\" y=\"" + number(bottom) + "\" text-anchor=\"end\">" +
         escape_text(figure(low)) + "</text>\n";
  svg += "<text class=\"tick\" x=\"" + number(x_of(0)) + "\" y=\"" + number(bottom + 28) +
         "\" text-anchor=\"middle\">" + escape_text(periods.front()) + "</text>\n";
  if (periods.size() > 1)
    svg += "<text class=\"tick\" x=\"" + number(x_of(periods.size() - 1)) + "\" y=\"" + number(bottom + 28) +
           "\" text-anchor=\"middle\">" + escape_text(periods.back()) + "</text>\n";
  for (size_t s = 0; s < series_keys.size(); ++s) {
    const char* colour = kSeriesColours[s % std::size(kSeriesColours)];
    std::string points;
    for (const auto& [x, v] : series[series_keys[s]]) points += number(x_of(x)) + "," + number(y_of(v)) + " ";
    if (!points.empty()) points.pop_back();
    svg += "<polyline class=\"series\" stroke=\"" + std::string(colour) + "\" points=\"" + points + "\"/>\n";
    for (const auto& [x, v] : series[series_keys[s]])
      svg += "<circle fill=\"" + std::string(colour) + "\" cx=\"" + number(x_of(x)) + "\" cy=\"" + number(y_of(v)) +
             "\" r=\"5\"/>\n";
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace kiosk::html
