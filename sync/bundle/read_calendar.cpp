// *.ics files -> events. Times become the Asia/Tokyo forms of events.csv ("2022-12-14T10:00"), and the
// UTC interval is derived from those by the same code as for events.csv, so both sources agree.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>

#include "bundle/dates.hpp"
#include "bundle/ics.hpp"
#include "bundle/numbers.hpp"
#include "bundle/source_table.hpp"
#include "common/timestamp.hpp"
#include "common/utf8.hpp"

namespace kiosk::bundle {
namespace {

constexpr const char* kTokyo = "Asia/Tokyo";

struct Reporter {  // diagnostics of one file
  const std::string& file;
  std::vector<Diagnostic>& out;
  void operator()(int line, const std::string& field, std::string message) const {
    out.push_back({file, line, 0, field, std::move(message)});
  }
};

struct IcsTime {        // a DTSTART/DTEND value in our written form
  std::string written;  // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", Asia/Tokyo
  int64_t utc = 0;      // its first second
  bool date = false;    // VALUE=DATE (all-day)
};

std::string two(int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Civil date of a day count since 1970-01-01 (H. Hinnant's days_from_civil inverse).
std::string civil_date(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return std::to_string(year) + "-" + two(month) + "-" + two(day);
}

std::string tokyo_written(int64_t utc, bool with_time) {
  const int64_t local = utc + kTokyoUtcOffsetSeconds;
  const int64_t days = (local >= 0 ? local : local - 86399) / 86400, second = local - days * 86400;
  std::string out = civil_date(days);
  if (with_time) out += "T" + two(second / 3600) + ":" + two(second / 60 % 60);
  return out;
}

// "YYYYMMDD" or "YYYYMMDDTHHMMSS[Z]" with TZID=Asia/Tokyo, UTC or floating (taken as Tokyo). Seconds
// are dropped: the kiosk shows minutes. Nullopt (reported) for anything else.
std::optional<IcsTime> parse_time(const IcsProperty& p, const Reporter& report) {
  const std::string& v = p.value;
  const auto tzid = p.params.find("TZID");
  if (tzid != p.params.end() && tzid->second != kTokyo) {
    report(p.line, p.name,
           "time zone " + in_quotes(tzid->second) +
               " is not supported; use Asia/Tokyo, UTC (a time ending in Z) "
               "or a floating time (taken as Asia/Tokyo)");
    return std::nullopt;
  }
  const auto year = parse_fixed_digits(std::string_view(v).substr(0, 4));
  const auto month = v.size() >= 8 ? parse_fixed_digits(std::string_view(v).substr(4, 2)) : std::nullopt;
  const auto day = v.size() >= 8 ? parse_fixed_digits(std::string_view(v).substr(6, 2)) : std::nullopt;
  const auto days = year && month && day ? unix_days(*year, *month, *day) : std::nullopt;
  const bool date_form = v.size() == 8;
  const bool utc = v.size() == 16 && v.back() == 'Z';
  std::optional<int> hour, minute, second;
  if ((v.size() == 15 || utc) && v[8] == 'T') {
    hour = parse_fixed_digits(std::string_view(v).substr(9, 2));
    minute = parse_fixed_digits(std::string_view(v).substr(11, 2));
    second = parse_fixed_digits(std::string_view(v).substr(13, 2));
  }
  const bool time_ok = hour && minute && second && *hour <= 23 && *minute <= 59 && *second <= 60;
  if (!days || (!date_form && !time_ok)) {
    report(p.line, p.name,
           in_quotes(v) +
               " is not an iCalendar date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally ending in Z)");
    return std::nullopt;
  }
  // value_or instead of operator*: both are checked above, but g++ 12 -O2 cannot see it
  // (-Wmaybe-uninitialized under -Werror).
  const int64_t day_start = days.value_or(0) * 86400;
  if (date_form) {
    const int64_t utc_start = day_start - kTokyoUtcOffsetSeconds;
    return IcsTime{tokyo_written(utc_start, false), utc_start, true};
  }
  int64_t instant = day_start + hour.value_or(0) * 3600 + minute.value_or(0) * 60;
  if (!utc) instant -= kTokyoUtcOffsetSeconds;
  return IcsTime{tokyo_written(instant, true), instant, false};
}

const IcsProperty* find(const IcsComponent& event, std::string_view name) {
  for (const IcsProperty& p : event.properties) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

// A calendar has one language: an untagged value stands for both; LANGUAGE=ja / LANGUAGE=en(-XX)
// variants override their side. Non-BMP characters are reported at the property's line.
model::Text bilingual(const IcsComponent& event, std::string_view name, const Reporter& report) {
  std::optional<std::string> plain, ja, en;
  for (const IcsProperty& p : event.properties) {
    if (p.name != name) continue;
    std::string text = unescape_ics_text(p.value);
    if (const auto wide = utf8::find_non_bmp(text)) {
      report(p.line, p.name,
             in_quotes(utf8::encode(wide->code_point)) + " (" + utf8::code_point_name(wide->code_point) +
                 ") at character " + std::to_string(wide->at.character + 1) +
                 " is outside the Basic Multilingual Plane (U+0000-U+FFFF), which the kiosk cannot draw; "
                 "replace it with a BMP character");
    }
    const auto language = p.params.find("LANGUAGE");
    std::string tag = language == p.params.end() ? "" : language->second.substr(0, 2);
    for (char& c : tag) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;  // "JA", "en-US"
    (tag == "ja" ? ja : tag == "en" ? en : plain) = std::move(text);
  }
  model::Text out;
  out.ja = ja ? *ja : plain ? *plain : en.value_or("");
  out.en = en ? *en : plain ? *plain : out.ja;
  return out;
}

// The first CATEGORIES word that is one of our kinds (any case), else "programme".
std::string kind_of(const IcsComponent& event) {
  static const std::vector<std::string> kinds = {"exhibition", "seminar", "contest",
                                                 "programme",  "fair",    "milestone"};
  for (const IcsProperty& p : event.properties) {
    if (p.name != "CATEGORIES") continue;
    std::string lower = unescape_ics_text(p.value);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    lower += ',';
    for (std::size_t start = 0, comma; (comma = lower.find(',', start)) != std::string::npos;
         start = comma + 1) {
      const std::string word = lower.substr(start, comma - start);
      if (std::find(kinds.begin(), kinds.end(), word) != kinds.end()) return word;
    }
  }
  return "programme";
}

// UID -> [a-z0-9_-]+: letters lower-cased, anything else (e.g. '@', '.') becomes '-'. Stable across
// exports because calendar programs keep an event's UID.
std::string id_of(std::string_view uid) {
  std::string id;
  for (char c : uid) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    id += ok ? c : '-';
  }
  return id;
}

// DTSTART and DTEND -> event.start/end and the derived UTC fields. A date DTEND is exclusive in
// RFC 5545 (the day after the last one); events.csv's date end is inclusive, so one day is taken off.
bool read_times(const IcsComponent& ve, model::Event& event, const Reporter& report) {
  const IcsProperty* dtstart = find(ve, "DTSTART");
  if (!dtstart) {
    report(ve.line, "VEVENT", "DTSTART is missing (every event needs a start)");
    return false;
  }
  if (const IcsProperty* duration = find(ve, "DURATION")) {
    report(duration->line, "DURATION",
           "is not supported; give the end as DTEND (calendar programs do by default)");
  }
  if (const IcsProperty* rule = find(ve, "RRULE")) {
    report(rule->line, "RRULE", "repeating events are not supported; enter each occurrence as its own event");
  }
  const auto start = parse_time(*dtstart, report);
  const IcsProperty* dtend = find(ve, "DTEND");
  const auto end = dtend ? parse_time(*dtend, report) : std::nullopt;
  if (!start || (dtend && !end)) return false;
  event.start = start->written;
  if (end) {
    if (end->date != start->date) {
      report(dtend->line, "DTEND",
             in_quotes(dtend->value) + " must be a " + (start->date ? "date" : "date-time") +
                 " like DTSTART " + in_quotes(dtstart->value));
      return false;
    }
    if (end->utc < start->utc || (start->date && end->utc == start->utc)) {
      report(dtend->line, "DTEND",
             in_quotes(dtend->value) + " is before DTSTART " + in_quotes(dtstart->value));
      return false;
    }
    const std::string last = start->date ? tokyo_written(end->utc - 86400, false) : end->written;
    if (last != start->written) event.end = last;
  }
  // The written forms come from parsed calendar times, but events.csv's date rules are narrower (the
  // fuzzer's DTSTART 00221214T130000, a year 22, is refused there): check rather than assume.
  const auto times = event_times(event.start, event.end);
  if (!times) {
    report(dtstart->line, "DTSTART", in_quotes(dtstart->value) + " is not a date an event can have");
    return false;
  }
  event.start_utc = times->start_utc;
  event.end_utc = times->end_utc;
  event.all_day = times->all_day;
  return true;
}

// One VEVENT -> an event; nullopt when it cannot be shown (reported).
std::optional<model::Event> read_vevent(const IcsComponent& ve, const std::string& file,
                                        const Reporter& report) {
  model::Event event;
  bool ok = true;
  const IcsProperty* uid = find(ve, "UID");
  if (!uid || uid->value.empty()) {
    report(ve.line, "VEVENT", "UID is missing (it becomes the event's id)");
    ok = false;
  } else {
    event.id = id_of(unescape_ics_text(uid->value));
  }
  event.title = bilingual(ve, "SUMMARY", report);
  if (event.title.ja.empty()) {
    report(ve.line, "VEVENT", "SUMMARY is missing or empty (it becomes the title)");
    ok = false;
  }
  ok = read_times(ve, event, report) && ok;
  event.kind = kind_of(ve);
  event.place = bilingual(ve, "LOCATION", report);
  event.summary = bilingual(ve, "DESCRIPTION", report);
  if (const IcsProperty* organizer = find(ve, "ORGANIZER"); organizer && organizer->params.count("CN")) {
    event.organizer = {organizer->params.at("CN"), organizer->params.at("CN")};
  }
  if (const IcsProperty* url = find(ve, "URL")) {
    event.url = unescape_ics_text(url->value);
    if (!event.url.starts_with("http://") && !event.url.starts_with("https://")) {
      report(url->line, "URL",
             in_quotes(event.url) + " is not a web address; it must start with http:// or https://");
    }
  }
  event.source = {file, ""};
  if (!ok) return std::nullopt;
  return event;
}

}  // namespace

void read_calendar(const std::string& file, std::string_view bytes, model::Content& content,
                   std::map<std::string, std::string>& taken, std::vector<Diagnostic>& out) {
  const Reporter report{file, out};
  IcsParse parsed = parse_ics(bytes, file);
  out.insert(out.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
  for (const IcsComponent& calendar : parsed.components) {
    for (const IcsComponent& ve : calendar.children) {
      if (ve.name != "VEVENT") continue;
      const IcsProperty* status = find(ve, "STATUS");
      if (status && status->value == "CANCELLED") continue;  // a cancelled event stays in exports
      auto event = read_vevent(ve, file, report);
      if (!event) continue;
      const std::string where = file + ":" + std::to_string(find(ve, "UID")->line);
      const auto [it, fresh] = taken.emplace(event->id, where);
      if (!fresh) {
        report(find(ve, "UID")->line, "UID",
               "id " + in_quotes(event->id) + " is already used by " + it->second);
        continue;
      }
      content.events.push_back(std::move(*event));
    }
  }
}

void read_calendars(const std::filesystem::path& source_dir, model::Content& content,
                    std::vector<Diagnostic>& out) {
  std::map<std::string, std::string> taken;  // id -> where it was first used
  for (const model::Event& event : content.events) taken.emplace(event.id, "events.csv");
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir, ec)) {
    if (entry.path().extension() == ".ics" && entry.is_regular_file(ec)) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
      out.push_back({path.filename().string(), 0, 0, {}, "cannot be read"});
      continue;
    }
    read_calendar(path.filename().string(), bytes, content, taken, out);
  }
}

}  // namespace kiosk::bundle
