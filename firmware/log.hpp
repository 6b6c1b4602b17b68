// Log: the kiosk's log lines on stderr. Under systemd (JOURNAL_STREAM set) each line carries a
// "<N>" syslog priority prefix, which journald turns into the entry's level; on a terminal it reads
// "kiosk: warning: ...". Identical lines repeated within a minute are counted, not printed
// (RepeatFilter), so a source that fails every poll cannot fill the journal.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "log_sink.hpp"
#include "repeat_filter.hpp"

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
  void emit(ui::LogLevel level, const std::string& message) const;  // one line to stderr

  ui::LogLevel threshold_;
  bool journal_;  // stderr is connected to journald
  // Shared by the UI and sync threads; write() is const because logging does not change the caller.
  std::shared_ptr<std::mutex> mutex_ = std::make_shared<std::mutex>();
  std::shared_ptr<RepeatFilter> repeats_ = std::make_shared<RepeatFilter>();
};

}  // namespace kiosk::firmware
