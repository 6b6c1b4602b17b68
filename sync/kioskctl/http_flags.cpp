#include "kioskctl/http_flags.hpp"

#include "bundle/numbers.hpp"
#include "common/file_read.hpp"

namespace kiosk::kioskctl {
namespace {

Result<std::string> secret_from(const std::string& flag, const std::string& file) {
  auto text = read_file_limited(file, 4096);
  if (!text) return fail(text.error().code, flag + ": " + text.error().message);
  while (!text->empty() && (text->back() == '\n' || text->back() == '\r')) text->pop_back();
  if (text->empty()) return fail(ErrorCode::Usage, flag + ": " + file + " is empty");
  return text;
}

Result<std::chrono::milliseconds> millis(const std::string& flag, const std::string& value) {
  const auto n = bundle::parse_integer(value);
  if (!n || *n <= 0) return fail(ErrorCode::Usage, flag + ": \"" + value + "\" is not a whole number > 0");
  return std::chrono::milliseconds(*n);
}

}  // namespace

Result<bool> take_http_flag(const Args& args, std::size_t& i, http::HttpOptions& options) {
  const std::string& flag = args[i];
  const bool known = flag == "--user" || flag == "--password-file" || flag == "--token-file" ||
                     flag == "--ca-file" || flag == "--connect-timeout-ms" || flag == "--low-speed-time-ms";
  if (!known) return false;
  if (i + 1 >= args.size()) return fail(ErrorCode::Usage, flag + " needs a value");
  const std::string& value = args[++i];
  if (flag == "--user") {
    options.user = value;
  } else if (flag == "--ca-file") {
    options.ca_file = value;
  } else if (flag == "--password-file" || flag == "--token-file") {
    auto secret = secret_from(flag, value);
    if (!secret) return tl::unexpected(secret.error());
    (flag == "--password-file" ? options.password : options.bearer_token) = *secret;
  } else {
    auto ms = millis(flag, value);
    if (!ms) return tl::unexpected(ms.error());
    (flag == "--connect-timeout-ms" ? options.connect_timeout : options.low_speed_time) = *ms;
  }
  return true;
}

}  // namespace kiosk::kioskctl
