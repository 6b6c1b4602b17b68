#include "log.hpp"

#include <cstdio>
#include <cstdlib>

namespace kiosk::firmware {
namespace {

int syslog_priority(ui::LogLevel level) {
  switch (level) {
    case ui::LogLevel::Debug:
      return 7;
    case ui::LogLevel::Info:
      return 6;
    case ui::LogLevel::Warning:
      return 4;
    case ui::LogLevel::Error:
      return 3;
  }
  return 6;
}

const char* level_name(ui::LogLevel level) {
  switch (level) {
    case ui::LogLevel::Debug:
      return "debug: ";
    case ui::LogLevel::Info:
      return "";
    case ui::LogLevel::Warning:
      return "warning: ";
    case ui::LogLevel::Error:
      return "error: ";
  }
  return "";
}

}  // namespace

Log::Log(ui::LogLevel threshold)
    : threshold_(threshold), journal_(std::getenv("JOURNAL_STREAM") != nullptr) {}

void Log::write(ui::LogLevel level, const std::string& message) const {
  if (level < threshold_) return;
  const std::lock_guard lock(*mutex_);
  const Admission admission = repeats_->admit(message, RepeatFilter::Clock::now());
  if (admission.repeats_to_report > 0)
    emit(level, "(previous message repeated " + std::to_string(admission.repeats_to_report) + " more times)");
  if (admission.print) emit(level, message);
}

void Log::emit(ui::LogLevel level, const std::string& message) const {
  // One fprintf per line: lines from two threads never interleave mid-line.
  if (journal_)
    std::fprintf(stderr, "<%d>%s\n", syslog_priority(level), message.c_str());
  else
    std::fprintf(stderr, "kiosk: %s%s\n", level_name(level), message.c_str());
}

ui::LogSink Log::sink() const {
  return [this](ui::LogLevel level, const std::string& message) { write(level, message); };
}

}  // namespace kiosk::firmware
