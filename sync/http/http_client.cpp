// libcurl behind RAII. One easy handle per client, reset between requests so no option leaks from
// one transfer into the next; the connection cache survives curl_easy_reset, so polls reuse it.
#include "http/http_client.hpp"

#include <curl/curl.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "common/unique_fd.hpp"

namespace kiosk::http {
namespace {

struct EasyCleanup {
  void operator()(CURL* curl) const noexcept { curl_easy_cleanup(curl); }
};
struct SlistCleanup {
  void operator()(curl_slist* list) const noexcept { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistCleanup>;

void append(Slist& list, const std::string& line) {
  curl_slist* grown = curl_slist_append(list.get(), line.c_str());
  if (grown != nullptr) {
    (void)list.release();  // curl_slist_append returned the same list with one more node
    list.reset(grown);
  }
}

// Where the body of the current transfer goes and how much of it may come.
struct Sink {
  CURL* curl = nullptr;
  std::string* memory = nullptr;  // get(): the body
  int fd = -1;                    // download(): the file
  uint64_t offset = 0;            // download(): bytes already in the file when the transfer began
  uint64_t limit = 0;             // most bytes the whole body (offset included) may have
  uint64_t received = 0;
  bool over_limit = false;
  bool restarted = false;         // a 200 answered a Range request: the file was emptied
  std::string io_error;
};

bool success_status(long status) { return status >= 200 && status < 300; }

size_t write_body(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  long status = 0;
  curl_easy_getinfo(sink->curl, CURLINFO_RESPONSE_CODE, &status);
  if (!success_status(status)) return n;  // an error page: discarded, the status is the message
  if (sink->fd >= 0 && sink->offset > 0 && status == 200 && !sink->restarted && sink->received == 0) {
    // The server ignored Range and sends the whole file: start the file again.
    if (::ftruncate(sink->fd, 0) != 0 || ::lseek(sink->fd, 0, SEEK_SET) != 0) {
      sink->io_error = std::strerror(errno);
      return 0;
    }
    sink->offset = 0;
    sink->restarted = true;
  }
  if (sink->offset + sink->received + n > sink->limit) {
    sink->over_limit = true;  // returning short makes curl stop with CURLE_WRITE_ERROR
    return 0;
  }
  if (sink->memory != nullptr) {
    sink->memory->append(data, n);
  } else {
    for (size_t done = 0; done < n;) {
      const ssize_t w = ::write(sink->fd, data + done, n - done);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        sink->io_error = std::strerror(errno);
        return 0;
      }
      done += static_cast<size_t>(w);
    }
  }
  sink->received += n;
  return n;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.back() == '\r' || text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

bool header_is(std::string_view line, std::string_view name) {
  if (line.size() <= name.size() || line[name.size()] != ':') return false;
  for (size_t i = 0; i < name.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) return false;
  }
  return true;
}

struct SeenHeaders {  // of the response being received
  Validators validators;
  std::string date;  // the server's Date header
  std::string content_type;
};

size_t read_header(char* data, size_t size, size_t count, void* user) {
  auto* seen = static_cast<SeenHeaders*>(user);
  const std::string_view line(data, size * count);
  if (line.starts_with("HTTP/")) *seen = {};  // a new response (after a redirect or 100)
  if (header_is(line, "etag")) seen->validators.etag = trim(line.substr(5));
  if (header_is(line, "last-modified")) seen->validators.last_modified = trim(line.substr(14));
  if (header_is(line, "date")) seen->date = trim(line.substr(5));
  if (header_is(line, "content-type")) seen->content_type = trim(line.substr(13));
  return size * count;
}

// Static-file servers derive ETag and Last-Modified from the file's mtime in whole seconds (nginx:
// "mtime-size"). A file modified in the same second the response was made can change again within
// that second and keep both, so a later conditional GET would get a 304 for new content (seen when
// staff re-publish quickly). Such validators are dropped: the next poll is a full GET instead.
Validators trustworthy(const SeenHeaders& seen) {
  if (seen.validators.last_modified.empty() || seen.date.empty()) return seen.validators;
  const time_t modified = curl_getdate(seen.validators.last_modified.c_str(), nullptr);
  const time_t now = curl_getdate(seen.date.c_str(), nullptr);
  if (modified == -1 || now == -1 || modified >= now) return {};
  return seen.validators;
}

int check_stop(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* stop = static_cast<const std::stop_token*>(user);
  return stop->stop_requested() ? 1 : 0;  // non-zero aborts with CURLE_ABORTED_BY_CALLBACK
}

struct Upload {
  std::string_view rest;
};

size_t read_upload(char* buffer, size_t size, size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const size_t n = std::min(size * count, upload->rest.size());
  std::memcpy(buffer, upload->rest.data(), n);
  upload->rest.remove_prefix(n);
  return n;
}

}  // namespace

struct HttpClient::Handle {
  std::unique_ptr<CURL, EasyCleanup> curl;
  HttpOptions options;
  std::stop_token stop;
  char error[CURL_ERROR_SIZE] = {};
  SeenHeaders seen;

  // The options every request starts from; called after curl_easy_reset.
  void prepare(const std::string& url, Slist& headers) {
    CURL* c = curl.get();
    error[0] = '\0';
    seen = {};
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for DNS timeouts: we run in a thread
    // Without it, a transfer that timed out while resolving waits for the resolver thread to finish
    // (glibc: 5 s per try and name server), so a DNS server that never answers held a poll, and
    // SIGTERM, for 10 s or more despite the 5 s connect timeout. The abandoned thread ends on its own.
    curl_easy_setopt(c, CURLOPT_QUICK_EXIT, 1L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(c, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, options.ca_file.c_str());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout.count()));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, options.low_speed_bytes);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME,
                     std::max(1L, static_cast<long>((options.low_speed_time.count() + 999) / 1000)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options.total_timeout.count()));
    curl_easy_setopt(c, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, read_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &seen);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, check_stop);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &stop);
    if (!options.user.empty()) {
      curl_easy_setopt(c, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
      curl_easy_setopt(c, CURLOPT_USERNAME, options.user.c_str());
      curl_easy_setopt(c, CURLOPT_PASSWORD, options.password.c_str());
    }
    if (!options.bearer_token.empty()) append(headers, "Authorization: Bearer " + options.bearer_token);
  }

  // Runs the transfer and turns curl's result and the status into a Result naming `url`.
  Result<long> perform(const std::string& url, Slist& headers, const Sink* sink) {
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    const CURLcode code = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (sink != nullptr && sink->over_limit) {
      return fail(ErrorCode::Integrity,
                  url + ": server sent more than the " + std::to_string(sink->limit) + " bytes expected");
    }
    if (sink != nullptr && !sink->io_error.empty()) {
      return fail(ErrorCode::Io, url + ": cannot write the download: " + sink->io_error);
    }
    if (code == CURLE_ABORTED_BY_CALLBACK) return fail(ErrorCode::Network, url + ": stopped (shutting down)");
    if (code != CURLE_OK) {
      const std::string detail = error[0] != '\0' ? error : curl_easy_strerror(code);
      return fail(ErrorCode::Network, url + ": " + std::string(trim(detail)));
    }
    if (status == 304 || success_status(status)) return status;
    return fail(status == 404 ? ErrorCode::NotFound : ErrorCode::Network,
                url + ": HTTP " + std::to_string(status));
  }
};

HttpClient::HttpClient(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;
HttpClient::~HttpClient() = default;

Result<HttpClient> HttpClient::create(HttpOptions options) {
  auto handle = std::make_unique<Handle>();
  handle->curl.reset(curl_easy_init());
  if (!handle->curl) return fail(ErrorCode::Network, "libcurl: cannot create a transfer handle");
  handle->options = std::move(options);
  return HttpClient(std::move(handle));
}

void HttpClient::set_stop_token(std::stop_token stop) { handle_->stop = std::move(stop); }

Result<Response> HttpClient::get(const std::string& url, uint64_t max_bytes, const Validators* conditional) {
  curl_easy_reset(handle_->curl.get());
  Slist headers;
  handle_->prepare(url, headers);
  if (conditional != nullptr && !conditional->etag.empty()) append(headers, "If-None-Match: " + conditional->etag);
  if (conditional != nullptr && !conditional->last_modified.empty())
    append(headers, "If-Modified-Since: " + conditional->last_modified);
  Response response;
  Sink sink{handle_->curl.get(), &response.body, -1, 0, max_bytes, 0, false, false, {}};
  curl_easy_setopt(handle_->curl.get(), CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(handle_->curl.get(), CURLOPT_WRITEDATA, &sink);
  auto status = handle_->perform(url, headers, &sink);
  if (!status) return tl::unexpected(status.error());
  response.status = *status;
  response.validators = trustworthy(handle_->seen);
  response.content_type = handle_->seen.content_type;
  return response;
}

Result<Response> HttpClient::download(const std::string& url, const std::filesystem::path& file,
                                      uint64_t expected_size) {
  UniqueFd fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644));
  if (!fd) return fail(ErrorCode::Io, file.string() + ": cannot open: " + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return fail(ErrorCode::Io, file.string() + ": " + std::strerror(errno));
  uint64_t offset = static_cast<uint64_t>(info.st_size);
  if (offset > expected_size) {  // left by an older manifest that declared more: start again
    if (::ftruncate(fd.get(), 0) != 0) return fail(ErrorCode::Io, file.string() + ": " + std::strerror(errno));
    offset = 0;
  }
  Response response;
  response.status = 206;
  response.bytes_written = offset;
  if (offset == expected_size) return response;
  curl_easy_reset(handle_->curl.get());
  Slist headers;
  handle_->prepare(url, headers);
  const std::string range = std::to_string(offset) + "-";
  if (offset > 0) curl_easy_setopt(handle_->curl.get(), CURLOPT_RANGE, range.c_str());
  Sink sink{handle_->curl.get(), nullptr, fd.get(), offset, expected_size, 0, false, false, {}};
  curl_easy_setopt(handle_->curl.get(), CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(handle_->curl.get(), CURLOPT_WRITEDATA, &sink);
  auto status = handle_->perform(url, headers, &sink);
  if (!status) return tl::unexpected(status.error());
  response.status = *status;
  response.validators = trustworthy(handle_->seen);
  response.bytes_written = sink.offset + sink.received;
  if (response.bytes_written < expected_size) {
    return fail(ErrorCode::Network, url + ": transfer ended after " + std::to_string(response.bytes_written) +
                                        " of " + std::to_string(expected_size) + " bytes");
  }
  return response;
}

Result<long> HttpClient::put(const std::string& url, std::string_view body, std::string_view content_type) {
  curl_easy_reset(handle_->curl.get());
  Slist headers;
  handle_->prepare(url, headers);
  append(headers, "Content-Type: " + std::string(content_type));
  append(headers, "Expect:");  // no 100-continue round trip for small documents
  Upload upload{body};
  std::string discarded;
  Sink sink{handle_->curl.get(), &discarded, -1, 0, 1u << 20, 0, false, false, {}};
  CURL* c = handle_->curl.get();
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  return handle_->perform(url, headers, nullptr);
}

std::string join_url(const std::string& base, std::string_view path) {
  std::string url = base;
  while (!url.empty() && url.back() == '/') url.pop_back();
  while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  return url + "/" + std::string(path);
}

std::string escape_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

bool is_http_url(std::string_view text) { return text.starts_with("http://") || text.starts_with("https://"); }

}  // namespace kiosk::http
