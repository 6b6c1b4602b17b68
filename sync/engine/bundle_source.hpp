// BundleSource: one place a kiosk can pull a signed bundle from. The engine treats an HTTP(S) server
// and a local folder (USB stick, mounted share) alike: it asks for the manifest, the signature and
// single files, and verifies everything itself.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>

#include "common/result.hpp"
#include "http/http_client.hpp"
#include "model/content.hpp"

namespace kiosk::engine {

class BundleSource {
 public:
  virtual ~BundleSource() = default;
  virtual const std::string& name() const = 0;  // the URL or folder, as configured (for messages and status)
  // manifest.json's bytes, or nullopt when it has not changed since remember_manifest() (HTTP 304).
  virtual Result<std::optional<std::string>> fetch_manifest() = 0;
  virtual Result<std::string> fetch_signature() = 0;  // manifest.json.sig's bytes
  // Completes `partial` (which may hold a prefix already) to exactly `entry.size` bytes of entry.path.
  // Never writes more than entry.size bytes. The caller checks the hash.
  virtual Result<void> fetch_file(const model::Asset& entry, const std::filesystem::path& partial) = 0;
  virtual void remember_manifest() = 0;  // the manifest fetched last is applied: poll conditionally from now
  virtual http::Validators remembered() const { return {}; }  // what remember_manifest() kept (HTTP only)
  virtual void restore(const http::Validators&) {}  // validators saved by an earlier process (sync_state.hpp)
  virtual std::string where(const std::string& path) const = 0;  // URL or path of a file, for messages
  virtual void set_stop_token(std::stop_token) {}  // a requested stop aborts a transfer in progress
};

// A source for `location`: an http(s) URL or a local folder. HTTP options apply to URLs only.
Result<std::unique_ptr<BundleSource>> open_source(const std::string& location, const http::HttpOptions& http);

}  // namespace kiosk::engine
