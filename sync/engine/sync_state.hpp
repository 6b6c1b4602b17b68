// sync-state.json in the data dir: the manifest validators (ETag / Last-Modified) per source URL, so
// that "an unchanged poll costs one request and a 304" holds across kiosk restarts and for every
// `kioskctl sync --once` process, not only within one running engine.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "common/result.hpp"
#include "http/http_client.hpp"

namespace kiosk::engine {

struct SourceState {  // what one source served when its manifest was last applied or found current
  http::Validators validators;
  int64_t version = 0;  // the applied content version at that moment
};

using SavedSources = std::map<std::string, SourceState>;  // source URL -> state

std::filesystem::path sync_state_file(const std::filesystem::path& data_dir);  // <data_dir>/sync-state.json

// The saved state; an empty map when the file does not exist. A file that does not parse is an error
// (the caller polls unconditionally then, which is always safe).
Result<SavedSources> load_sync_state(const std::filesystem::path& data_dir);

// Replaces the file durably (temp + fsync + rename): a power cut leaves the old or the new state.
Result<void> save_sync_state(const std::filesystem::path& data_dir, const SavedSources& state);

}  // namespace kiosk::engine
