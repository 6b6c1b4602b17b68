#include "common/utf8.hpp"

#include <cstdio>

namespace kiosk::utf8 {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Lead byte -> sequence length and the smallest code point that length may encode (to reject overlongs).
struct LeadInfo {
  std::size_t length;
  char32_t minimum;
  char32_t bits;
};

std::optional<LeadInfo> lead_info(unsigned char byte) {
  if (byte < 0x80) return LeadInfo{1, 0, byte};
  if ((byte & 0xE0) == 0xC0) return LeadInfo{2, 0x80, static_cast<char32_t>(byte & 0x1F)};
  if ((byte & 0xF0) == 0xE0) return LeadInfo{3, 0x800, static_cast<char32_t>(byte & 0x0F)};
  if ((byte & 0xF8) == 0xF0) return LeadInfo{4, 0x10000, static_cast<char32_t>(byte & 0x07)};
  return std::nullopt;
}

}  // namespace

Decoded decode_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {};
  const auto lead = lead_info(static_cast<unsigned char>(text[offset]));
  if (!lead || offset + lead->length > text.size()) return {};
  char32_t value = lead->bits;
  for (std::size_t i = 1; i < lead->length; ++i) {
    const auto byte = static_cast<unsigned char>(text[offset + i]);
    if (!is_continuation(byte)) return {};
    value = (value << 6) | (byte & 0x3F);
  }
  const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
  if (value < lead->minimum || surrogate || value > 0x10FFFF) return {};
  return {value, lead->length};
}

std::optional<InvalidSequence> find_invalid(std::string_view text) {
  std::size_t character = 0;
  for (std::size_t offset = 0; offset < text.size(); ++character) {
    const Decoded d = decode_at(text, offset);
    if (d.length == 0) return InvalidSequence{{offset, character}, static_cast<unsigned char>(text[offset])};
    offset += d.length;
  }
  return std::nullopt;
}

std::optional<NonBmpCharacter> find_non_bmp(std::string_view text) {
  std::size_t character = 0;
  for (std::size_t offset = 0; offset < text.size(); ++character) {
    const Decoded d = decode_at(text, offset);
    if (d.length == 0) return std::nullopt;  // callers check validity first; stop rather than guess
    if (d.code_point > 0xFFFF) return NonBmpCharacter{{offset, character}, d.code_point};
    offset += d.length;
  }
  return std::nullopt;
}

std::size_t count_characters(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t offset = 0; offset < text.size(); ++count) {
    const Decoded d = decode_at(text, offset);
    offset += d.length == 0 ? 1 : d.length;
  }
  return count;
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  for (std::size_t offset = 0; offset < text.size();) {
    const Decoded d = decode_at(text, offset);
    out.push_back(d.length == 0 ? U'\uFFFD' : d.code_point);
    offset += d.length == 0 ? 1 : d.length;
  }
  return out;
}

std::string encode(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

std::string code_point_name(char32_t code_point) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code_point));
  return buffer;
}

}  // namespace kiosk::utf8
