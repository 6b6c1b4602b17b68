// SourceRow's typed accessors: one rule each, each message saying what is wrong and what is allowed.
#include <algorithm>

#include "bundle/numbers.hpp"
#include "bundle/source_table.hpp"
#include "common/utf8.hpp"

namespace kiosk::bundle {
namespace {

constexpr std::size_t kMaxQuoteCharacters = 60;  // README: an exact excerpt of 60 characters or fewer

bool is_id(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

std::string column_name(std::string_view prefix, std::string_view language) {
  return std::string(prefix) + "_" + std::string(language);
}

}  // namespace

std::string SourceRow::required(std::string_view column) const {
  const CsvField* f = field(column);
  if (f && f->text.empty()) report(column, "empty; a value is required");
  return f ? f->text : std::string();
}

std::string SourceRow::id(std::string_view column) const {
  const std::string value = required(column);
  if (!value.empty() && !is_id(value)) {
    report(column, in_quotes(value) + " is not a valid id (use a-z, 0-9, '_' and '-')");
  }
  return value;
}

std::string SourceRow::one_of(std::string_view column, const std::vector<std::string_view>& allowed) const {
  const CsvField* f = field(column);
  if (!f) return {};
  if (std::find(allowed.begin(), allowed.end(), f->text) == allowed.end()) {
    report(column, in_quotes(f->text) + " is not allowed; use one of: " + join(allowed));
  }
  return f->text;
}

std::optional<double> SourceRow::decimal(std::string_view column) const {
  const CsvField* f = field(column);
  if (!f) return std::nullopt;
  const auto value = parse_decimal(f->text);
  if (!value) {
    report(column, in_quotes(f->text) +
                       " is not a number (digits with an optional leading '-' and '.' as decimal point; "
                       "no thousands separators)");
  }
  return value;
}

std::optional<int64_t> SourceRow::integer(std::string_view column) const {
  const CsvField* f = field(column);
  if (!f) return std::nullopt;
  const auto value = parse_integer(f->text);
  if (!value)
    report(column, in_quotes(f->text) + " is not a whole number (digits with an optional leading '-')");
  return value;
}

std::optional<int64_t> SourceRow::integer_in(std::string_view column, int64_t min, int64_t max) const {
  const CsvField* f = field(column);
  if (!f) return std::nullopt;
  const auto value = parse_integer(f->text);
  if (!value || *value < min || *value > max) {
    report(column, in_quotes(f->text) + " is not a whole number from " + std::to_string(min) + " to " +
                       std::to_string(max));
    return std::nullopt;
  }
  return value;
}

bool SourceRow::boolean(std::string_view column) const { return one_of(column, {"true", "false"}) == "true"; }

std::string SourceRow::url(std::string_view column) const {
  const std::string& value = text(column);
  if (!value.empty() && !value.starts_with("http://") && !value.starts_with("https://")) {
    report(column, in_quotes(value) + " is not a web address; it must start with http:// or https://");
  }
  return value;
}

// Asset paths become file names inside the bundle and on the kiosk, so only plain relative paths
// under images/ are allowed.
std::string SourceRow::asset(std::string_view column, const std::filesystem::path& source_dir) const {
  const std::string& value = text(column);
  if (value.empty()) return value;
  if (!value.starts_with("images/") || value.size() == 7) {
    report(column, in_quotes(value) + " is not a file under images/ (write e.g. images/logo.png)");
  } else if (value.find("..") != std::string::npos || value.find('\\') != std::string::npos ||
             value.find("//") != std::string::npos) {
    report(column, in_quotes(value) + " must be a plain path under images/ without '..', '\\' or '//'");
  } else if (std::error_code ec; !std::filesystem::is_regular_file(source_dir / value, ec)) {
    report(column, in_quotes(value) + " does not exist in the source folder");
  }
  return value;
}

model::Text SourceRow::both_languages(std::string_view prefix) const {
  const std::string ja = column_name(prefix, "ja"), en = column_name(prefix, "en");
  const std::string rule = " (" + ja + " and " + en + " are both required)";
  if (field(ja) && text(ja).empty()) report(ja, "missing Japanese text" + rule);
  if (field(en) && text(en).empty()) report(en, "missing English text" + rule);
  return {text(ja), text(en)};
}

model::Text SourceRow::japanese_first(std::string_view prefix) const {
  const std::string ja = column_name(prefix, "ja"), en = column_name(prefix, "en");
  if (text(ja).empty() && !text(en).empty()) {
    report(ja, "missing Japanese text while " + en + " is set (" + en + " may be left empty, " + ja +
                   " may not)");
  }
  return {text(ja), text(en)};
}

model::Text SourceRow::both_or_neither(std::string_view prefix) const {
  const std::string ja = column_name(prefix, "ja"), en = column_name(prefix, "en");
  const std::string rule = " (" + ja + " and " + en + " are given together or both left empty)";
  if (text(ja).empty() && !text(en).empty()) report(ja, "missing Japanese text" + rule);
  if (!text(ja).empty() && text(en).empty()) report(en, "missing English text" + rule);
  return {text(ja), text(en)};
}

model::Source SourceRow::source() const {
  model::Source source{required("source_doc"), required("source_quote")};
  const std::size_t length = utf8::count_characters(source.quote);
  if (length > kMaxQuoteCharacters) {
    report("source_quote", std::to_string(length) + " characters; the excerpt may have at most " +
                               std::to_string(kMaxQuoteCharacters));
  }
  return source;
}

}  // namespace kiosk::bundle
