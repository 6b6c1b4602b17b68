#include "x11_capture.hpp"

#include <X11/Xlib.h>
#include <X11/Xutil.h>

namespace kiosk::ui::test {
namespace {

int ignore_x_error(::Display*, XErrorEvent*) { return 0; }

::Display* as_display(void* display) { return static_cast<::Display*>(display); }

// The first viewable child of the root of exactly width x height (there is no window manager to reparent).
Window find_window(::Display* display, int width, int height) {
  Window root = 0, parent = 0;
  Window* children = nullptr;
  unsigned count = 0;
  if (!XQueryTree(display, DefaultRootWindow(display), &root, &parent, &children, &count)) return 0;
  Window found = 0;
  for (unsigned i = 0; i < count && found == 0; ++i) {
    XWindowAttributes a;
    if (XGetWindowAttributes(display, children[i], &a) && a.map_state == IsViewable && a.width == width &&
        a.height == height)
      found = children[i];
  }
  if (children != nullptr) XFree(children);
  return found;
}

}  // namespace

std::unique_ptr<XCapture> XCapture::connect(const std::string& display) {
  XSetErrorHandler(ignore_x_error);
  ::Display* opened = XOpenDisplay(display.c_str());
  if (opened == nullptr) return nullptr;
  return std::unique_ptr<XCapture>(new XCapture(opened));
}

XCapture::~XCapture() { XCloseDisplay(as_display(display_)); }

Image XCapture::window_of_size(int width, int height) {
  ::Display* display = as_display(display_);
  const Window window = find_window(display, width, height);
  if (window == 0) return {};
  XImage* x = XGetImage(display, window, 0, 0, static_cast<unsigned>(width), static_cast<unsigned>(height),
                        AllPlanes, ZPixmap);
  if (x == nullptr) return {};
  Image image{width, height, std::vector<uint8_t>(static_cast<size_t>(width) * static_cast<size_t>(height) * 3)};
  for (int y = 0; y < height; ++y)
    for (int px = 0; px < width; ++px) {
      const unsigned long p = XGetPixel(x, px, y);  // 24-bit TrueColor: 0xRRGGBB
      uint8_t* out = &image.rgb[(static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(px)) * 3];
      out[0] = static_cast<uint8_t>(p >> 16);
      out[1] = static_cast<uint8_t>(p >> 8);
      out[2] = static_cast<uint8_t>(p);
    }
  XDestroyImage(x);
  return image;
}

}  // namespace kiosk::ui::test
