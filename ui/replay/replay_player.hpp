// ReplayPlayer: plays a replay script through the real input path: every tap, drag and key becomes
// SDL events pushed onto SDL's queue (SDL_PushEvent), which the event loop hands to ImGui as it
// would a finger's. Steps are spread over time (a tap is a press, 80 ms, a release), and the loop
// asks wait_ms() how long it may sleep. Screenshots and `expect` act on the frame as drawn.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <SDL.h>

#include "common/result.hpp"
#include "render/display.hpp"
#include "render/imgui_session.hpp"
#include "replay/replay_script.hpp"
#include "visitor_ui.hpp"

namespace kiosk::ui {

class ReplayPlayer {
 public:
  ReplayPlayer(ReplayScript script, Display& display, ImGuiSession& session, VisitorUi& visitor_ui);
  // Carries out everything due by `now_ms` (SDL ticks). True when it pushed input or changed the ui
  // (the loop should draw). After the last step, or on the first failure, it pushes SDL_QUIT.
  bool tick(uint64_t now_ms);
  int wait_ms(uint64_t now_ms) const;                       // until the next timed action
  void frame_presented();                                   // the loop showed a frame
  const std::optional<Error>& failure() const { return failure_; }  // why the replay stopped early

 private:
  struct Timed {
    uint64_t at;          // ms after the start
    SDL_Event event;      // when step < 0
    int step = -1;        // index of a lang / screenshot / expect step
  };
  void schedule();                                             // the whole timeline from the script
  void push_mouse(uint64_t at, Uint32 type, float x, float y);  // motion or button event
  bool run_step(const ReplayStep& step);                       // lang / screenshot / expect
  void stop(std::optional<Error> failure);

  ReplayScript script_;
  Display* display_;
  ImGuiSession* session_;
  VisitorUi* visitor_ui_;
  std::vector<Timed> timeline_;
  size_t next_ = 0;
  uint64_t due_ms_ = 0;  // SDL ticks when timeline_[next_] is due; 0 = not started
  // Frames still to be drawn before the next action. ImGui 1.86 has no input queue: on a loaded
  // machine a frame can take longer than a step's delay, and a release or an `expect` that comes
  // before the frame that handled the previous input would be lost or look at the old screen.
  int frames_owed_ = 0;
  bool finished_ = false;
  std::optional<Error> failure_;
};

}  // namespace kiosk::ui
