// Log: the kiosk's log lines on stderr. Under systemd (JOURNAL_STREAM set) each line carries a
// "<N>" syslog priority prefix, which journald turns into the entry's level; on a terminal it reads
// "kiosk: warning: ...".
#pragma once

#include <string>

#include "log_sink.hpp"

namespace kiosk::firmware {

class Log {
 public:
  explicit Log(ui::LogLevel threshold = ui::LogLevel::Info);  // lines below `threshold` are dropped
  void write(ui::LogLevel level, const std::string& message) const;
  void info(const std::string& message) const { write(ui::LogLevel::Info, message); }
  void warning(const std::string& message) const { write(ui::LogLevel::Warning, message); }
  void error(const std::string& message) const { write(ui::LogLevel::Error, message); }
  ui::LogSink sink() const;  // for ui code; the Log must outlive it

 private:
  ui::LogLevel threshold_;
  bool journal_;  // stderr is connected to journald
};

}  // namespace kiosk::firmware
