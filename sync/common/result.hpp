// Result<T>: how every expected failure (bad input, disk, database) travels in this project.
// An Error carries a numbered code (never reused, like CURLcode) and a message that names
// what was wrong and where, e.g. "events.csv:14:3: start: \"2022-13-01\" is not a date".
#pragma once

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace kiosk {

enum class ErrorCode : int {
  Io = 1,           // a file or directory could not be read, written, renamed or synced
  Parse = 2,        // bytes that are not valid CSV / JSON / UTF-8 / date / number
  Validation = 3,   // well-formed input that breaks a content rule (duplicate id, unknown category, ...)
  Database = 4,     // SQLite reported an error
  NotFound = 5,     // a file, bundle or row that should exist does not
  Integrity = 6,    // size or SHA-256 of a file differs from its manifest entry
  Usage = 7,        // a command line that cannot be carried out
  Unsupported = 8,  // a format or schema version newer than this program knows
  Display = 9,      // SDL could not create a window, renderer or texture
  Signature = 10,   // manifest.json.sig missing, malformed, or not made by a trusted key
  Rollback = 11,    // a bundle older than the applied content (replayed or stale server)
  Expired = 12,     // a manifest past its expires time (frozen server)
  Network = 13,     // a transfer failed: connect, timeout, HTTP status, cut or stalled body
};

struct Error {
  ErrorCode code;
  std::string message;
};

template <class T>
using Result = tl::expected<T, Error>;

// Builds the error side of a Result: `return fail(ErrorCode::Io, "cannot open " + path);`
inline tl::unexpected<Error> fail(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}

}  // namespace kiosk
