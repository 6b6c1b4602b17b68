// LogSink: how ui code reports what it did (atlas size, missing strings) without owning a logger.
// The firmware passes its journald/stderr logger in; tests pass a lambda that records lines.
#pragma once

#include <functional>
#include <string>

namespace kiosk::ui {

enum class LogLevel { Debug, Info, Warning, Error };

using LogSink =
    std::function<void(LogLevel level, const std::string& message)>;  // may be empty: logs nothing

// Sends `message` to `sink` when there is one.
inline void log_to(const LogSink& sink, LogLevel level, const std::string& message) {
  if (sink) sink(level, message);
}

}  // namespace kiosk::ui
