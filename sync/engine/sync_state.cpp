// sync-state.json: {"format": 1, "sources": {"URL": {"etag": "...", "last_modified": "...", "version": N}}}
#include "engine/sync_state.hpp"

#include <nlohmann/json.hpp>

#include "common/durable_file.hpp"
#include "common/file_read.hpp"

namespace kiosk::engine {
namespace {

constexpr int kStateFormat = 1;
constexpr uint64_t kMaxStateBytes = 1u << 20;  // a few URLs; anything larger is not ours

}  // namespace

std::filesystem::path sync_state_file(const std::filesystem::path& data_dir) {
  return data_dir / "sync-state.json";
}

Result<SavedSources> load_sync_state(const std::filesystem::path& data_dir) {
  const auto file = sync_state_file(data_dir);
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return SavedSources{};
  auto bytes = read_file_limited(file, kMaxStateBytes);
  if (!bytes) return tl::unexpected(bytes.error());
  const auto doc = nlohmann::json::parse(*bytes, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || doc.value("format", 0) != kStateFormat ||
      !doc.contains("sources") || !doc["sources"].is_object()) {
    return fail(ErrorCode::Parse, file.string() + ": not a sync state file of format 1");
  }
  SavedSources state;
  for (const auto& [url, entry] : doc["sources"].items()) {
    if (!entry.is_object()) continue;
    SourceState s;
    s.validators.etag = entry.value("etag", "");
    s.validators.last_modified = entry.value("last_modified", "");
    s.version = entry.value("version", int64_t{0});
    state[url] = s;
  }
  return state;
}

Result<void> save_sync_state(const std::filesystem::path& data_dir, const SavedSources& state) {
  nlohmann::ordered_json doc;
  doc["format"] = kStateFormat;
  doc["sources"] = nlohmann::ordered_json::object();
  for (const auto& [url, s] : state) {
    doc["sources"][url] = {
        {"etag", s.validators.etag}, {"last_modified", s.validators.last_modified}, {"version", s.version}};
  }
  return write_file_durably(sync_state_file(data_dir), doc.dump(2) + "\n");
}

}  // namespace kiosk::engine
