// kioskctl dump --data-dir DIR: prints the content version applied to a data dir as JSON (the
// content.json form, bundle/content_json.hpp), read through the same read-only API as the kiosk UI.
#include <cstdio>
#include <string>

#include "bundle/content_json.hpp"
#include "kioskctl/commands.hpp"
#include "store/content_store.hpp"

namespace kiosk::kioskctl {

namespace {

constexpr const char* kDumpUsage = "usage: kioskctl dump --data-dir DIR\n";

// The data dir from the arguments, or "" (after printing why) when they are not exactly --data-dir DIR.
std::string parse_data_dir(const Args& args) {
  if (args.size() == 2 && args[0] == "--data-dir" && !args[1].empty()) return args[1];
  if (args.size() == 1 && args[0].rfind("--data-dir=", 0) == 0 && args[0].size() > 11)
    return args[0].substr(11);
  std::fprintf(stderr, "kioskctl dump: expected --data-dir DIR\n%s", kDumpUsage);
  return {};
}

}  // namespace

int run_dump(const Args& args) {
  const std::string data_dir = parse_data_dir(args);
  if (data_dir.empty()) return 2;
  // The reader opens read-only and never creates the database: dumping a wrong dir changes nothing.
  auto reader = store::ContentReader::open(data_dir);
  if (!reader) {
    std::fprintf(stderr, "kioskctl dump: %s\n", reader.error().message.c_str());
    return 1;
  }
  auto content = reader->load_all();
  if (!content) {
    std::fprintf(stderr, "kioskctl dump: %s\n", content.error().message.c_str());
    return 1;
  }
  const std::string json = bundle::content_to_json(*content).dump(2);
  std::printf("%s\n", json.c_str());
  return 0;
}

}  // namespace kiosk::kioskctl
