// The staff PIN is stored hashed (libsodium crypto_pwhash_str, Argon2id) so a config file copied
// off a kiosk does not give away the PIN of every kiosk in the booth.
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"

namespace kiosk::firmware {

inline constexpr size_t kMinPinDigits = 4;
inline constexpr size_t kMaxPinDigits = 12;

Result<std::string> hash_pin(std::string_view pin);                // Validation unless 4-12 digits
bool pin_matches(const std::string& pin_hash, std::string_view pin);  // false for an empty hash

}  // namespace kiosk::firmware
