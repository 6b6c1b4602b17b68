// Reading the config file: toml++ parses, the schema in config_keys.cpp checks every key. All
// problems are reported at once (staff fix a file in one go), each as
// "file:line: key: what is wrong; allowed: what is allowed".
#include <algorithm>
#include <fstream>
#include <sstream>

#include "config.hpp"
#include "config_keys.hpp"

namespace kiosk::firmware {
namespace {

using config_schema::KeySpec;

// Every problem is one line ("file:line: ..."), as journald and --check-config show them. toml++ quotes
// the character it stopped at and values are quoted as written, either may be a line break or another
// control character: those are escaped.
std::string one_line(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7F) {
      constexpr char kHex[] = "0123456789ABCDEF";
      out += "\\x";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    } else {
      out += c;
    }
  }
  return out;
}

// Problems in file order (toml++ iterates a table's keys sorted by name, not by line).
class ProblemList {
 public:
  explicit ProblemList(std::string file_name) : file_(std::move(file_name)) {}
  void add(const toml::source_region& where, std::string_view key, const std::string& problem,
           std::string_view allowed) {
    lines_.push_back({where.begin.line, one_line(file_ + ":" + std::to_string(where.begin.line) + ": " +
                                                 std::string(key) + ": " + problem + "; allowed: " + std::string(allowed))});
  }
  bool empty() const { return lines_.empty(); }
  std::string text() {
    std::stable_sort(lines_.begin(), lines_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string text;
    for (const auto& [line, message] : lines_) text += (text.empty() ? "" : "\n") + message;
    return text;
  }

 private:
  std::string file_;
  std::vector<std::pair<toml::source_index, std::string>> lines_;
};

std::string dotted(std::string_view table, std::string_view key) {
  return table.empty() ? std::string(key) : std::string(table) + "." + std::string(key);
}

const KeySpec* find_key(std::string_view table, std::string_view name) {
  for (const KeySpec& spec : config_schema::keys())
    if (spec.table == table && spec.name == name) return &spec;
  return nullptr;
}

bool is_table_name(std::string_view name) {
  for (const auto& table : config_schema::tables())
    if (table.name == name) return true;
  return false;
}

// "kiosk_id, data_dir, ..., [sync], [display]" for the top level; the key names for a table.
std::string allowed_keys(std::string_view table) {
  std::string list;
  const auto append = [&list](std::string_view item) { list += (list.empty() ? "" : ", ") + std::string(item); };
  for (const KeySpec& spec : config_schema::keys())
    if (spec.table == table) append(spec.name);
  if (table.empty())
    for (const auto& t : config_schema::tables()) append("[" + std::string(t.name) + "]");
  return list;
}

void read_table(const toml::table& table, std::string_view table_name, KioskConfig& config, ProblemList& problems) {
  for (const auto& [key, node] : table) {
    const std::string_view name = key.str();
    if (table_name.empty() && is_table_name(name)) {
      if (const auto* inner = node.as_table())
        read_table(*inner, name, config, problems);
      else
        problems.add(key.source(), name, "is not a table", "a table [" + std::string(name) + "]");
      continue;
    }
    const KeySpec* spec = find_key(table_name, name);
    if (spec == nullptr) {
      problems.add(key.source(), dotted(table_name, name), "unknown key", allowed_keys(table_name));
      continue;
    }
    if (auto problem = spec->apply(node, config))
      problems.add(node.source(), dotted(table_name, name), *problem, spec->allowed);
  }
}

// Rules that span two keys; reported at the line of the key that is set.
void check_combinations(const toml::table& root, const KioskConfig& config, ProblemList& problems) {
  const auto line_of = [&root](std::string_view path) {
    const toml::node* node = root.at_path(path).node();
    return node ? node->source() : toml::source_region{};
  };
  const DisplayConfig& display = config.display;
  if ((display.width == 0) != (display.height == 0)) {
    const bool width_set = display.width != 0;
    problems.add(line_of(width_set ? "display.width" : "display.height"), width_set ? "display.width" : "display.height",
                 std::string("is set but display.") + (width_set ? "height" : "width") + " is 0",
                 "both 0 (the screen's size) or both 64 to 8192 (pixels)");
  }
  if (!config.sync.sources.empty() && config.sync.public_keys.empty())
    problems.add(line_of("sync.sources"), "sync.sources",
                 "there are sources but no sync.public_keys to check their signatures",
                 "sources together with at least one public key");
}

}  // namespace

Result<KioskConfig> parse_config(std::string_view text, const std::string& file_name) {
  toml::table root;
  try {
    root = toml::parse(text, file_name);
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    return fail(ErrorCode::Parse, file_name + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) +
                                      ": not valid TOML: " + one_line(error.description()));
  }
  KioskConfig config;
  ProblemList problems(file_name);
  read_table(root, "", config, problems);
  if (problems.empty()) check_combinations(root, config, problems);
  if (!problems.empty()) return fail(ErrorCode::Validation, problems.text());
  return config;
}

Result<KioskConfig> load_config(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(file, ec);
    return fail(exists ? ErrorCode::Io : ErrorCode::NotFound,
                file.string() + (exists ? ": cannot be read (permissions?)" : ": no such config file") +
                    "; kiosk --print-default-config prints one to start from");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), file.string());
}

std::string default_config_text() {
  std::string text =
      "# Tohoku kiosk configuration (TOML), as printed by `kiosk --print-default-config`.\n"
      "# Every key is shown with its default value; a key left out keeps its default.\n"
      "# Check a file with `kiosk --check-config --config FILE`. `systemctl reload kiosk` (SIGHUP)\n"
      "# applies [sync], [heartbeat], [hours] and idle_timeout_s at once; other keys apply at the next start.\n";
  const auto add_keys = [&text](std::string_view table) {
    for (const KeySpec& spec : config_schema::keys()) {
      if (spec.table != table) continue;
      if (!spec.doc.empty()) {
        text += "\n";
        std::string_view doc = spec.doc;
        for (size_t nl; (nl = doc.find('\n')) != std::string_view::npos; doc.remove_prefix(nl + 1))
          text += "# " + std::string(doc.substr(0, nl)) + "\n";
        text += "# " + std::string(doc) + "\n";
      }
      text += std::string(spec.name) + " = " + std::string(spec.default_value) + "\n";
    }
  };
  add_keys("");
  for (const auto& table : config_schema::tables()) {
    text += "\n";
    std::string_view doc = table.doc;
    for (size_t nl; (nl = doc.find('\n')) != std::string_view::npos; doc.remove_prefix(nl + 1))
      text += "# " + std::string(doc.substr(0, nl)) + "\n";
    text += "# " + std::string(doc) + "\n[" + std::string(table.name) + "]\n";
    add_keys(table.name);
  }
  return text;
}

}  // namespace kiosk::firmware
