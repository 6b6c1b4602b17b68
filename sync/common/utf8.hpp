// UTF-8 checks for staff text: every source file must be valid UTF-8, and every character must lie in
// the Basic Multilingual Plane because Debian's Dear ImGui uses a 16-bit ImWchar and cannot draw the rest.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::utf8 {

struct Decoded {  // one code point read from a byte string
  char32_t code_point = 0;
  std::size_t length = 0;  // bytes consumed; 0 when the bytes at that offset are not valid UTF-8
};

struct Position {             // where in a string something was found
  std::size_t offset = 0;     // byte offset of the sequence's first byte
  std::size_t character = 0;  // 0-based index of the character (code point) it belongs to or would start
};

struct InvalidSequence {  // the first bytes that are not UTF-8
  Position at;
  unsigned char byte = 0;  // the offending byte (the one at `at.offset`)
};

struct NonBmpCharacter {  // the first character the kiosk's font renderer cannot draw
  Position at;
  char32_t code_point = 0;
};

// Decodes the code point starting at `offset`; rejects overlong forms, surrogates and values > U+10FFFF.
Decoded decode_at(std::string_view text, std::size_t offset);

std::optional<InvalidSequence> find_invalid(std::string_view text);  // nullopt when all of `text` is UTF-8
std::optional<NonBmpCharacter> find_non_bmp(
    std::string_view text);                           // needs valid UTF-8; nullopt when all BMP
std::size_t count_characters(std::string_view text);  // code points; invalid bytes count one each
std::u32string decode(std::string_view text);         // invalid bytes become U+FFFD
std::string encode(char32_t code_point);              // UTF-8 bytes of one code point
std::string code_point_name(char32_t code_point);     // "U+20BB7"

}  // namespace kiosk::utf8
