// What the sync engine needs to know, filled in by the kiosk's config file (firmware/) or by
// `kioskctl sync` flags. Plain data; the engine checks nothing here beyond "at least one source".
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bundle/signature.hpp"
#include "http/http_client.hpp"

namespace kiosk::engine {

struct SyncConfig {
  std::filesystem::path data_dir;            // the kiosk's data dir (content.db, assets/, incoming/)
  std::vector<std::string> sources;          // tried in order: http(s) URL of a bundle folder, or a local folder
  std::vector<bundle::PublicKey> keys;       // staff public keys; a manifest must be signed by one of them
  std::chrono::milliseconds poll_interval{30000};   // between successful polls
  double jitter = 0.2;                               // each wait is scaled by a random factor in [1-j, 1+j]
  std::chrono::milliseconds backoff_initial{5000};  // first wait after a failed poll, doubled per failure
  std::chrono::milliseconds backoff_max{300000};    // cap of the doubling
  http::HttpOptions http;                    // timeouts and CA file for content (credentials unused)
  uint64_t max_file_bytes = 256ull << 20;    // refuse manifests listing a larger asset
  uint64_t max_total_bytes = 2ull << 30;     // refuse manifests whose files add up to more

  std::string kiosk_id;                      // names this kiosk in heartbeats, e.g. "pavilion-01"
  std::string heartbeat_url;                 // PUT status JSON here after every poll; empty = off
  http::HttpOptions heartbeat_http;          // timeouts, CA file and credentials for the heartbeat
};

}  // namespace kiosk::engine
