// JsonReader: typed access to a parsed JSON document that remembers the first problem together with
// its JSON path ("events[3].start: expected a string"), so callers read every field without checking
// each one and test `failed()` once at the end. Internal to sync/bundle (content.json, manifest.json).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/result.hpp"

namespace kiosk::bundle {

class JsonReader {
 public:
  using json = nlohmann::json;

  static std::string member(const std::string& path, std::string_view key);  // "a.b" ("b" at the top)
  static std::string element(const std::string& path, std::size_t index);    // "a[3]"

  // Each returns the member `key` of `object` (at `path`) or a default after recording an error.
  const json* object(const json& object, const std::string& path, std::string_view key);
  const json* array(const json& object, const std::string& path, std::string_view key);
  std::string string(const json& object, const std::string& path, std::string_view key);
  int64_t integer(const json& object, const std::string& path, std::string_view key);
  uint64_t size(const json& object, const std::string& path, std::string_view key);  // >= 0
  double number(const json& object, const std::string& path, std::string_view key);
  bool boolean(const json& object, const std::string& path, std::string_view key);

  void fail_at(const std::string& path, std::string message,
               ErrorCode code = ErrorCode::Parse);  // keeps the first
  bool failed() const { return error_.has_value(); }
  const Error& error() const { return *error_; }

 private:
  const json* find(const json& object, const std::string& path,
                   std::string_view key);  // nullptr + error when missing

  std::optional<Error> error_;
};

}  // namespace kiosk::bundle
