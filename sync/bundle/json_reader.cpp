#include "bundle/json_reader.hpp"

namespace kiosk::bundle {

std::string JsonReader::member(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string JsonReader::element(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

void JsonReader::fail_at(const std::string& path, std::string message, ErrorCode code) {
  if (!error_) error_ = Error{code, path + ": " + std::move(message)};
}

const JsonReader::json* JsonReader::find(const json& object, const std::string& path, std::string_view key) {
  if (!object.is_object()) {
    fail_at(path.empty() ? "(top level)" : path, "expected an object");
    return nullptr;
  }
  const auto it = object.find(key);
  if (it == object.end()) {
    fail_at(member(path, key), "missing");
    return nullptr;
  }
  return &*it;
}

const JsonReader::json* JsonReader::object(const json& object, const std::string& path,
                                           std::string_view key) {
  const json* value = find(object, path, key);
  if (value && !value->is_object()) fail_at(member(path, key), "expected an object");
  return value && value->is_object() ? value : nullptr;
}

const JsonReader::json* JsonReader::array(const json& object, const std::string& path, std::string_view key) {
  const json* value = find(object, path, key);
  if (value && !value->is_array()) fail_at(member(path, key), "expected an array");
  return value && value->is_array() ? value : nullptr;
}

std::string JsonReader::string(const json& object, const std::string& path, std::string_view key) {
  const json* value = find(object, path, key);
  if (value && !value->is_string()) fail_at(member(path, key), "expected a string");
  return value && value->is_string() ? value->get<std::string>() : std::string();
}

int64_t JsonReader::integer(const json& object, const std::string& path, std::string_view key) {
  const json* value = find(object, path, key);
  if (value && !value->is_number_integer()) fail_at(member(path, key), "expected a whole number");
  return value && value->is_number_integer() ? value->get<int64_t>() : 0;
}

uint64_t JsonReader::size(const json& object, const std::string& path, std::string_view key) {
  const json* value = find(object, path, key);
  if (value && !value->is_number_unsigned()) fail_at(member(path, key), "expected a whole number >= 0");
  return value && value->is_number_unsigned() ? value->get<uint64_t>() : 0;
}

double JsonReader::number(const json& object, const std::string& path, std::string_view key) {
  const json* value = find(object, path, key);
  if (value && !value->is_number()) fail_at(member(path, key), "expected a number");
  return value && value->is_number() ? value->get<double>() : 0;
}

bool JsonReader::boolean(const json& object, const std::string& path, std::string_view key) {
  const json* value = find(object, path, key);
  if (value && !value->is_boolean()) fail_at(member(path, key), "expected true or false");
  return value && value->is_boolean() && value->get<bool>();
}

}  // namespace kiosk::bundle
