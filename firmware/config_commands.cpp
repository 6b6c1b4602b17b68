#include "config_commands.hpp"

#include <termios.h>
#include <unistd.h>

#include <string>

#include "config.hpp"
#include "config_merge.hpp"
#include "staff_pin.hpp"

namespace kiosk::firmware {
namespace {

// Turns terminal echo off while the PIN is typed (and back on), when `in` is a terminal.
class EchoOff {
 public:
  explicit EchoOff(int fd) : fd_(fd), active_(isatty(fd) && tcgetattr(fd, &saved_) == 0) {
    if (!active_) return;
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(fd_, TCSAFLUSH, &quiet);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;
  ~EchoOff() {
    if (active_) tcsetattr(fd_, TCSAFLUSH, &saved_);
  }
  bool active() const { return active_; }

 private:
  int fd_;
  termios saved_{};
  bool active_;
};

std::string read_line(std::FILE* in) {
  std::string line;
  for (int c; (c = std::fgetc(in)) != EOF && c != '\n';) line += static_cast<char>(c);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

int print_default_config(std::FILE* out) {
  std::fputs(default_config_text().c_str(), out);
  return 0;
}

int hash_pin_command(std::FILE* in, std::FILE* out, std::FILE* err) {
  std::string pin;
  {
    EchoOff echo_off(fileno(in));
    if (echo_off.active()) std::fputs("staff PIN (4-12 digits): ", err);
    pin = read_line(in);
    if (echo_off.active()) std::fputs("\n", err);
  }
  auto hash = hash_pin(pin);
  if (!hash) {
    std::fprintf(err, "kiosk: --hash-pin: %s\n", hash.error().message.c_str());
    return 2;
  }
  std::fprintf(out, "pin_hash = \"%s\"\n", hash->c_str());
  return 0;
}

int check_config_command(const std::optional<std::filesystem::path>& file, std::FILE* out, std::FILE* err) {
  if (!file) {
    std::fprintf(err, "kiosk: no config file: %s does not exist and no --config was given\n", kDefaultConfigPath);
    return kExitConfigError;
  }
  auto config = load_config(*file);
  if (!config) {
    std::fprintf(err, "%s\n", config.error().message.c_str());
    return kExitConfigError;
  }
  std::fprintf(out, "%s: ok\n", file->c_str());
  return 0;
}

}  // namespace kiosk::firmware
