// RFC 5545 lexing: physical lines -> unfolded content lines -> nested components.
#include "bundle/ics.hpp"

#include <cstdio>

#include "common/utf8.hpp"

namespace kiosk::bundle {
namespace {

struct ContentLine {
  std::string text;
  int line = 0;
};

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Folding (RFC 5545 3.1) inserts CRLF + one space or tab anywhere, even inside a UTF-8 sequence, so
// lines are joined before anything else looks at them; each keeps the number of its first line.
std::vector<ContentLine> unfold(std::string_view bytes) {
  std::vector<ContentLine> lines;
  int physical = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++physical;
    pos = end + 1;
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !lines.empty()) {
      lines.back().text.append(line.substr(1));
    } else if (!line.empty()) {
      lines.push_back({std::string(line), physical});
    }
  }
  return lines;
}

// NAME *(;PARAM=VALUE) : value, where parameter values may be "quoted" and hold ':' or ';'.
bool split_property(const ContentLine& content, IcsProperty& out) {
  const std::string& t = content.text;
  std::size_t i = 0;
  while (i < t.size() && t[i] != ';' && t[i] != ':') ++i;
  if (i == 0 || i == t.size()) return false;
  out.name = upper(t.substr(0, i));
  out.line = content.line;
  while (t[i] == ';') {
    const std::size_t eq = t.find('=', i + 1);
    if (eq == std::string::npos) return false;
    const std::string name = upper(t.substr(i + 1, eq - i - 1));
    std::string value;
    i = eq + 1;
    bool quoted = false;
    for (; i < t.size() && (quoted || (t[i] != ';' && t[i] != ':')); ++i) {
      if (t[i] == '"')
        quoted = !quoted;
      else
        value += t[i];
    }
    if (i == t.size()) return false;
    out.params[name] = value;
  }
  out.value = t.substr(i + 1);
  return true;
}

}  // namespace

std::string unescape_ics_text(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\' || i + 1 == value.size()) {
      out += value[i];
      continue;
    }
    const char next = value[++i];
    if (next == 'n' || next == 'N')
      out += '\n';
    else if (next == '\\' || next == ';' || next == ',')
      out += next;
    else
      out += std::string{'\\', next};
  }
  return out;
}

IcsParse parse_ics(std::string_view bytes, const std::string& file) {
  IcsParse result;
  auto& out = result.diagnostics;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);  // the BOM has no line of its own
  const std::vector<ContentLine> lines = unfold(bytes);
  for (const ContentLine& content : lines) {  // after unfolding: a fold may split a UTF-8 sequence
    if (const auto bad = utf8::find_invalid(content.text)) {
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", bad->byte);
      out.push_back({file,
                     content.line,
                     0,
                     {},
                     std::string("invalid UTF-8 (byte ") + byte + "); save the file as UTF-8"});
      return result;
    }
  }
  std::vector<IcsComponent> open;  // the BEGIN blocks not yet ended, innermost last
  for (const ContentLine& content : lines) {
    IcsProperty property;
    if (!split_property(content, property)) {
      out.push_back({file, content.line, 0, {}, "not an iCalendar content line (NAME:value)"});
      continue;
    }
    if (property.name == "BEGIN") {
      open.push_back({upper(property.value), property.line, {}, {}});
    } else if (property.name == "END") {
      const std::string name = upper(property.value);
      while (!open.empty() && open.back().name != name) {  // an END that skips a block closes it unfinished
        out.push_back({file, open.back().line, 0, open.back().name,
                       "BEGIN:" + open.back().name + " has no END:" + open.back().name + " before line " +
                           std::to_string(property.line)});
        open.pop_back();
      }
      if (open.empty()) {
        out.push_back({file, property.line, 0, {}, "END:" + name + " without BEGIN:" + name});
        continue;
      }
      IcsComponent done = std::move(open.back());
      open.pop_back();
      (open.empty() ? result.components : open.back().children).push_back(std::move(done));
    } else if (!open.empty()) {
      open.back().properties.push_back(std::move(property));
    }
  }
  for (const IcsComponent& left : open) {
    out.push_back({file, left.line, 0, left.name,
                   "BEGIN:" + left.name + " has no END:" + left.name + " (the file ends first)"});
  }
  return result;
}

}  // namespace kiosk::bundle
