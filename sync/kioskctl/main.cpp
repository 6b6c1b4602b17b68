// kioskctl entry point: dispatches to one command per file.
#include <cstdio>
#include <cstring>
#include <string>

#include "kioskctl/commands.hpp"

namespace {

constexpr const char* kUsage =
    "usage: kioskctl COMMAND [ARGS]\n"
    "  validate SRC                      check staff source files (CSV) and list every error\n"
    "  keygen --out NAME                 write an Ed25519 key pair NAME.key (secret) and NAME.pub\n"
    "  build SRC -o OUT [--key NAME.key] validate and write a bundle directory, signed with the key\n"
    "  verify BUNDLE --pubkey NAME.pub   check a bundle as a kiosk would before applying it\n"
    "  load BUNDLE --data-dir DIR        apply a bundle to a kiosk data dir in one transaction\n"
    "  dump --data-dir DIR               print the current content as JSON\n"
    "  publish BUNDLE URL [credentials]  upload a signed bundle with HTTP PUT, manifest.json last\n"
    "  sync --data-dir DIR --source URL --pubkey NAME.pub --once   one kiosk sync, exit 0 when current\n"
    "  fleet URL [--json]                list every kiosk's last heartbeat\n"
    "  stats URL [--from D] [--to D] [--csv]  plays and visits per slide, screen and item, all kiosks\n"
    "  export-html --data-dir DIR -o OUT write the content as HTML pages to preview in a browser\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace kiosk::kioskctl;
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const std::string command = argv[1];
  const Args args(argv + 2, argv + argc);
  if (command == "validate") return run_validate(args);
  if (command == "build") return run_build(args);
  if (command == "load") return run_load(args);
  if (command == "dump") return run_dump(args);
  if (command == "keygen") return run_keygen(args);
  if (command == "verify") return run_verify(args);
  if (command == "sync") return run_sync(args);
  if (command == "publish") return run_publish(args);
  if (command == "fleet") return run_fleet(args);
  if (command == "stats") return run_stats(args);
  if (command == "export-html") return run_export_html(args);
  std::fprintf(stderr, "kioskctl: unknown command '%s'\n%s", command.c_str(), kUsage);
  return 2;
}
