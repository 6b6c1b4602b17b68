// ReplayObserver: runs a replay script (`kiosk --replay FILE`) from inside the real event loop, as a
// LoopObserver: each loop turn it pushes the SDL events that are due and bounds the loop's sleep by
// the next one. Wraps the device runtime's observer (when there is one) and forwards to it.
#pragma once

#include <algorithm>

#include "loop_observer.hpp"
#include "replay/replay_player.hpp"

namespace kiosk::firmware {

class ReplayObserver final : public LoopObserver {
 public:
  ReplayObserver(ui::ReplayPlayer& player, LoopObserver* inner) : player_(&player), inner_(inner) {}
  bool consume_event(const SDL_Event& event) override { return inner_ && inner_->consume_event(event); }
  bool tick() override {
    const bool inner = inner_ && inner_->tick();
    return player_->tick(SDL_GetTicks64()) || inner;
  }
  bool screen_on() const override { return !inner_ || inner_->screen_on(); }
  int max_wait_ms() const override {
    const int wait = player_->wait_ms(SDL_GetTicks64());
    return inner_ ? std::min(wait, inner_->max_wait_ms()) : wait;
  }
  void frame_presented() override {
    player_->frame_presented();
    if (inner_) inner_->frame_presented();
  }
  void request_sync() override {
    if (inner_) inner_->request_sync();
  }
  std::optional<ui::StaffStatus> staff_status() const override {
    return inner_ ? inner_->staff_status() : std::nullopt;
  }
  void shown(const std::optional<stats::Shown>& now) override {
    if (inner_) inner_->shown(now);
  }
  bool wants_frame() const override { return inner_ && inner_->wants_frame(); }
  void frame_rendered(SDL_Renderer* renderer) override {
    if (inner_) inner_->frame_rendered(renderer);
  }
  void quitting() override {
    if (inner_) inner_->quitting();
  }

 private:
  ui::ReplayPlayer* player_;
  LoopObserver* inner_;
};

}  // namespace kiosk::firmware
