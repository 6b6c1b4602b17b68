// The config file's schema: one KeySpec per key, in the order the default config prints them. The
// parser and --print-default-config both read this table, so a key cannot be documented but
// unparsed, or parsed but undocumented.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "config.hpp"

namespace kiosk::firmware::config_schema {

// Stores `value` into `config`, or returns what is wrong with it ("is a string", "2 is out of range").
using ApplyValue = std::optional<std::string> (*)(const toml::node& value, KioskConfig& config);

struct KeySpec {
  std::string_view table;          // "" for the top level, else "sync", "display", ...
  std::string_view name;           // the key inside its table
  std::string_view doc;            // comment printed above the key in the default config
  std::string_view default_value;  // the default as TOML text; must parse to KioskConfig{}'s value
  std::string_view allowed;        // what a valid value looks like, for error messages
  ApplyValue apply;
};

struct TableSpec {
  std::string_view name;  // "sync"
  std::string_view doc;   // comment printed above [sync]
};

std::span<const KeySpec> keys();      // every key, top level first, then table by table
std::span<const TableSpec> tables();  // the tables, in printing order

}  // namespace kiosk::firmware::config_schema
