// The kiosk's event loop. An idle kiosk sleeps in SDL_WaitEventTimeout: it redraws only after
// input, a window change or new content, then a few frames more for ImGui to settle, and checks the
// store for a new content version once a second (DESIGN.md section 7).
#pragma once

#include "clock.hpp"
#include "common/result.hpp"
#include "log.hpp"
#include "loop_observer.hpp"
#include "render/display.hpp"
#include "render/imgui_session.hpp"
#include "store/content_store.hpp"
#include "visitor_ui.hpp"

namespace kiosk::firmware {

inline constexpr int kSettleFrames = 3;          // frames drawn after the last change (hover, scrollbars)
inline constexpr Uint32 kContentCheckMs = 1000;  // how often the store is asked for a new version

struct EventLoopParts {
  ui::Display& display;
  ui::ImGuiSession& session;
  ui::VisitorUi& visitor_ui;
  store::ContentReader& reader;
  const Clock& clock;  // for the time-dependent screens to come
  const Log& log;
  bool dev = false;         // ESC quits; otherwise only SDL_QUIT (SIGTERM, SIGINT, window close) does
  bool fullscreen = false;  // hide the pointer: ImGui would show it again every frame
  LoopObserver* observer = nullptr;  // device runtime: systemd, signals, opening hours; may be null
};

Result<void> run_event_loop(EventLoopParts parts);  // returns on SDL_QUIT

}  // namespace kiosk::firmware
