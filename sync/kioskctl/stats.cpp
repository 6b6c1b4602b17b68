// kioskctl stats URL [--from DATE] [--to DATE] [--csv]: proof of play summed across the fleet, for
// staff to hand to a sponsor. Reads what the kiosks uploaded next to their heartbeats: every
// "<kiosk>.stats/" folder in the status folder (nginx autoindex_format json) and its hour files
// (stats/hour_document.hpp). DATEs are days in each kiosk's own local time (its utc_offset), both ends
// included.
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "common/timestamp.hpp"
#include "kioskctl/commands.hpp"
#include "kioskctl/http_flags.hpp"
#include "stats/hour_document.hpp"

namespace kiosk::kioskctl {
namespace {

constexpr const char* kUsage = "usage: kioskctl stats URL [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [options]\n";

struct Request {
  std::string url;
  std::string from = "0000-01-01";  // local dates, inclusive; compared as text (same fixed format)
  std::string to = "9999-12-31";
  bool csv = false;
  http::HttpOptions http;
};

struct Total {
  int64_t count = 0;
  int64_t count_ja = 0;
  int64_t count_en = 0;
  int64_t dwell_ms = 0;
  std::set<std::string> kiosks;
};

using Key = std::tuple<int, std::string, std::string>;  // kind, screen, item

Result<std::vector<std::string>> list_folder(http::HttpClient& client, const std::string& url, const char* type) {
  auto listing = client.get(url, 8u << 20);
  if (!listing) return tl::unexpected(listing.error());
  std::vector<std::string> names;
  try {
    for (const auto& entry : nlohmann::json::parse(listing->body))
      if (entry.value("type", "") == type) names.push_back(entry.value("name", ""));
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::Parse, url + ": not a JSON folder listing (nginx autoindex_format json): " + e.what());
  }
  return names;
}

Result<std::string> take_date(const Args& args, std::size_t& i) {
  const std::string flag = args[i];
  if (i + 1 >= args.size()) return fail(ErrorCode::Usage, flag + " needs a date (YYYY-MM-DD)");
  const std::string date = args[++i];
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !unix_days(y, m, d))
    return fail(ErrorCode::Usage, flag + ": \"" + date + "\" is not a date (YYYY-MM-DD)");
  return date;
}

Result<Request> parse_args(const Args& args) {
  Request request;
  for (std::size_t i = 0; i < args.size(); ++i) {
    auto taken = take_http_flag(args, i, request.http);
    if (!taken) return tl::unexpected(taken.error());
    if (*taken) continue;
    if (args[i] == "--csv") {
      request.csv = true;
    } else if (args[i] == "--from" || args[i] == "--to") {
      auto date = take_date(args, i);
      if (!date) return tl::unexpected(date.error());
      (args[i - 1] == "--from" ? request.from : request.to) = *date;
    } else if (request.url.empty() && http::is_http_url(args[i])) {
      request.url = args[i].ends_with("/") ? args[i] : args[i] + "/";
    } else {
      return fail(ErrorCode::Usage, "unexpected argument '" + args[i] + "'");
    }
  }
  if (request.url.empty()) return fail(ErrorCode::Usage, "the status folder URL is missing");
  if (request.from > request.to)
    return fail(ErrorCode::Usage, "--from " + request.from + " is after --to " + request.to);
  return request;
}

// Only hours whose UTC date is within a day of the range can fall into it at any offset (-12..+14 h).
bool may_be_in_range(int64_t hour_utc, const Request& request) {
  const std::string before = format_utc_timestamp(hour_utc + 86400).substr(0, 10);
  const std::string after = format_utc_timestamp(hour_utc - 86400).substr(0, 10);
  return before >= request.from && after <= request.to;
}

Result<std::map<Key, Total>> sum_fleet(const Request& request, std::size_t& hours_read) {
  auto client = http::HttpClient::create(request.http);
  if (!client) return tl::unexpected(client.error());
  auto folders = list_folder(*client, request.url, "directory");
  if (!folders) return tl::unexpected(folders.error());
  std::map<Key, Total> totals;
  for (const std::string& folder : *folders) {
    if (!folder.ends_with(".stats")) continue;
    const std::string folder_url = http::join_url(request.url, http::escape_path(folder)) + "/";
    auto files = list_folder(*client, folder_url, "file");
    if (!files) return tl::unexpected(files.error());
    for (const std::string& file : *files) {
      const auto hour = stats::parse_hour_file_name(file);
      if (!hour || !may_be_in_range(*hour, request)) continue;
      const std::string file_url = folder_url + http::escape_path(file);
      auto body = client->get(file_url, stats::kMaxHourDocumentBytes);
      if (!body) return tl::unexpected(body.error());
      auto document = stats::hour_document_from_json(body->body, file_url);
      if (!document) return tl::unexpected(document.error());
      const std::string date = stats::local_date(document->hour_utc, document->utc_offset_minutes);
      if (date < request.from || date > request.to) continue;
      ++hours_read;
      for (const stats::HourRow& row : document->rows) {
        Total& total = totals[Key{static_cast<int>(row.kind), row.screen, row.item}];
        total.count += row.count;
        if (row.language == "ja") total.count_ja += row.count;
        if (row.language == "en") total.count_en += row.count;
        total.dwell_ms += row.dwell_ms;
        total.kiosks.insert(document->kiosk_id);
      }
    }
  }
  return totals;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void print_csv(const std::map<Key, Total>& totals) {
  std::printf("kind,screen,item,count,count_ja,count_en,dwell_s,kiosks\n");
  for (const auto& [key, t] : totals) {
    const auto& [kind, screen, item] = key;
    std::printf("%s,%s,%s,%lld,%lld,%lld,%lld,%zu\n", stats::kind_name(static_cast<stats::PlayKind>(kind)),
                csv_field(screen).c_str(), csv_field(item).c_str(), static_cast<long long>(t.count),
                static_cast<long long>(t.count_ja), static_cast<long long>(t.count_en),
                static_cast<long long>(t.dwell_ms / 1000), t.kiosks.size());
  }
}

void print_table(const std::map<Key, Total>& totals, const Request& request, std::size_t hours) {
  std::printf("%zu kiosk-hour(s) from %s to %s (kiosks' local dates)\n", hours, request.from.c_str(),
              request.to.c_str());
  std::printf("%-6s %-12s %-28s %8s %8s %8s %10s %7s %6s\n", "KIND", "SCREEN", "ITEM", "COUNT", "JA", "EN",
              "DWELL_S", "AVG_S", "KIOSKS");
  for (const auto& [key, t] : totals) {
    const auto& [kind, screen, item] = key;
    const double average = t.count > 0 ? static_cast<double>(t.dwell_ms) / 1000.0 / static_cast<double>(t.count) : 0;
    std::printf("%-6s %-12s %-28s %8lld %8lld %8lld %10lld %7.1f %6zu\n",
                stats::kind_name(static_cast<stats::PlayKind>(kind)), screen.c_str(),
                item.empty() ? "-" : item.c_str(), static_cast<long long>(t.count),
                static_cast<long long>(t.count_ja), static_cast<long long>(t.count_en),
                static_cast<long long>(t.dwell_ms / 1000), average, t.kiosks.size());
  }
}

}  // namespace

int run_stats(const Args& args) {
  auto request = parse_args(args);
  if (!request) {
    std::fprintf(stderr, "kioskctl stats: %s\n%s%s", request.error().message.c_str(), kUsage, kHttpFlagsUsage);
    return 2;
  }
  std::size_t hours = 0;
  auto totals = sum_fleet(*request, hours);
  if (!totals) {
    std::fprintf(stderr, "kioskctl stats: %s\n", totals.error().message.c_str());
    return 1;
  }
  if (request->csv) print_csv(*totals);
  else print_table(*totals, *request, hours);
  return 0;
}

}  // namespace kiosk::kioskctl
