// The static HTML preview of a content version (kioskctl export-html): the kiosk's screens as pages a
// browser shows, so staff can check a bundle without a kiosk and the benchmarks can compare the kiosk
// with a Chromium kiosk showing the same content (tests/bench/compare.sh).
//
// Pages, in Japanese at the top level and in English under en/:
//   index.html       home: title bar, the four tiles, a clock (updated each minute by a small script)
//   indicators.html  every indicator with its headline figure and source, one SVG chart (the first)
//   events.html      every event by start time, with place, organiser and summary
//   exhibitors.html, crafts.html   the lists behind the other two tiles
//   attract.html     the attract loop's slides with its fade-and-rise transition as a CSS animation
// plus style.css, shared. Every content string is escaped (html/escape.hpp); nothing is fetched from
// the network, so the pages work from a USB stick or a file:// URL.
#pragma once

#include <string>
#include <vector>

#include "model/content.hpp"

namespace kiosk::html {

struct SiteFile {
  std::string path;   // relative to the output folder, '/'-separated: "index.html", "en/events.html"
  std::string bytes;  // the file's content (UTF-8)
};

std::vector<SiteFile> render_site(const model::Content& content);  // every page in both languages

// The inline SVG line chart of one indicator (one line per region/label series), `width` x `height`
// user units; "" when the indicator has no points.
std::string svg_chart(const model::Indicator& indicator, int width, int height);

}  // namespace kiosk::html
