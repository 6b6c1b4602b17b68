// Ed25519 with libsodium. Key files are hex text so staff can copy a public key into a kiosk config
// by hand; the secret key file is created 0600 and exclusively so keygen never replaces a key in use.
#include "bundle/signature.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/durable_file.hpp"
#include "common/file_read.hpp"
#include "common/unique_fd.hpp"

namespace kiosk::bundle {
namespace {

namespace fs = std::filesystem;

std::string to_hex(const unsigned char* bytes, std::size_t n) {
  std::string hex(n * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, n);
  hex.pop_back();
  return hex;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

// Exactly `n` bytes of hex, nothing else (a truncated or padded key must not half-work).
bool from_hex(std::string_view hex, unsigned char* out, std::size_t n) {
  if (hex.size() != n * 2) return false;
  std::size_t written = 0;
  const char* end = nullptr;
  return sodium_hex2bin(out, n, hex.data(), hex.size(), nullptr, &written, &end) == 0 && written == n &&
         end == hex.data() + hex.size();
}

fs::path with_suffix(const fs::path& name, const char* suffix) { return fs::path(name.string() + suffix); }

Result<void> write_secret(const fs::path& file, const std::string& text) {
  UniqueFd fd(::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
  if (!fd) return fail(ErrorCode::Io, file.string() + ": cannot create: " + std::strerror(errno));
  if (::write(fd.get(), text.data(), text.size()) != static_cast<ssize_t>(text.size()) || ::fsync(fd.get()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(file.c_str());
    return fail(ErrorCode::Io, file.string() + ": cannot write: " + why);
  }
  return {};
}

bool sodium_ready() {
  static const bool ready = sodium_init() >= 0;  // idempotent and thread-safe in libsodium
  return ready;
}

}  // namespace

std::string PublicKey::hex() const { return to_hex(bytes.data(), bytes.size()); }
std::string PublicKey::fingerprint() const { return hex().substr(0, 16); }

SecretKey::SecretKey(SecretKey&& other) noexcept : bytes_(other.bytes_) {
  sodium_memzero(other.bytes_.data(), other.bytes_.size());
}
SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
  bytes_ = other.bytes_;
  sodium_memzero(other.bytes_.data(), other.bytes_.size());
  return *this;
}
SecretKey::~SecretKey() { sodium_memzero(bytes_.data(), bytes_.size()); }

PublicKey SecretKey::public_key() const {
  PublicKey key;
  crypto_sign_ed25519_sk_to_pk(key.bytes.data(), bytes_.data());
  return key;
}

Result<PublicKey> generate_key_files(const fs::path& name) {
  if (!sodium_ready()) return fail(ErrorCode::Io, "libsodium could not be initialised");
  const fs::path secret_file = with_suffix(name, ".key");
  const fs::path public_file = with_suffix(name, ".pub");
  if (std::error_code ec; fs::exists(public_file, ec)) {
    return fail(ErrorCode::Usage, public_file.string() + ": exists; keygen never replaces a key");
  }
  SecretKey secret;
  PublicKey key;
  crypto_sign_keypair(key.bytes.data(), secret.bytes().data());
  std::string text = to_hex(secret.bytes().data(), secret.bytes().size()) + "\n";
  auto written = write_secret(secret_file, text);
  sodium_memzero(text.data(), text.size());
  if (!written) return tl::unexpected(written.error());
  if (auto pub = write_file_durably(public_file, key.hex() + "\n"); !pub) {
    ::unlink(secret_file.c_str());
    return tl::unexpected(pub.error());
  }
  return key;
}

Result<SecretKey> read_secret_key(const fs::path& file) {
  auto text = read_file_limited(file, 1024);
  if (!text) return tl::unexpected(text.error());
  SecretKey key;
  const bool ok = from_hex(trim(*text), key.bytes().data(), key.bytes().size());
  sodium_memzero(text->data(), text->size());
  if (!ok) return fail(ErrorCode::Parse, file.string() + ": not an Ed25519 secret key (128 hex digits)");
  return key;
}

Result<PublicKey> parse_public_key(std::string_view hex, const std::string& where) {
  PublicKey key;
  if (!from_hex(trim(hex), key.bytes.data(), key.bytes.size())) {
    return fail(ErrorCode::Parse, where + ": not an Ed25519 public key (64 hex digits)");
  }
  return key;
}

Result<PublicKey> read_public_key(const fs::path& file) {
  auto text = read_file_limited(file, 1024);
  if (!text) return tl::unexpected(text.error());
  return parse_public_key(*text, file.string());
}

std::string sign_detached(std::string_view message, const SecretKey& key) {
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  crypto_sign_detached(signature.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                       message.size(), key.bytes().data());
  return to_hex(signature.data(), signature.size()) + "\n";
}

Result<PublicKey> verify_detached(std::string_view message, std::string_view signature_text,
                                  const std::vector<PublicKey>& keys, const std::string& where) {
  if (!sodium_ready()) return fail(ErrorCode::Io, "libsodium could not be initialised");
  std::array<unsigned char, crypto_sign_BYTES> signature{};
  if (!from_hex(trim(signature_text), signature.data(), signature.size())) {
    return fail(ErrorCode::Signature, where + ": not an Ed25519 signature (128 hex digits)");
  }
  if (keys.empty()) return fail(ErrorCode::Signature, where + ": no trusted public key is configured");
  for (const PublicKey& key : keys) {
    if (crypto_sign_verify_detached(signature.data(), reinterpret_cast<const unsigned char*>(message.data()),
                                    message.size(), key.bytes.data()) == 0) {
      return key;
    }
  }
  std::string tried;
  for (const PublicKey& key : keys) tried += (tried.empty() ? "" : ", ") + key.fingerprint();
  return fail(ErrorCode::Signature,
              where + ": signature does not match manifest.json for any trusted key (" + tried + ")");
}

}  // namespace kiosk::bundle
