// The preview pages: hostile content is escaped everywhere, both languages use the content's
// strings, the indicators page has its one chart, the attract loop animates every slide.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "html/escape.hpp"
#include "html/site.hpp"

namespace kiosk::html {
namespace {

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

const std::string& file(const std::vector<SiteFile>& files, const std::string& path) {
  const auto at = std::find_if(files.begin(), files.end(), [&](const SiteFile& f) { return f.path == path; });
  if (at == files.end()) throw std::runtime_error("no page " + path);
  return at->bytes;
}

model::Content sample_content(const std::string& hostile) {
  model::Content content;
  content.version = 7;
  content.categories = {{"population", {"人口", "Population"}, 1}};
  model::Indicator indicator;
  indicator.id = "pop";
  indicator.category = "population";
  indicator.name = {"東北の人口 " + hostile, "Tohoku population " + hostile};
  indicator.unit = "万人";
  indicator.source = {"003.txt", "quote " + hostile};
  indicator.points = {{"2015", 898, model::PointKind::Actual, "tohoku", {}},
                      {"2020", 861, model::PointKind::Actual, "tohoku", {}},
                      {"2030", 790, model::PointKind::Forecast, "tohoku", {}}};
  content.indicators = {indicator};
  model::Event event;
  event.id = "semicon";
  event.title = {"SEMICON Japan " + hostile, "SEMICON Japan (en) " + hostile};
  event.start = "2022-12-14";
  event.place = {"東京ビッグサイト", "Tokyo Big Sight"};
  event.url = "javascript:alert(1)";
  content.events = {event};
  model::Exhibitor exhibitor;
  exhibitor.id = "ex1";
  exhibitor.name = {"出展者 " + hostile, "Exhibitor " + hostile};
  exhibitor.booth = "A-1";
  content.exhibitors = {exhibitor};
  model::Craft craft;
  craft.id = "c1";
  craft.name = {"津軽塗 " + hostile, "Tsugaru lacquer"};
  craft.prefecture = "aomori";
  content.crafts = {craft};
  content.slides = {{"s1", "indicator", "pop", 8000, "", ""}, {"s2", "events", "", 6000, "", ""},
                    {"s3", "prompt", "", 5000, "", ""}};
  content.strings = {{"home.indicators", {"地域指標", "Indicators"}}, {"app.title", {"東北パビリオン " + hostile, ""}}};
  return content;
}

TEST(HtmlEscape, EscapesMarkupAndQuotes) {
  EXPECT_EQ(escape_text("<script>a & \"b\"</script>"), "&lt;script&gt;a &amp; \"b\"&lt;/script&gt;");
  EXPECT_EQ(escape_attribute("x\" onload='y'"), "x&quot; onload=&#39;y&#39;");
}

TEST(HtmlEscape, KeepsOnlyHttpUrls) {
  EXPECT_EQ(safe_url("https://example.jp/a?b=1&c=2"), "https://example.jp/a?b=1&amp;c=2");
  EXPECT_EQ(safe_url("HTTP://example.jp/"), "HTTP://example.jp/");
  EXPECT_EQ(safe_url("javascript:alert(1)"), "");
  EXPECT_EQ(safe_url(" data:text/html,x"), "");
}

TEST(HtmlSite, ContentWithScriptOrAmpersandIsEscapedInEveryPage) {
  const auto files = render_site(sample_content("<script>alert(1)</script> & \"q\""));
  for (const SiteFile& f : files) {
    SCOPED_TRACE(f.path);
    EXPECT_EQ(f.bytes.find("<script>alert"), std::string::npos);
    EXPECT_EQ(f.bytes.find("javascript:"), std::string::npos);
  }
  const std::string& indicators = file(files, "indicators.html");
  EXPECT_NE(indicators.find("東北の人口 &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"q\""), std::string::npos);
  // Inside the chart's aria-label attribute the quotes are escaped too.
  EXPECT_NE(indicators.find("aria-label=\"東北の人口 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;\""),
            std::string::npos);
}

TEST(HtmlSite, WritesEveryScreenInBothLanguagesWithTheContentsStrings) {
  const auto files = render_site(sample_content(""));
  for (const char* page : {"index.html", "indicators.html", "events.html", "exhibitors.html", "crafts.html",
                           "attract.html"}) {
    EXPECT_NE(file(files, page).find("<html lang=\"ja\">"), std::string::npos) << page;
    EXPECT_NE(file(files, std::string("en/") + page).find("<html lang=\"en\">"), std::string::npos) << page;
  }
  EXPECT_NE(file(files, "index.html").find(">地域指標</a>"), std::string::npos);
  EXPECT_NE(file(files, "en/index.html").find(">Indicators</a>"), std::string::npos);
  EXPECT_NE(file(files, "en/events.html").find("Tokyo Big Sight"), std::string::npos);
  // An English string missing from the content falls back to Japanese; a missing key shows the key.
  EXPECT_NE(file(files, "en/index.html").find("<h1>東北パビリオン </h1>"), std::string::npos);
  EXPECT_NE(file(files, "index.html").find(">home.events</a>"), std::string::npos);
  EXPECT_NE(file(files, "en/index.html").find("href=\"../style.css\""), std::string::npos);
}

TEST(HtmlSite, IndicatorsPageHasOneChartWithEveryPoint) {
  // The vector is named so the page stays alive: a reference into a temporary vector dangles at the
  // end of the statement (ASan: heap-use-after-free).
  const auto files = render_site(sample_content(""));
  const std::string& page = file(files, "indicators.html");
  EXPECT_EQ(count(page, "<svg"), 1u);
  EXPECT_EQ(count(page, "<circle"), 3u);
  EXPECT_NE(page.find(">2015</text>"), std::string::npos);
  EXPECT_NE(page.find(">2030</text>"), std::string::npos);
  EXPECT_NE(page.find(">861 <small>万人</small>"), std::string::npos);  // headline: the last actual value
}

TEST(HtmlSite, AttractLoopAnimatesEverySlideOverTheWholeLoop) {
  const auto files = render_site(sample_content(""));
  const std::string& page = file(files, "attract.html");
  for (int i = 0; i < 3; ++i) {
    EXPECT_NE(page.find("@keyframes slide" + std::to_string(i) + " "), std::string::npos) << i;
    EXPECT_NE(page.find("#slide" + std::to_string(i) + " { animation: slide" + std::to_string(i) + " 19s linear"),
              std::string::npos)
        << i;
  }
  // The second slide starts at 8 s of 19 s and has faded in 0.7 s later.
  EXPECT_NE(page.find("42.105% { opacity: 0; transform: translateY(40px); } 45.789% { opacity: 1"),
            std::string::npos);
  EXPECT_NE(page.find(">861 <small>万人</small>"), std::string::npos);
}

TEST(HtmlSite, ChartOfAnIndicatorWithoutPointsIsEmpty) {
  model::Indicator empty;
  empty.name = {"空", "Empty"};
  EXPECT_EQ(svg_chart(empty, 800, 400), "");
}

}  // namespace
}  // namespace kiosk::html
