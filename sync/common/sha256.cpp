#include "common/sha256.hpp"

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace kiosk {

struct Sha256::State {
  crypto_hash_sha256_state sodium;
};

Sha256::Sha256() : state_(std::make_unique<State>()) {
  // sodium_init picks CPU-specific code paths; it is idempotent and thread-safe. Failing means the
  // library is unusable, which no caller could handle.
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  crypto_hash_sha256_init(&state_->sodium);
}

Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;
Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
  crypto_hash_sha256_update(&state_->sodium, reinterpret_cast<const unsigned char*>(bytes.data()),
                            bytes.size());
}

std::string Sha256::finish_hex() {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state_->sodium, digest);
  crypto_hash_sha256_init(&state_->sodium);
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 hasher;
  hasher.update(bytes);
  return hasher.finish_hex();
}

Result<FileDigest> sha256_file(const std::filesystem::path& file, uint64_t max_bytes) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(ErrorCode::Io, file.string() + ": cannot open: " + std::strerror(errno));
  Sha256 hasher;
  FileDigest digest;
  char buffer[64 * 1024];
  while (digest.size <= max_bytes) {
    const uint64_t room = max_bytes + 1 - digest.size;
    in.read(buffer, static_cast<std::streamsize>(room < sizeof buffer ? room : sizeof buffer));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    hasher.update(std::string_view(buffer, got));
    digest.size += got;
  }
  if (in.bad()) return fail(ErrorCode::Io, file.string() + ": read error");
  digest.sha256 = hasher.finish_hex();
  return digest;
}

bool is_sha256_hex(std::string_view text) {
  if (text.size() != 2 * crypto_hash_sha256_BYTES) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace kiosk
