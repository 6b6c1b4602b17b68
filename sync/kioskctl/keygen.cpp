// kioskctl keygen --out NAME: writes the staff signing key NAME.key (0600) and NAME.pub for kiosks.
#include <cstdio>

#include "bundle/signature.hpp"
#include "kioskctl/commands.hpp"

namespace kiosk::kioskctl {

int run_keygen(const Args& args) {
  if (args.size() != 2 || args[0] != "--out" || args[1].empty()) {
    std::fputs("usage: kioskctl keygen --out NAME   (writes NAME.key and NAME.pub)\n", stderr);
    return 2;
  }
  auto key = bundle::generate_key_files(args[1]);
  if (!key) {
    std::fprintf(stderr, "kioskctl keygen: %s\n", key.error().message.c_str());
    return key.error().code == ErrorCode::Usage ? 2 : 1;
  }
  std::printf("%s.key (secret, keep it off kiosks) and %s.pub written; key %s\n", args[1].c_str(),
              args[1].c_str(), key->fingerprint().c_str());
  return 0;
}

}  // namespace kiosk::kioskctl
