// trusted-time: one line, "YYYY-MM-DDTHH:MM:SSZ\n", readable by staff with cat.
#include "engine/trusted_time.hpp"

#include "common/durable_file.hpp"
#include "common/file_read.hpp"
#include "common/timestamp.hpp"

namespace kiosk::engine {

std::filesystem::path trusted_time_file(const std::filesystem::path& data_dir) { return data_dir / "trusted-time"; }

Result<int64_t> load_trusted_time(const std::filesystem::path& data_dir) {
  const auto file = trusted_time_file(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return int64_t{0};
  auto bytes = read_file_limited(file, 64);
  if (!bytes) return tl::unexpected(bytes.error());
  std::string text = *bytes;
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  const auto utc = parse_utc_timestamp(text);
  if (!utc) return fail(ErrorCode::Parse, file.string() + ":1: \"" + text + "\" is not YYYY-MM-DDTHH:MM:SSZ");
  return *utc;
}

Result<void> save_trusted_time(const std::filesystem::path& data_dir, int64_t utc) {
  return write_file_durably(trusted_time_file(data_dir), format_utc_timestamp(utc) + "\n");
}

}  // namespace kiosk::engine
