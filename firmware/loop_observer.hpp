// LoopObserver: what the event loop tells the device runtime (systemd, display schedule, reload)
// and asks it, without the loop knowing about systemd or config files.
#pragma once

#include <SDL.h>

#include <optional>

#include "screens/staff.hpp"
#include "stats/visit_tracker.hpp"

namespace kiosk::firmware {

class LoopObserver {
 public:
  virtual ~LoopObserver() = default;
  virtual bool consume_event(const SDL_Event& event) = 0;  // true: handled here (reload, wake touch)
  virtual bool tick() = 0;                  // once per loop turn: watchdog, schedule; true = redraw
  virtual bool screen_on() const = 0;       // false outside opening hours: draw black, idle
  virtual int max_wait_ms() const = 0;      // longest sleep allowed before the next tick
  virtual void frame_presented() = 0;       // after SDL_RenderPresent; the first one sends READY
  virtual void quitting() = 0;              // SDL_QUIT seen: STOPPING=1
  virtual void request_sync() {}            // staff tapped "sync now"; default: no sync engine
  virtual std::optional<ui::StaffStatus> staff_status() const { return std::nullopt; }  // for the staff screen
  // Observability (issue 8); defaults: nothing recorded, no thumbnails.
  virtual void shown(const std::optional<stats::Shown>&) {}  // after each frame: what visitors see (nullopt: none)
  virtual bool wants_frame() const { return false; }         // a thumbnail is due: draw a frame even when idle
  virtual void frame_rendered(SDL_Renderer*) {}              // before SDL_RenderPresent: pixels still readable
};

}  // namespace kiosk::firmware
