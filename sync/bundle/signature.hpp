// Ed25519 keys and detached signatures (libsodium) for manifest.json. Keys are stored as one line
// of lowercase hex: NAME.pub (32 bytes) for kiosks, NAME.key (64 bytes, mode 0600) for staff.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace kiosk::bundle {

inline constexpr std::string_view kSignatureFile = "manifest.json.sig";  // detached, next to manifest.json

struct PublicKey {                   // what a kiosk trusts
  std::array<unsigned char, 32> bytes{};
  std::string hex() const;           // 64 hex digits, as in NAME.pub
  std::string fingerprint() const;   // first 16 hex digits, to name the key in messages
};

class SecretKey {                    // what staff sign with; wiped from memory on destruction
 public:
  SecretKey() = default;
  SecretKey(const SecretKey&) = delete;
  SecretKey& operator=(const SecretKey&) = delete;
  SecretKey(SecretKey&& other) noexcept;
  SecretKey& operator=(SecretKey&& other) noexcept;
  ~SecretKey();
  std::array<unsigned char, 64>& bytes() { return bytes_; }
  const std::array<unsigned char, 64>& bytes() const { return bytes_; }
  PublicKey public_key() const;      // the last 32 bytes of a libsodium Ed25519 secret key

 private:
  std::array<unsigned char, 64> bytes_{};
};

// Writes NAME.key (mode 0600, created exclusively) and NAME.pub; refuses to overwrite either.
Result<PublicKey> generate_key_files(const std::filesystem::path& name);
Result<SecretKey> read_secret_key(const std::filesystem::path& file);  // NAME.key
Result<PublicKey> read_public_key(const std::filesystem::path& file);  // NAME.pub
Result<PublicKey> parse_public_key(std::string_view hex, const std::string& where);  // 64 hex digits

std::string sign_detached(std::string_view message, const SecretKey& key);  // signature as 128 hex digits + "\n"

// Ok when `signature_text` (the .sig file's text) is a valid signature of `message` by one of `keys`.
// Errors (Signature) say whether the text is malformed or no trusted key made it; `where` names the file.
Result<PublicKey> verify_detached(std::string_view message, std::string_view signature_text,
                                  const std::vector<PublicKey>& keys, const std::string& where);

}  // namespace kiosk::bundle
