// SHA-256 (OpenSSL's libcrypto) of buffers and files, as lowercase hex: the hash every
// manifest entry and every content-addressed asset is named by.
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace kiosk {

// Streaming hasher for data that arrives in pieces (file reads, downloads).
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);  // feed the next piece
  std::string finish_hex();             // lowercase hex digest; the hasher is reset afterwards
  Sha256(Sha256&&) noexcept;
  Sha256& operator=(Sha256&&) noexcept;
  ~Sha256();

 private:
  struct State;  // libcrypto's digest context, kept out of this header so users need no OpenSSL headers
  std::unique_ptr<State> state_;
};

struct FileDigest {    // what a manifest says about one file
  uint64_t size = 0;   // bytes
  std::string sha256;  // lowercase hex
};

std::string sha256_hex(std::string_view bytes);  // digest of a buffer

// Digest of a file, read in chunks. Stops reading after `max_bytes` + 1 bytes so a file that grows
// without end cannot keep us busy; the returned size then exceeds max_bytes and the caller refuses it.
Result<FileDigest> sha256_file(const std::filesystem::path& file,
                               uint64_t max_bytes = std::numeric_limits<uint64_t>::max() - 1);

bool is_sha256_hex(std::string_view text);  // 64 lowercase hex digits

}  // namespace kiosk
