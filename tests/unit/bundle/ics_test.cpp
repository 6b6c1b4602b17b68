// *.ics sources: a Google Calendar export read field by field, and every bad input by its exact message.
#include <gtest/gtest.h>

#include <algorithm>

#include "bundle/bundle.hpp"
#include "bundle/ics.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

using Messages = std::vector<std::string>;
using namespace kiosk::test;

const std::string kFixture = std::string(KIOSK_SOURCE_DIR) + "/tests/unit/bundle/data/pavilion-stage.ics";

// A one-event calendar: BEGIN:VEVENT is line 3, `body` starts on line 4.
std::string calendar(const std::string& body) {
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + body + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

// UID line 4, SUMMARY 5, DTSTART 6, DTEND 7.
std::string event_body(const std::string& dtstart = "DTSTART;TZID=Asia/Tokyo:20221214T100000",
                       const std::string& dtend = "DTEND;TZID=Asia/Tokyo:20221214T110000",
                       const std::string& summary = "SUMMARY:講演") {
  return "UID:talk@pavilion.example\r\n" + summary + "\r\n" + dtstart + "\r\n" + dtend + "\r\n";
}

const model::Event* event_with_id(const model::Content& content, const std::string& id) {
  const auto it = std::find_if(content.events.begin(), content.events.end(),
                               [&](const model::Event& e) { return e.id == id; });
  return it == content.events.end() ? nullptr : &*it;
}

Messages messages_with(const std::string& ics) {
  SourceFolder folder;
  folder.write("talk.ics", ics);
  return folder.messages();
}

TEST(IcsLexing, UnfoldsLinesAndKeepsThePhysicalLineOfEachProperty) {
  const IcsParse p = parse_ics("BEGIN:VCALENDAR\r\nX-NOTE:ab\r\n c\r\n\td\r\nEND:VCALENDAR\r\n", "a.ics");
  ASSERT_EQ(p.diagnostics.size(), 0u);
  ASSERT_EQ(p.components.size(), 1u);
  ASSERT_EQ(p.components[0].properties.size(), 1u);
  EXPECT_EQ(p.components[0].properties[0].value, "abcd");
  EXPECT_EQ(p.components[0].properties[0].line, 2);
}

TEST(IcsLexing, ReadsQuotedParametersHoldingColons) {
  const IcsParse p =
      parse_ics("BEGIN:VEVENT\nORGANIZER;CN=\"A: B\";role=chair:mailto:a@b\nEND:VEVENT\n", "a.ics");
  ASSERT_EQ(p.components.size(), 1u);
  const IcsProperty& organizer = p.components[0].properties.at(0);
  EXPECT_EQ(organizer.params.at("CN"), "A: B");
  EXPECT_EQ(organizer.params.at("ROLE"), "chair");
  EXPECT_EQ(organizer.value, "mailto:a@b");
}

TEST(IcsLexing, UndoesTextEscapes) {
  EXPECT_EQ(unescape_ics_text(R"(a\,b\;c\\d\ne\Nf\x)"), "a,b;c\\d\ne\nf\\x");
}

TEST(IcsCalendar, ReadsAGoogleCalendarExport) {
  SourceFolder folder;
  folder.write("pavilion-stage.ics", read_file(kFixture));
  const SourceReadResult r = read_sources(folder.path());
  ASSERT_EQ(r.diagnostics.size(), 0u) << r.diagnostics[0].to_string();

  const model::Event* seminar = event_with_id(r.content, "3q8k2v1m5n7p9r0s4t6u-google-com");
  ASSERT_NE(seminar, nullptr);
  EXPECT_EQ(seminar->kind, "seminar");
  EXPECT_EQ(seminar->title, (model::Text{"東北半導体セミナー", "東北半導体セミナー"}));
  EXPECT_EQ(seminar->start, "2022-12-14T13:00");
  EXPECT_EQ(seminar->end, "2022-12-14T14:30");
  EXPECT_EQ(seminar->start_utc, 1670990400);
  EXPECT_EQ(seminar->end_utc, 1670995800);
  EXPECT_FALSE(seminar->all_day);
  EXPECT_EQ(seminar->place.ja, "東京ビッグサイト 東4ホール, 東北パビリオン ステージ");
  EXPECT_EQ(
      seminar->summary.en,
      "東北6県の半導体サプライチェーンについて, "
      "各県の担当者が工場立地と人材育成の取り組みを紹介します。\n質疑応答あり (日本語; 英語資料あり)。");
  EXPECT_EQ(seminar->url, "https://www.tohoku.meti.go.jp/");
  EXPECT_EQ(seminar->source, (model::Source{"pavilion-stage.ics", ""}));

  const model::Event* pavilion = event_with_id(r.content, "0a1b2c3d-4e5f-6789-abcd-ef0123456789");
  ASSERT_NE(pavilion, nullptr);
  EXPECT_EQ(pavilion->kind, "exhibition");
  EXPECT_EQ(pavilion->title, (model::Text{"東北パビリオン出展", "Tohoku Pavilion"}));
  EXPECT_EQ(pavilion->start, "2022-12-14");
  EXPECT_EQ(pavilion->end, "2022-12-16");  // DTEND 20221217 is exclusive
  EXPECT_EQ(pavilion->start_utc, 1670943600);
  EXPECT_EQ(pavilion->end_utc, 1671202800);
  EXPECT_TRUE(pavilion->all_day);

  const model::Event* talk = event_with_id(r.content, "talk-0215-pavilion-example");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(talk->kind, "programme");
  EXPECT_EQ(talk->title.en, "Back\\slash; and\nnew line");
  EXPECT_EQ(talk->start, "2022-12-15T10:00");  // 01:00Z
  EXPECT_EQ(talk->end, "2022-12-15T11:00");
  EXPECT_EQ(talk->start_utc, 1671066000);
  EXPECT_EQ(talk->organizer, (model::Text{"東北経済産業局", "東北経済産業局"}));
  EXPECT_EQ(talk->summary, (model::Text{}));  // the VALARM's DESCRIPTION is not the event's

  const model::Event* award = event_with_id(r.content, "award-day-pavilion-example");
  ASSERT_NE(award, nullptr);
  EXPECT_EQ(award->kind, "contest");
  EXPECT_EQ(award->start, "2022-12-16");
  EXPECT_EQ(award->end, "");

  EXPECT_EQ(event_with_id(r.content, "cancelled-pavilion-example"), nullptr);  // STATUS:CANCELLED
}

TEST(IcsCalendar, EventsCsvMayHoldOnlyItsHeader) {
  SourceFolder folder;
  folder.write(
      "events.csv",
      "id,kind,title_ja,title_en,start,end,place_ja,place_en,organizer_ja,organizer_en,summary_ja,summary_en,"
      "url,source_doc,source_quote\n");
  folder.write("talk.ics", calendar(event_body()));
  const SourceReadResult r = read_sources(folder.path());
  EXPECT_EQ(folder.messages(), Messages{});
  ASSERT_EQ(r.content.events.size(), 1u);
  EXPECT_EQ(r.content.events[0].id, "talk-pavilion-example");
}

TEST(IcsCalendar, FloatingTimesAreTokyo) {
  SourceFolder folder;
  folder.write("talk.ics", calendar(event_body("DTSTART:20221214T100000", "DTEND:20221214T110000")));
  const SourceReadResult r = read_sources(folder.path());
  const auto* talk = event_with_id(r.content, "talk-pavilion-example");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(talk->start, "2022-12-14T10:00");
  EXPECT_EQ(talk->start_utc, 1670979600);
}

TEST(IcsDiagnostics, MissingDtstart) {
  EXPECT_EQ(messages_with(calendar("UID:talk@pavilion.example\r\nSUMMARY:講演\r\n")),
            Messages{"talk.ics:3: VEVENT: DTSTART is missing (every event needs a start)"});
}

TEST(IcsDiagnostics, BadDateTime) {
  EXPECT_EQ(
      messages_with(calendar(event_body("DTSTART;TZID=Asia/Tokyo:20221314T100000"))),
      Messages{"talk.ics:6: DTSTART: \"20221314T100000\" is not an iCalendar date (YYYYMMDD) or date-time "
               "(YYYYMMDDTHHMMSS, optionally ending in Z)"});
}

TEST(IcsDiagnostics, DtendBeforeDtstart) {
  EXPECT_EQ(messages_with(calendar(event_body("DTSTART;TZID=Asia/Tokyo:20221214T100000",
                                              "DTEND;TZID=Asia/Tokyo:20221214T090000"))),
            Messages{"talk.ics:7: DTEND: \"20221214T090000\" is before DTSTART \"20221214T100000\""});
}

TEST(IcsDiagnostics, AllDayDtendMustBeAfterDtstart) {
  EXPECT_EQ(messages_with(calendar(event_body("DTSTART;VALUE=DATE:20221214", "DTEND;VALUE=DATE:20221214"))),
            Messages{"talk.ics:7: DTEND: \"20221214\" is before DTSTART \"20221214\""});
}

TEST(IcsDiagnostics, UnknownTzid) {
  EXPECT_EQ(
      messages_with(calendar(event_body("DTSTART;TZID=Europe/Berlin:20221214T100000"))),
      Messages{"talk.ics:6: DTSTART: time zone \"Europe/Berlin\" is not supported; use Asia/Tokyo, UTC (a "
               "time ending in Z) or a floating time (taken as Asia/Tokyo)"});
}

TEST(IcsDiagnostics, NonBmpCharacter) {
  EXPECT_EQ(
      messages_with(
          calendar(event_body("DTSTART;TZID=Asia/Tokyo:20221214T100000",
                              "DTEND;TZID=Asia/Tokyo:20221214T110000", "SUMMARY:講演\xF0\xA0\xAE\xB7"))),
      Messages{"talk.ics:5: SUMMARY: \"\xF0\xA0\xAE\xB7\" (U+20BB7) at character 3 is outside the Basic "
               "Multilingual Plane (U+0000-U+FFFF), which the kiosk cannot draw; replace it with a BMP "
               "character"});
}

TEST(IcsDiagnostics, InvalidUtf8) {
  EXPECT_EQ(messages_with(calendar(event_body("DTSTART;TZID=Asia/Tokyo:20221214T100000",
                                              "DTEND;TZID=Asia/Tokyo:20221214T110000", "SUMMARY:\xFF"))),
            Messages{"talk.ics:5: invalid UTF-8 (byte 0xFF); save the file as UTF-8"});
}

TEST(IcsDiagnostics, UnterminatedVevent) {
  EXPECT_EQ(messages_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + event_body() +
                          "END:VCALENDAR\r\n"),
            Messages{"talk.ics:3: VEVENT: BEGIN:VEVENT has no END:VEVENT before line 8"});
}

TEST(IcsDiagnostics, TruncatedFile) {
  EXPECT_EQ(messages_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + event_body()),
            (Messages{"talk.ics:1: VCALENDAR: BEGIN:VCALENDAR has no END:VCALENDAR (the file ends first)",
                      "talk.ics:3: VEVENT: BEGIN:VEVENT has no END:VEVENT (the file ends first)"}));
}

TEST(IcsDiagnostics, UidCollidingWithEventsCsv) {
  std::string body = event_body();
  body.replace(0, body.find('\r'), "UID:SEMICON");
  EXPECT_EQ(messages_with(calendar(body)),
            Messages{"talk.ics:4: UID: id \"semicon\" is already used by events.csv"});
}

TEST(IcsDiagnostics, DuplicateUid) {
  const std::string ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + event_body() +
                          "END:VEVENT\r\nBEGIN:VEVENT\r\n" + event_body() + "END:VEVENT\r\nEND:VCALENDAR\r\n";
  EXPECT_EQ(messages_with(ics),
            Messages{"talk.ics:9: UID: id \"talk-pavilion-example\" is already used by talk.ics:3"});
}

TEST(IcsDiagnostics, MissingUidAndSummary) {
  EXPECT_EQ(messages_with(calendar("DTSTART;VALUE=DATE:20221214\r\n")),
            (Messages{"talk.ics:3: VEVENT: UID is missing (it becomes the event's id)",
                      "talk.ics:3: VEVENT: SUMMARY is missing or empty (it becomes the title)"}));
}

TEST(IcsDiagnostics, RepeatingEvent) {
  EXPECT_EQ(
      messages_with(calendar(event_body() + "RRULE:FREQ=DAILY;COUNT=3\r\n")),
      Messages{
          "talk.ics:8: RRULE: repeating events are not supported; enter each occurrence as its own event"});
}

}  // namespace
}  // namespace kiosk::bundle
