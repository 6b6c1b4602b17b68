#include "staff_pin.hpp"

#include <sodium.h>

#include <algorithm>

namespace kiosk::firmware {

Result<std::string> hash_pin(std::string_view pin) {
  const bool digits = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
    return fail(ErrorCode::Validation, "a staff PIN is " + std::to_string(kMinPinDigits) + " to " +
                                           std::to_string(kMaxPinDigits) + " digits");
  if (sodium_init() < 0) return fail(ErrorCode::Io, "libsodium cannot start");
  char hash[crypto_pwhash_STRBYTES];
  // INTERACTIVE limits: about half a second and 64 MiB on a Pi, acceptable once per staff login.
  if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return fail(ErrorCode::Io, "out of memory while hashing the PIN");
  return std::string(hash);
}

bool pin_matches(const std::string& pin_hash, std::string_view pin) {
  if (pin_hash.empty() || sodium_init() < 0) return false;
  return crypto_pwhash_str_verify(pin_hash.c_str(), pin.data(), pin.size()) == 0;
}

}  // namespace kiosk::firmware
