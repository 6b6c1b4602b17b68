// Fuzzes the iCalendar reader (sync/bundle/ics.cpp and read_calendar.cpp): unfolding, components,
// parameters, and turning each VEVENT into an event. Beyond not crashing it checks that diagnostics
// name the file and a real line, and that every event it accepts is one the schedule can show.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "bundle/ics.hpp"
#include "fuzz_contract.hpp"

using kiosk::fuzz::require;

namespace {

void check_components(const std::vector<kiosk::bundle::IcsComponent>& components, int lines) {
  for (const auto& c : components) {
    require(c.line >= 1 && c.line <= lines, "a component starts on a line of the file");
    for (const auto& p : c.properties) {
      require(!p.name.empty(), "a property has a name");
      require(p.line >= c.line && p.line <= lines, "a property lies inside its component's lines");
    }
    check_components(c.children, lines);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const int lines = kiosk::fuzz::physical_lines(bytes);

  const auto parsed = kiosk::bundle::parse_ics(bytes, "fuzz.ics");
  check_components(parsed.components, lines);
  (void)kiosk::bundle::unescape_ics_text(bytes);

  kiosk::model::Content content;
  std::map<std::string, std::string> taken;
  std::vector<kiosk::bundle::Diagnostic> out;
  kiosk::bundle::read_calendar("fuzz.ics", bytes, content, taken, out);
  for (const auto& d : out) {
    require(d.file == "fuzz.ics", "diagnostics name the file", d.file);
    require(d.line >= 0 && d.line <= lines, "diagnostics point at a line of the file (or 0: the whole file)",
            d.to_string());
    require(!d.message.empty(), "diagnostics say what is wrong", d.to_string());
  }
  std::set<std::string> ids;
  for (const auto& e : content.events) {
    require(!e.id.empty(), "an accepted event has an id");
    require(ids.insert(e.id).second, "event ids are unique", e.id);
    require(e.start_utc < e.end_utc, "an accepted event ends after it starts",
            e.id + ": " + e.start + " .. " + e.end);
    require(!e.title.ja.empty() || !e.title.en.empty(), "an accepted event has a title", e.id);
  }
  return 0;
}
