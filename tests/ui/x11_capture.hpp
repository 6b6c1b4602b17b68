// Reading back what an X server shows (Xlib), kept out of the test files because Xlib's macros (None,
// Bool, Status, True) collide with GoogleTest's names.
#pragma once

#include <memory>
#include <string>

#include "ui_test_support.hpp"

namespace kiosk::ui::test {

class XCapture {
 public:
  // Connects to `display` (":N"); nullptr when it does not accept clients (yet). Protocol errors, e.g.
  // a window that went away between two calls, make the call fail instead of exiting the process.
  static std::unique_ptr<XCapture> connect(const std::string& display);
  ~XCapture();
  XCapture(const XCapture&) = delete;
  XCapture& operator=(const XCapture&) = delete;

  // The pixels of the first viewable top-level window of exactly width x height, as the server holds
  // them (XGetImage); an empty image when there is no such window or it cannot be read.
  Image window_of_size(int width, int height);

 private:
  explicit XCapture(void* display) : display_(display) {}
  void* display_;  // ::Display*
};

}  // namespace kiosk::ui::test
