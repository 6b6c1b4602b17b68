// The poll and the loop. Ordering that matters: verify the manifest before fetching anything, fetch
// before touching the database, apply in one transaction (load_bundle), and remember the manifest's
// validators only after it was applied (or found current), so a failed update is retried in full.
#include "engine/sync_engine.hpp"

#include <chrono>
#include <random>

#include "bundle/trust_policy.hpp"
#include "common/timestamp.hpp"
#include "engine/bundle_staging.hpp"
#include "engine/trusted_time.hpp"
#include "heartbeat/heartbeat.hpp"
#include "store/asset_check.hpp"
#include "store/bundle_loader.hpp"
#include "store/content_store.hpp"

namespace kiosk::engine {
namespace {

int64_t system_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::function<double()> default_random() {
  auto engine = std::make_shared<std::mt19937>(std::random_device{}());
  return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

SyncHooks with_defaults(SyncHooks hooks) {
  if (!hooks.now_utc) hooks.now_utc = system_now;
  if (!hooks.random) hooks.random = default_random();
  if (!hooks.log) hooks.log = [](const std::string&) {};
  return hooks;
}

PollResult failed(std::string error) {
  PollResult r;
  r.error = std::move(error);
  return r;
}

Result<int64_t> applied_version(const std::filesystem::path& data_dir) {
  auto writer = store::ContentWriter::open(data_dir);
  if (!writer) return tl::unexpected(writer.error());
  return writer->version();
}

}  // namespace

const char* to_string(SyncState state) {
  switch (state) {
    case SyncState::Starting: return "starting";
    case SyncState::Syncing: return "syncing";
    case SyncState::UpToDate: return "up-to-date";
    case SyncState::Failed: return "failed";
  }
  return "unknown";
}

SyncEngine::SyncEngine(SyncConfig config, SyncHooks hooks)
    : config_(std::move(config)),
      hooks_(with_defaults(std::move(hooks))),
      backoff_(config_.poll_interval, config_.backoff_initial, config_.backoff_max, config_.jitter, hooks_.random),
      started_utc_(hooks_.now_utc()) {
  auto version = applied_version(config_.data_dir);
  status_.applied_version = version.value_or(0);
}

SyncStatus SyncEngine::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

void SyncEngine::poll_now() {
  {
    std::lock_guard lock(mutex_);
    wake_ = true;
  }
  wake_cv_.notify_all();
}

PollResult SyncEngine::poll_source(std::size_t index, int64_t applied) {
  BundleSource& source = *sources_[index];
  // Assets of the applied version removed as damaged (store/asset_check.hpp) are fetched again with
  // the applied manifest: no validators then, or a 304 would hide the manifest that lists them.
  auto missing = store::missing_applied_assets(config_.data_dir);
  if (!missing) return failed(missing.error().message);
  const bool repair = !missing->empty();
  if (repair) source.restore({});
  auto manifest_bytes = source.fetch_manifest();
  if (!manifest_bytes) return failed(manifest_bytes.error().message);
  PollResult result;
  result.source = source.name();
  result.version = applied;
  if (!manifest_bytes->has_value()) {
    result.outcome = PollOutcome::Unchanged;
    return result;
  }
  auto signature = source.fetch_signature();
  if (!signature) return failed(signature.error().message);
  bundle::TrustPolicy policy{config_.keys, applied, hooks_.now_utc(), trusted_time_, config_.max_file_bytes,
                             config_.max_total_bytes};
  auto manifest = bundle::verify_manifest(**manifest_bytes, *signature, policy,
                                          source.where(std::string(bundle::kManifestFile)));
  if (!manifest) return failed(manifest.error().message);
  if (manifest->version == applied && !repair) {
    source.remember_manifest();
    save_validators(index, applied);
    raise_trusted_time(manifest->created);
    result.outcome = PollOutcome::Unchanged;
    return result;
  }
  StagedBundle staged(incoming_dir(config_.data_dir) / ("bundle-" + std::to_string(manifest->version)));
  auto staging = stage_bundle(source, *manifest, **manifest_bytes, config_.data_dir, staged);
  if (!staging) return failed(staging.error().message);
  // A repair re-applies the applied version itself (the same rows, the missing files); all else must be newer.
  const bool reapply = repair && manifest->version == applied;
  auto report = store::load_bundle(staged.dir(), config_.data_dir,
                                   {.require_newer_version = !reapply, .link_assets = true});
  if (!report) return failed(source.name() + ": " + report.error().message);
  if (!report->warning.empty()) hooks_.log("sync: warning: " + report->warning);
  if (reapply) hooks_.log("sync: fetched " + std::to_string(missing->size()) + " missing or damaged assets of version " +
                          std::to_string(applied) + " again");
  remove_partial_downloads(config_.data_dir);
  source.remember_manifest();
  save_validators(index, report->version);
  raise_trusted_time(manifest->created);
  result.outcome = PollOutcome::Applied;
  result.version = report->version;
  result.downloaded = staging->downloaded;
  result.reused = staging->reused;
  return result;
}

PollResult SyncEngine::poll_sources(std::stop_token stop) {
  if (config_.sources.empty()) return failed("no content source is configured");
  auto applied = applied_version(config_.data_dir);
  if (!applied) return failed(applied.error().message);
  if (sources_.empty()) {
    for (const std::string& location : config_.sources) {
      auto source = open_source(location, config_.http);
      if (!source) return failed(source.error().message);
      sources_.push_back(std::move(*source));
    }
    restore_validators(*applied);
    auto trusted = load_trusted_time(config_.data_dir);
    if (!trusted) hooks_.log("sync: ignoring the trusted time: " + trusted.error().message);
    trusted_time_ = trusted.value_or(0);
  }
  std::string errors;
  for (std::size_t i = 0; i < sources_.size() && !stop.stop_requested(); ++i) {
    sources_[i]->set_stop_token(stop);
    PollResult result = poll_source(i, *applied);
    if (result.outcome != PollOutcome::Failed) {
      if (!errors.empty()) hooks_.log("sync: fell back to " + result.source + " after: " + errors);
      return result;
    }
    errors += (errors.empty() ? "" : "\n") + result.error;
  }
  PollResult result = failed(errors.empty() ? "stopped before any source was tried" : errors);
  result.version = *applied;
  return result;
}

// Validators saved for a version newer than the store holds (data dir reset, older content.db put
// back) would make the server's 304 hide content the kiosk does not have, so they are dropped.
void SyncEngine::restore_validators(int64_t applied) {
  auto loaded = load_sync_state(config_.data_dir);
  if (!loaded) {
    hooks_.log("sync: ignoring saved validators: " + loaded.error().message);
    return;
  }
  for (const auto& [name, state] : *loaded) {
    if (state.version > 0 && state.version <= applied) saved_[name] = state;
  }
  for (const auto& source : sources_) {
    if (const auto it = saved_.find(source->name()); it != saved_.end()) source->restore(it->second.validators);
  }
}

// A failed save costs one full manifest GET after the next restart, never wrong content: logged only.
void SyncEngine::save_validators(std::size_t index, int64_t version) {
  const BundleSource& source = *sources_[index];
  const http::Validators validators = source.remembered();
  if (validators.empty() && !saved_.count(source.name())) return;  // folders have none: no file for them
  saved_[source.name()] = {validators, version};
  if (auto saved = save_sync_state(config_.data_dir, saved_); !saved) {
    hooks_.log("sync: cannot save validators: " + saved.error().message);
  }
}

// Signed by staff and accepted, so its `created` time is evidence that the real time is at least that
// (raised only after an apply or a verified-unchanged poll: a refused sync changes nothing). A failed save
// only weakens the rollback check after a restart: logged, never fatal.
void SyncEngine::raise_trusted_time(const std::string& created) {
  const auto utc = parse_utc_timestamp(created);
  if (!utc || *utc <= trusted_time_) return;
  trusted_time_ = *utc;
  if (auto saved = save_trusted_time(config_.data_dir, trusted_time_); !saved) {
    hooks_.log("sync: cannot save the trusted time: " + saved.error().message);
  }
}

void SyncEngine::finish_poll(const PollResult& result) {
  const int64_t now = hooks_.now_utc();
  const auto delay = result.outcome == PollOutcome::Failed ? backoff_.after_failure() : backoff_.after_success();
  SyncStatus snapshot;
  {
    std::lock_guard lock(mutex_);
    status_.applied_version = result.version;
    status_.last_attempt_utc = now;
    status_.consecutive_failures = backoff_.failures();
    status_.next_poll_in_ms = delay.count();
    if (result.outcome == PollOutcome::Failed) {
      status_.state = SyncState::Failed;
      status_.last_error = result.error;
    } else {
      status_.state = SyncState::UpToDate;
      status_.source = result.source;
      status_.last_sync_utc = now;
      status_.last_error.clear();
    }
    snapshot = status_;
  }
  if (result.outcome == PollOutcome::Applied) {
    hooks_.log("sync: applied version " + std::to_string(result.version) + " from " + result.source + " (" +
               std::to_string(result.downloaded) + " files fetched, " + std::to_string(result.reused) +
               " reused)");
  } else if (result.outcome == PollOutcome::Failed) {
    hooks_.log("sync: failed (attempt " + std::to_string(snapshot.consecutive_failures) + ", next in " +
               std::to_string(delay.count()) + " ms): " + result.error);
  }
  if (hooks_.on_status) hooks_.on_status(snapshot);
}

void SyncEngine::send_heartbeat() {
  if (config_.heartbeat_url.empty()) return;
  const SyncStatus snapshot = status();
  auto beat = heartbeat::from_status(snapshot, config_.kiosk_id, started_utc_, hooks_.now_utc());
  std::string error;
  auto client = http::HttpClient::create(config_.heartbeat_http);
  if (!client) {
    error = client.error().message;
  } else {
    // Attachments first, the status last: a status naming a thumbnail is only written once it is there.
    heartbeat::HeartbeatExtras extras = hooks_.heartbeat_extras ? hooks_.heartbeat_extras() : heartbeat::HeartbeatExtras{};
    beat.usage = extras.usage;
    beat.thumbnail = extras.thumbnail;
    beat.thumbnail_at = extras.thumbnail_at;
    for (heartbeat::Attachment& attachment : extras.attachments) {
      const std::string url = heartbeat::attachment_url(config_.heartbeat_url, attachment.name);
      if (auto put = client->put(url, attachment.body, attachment.content_type); !put) {
        error += (error.empty() ? "" : "; ") + put.error().message;
        continue;  // an unconfirmed hour stays unsent and goes again with the next heartbeat
      }
      if (attachment.on_stored) attachment.on_stored();
      if (attachment.is_thumbnail) {
        beat.thumbnail = attachment.name;
        beat.thumbnail_at = attachment.shown_at;
      }
    }
    if (auto put = client->put(config_.heartbeat_url, heartbeat::to_json(beat), "application/json"); !put)
      error = put.error().message + (error.empty() ? "" : "; " + error);
  }
  if (!error.empty()) hooks_.log("heartbeat: " + error);
  std::lock_guard lock(mutex_);
  status_.heartbeat_error = error;
}

PollResult SyncEngine::poll_once(std::stop_token stop) {
  {
    std::lock_guard lock(mutex_);
    status_.state = SyncState::Syncing;
  }
  PollResult result = poll_sources(stop);
  finish_poll(result);
  send_heartbeat();  // its failure only lands in status().heartbeat_error
  return result;
}

void SyncEngine::run(std::stop_token stop) {
  while (!stop.stop_requested()) {
    poll_once(stop);
    const auto delay = std::chrono::milliseconds(status().next_poll_in_ms);
    std::unique_lock lock(mutex_);
    wake_cv_.wait_for(lock, stop, delay, [this] { return wake_; });
    wake_ = false;
  }
}

}  // namespace kiosk::engine
