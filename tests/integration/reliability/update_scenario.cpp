#include "update_scenario.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "bundle/bundle.hpp"
#include "bundle/content_json.hpp"
#include "bundle/signature.hpp"
#include "common/sha256.hpp"
#include "store/content_store.hpp"
#include "test_support.hpp"

namespace kiosk::reliability {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNow = "2026-06-01T00:00:00Z";  // between the bundles' created and expires times
constexpr int kCraftImages = 3;
constexpr size_t kCraftImageBytes = 192 * 1024;  // three 64 KiB reads and writes per copy

// Deterministic bytes that start like a PNG: the tests need size, not pictures.
std::string image_bytes(int seed, size_t size) {
  std::string bytes("\x89PNG\r\n\x1a\n", 8);
  uint32_t x = 2463534242u + static_cast<uint32_t>(seed);
  while (bytes.size() < size) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    bytes.push_back(static_cast<char>(x & 0xff));
  }
  return bytes;
}

// The built-in content with craft images on the first rows: those rows end with an empty image field.
void write_v2_sources(const fs::path& dir, const std::string& kept_image) {
  fs::copy(fs::path(KIOSK_SOURCE_DIR) / "assets" / "content", dir, fs::copy_options::recursive);
  std::ifstream in(dir / "crafts.csv", std::ios::binary);
  std::string line, out;
  int given = 0;
  std::getline(in, line);
  out = line + "\n";
  while (std::getline(in, line)) {
    if (given <= kCraftImages && !line.empty() && line.back() == ',') {
      line += given == 0 ? "images/kept.png" : "images/craft-" + std::to_string(given) + ".png";
      ++given;
    }
    out += line + "\n";
  }
  if (given <= kCraftImages) throw std::runtime_error("crafts.csv has too few rows without an image");
  test::write_file(dir / "crafts.csv", out);
  test::write_file(dir / "images" / "kept.png", kept_image);
  for (int i = 1; i <= kCraftImages; ++i)
    test::write_file(dir / "images" / ("craft-" + std::to_string(i) + ".png"), image_bytes(i, kCraftImageBytes));
}

fs::path build_signed(const fs::path& sources, const fs::path& out, int64_t version, const bundle::SecretKey& key) {
  bundle::BuildOptions options{version, "2026-01-01T00:00:00Z", "2036-01-01T00:00:00Z", &key};
  auto built = bundle::build_bundle(sources, out, options);
  if (!built) throw std::runtime_error("building version " + std::to_string(version) + ": " + built.error().message);
  return out;
}

// PRAGMA integrity_check through a read-write connection, as the kiosk's writer opens it at restart.
std::string integrity(const fs::path& db_file) {
  sqlite3* db = nullptr;
  std::string result;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    result = std::string("cannot open: ") + (db ? sqlite3_errmsg(db) : "out of memory");
  } else {
    auto collect = [](void* out, int, char** values, char**) {
      auto* text = static_cast<std::string*>(out);
      if (!text->empty()) *text += "; ";
      *text += values[0] ? values[0] : "NULL";
      return 0;
    };
    char* error = nullptr;
    if (sqlite3_exec(db, "PRAGMA integrity_check", collect, &result, &error) != SQLITE_OK) {
      result = std::string("integrity_check failed: ") + (error ? error : "");
      sqlite3_free(error);
    }
  }
  sqlite3_close_v2(db);
  return result;
}

// Missing or damaged files among those the dump references; counts unneeded ones in `leftovers`.
std::string check_assets(const fs::path& data, const nlohmann::json& dump, int& leftovers) {
  std::string problems;
  std::set<std::string> needed;
  for (const auto& asset : dump.at("assets")) {
    const std::string sha = asset.at("sha256");
    needed.insert(sha);
    const fs::path file = data / "assets" / "sha256" / sha.substr(0, 2) / sha;
    auto digest = sha256_file(file);
    if (!digest) {
      problems += "asset " + std::string(asset.at("path")) + " missing (" + digest.error().message + "); ";
    } else if (digest->sha256 != sha || digest->size != asset.at("size").get<uint64_t>()) {
      problems += "asset " + std::string(asset.at("path")) + " corrupt: SHA-256 " + digest->sha256 + "; ";
    }
  }
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(data / "assets" / "sha256", ec)) {
    if (entry.is_regular_file() && !needed.contains(entry.path().filename().string())) ++leftovers;
  }
  for (const auto& entry : fs::recursive_directory_iterator(data / "incoming", ec)) {
    if (entry.is_regular_file()) ++leftovers;
  }
  return problems;
}

// What `kioskctl dump` prints, produced in this process (kioskctl/dump.cpp does exactly this).
ChildRun dump_here(const fs::path& data) {
  ChildRun run;
  run.exited = true;
  run.code = 1;
  auto reader = store::ContentReader::open(data);
  if (!reader) {
    run.err = reader.error().message;
    return run;
  }
  auto content = reader->load_all();
  if (!content) {
    run.err = content.error().message;
    return run;
  }
  run.code = 0;
  run.out = bundle::content_to_json(*content).dump(2) + "\n";
  return run;
}

}  // namespace

std::string kioskctl_path() { return KIOSKCTL_PATH; }
std::string fault_preload() { return KIOSK_FAULT_PRELOAD; }

fs::path fast_work_root() {
  if (::access("/dev/shm", W_OK) == 0) return "/dev/shm";
  return fs::temp_directory_path();
}

UpdateScenario::UpdateScenario(const fs::path& work) : work_(work), scratch_(work / "scratch") {
  fs::create_directories(scratch_);
  auto pub = bundle::generate_key_files(work_ / "staff");
  auto secret = bundle::read_secret_key(work_ / "staff.key");
  if (!pub || !secret) throw std::runtime_error("cannot create the staff key in " + work_.string());
  pubkey_ = (work_ / "staff.pub").string();

  test::SourceFolder v1_sources;  // the unit tests' content: images/sample_1.png and images/tsugaru.png
  const fs::path v1 = build_signed(v1_sources.path(), work_ / "bundle-v1", 1, *secret);
  write_v2_sources(work_ / "sources-v2", test::read_file(v1_sources.path() / "images" / "tsugaru.png"));
  v2_bundle_ = build_signed(work_ / "sources-v2", work_ / "bundle-v2", 2, *secret);

  template_ = work_ / "data-v1";
  auto sync_from = [&](const fs::path& data, const fs::path& bundle) {
    ChildRun r = run_child({kioskctl_path(), "sync", "--data-dir", data.string(), "--source", bundle.string(),
                            "--pubkey", pubkey_, "--once", "--now", kNow}, {}, scratch_);
    if (!r.exited || r.code != 0) throw std::runtime_error("sync of " + bundle.string() + ": " + r.err);
  };
  auto dump_of = [&](const fs::path& data) {
    ChildRun r = run_child({kioskctl_path(), "dump", "--data-dir", data.string()}, {}, scratch_);
    if (!r.exited || r.code != 0) throw std::runtime_error("dump of " + data.string() + ": " + r.err);
    return r.out;
  };
  sync_from(template_, v1);
  v1_dump_ = dump_of(template_);
  const fs::path clean = work_ / "data-v2";
  fs::copy(template_, clean, fs::copy_options::recursive);
  sync_from(clean, v2_bundle_);
  v2_dump_ = dump_of(clean);
  fs::remove_all(clean);
}

fs::path UpdateScenario::fresh_data_dir(const std::string& name) const {
  const fs::path data = work_ / name;
  fs::remove_all(data);
  fs::copy(template_, data, fs::copy_options::recursive);
  return data;
}

void UpdateScenario::copy_template_into(const fs::path& target) const {
  fs::copy(template_, target, fs::copy_options::recursive);
}

ChildRun UpdateScenario::sync(const fs::path& data, const std::map<std::string, std::string>& env) const {
  return run_child({kioskctl_path(), "sync", "--data-dir", data.string(), "--source", v2_bundle_.string(),
                    "--pubkey", pubkey_, "--once", "--now", kNow},
                   env, scratch_);
}

DataDirCheck UpdateScenario::check(const fs::path& data, bool in_process) const {
  DataDirCheck out;
  // The dump first: it opens read-only, so it sees the data dir exactly as the interruption left it.
  ChildRun dump = in_process ? dump_here(data)
                             : run_child({kioskctl_path(), "dump", "--data-dir", data.string()}, {}, scratch_);
  if (!dump.exited || dump.code != 0) {
    out.problems = "kioskctl dump failed (" + dump.how() + "): " + dump.err;
    return out;
  }
  if (dump.out == v1_dump_) out.version = 1;
  if (dump.out == v2_dump_) out.version = 2;
  if (out.version == 0) out.problems += "dump is neither exactly version 1 nor exactly version 2; ";
  const std::string ok = integrity(data / "content.db");
  if (ok != "ok") out.problems += "integrity_check: " + ok + "; ";
  try {
    out.problems += check_assets(data, nlohmann::json::parse(dump.out), out.leftovers);
  } catch (const nlohmann::json::exception& e) {
    out.problems += std::string("dump is not JSON: ") + e.what() + "; ";
  }
  return out;
}

}  // namespace kiosk::reliability
