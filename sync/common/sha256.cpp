// SHA-256 through OpenSSL's libcrypto (already in the process through libcurl): it uses the CPU's SHA
// instructions (x86 SHA-NI, ARMv8 crypto extensions) or tuned assembly, about 8x the speed of
// libsodium's portable C code on the build machine. Every asset is hashed when it is downloaded and
// again when it is stored, so hashing was most of a full sync's CPU time (tests/bench/sync_bench.sh).
#include "common/sha256.hpp"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace kiosk {

namespace {

constexpr std::size_t kDigestBytes = 32;

struct ContextFree {
  void operator()(EVP_MD_CTX* context) const noexcept { EVP_MD_CTX_free(context); }
};

}  // namespace

struct Sha256::State {
  std::unique_ptr<EVP_MD_CTX, ContextFree> context{EVP_MD_CTX_new()};

  // Failing here means libcrypto is out of memory or broken, which no caller could handle.
  void start() {
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
      throw std::runtime_error("libcrypto: cannot start a SHA-256 digest");
  }
};

Sha256::Sha256() : state_(std::make_unique<State>()) { state_->start(); }

Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;
Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
  if (EVP_DigestUpdate(state_->context.get(), bytes.data(), bytes.size()) != 1)
    throw std::runtime_error("libcrypto: SHA-256 update failed");
}

std::string Sha256::finish_hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(state_->context.get(), digest, &length) != 1 || length != kDigestBytes)
    throw std::runtime_error("libcrypto: SHA-256 final failed");
  state_->start();
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * kDigestBytes);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 15];
  }
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
  if (text.size() != 2 * kDigestBytes) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace kiosk
