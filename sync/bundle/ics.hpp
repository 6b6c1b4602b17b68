// iCalendar (RFC 5545) files as calendar programs export them (Google Calendar, Thunderbird, Apple
// Calendar): content lines unfolded, split into components, text unescaped. Only what the schedule
// needs is read; the rules for turning a VEVENT into an event are in assets/content/README.md.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "bundle/bundle.hpp"
#include "model/content.hpp"

namespace kiosk::bundle {

struct IcsProperty {                          // one unfolded content line: NAME;PARAM=V:value
  std::string name;                           // upper-cased, e.g. "DTSTART"
  std::map<std::string, std::string> params;  // upper-cased names, values unquoted as written
  std::string value;                          // raw value (text escapes not yet undone)
  int line = 0;                               // 1-based physical line the content line starts on
};

struct IcsComponent {                   // a BEGIN:X ... END:X block
  std::string name;                     // upper-cased, e.g. "VEVENT"
  int line = 0;                         // physical line of its BEGIN
  std::vector<IcsProperty> properties;  // its own properties, not those of nested components
  std::vector<IcsComponent> children;
};

struct IcsParse {
  std::vector<IcsComponent> components;  // top level, normally one VCALENDAR
  std::vector<Diagnostic> diagnostics;   // invalid UTF-8, malformed lines, unbalanced BEGIN/END
};

// Parses a whole file named `file` (for diagnostics). CRLF or LF line ends, an optional UTF-8 BOM;
// a line starting with a space or tab continues the previous one. Invalid UTF-8 stops the parse.
IcsParse parse_ics(std::string_view bytes, const std::string& file);

std::string unescape_ics_text(std::string_view value);  // \\ \; \, \n \N undone; other escapes kept as is

// One calendar file's bytes (named `file` in diagnostics): its VEVENTs appended to content.events.
// `taken` maps ids already used to where ("events.csv", "a.ics:12"); new ids are added to it.
void read_calendar(const std::string& file, std::string_view bytes, model::Content& content,
                   std::map<std::string, std::string>& taken, std::vector<Diagnostic>& out);

// Every VEVENT of every *.ics file in `source_dir` (name order) appended to content.events; ids must
// not collide with those already there (events.csv). Problems are appended to `out`.
void read_calendars(const std::filesystem::path& source_dir, model::Content& content,
                    std::vector<Diagnostic>& out);

}  // namespace kiosk::bundle
