// kioskctl fleet URL [--json]: every kiosk's last heartbeat, read from the status folder the kiosks
// PUT into, with its screen thumbnail's URL and its plays and touches of the last hour. The folder listing is nginx's `autoindex_format json` (an array of {"name","type"}).
#include <cstdio>

#include <nlohmann/json.hpp>

#include "heartbeat/heartbeat.hpp"
#include "kioskctl/commands.hpp"
#include "kioskctl/http_flags.hpp"

namespace kiosk::kioskctl {
namespace {

constexpr const char* kUsage = "usage: kioskctl fleet URL [--json] [options]\n";

Result<std::vector<std::string>> list_status_files(http::HttpClient& client, const std::string& url) {
  auto listing = client.get(url.ends_with("/") ? url : url + "/", 4u << 20);
  if (!listing) return tl::unexpected(listing.error());
  std::vector<std::string> names;
  try {
    for (const auto& entry : nlohmann::json::parse(listing->body)) {
      const std::string name = entry.value("name", "");
      if (entry.value("type", "") == "file" && name.ends_with(".json")) names.push_back(name);
    }
  } catch (const nlohmann::json::exception& e) {
    return fail(ErrorCode::Parse, url + ": not a JSON folder listing (nginx autoindex_format json): " + e.what());
  }
  return names;
}

Result<std::vector<heartbeat::Heartbeat>> read_fleet(const std::string& url, const http::HttpOptions& options) {
  auto client = http::HttpClient::create(options);
  if (!client) return tl::unexpected(client.error());
  auto names = list_status_files(*client, url);
  if (!names) return tl::unexpected(names.error());
  std::vector<heartbeat::Heartbeat> fleet;
  for (const std::string& name : *names) {
    const std::string file_url = http::join_url(url, http::escape_path(name));
    auto body = client->get(file_url, heartbeat::kMaxHeartbeatBytes);
    if (!body) return tl::unexpected(body.error());
    auto beat = heartbeat::from_json(body->body, file_url);
    if (!beat) return tl::unexpected(beat.error());
    fleet.push_back(std::move(*beat));
  }
  return fleet;
}

std::string usage_figure(const heartbeat::Heartbeat& h, int64_t heartbeat::UsageFigures::*field) {
  return h.usage ? std::to_string((*h.usage).*field) : "-";
}

void print_table(const std::vector<heartbeat::Heartbeat>& fleet, const std::string& url) {
  std::printf("%-20s %12s %-11s %-20s %10s %7s %7s  %-40s  %s\n", "KIOSK", "VERSION", "STATE", "LAST SYNC",
              "UPTIME", "PLAYS/H", "TOUCH/H", "THUMBNAIL", "LAST ERROR");
  for (const heartbeat::Heartbeat& h : fleet) {
    const std::string thumbnail =
        h.thumbnail.empty() ? "-" : http::join_url(url, http::escape_path(h.thumbnail));
    std::string error = h.last_error.substr(0, h.last_error.find('\n'));
    if (h.usage && h.usage->dropped_hours > 0)
      error += (error.empty() ? "" : "; ") + std::to_string(h.usage->dropped_hours) + " unsent statistics hour(s) dropped";
    std::printf("%-20s %12lld %-11s %-20s %9llds %7s %7s  %-40s  %s\n", h.kiosk_id.c_str(),
                static_cast<long long>(h.content_version), h.state.c_str(),
                h.last_sync.empty() ? "never" : h.last_sync.c_str(), static_cast<long long>(h.uptime_s),
                usage_figure(h, &heartbeat::UsageFigures::plays_last_hour).c_str(),
                usage_figure(h, &heartbeat::UsageFigures::touches_last_hour).c_str(), thumbnail.c_str(),
                error.empty() ? "-" : error.c_str());
  }
}

}  // namespace

int run_fleet(const Args& args) {
  std::string url;
  bool json = false;
  http::HttpOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    auto taken = take_http_flag(args, i, options);
    if (!taken) {
      std::fprintf(stderr, "kioskctl fleet: %s\n", taken.error().message.c_str());
      return 2;
    }
    if (*taken) continue;
    if (args[i] == "--json") {
      json = true;
    } else if (url.empty() && http::is_http_url(args[i])) {
      url = args[i];
    } else {
      std::fprintf(stderr, "kioskctl fleet: unexpected argument '%s'\n%s%s", args[i].c_str(), kUsage,
                   kHttpFlagsUsage);
      return 2;
    }
  }
  if (url.empty()) {
    std::fprintf(stderr, "%s%s", kUsage, kHttpFlagsUsage);
    return 2;
  }
  auto fleet = read_fleet(url, options);
  if (!fleet) {
    std::fprintf(stderr, "kioskctl fleet: %s\n", fleet.error().message.c_str());
    return 1;
  }
  if (!json) {
    print_table(*fleet, url);
    return 0;
  }
  std::string out = "[";
  for (std::size_t i = 0; i < fleet->size(); ++i) {
    std::string one = heartbeat::to_json((*fleet)[i]);
    one.pop_back();  // to_json ends with a newline
    out += (i ? "," : "") + one;
  }
  std::printf("%s]\n", out.c_str());
  return 0;
}

}  // namespace kiosk::kioskctl
