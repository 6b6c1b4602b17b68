// Event schedule queries: [start, end) intervals, ordering by start, now/next at the boundaries.
#include <gtest/gtest.h>

#include "store/content_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;
using Ids = std::vector<std::string>;

Ids ids(const std::vector<model::Event>& events) {
  Ids out;
  for (const auto& e : events) out.push_back(e.id);
  return out;
}

class EventQueries : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = ContentWriter::open(dir_.path());
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->apply(test::sample_content(1)));
    auto reader = ContentReader::open(dir_.path());
    ASSERT_TRUE(reader) << reader.error().message;
    reader_.emplace(std::move(*reader));
  }
  Ids between(int64_t from, int64_t to) {
    auto events = reader_->events_between(from, to);
    EXPECT_TRUE(events) << events.error().message;
    return events ? ids(*events) : Ids{"error"};
  }
  NowNext now_next(int64_t t, int limit = 5) {
    auto result = reader_->now_next(t, limit);
    EXPECT_TRUE(result) << result.error().message;
    return result.value_or(NowNext{});
  }
  TempDir dir_;
  std::optional<ContentReader> reader_;
};

TEST_F(EventQueries, WholeDayListsOverlappingEventsByStart) {
  using namespace test;
  EXPECT_EQ(between(kDay, kDay + int64_t{24} * 3600), (Ids{"opening", "seminar", "contest", "milestone"}));
}

TEST_F(EventQueries, WindowIsHalfOpen) {
  using namespace test;
  // Ending exactly at `from` does not overlap; starting exactly at `to` does not either.
  EXPECT_EQ(between(kSeminarEnd, kContestStart), (Ids{"opening"}));
  EXPECT_EQ(between(kContestStart, kContestStart + 1), (Ids{"contest"}));
  EXPECT_EQ(between(kOpeningStart - 3600, kOpeningStart), Ids{});
  EXPECT_EQ(between(kSeminarStart + 60, kSeminarStart + 120), (Ids{"opening", "seminar"}));
}

TEST_F(EventQueries, ZeroLengthMilestoneInsideWindowIsListed) {
  using namespace test;
  EXPECT_EQ(between(kMilestoneAt, kMilestoneAt + 1), (Ids{"milestone"}));
  EXPECT_EQ(between(kMilestoneAt - 1, kMilestoneAt), Ids{});
}

TEST_F(EventQueries, NowIncludesEventStartingAtThatSecond) {
  using namespace test;
  const NowNext at = now_next(kSeminarStart);
  EXPECT_EQ(ids(at.now), (Ids{"opening", "seminar"}));
  EXPECT_EQ(ids(at.next), (Ids{"contest", "milestone", "next-day"}));
}

TEST_F(EventQueries, NowExcludesEventEndingAtThatSecond) {
  using namespace test;
  const NowNext at = now_next(kOpeningEnd);  // opening ends as the contest starts
  EXPECT_EQ(ids(at.now), (Ids{"contest"}));
  EXPECT_EQ(ids(at.next), (Ids{"milestone", "next-day"}));
  EXPECT_EQ(ids(now_next(kSeminarEnd - 1).now), (Ids{"opening", "seminar"}));
  EXPECT_EQ(ids(now_next(kSeminarEnd).now), (Ids{"opening"}));
}

TEST_F(EventQueries, NextIsSoonestFirstAndLimited) {
  using namespace test;
  const NowNext before = now_next(kDay, 2);
  EXPECT_TRUE(before.now.empty());
  EXPECT_EQ(ids(before.next), (Ids{"opening", "seminar"}));
  EXPECT_TRUE(now_next(kDay, 0).next.empty());
  EXPECT_TRUE(now_next(kNextDayStart).next.empty());
}

TEST_F(EventQueries, ZeroLengthMilestoneIsNextButNeverNow) {
  using namespace test;
  EXPECT_EQ(ids(now_next(kMilestoneAt - 1).next).front(), "milestone");
  const NowNext at = now_next(kMilestoneAt);
  EXPECT_TRUE(at.now.empty());
  EXPECT_EQ(ids(at.next), (Ids{"next-day"}));
}

TEST_F(EventQueries, EventsComeBackWithEveryField) {
  auto events = reader_->events_between(test::kSeminarStart, test::kSeminarStart + 1);
  ASSERT_TRUE(events);
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[1], test::sample_content(1).events[3]);
}

}  // namespace
}  // namespace kiosk::store
