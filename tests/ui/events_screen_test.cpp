// Events: now / next / later today / history at the boundaries with an injected clock, the detail's
// QR code (its module matrix and the finder patterns in a screenshot), glyphs, and screenshots.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fonts/glyph_set.hpp"
#include "screen_render.hpp"
#include "screens/events.hpp"

namespace kiosk::ui::test {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const model::Content& content() {
  static const model::Content loaded = builtin_content();
  return loaded;
}

// 2022-12-14 00:00 in Tokyo is 2022-12-13 15:00 UTC.
constexpr int64_t kDec14 = 1670943600;
constexpr int64_t kHour = 3600;

model::Event timed(std::string id, int64_t start, int64_t end) {
  model::Event event;
  event.id = std::move(id);
  event.title = {event.id, event.id};
  event.start = "2022-12-14T10:00";
  event.start_utc = start;
  event.end_utc = end;
  event.all_day = false;
  return event;
}

std::vector<model::Event> day_of_events() {
  return {timed("morning", kDec14 + 9 * kHour, kDec14 + 10 * kHour),
          timed("talk", kDec14 + 10 * kHour, kDec14 + 11 * kHour),
          timed("lunch", kDec14 + 12 * kHour, kDec14 + 13 * kHour),
          timed("evening", kDec14 + 18 * kHour, kDec14 + 19 * kHour),
          timed("tomorrow", kDec14 + 34 * kHour, kDec14 + 35 * kHour)};
}

std::vector<std::string> ids(const std::vector<model::Event>& events, const std::vector<size_t>& indices) {
  std::vector<std::string> out;
  for (size_t i : indices) out.push_back(events[i].id);
  return out;
}

TEST(ClassifyEvents, AnEventEndingExactlyNowIsHistoryAndOneStartingNowIsRunning) {
  const auto events = day_of_events();
  const EventBuckets at = classify_events(events, kDec14 + 10 * kHour);
  EXPECT_THAT(ids(events, at.history), ElementsAre("morning"));
  EXPECT_THAT(ids(events, at.now), ElementsAre("talk"));
  EXPECT_THAT(ids(events, at.next), ElementsAre("lunch"));
  EXPECT_THAT(ids(events, at.later_today), ElementsAre("evening"));
  EXPECT_THAT(ids(events, at.upcoming), ElementsAre("tomorrow"));
}

TEST(ClassifyEvents, OneSecondBeforeTheStartItIsNextAndHistoryIsNewestFirst) {
  const auto events = day_of_events();
  const EventBuckets at = classify_events(events, kDec14 + 12 * kHour - 1);
  EXPECT_THAT(ids(events, at.now), ElementsAre());
  EXPECT_THAT(ids(events, at.next), ElementsAre("lunch"));
  EXPECT_THAT(ids(events, at.history), ElementsAre("talk", "morning"));
}

TEST(ClassifyEvents, MidnightTokyoTimeEndsTheDayNotMidnightUtc) {
  const auto events = day_of_events();
  // 23:59:59 in Tokyo on the 14th: "tomorrow" (10:00 on the 15th) is next, nothing later today.
  const EventBuckets late = classify_events(events, kDec14 + 24 * kHour - 1);
  EXPECT_THAT(ids(events, late.next), ElementsAre("tomorrow"));
  EXPECT_THAT(ids(events, late.later_today), ElementsAre());
  // 08:00 on the 14th (still the 13th in UTC): the evening event is later today.
  const EventBuckets early = classify_events(events, kDec14 + 8 * kHour);
  EXPECT_THAT(ids(events, early.next), ElementsAre("morning"));
  EXPECT_THAT(ids(events, early.later_today), ElementsAre("talk", "lunch", "evening"));
  EXPECT_THAT(ids(events, early.upcoming), ElementsAre("tomorrow"));
}

TEST(EventsModel, SaysWhenNothingIsOnTodayAndGroupsLaterDays) {
  const UiStrings strings(content().strings, Language::Ja);
  const auto events = day_of_events();
  const EventsModel model = make_events(events, kDec14 - 30 * kHour, strings);
  EXPECT_EQ(model.none_today, "本日予定されているイベントはありません");
  ASSERT_EQ(model.next.size(), 1u);
  EXPECT_EQ(model.next[0].id, "morning");
  ASSERT_EQ(model.schedule.size(), 2u);
  EXPECT_EQ(model.schedule[0].label, "2022年12月14日");
  EXPECT_EQ(model.schedule[1].label, "2022年12月15日");
}

TEST(EventsModel, BuiltinHistoryIsNewestFirstAndFormatted) {
  const UiStrings strings(content().strings, Language::En);
  const EventsModel model = make_events(content().events, kDec14, strings);
  ASSERT_FALSE(model.history.empty());
  EXPECT_EQ(model.history_title, "History");
  for (size_t i = 1; i < model.history.size(); ++i) EXPECT_FALSE(model.history[i].when.empty());
}

TEST(QrCodeMatrix, AUrlEncodesToTheExpectedVersionAndSize) {
  const auto code = make_qr("https://www.semiconjapan.org/jp");  // 31 bytes: version 3 at level M
  ASSERT_TRUE(code);
  EXPECT_EQ(code->version, 3);
  EXPECT_EQ(code->size, 29);
  ASSERT_EQ(code->modules.size(), 29u * 29u);
  // Finder pattern corners: dark ring, light ring, dark 3x3 centre.
  for (auto [x0, y0] : {std::pair{0, 0}, std::pair{22, 0}, std::pair{0, 22}}) {
    EXPECT_TRUE(code->dark(x0, y0) && code->dark(x0 + 6, y0 + 6) && code->dark(x0 + 3, y0 + 3));
    EXPECT_FALSE(code->dark(x0 + 1, y0 + 1) || code->dark(x0 + 5, y0 + 1));
  }
  EXPECT_FALSE(make_qr(""));
}

model::Content content_with_url() {
  model::Content copy = content();
  copy.events.front().url = "https://www.semiconjapan.org/jp";
  return copy;
}

// Finds the pure-black bounding box (QR modules are the only #000000 pixels on screen) and checks the
// three finder patterns there: a dark row through the middle of each, light ring inside.
TEST(EventDetailScreenshot, ShowsAQrCodeWithItsFinderPatterns) {
  const model::Content with_url = content_with_url();
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
    for (Language language : {Language::Ja, Language::En}) {
      const UiStrings strings(with_url.strings, language);
      const auto detail = make_event_detail(with_url.events, with_url.events.front().id, strings);
      ASSERT_TRUE(detail && detail->qr);
      const std::string name = std::string("event-detail-") + (language == Language::Ja ? "ja" : "en") + "-" +
                               std::to_string(w) + "x" + std::to_string(h);
      const RenderedScreen screen =
          render_screen(with_url, w, h, name, [&](const DrawContext& c) { draw_event_detail(*detail, c); });
      const Image& image = screen.image;
      int x0 = image.width, y0 = image.height, x1 = -1, y1 = -1;
      for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
          if (image.pixel(x, y) == 0) {
            x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
          }
      ASSERT_GT(x1, x0) << "no QR modules in " << screen.png;
      const double module = (x1 - x0 + 1) / static_cast<double>(detail->qr->size);
      EXPECT_NEAR(x1 - x0, y1 - y0, 1) << "the code is square";
      EXPECT_GE(module, 4) << "modules large enough to scan from a phone";
      auto at = [&](double mx, double my) {
        return image.pixel(x0 + static_cast<int>((mx + 0.5) * module), y0 + static_cast<int>((my + 0.5) * module));
      };
      const int far = detail->qr->size - 7;
      for (auto [fx, fy] : {std::pair{0, 0}, std::pair{far, 0}, std::pair{0, far}}) {
        EXPECT_EQ(at(fx, fy), 0u) << screen.png;
        EXPECT_EQ(at(fx + 3, fy + 3), 0u) << screen.png;
        EXPECT_EQ(at(fx + 1, fy + 1), 0xFFFFFFu) << screen.png;
        EXPECT_EQ(at(fx + 6, fy + 6), 0u) << screen.png;
      }
    }
  }
}

TEST(EventDetailModel, FactsAndAnUnknownIdGivesNothing) {
  const UiStrings strings(content().strings, Language::Ja);
  const auto detail = make_event_detail(content().events, "semicon_tohoku_pavilion_fy2021", strings);
  ASSERT_TRUE(detail);
  ASSERT_GE(detail->facts.size(), 2u);
  EXPECT_EQ(detail->facts[0].first, "日時");
  EXPECT_EQ(detail->facts[0].second, "2021年");
  EXPECT_EQ(detail->facts[1].first, "主催");
  EXPECT_FALSE(detail->qr) << "no url, no code";
  EXPECT_FALSE(make_event_detail(content().events, "gone", strings));
}

TEST(EventDetailModel, BeforeAndAfterAreItsNeighboursByStartOldestFirst) {
  const UiStrings strings(content().strings, Language::En);
  const auto detail = make_event_detail(content().events, "midterm_policy_5", strings);  // starts 2022-04
  ASSERT_TRUE(detail);
  EXPECT_EQ(detail->around_title, "Before and after");
  std::vector<std::string> ids;
  for (const EventRow& row : detail->around) ids.push_back(row.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"debate_contest_3", "midterm_policy_5_published", "sier_day_2022",
                                           "synchrotron_2024"}));
  // The oldest event has nothing before it: only the two after.
  std::vector<model::Event> three(content().events.begin(),
                                  content().events.begin() + 3);  // 2021, 2007, 2020
  const auto oldest = make_event_detail(three, "semicon_pavilion_since_fy2007", strings);
  ASSERT_TRUE(oldest);
  ASSERT_EQ(oldest->around.size(), 2u);
  EXPECT_EQ(oldest->around[0].id, "semicon_japan_virtual_2020");
  EXPECT_EQ(oldest->around[1].id, "semicon_tohoku_pavilion_fy2021");
}

TEST(EventsGlyphs, EveryTextOfTheEventScreensHasAGlyph) {
  std::string report;
  render_screen(content(), 640, 360, "glyphs-events", [&](const DrawContext& c) {
    if (!report.empty()) return;
    auto check = [&](const ImFont* font, const std::string& text) {
      for (char32_t cp : missing_in(font, text)) report += text + ": " + describe(cp) + "\n";
    };
    for (Language language : {Language::Ja, Language::En}) {
      const UiStrings strings(content().strings, language);
      const EventsModel model = make_events(content().events, kDec14 - 400 * 24 * kHour, strings);
      for (const std::string& t : {model.now_title, model.next_title, model.later_title, model.schedule_title,
                                   model.history_title, model.header.heading})
        check(c.fonts.heading, t);
      check(c.fonts.body, model.none_today);
      for (const auto* list : {&model.now, &model.next, &model.later_today, &model.history})
        for (const EventRow& row : *list) check(c.fonts.body, row.title + row.when + row.place);
      for (const auto& event : content().events) {
        const auto d = make_event_detail(content().events, event.id, strings);
        for (const auto& [label, value] : d->facts) check(c.fonts.caption, label), check(c.fonts.body, value);
        check(c.fonts.body, d->title + d->summary + strings.get("events.scan_qr"));
        check(c.fonts.caption, d->source);
        check(c.fonts.heading, d->around_title);
      }
    }
    if (report.empty()) report = "ok";
  });
  EXPECT_EQ(report, "ok");
}

class EventsScreenshot : public ::testing::TestWithParam<std::tuple<Language, int, int>> {};

TEST_P(EventsScreenshot, DrawsSectionsAndCards) {
  const auto [language, w, h] = GetParam();
  const UiStrings strings(content().strings, language);
  // 2021-03-15 12:00 Tokyo: a two-day event is running, later ones are in the schedule.
  const EventsModel model = make_events(content().events, 1615777200, strings);
  EXPECT_FALSE(model.now.empty());
  const std::string name = std::string("events-") + (language == Language::Ja ? "ja" : "en") + "-" +
                           std::to_string(w) + "x" + std::to_string(h);
  const RenderedScreen screen = render_screen(content(), w, h, name, [&](const DrawContext& c) { draw_events(model, c); });
  const PixelStats stats = pixel_stats(screen.image);
  EXPECT_GT(stats.distinct_colours, 100u) << screen.png;
  EXPECT_GT(stats.non_background, 0.05) << screen.png;
}

std::string events_case_name(const ::testing::TestParamInfo<std::tuple<Language, int, int>>& param_info) {
  const auto& [language, w, h] = param_info.param;
  return std::string(language == Language::Ja ? "ja_" : "en_") + std::to_string(w) + "x" + std::to_string(h);
}

INSTANTIATE_TEST_SUITE_P(BothLanguagesAndOrientations, EventsScreenshot,
                         ::testing::Values(std::tuple{Language::Ja, 1920, 1080}, std::tuple{Language::En, 1920, 1080},
                                           std::tuple{Language::Ja, 1080, 1920}, std::tuple{Language::En, 1080, 1920}),
                         events_case_name);

}  // namespace
}  // namespace kiosk::ui::test
