// HttpClient: the one place that talks to libcurl. A small RAII wrapper around one easy handle (reused,
// so a poll keeps its connection), with the kiosk's transfer rules built in: TLS verification always on
// (optional CA file), connect and low-speed timeouts, hard byte caps, resume with Range, conditional
// GET, proxy from the environment, HTTP/2 where available, CURLOPT_NOSIGNAL (safe in threads).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <stop_token>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace kiosk::http {

struct HttpOptions {
  std::chrono::milliseconds connect_timeout{5000};  // TCP + TLS handshake
  std::chrono::milliseconds low_speed_time{15000};  // abort when below low_speed_bytes/s for this long
  long low_speed_bytes = 1;                         // ... so a stalled server cannot hold a poll forever
  std::chrono::milliseconds total_timeout{0};       // whole transfer; 0 = none (large assets on slow Wi-Fi)
  std::string ca_file;                              // extra trust anchor for the server; empty = system CAs
  std::string user;                                 // HTTP Basic user (publish, heartbeat); empty = none
  std::string password;
  std::string bearer_token;                         // "Authorization: Bearer ..." instead of Basic
  std::string user_agent = "tohoku-kiosk/0.1";
};

struct Validators {           // what makes a GET conditional (an unchanged poll is one 304)
  std::string etag;           // ETag of the last good response
  std::string last_modified;  // Last-Modified of the last good response
  bool empty() const { return etag.empty() && last_modified.empty(); }
};

struct Response {
  long status = 0;            // HTTP status; 304 when a conditional GET found nothing new
  std::string body;           // empty for 304 and for downloads to a file
  Validators validators;      // from the response headers; empty when the resource changed in the second the
                              // response was made (Last-Modified >= Date): one-second validators cannot tell
  uint64_t bytes_written = 0; // download(): bytes now in the file (offset + received)
  std::string content_type;   // the Content-Type header, as sent ("" when none)
};

class HttpClient {
 public:
  static Result<HttpClient> create(HttpOptions options);  // Network error when curl cannot start
  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;
  ~HttpClient();

  void set_stop_token(std::stop_token stop);  // a requested stop aborts the transfer in progress

  // GET into memory; refuses bodies over `max_bytes` without reading them whole. Non-2xx/304 statuses
  // are errors (NotFound for 404) naming the URL. With `conditional`, sends If-None-Match/-Modified-Since.
  Result<Response> get(const std::string& url, uint64_t max_bytes, const Validators* conditional = nullptr);

  // GET into `file` so that it holds `expected_size` bytes in the end. Bytes already in the file are kept
  // and the rest is asked for with Range (a 200 reply restarts from 0). The transfer is aborted as soon
  // as the server sends more than `expected_size` in total (Integrity error). A cut or stalled transfer
  // leaves the bytes received so far in the file for the next attempt.
  Result<Response> download(const std::string& url, const std::filesystem::path& file, uint64_t expected_size);

  // PUT `body` (WebDAV); 2xx is success. Errors name the URL and status.
  Result<long> put(const std::string& url, std::string_view body, std::string_view content_type);

 private:
  struct Handle;
  explicit HttpClient(std::unique_ptr<Handle> handle);
  std::unique_ptr<Handle> handle_;
};

std::string join_url(const std::string& base, std::string_view path);  // base "/" path, one slash between
bool is_http_url(std::string_view text);                                // starts with http:// or https://
std::string escape_path(std::string_view path);  // percent-encodes all but unreserved characters and '/'

}  // namespace kiosk::http
