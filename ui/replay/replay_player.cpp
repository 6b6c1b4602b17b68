#include "replay/replay_player.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "render/screenshot.hpp"

namespace kiosk::ui {
namespace {

constexpr uint64_t kPressMs = 80;     // a tap's press-to-release time
constexpr uint64_t kSettleMs = 150;   // after a step, before the next one: frames settle
constexpr uint64_t kMoveStepMs = 16;  // a drag's motion events, one a frame at 60 Hz

SDL_Keycode key_code(const std::string& name) {
  static const std::map<std::string, SDL_Keycode> names = {
      {"escape", SDLK_ESCAPE}, {"return", SDLK_RETURN}, {"backspace", SDLK_BACKSPACE}, {"space", SDLK_SPACE}};
  if (const auto found = names.find(name); found != names.end()) return found->second;
  if (name.size() == 1) return static_cast<SDL_Keycode>(name[0]);
  return SDLK_UNKNOWN;
}

}  // namespace

ReplayPlayer::ReplayPlayer(ReplayScript script, Display& display, ImGuiSession& session, VisitorUi& visitor_ui)
    : script_(std::move(script)), display_(&display), session_(&session), visitor_ui_(&visitor_ui) {
  schedule();
}

void ReplayPlayer::push_mouse(uint64_t at, Uint32 type, float x, float y) {
  SDL_Event event{};
  event.type = type;
  const Uint32 window = SDL_GetWindowID(display_->window());
  if (type == SDL_MOUSEMOTION) {
    event.motion.windowID = window;
    event.motion.x = static_cast<Sint32>(x);
    event.motion.y = static_cast<Sint32>(y);
    event.motion.state = 0;
  } else {
    event.button.windowID = window;
    event.button.button = SDL_BUTTON_LEFT;
    event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    event.button.clicks = 1;
    event.button.x = static_cast<Sint32>(x);
    event.button.y = static_cast<Sint32>(y);
  }
  timeline_.push_back({at, event, -1});
}

void ReplayPlayer::schedule() {
  uint64_t t = kSettleMs;  // the first frames draw before any input
  for (size_t i = 0; i < script_.steps.size(); ++i) {
    const ReplayStep& s = script_.steps[i];
    switch (s.action) {
      case ReplayAction::Tap:
      case ReplayAction::Hold: {
        const uint64_t held = s.action == ReplayAction::Tap ? kPressMs : static_cast<uint64_t>(s.ms);
        push_mouse(t, SDL_MOUSEMOTION, s.x1, s.y1);
        push_mouse(t + 1, SDL_MOUSEBUTTONDOWN, s.x1, s.y1);
        push_mouse(t + held, SDL_MOUSEBUTTONUP, s.x1, s.y1);
        t += held + kSettleMs;
        break;
      }
      case ReplayAction::Drag: {
        push_mouse(t, SDL_MOUSEMOTION, s.x1, s.y1);
        push_mouse(t + 1, SDL_MOUSEBUTTONDOWN, s.x1, s.y1);
        const uint64_t steps = std::max<uint64_t>(1, static_cast<uint64_t>(s.ms) / kMoveStepMs);
        for (uint64_t k = 1; k <= steps; ++k) {
          const float f = static_cast<float>(k) / static_cast<float>(steps);
          push_mouse(t + 1 + k * kMoveStepMs, SDL_MOUSEMOTION, s.x1 + (s.x2 - s.x1) * f, s.y1 + (s.y2 - s.y1) * f);
        }
        t += 2 + steps * kMoveStepMs;
        push_mouse(t, SDL_MOUSEBUTTONUP, s.x2, s.y2);
        t += kSettleMs;
        break;
      }
      case ReplayAction::Wait:
        t += static_cast<uint64_t>(s.ms);
        break;
      case ReplayAction::Key: {
        SDL_Event event{};
        event.type = SDL_KEYDOWN;
        event.key.windowID = SDL_GetWindowID(display_->window());
        event.key.state = SDL_PRESSED;
        event.key.keysym.sym = key_code(s.text);
        event.key.keysym.scancode = SDL_GetScancodeFromKey(event.key.keysym.sym);
        timeline_.push_back({t, event, -1});
        event.type = SDL_KEYUP;
        event.key.state = SDL_RELEASED;
        timeline_.push_back({t + kPressMs, event, -1});
        t += kPressMs + kSettleMs;
        break;
      }
      case ReplayAction::Lang:
      case ReplayAction::Screenshot:
      case ReplayAction::Expect:
        timeline_.push_back({t, SDL_Event{}, static_cast<int>(i)});
        t += s.action == ReplayAction::Lang ? kSettleMs : 1;
        break;
    }
  }
}

void ReplayPlayer::stop(std::optional<Error> failure) {
  if (finished_) return;
  finished_ = true;
  failure_ = std::move(failure);
  SDL_Event quit{};
  quit.type = SDL_QUIT;
  SDL_PushEvent(&quit);
}

bool ReplayPlayer::run_step(const ReplayStep& step) {
  const std::string where = script_.file.filename().string() + ":" + std::to_string(step.line) + ": ";
  switch (step.action) {
    case ReplayAction::Lang:
      visitor_ui_->set_language(step.text == "en" ? Language::En : Language::Ja);
      return true;
    case ReplayAction::Expect:
      if (visitor_ui_->current_screen() != step.text) {
        stop(Error{ErrorCode::Usage, where + "expect: the screen is \"" + visitor_ui_->current_screen() +
                                         "\", not \"" + step.text + "\""});
        return false;
      }
      return false;
    case ReplayAction::Screenshot: {
      // Two frames: the first settles anything the last input changed, the second is written.
      for (int frame = 0; frame < 2; ++frame) {
        session_->begin_frame();
        visitor_ui_->draw_frame();
        session_->render_frame(visitor_ui_->clear_colour());
        if (frame == 1) {
          auto image = read_frame(display_->renderer());
          if (!image) {
            stop(Error{image.error().code, where + image.error().message});
            return false;
          }
          if (auto written = write_png(*image, step.text); !written) {
            stop(Error{written.error().code, where + written.error().message});
            return false;
          }
        }
        SDL_RenderPresent(display_->renderer());
      }
      return false;
    }
    default:
      return false;
  }
}

bool ReplayPlayer::tick(uint64_t now_ms) {
  if (finished_) return false;
  if (due_ms_ == 0) due_ms_ = now_ms + (timeline_.empty() ? 0 : timeline_[0].at);
  // One action a loop turn: the loop hands each pushed event to ImGui and draws before the next one,
  // as with a real finger. Delays count from when the previous action really happened, so a slow
  // screenshot does not squash the steps after it together.
  if (frames_owed_ > 0) return true;  // keep the loop drawing until the last input has been seen
  if (next_ >= timeline_.size() || now_ms < due_ms_) {
    if (next_ >= timeline_.size()) stop(std::nullopt);
    return false;
  }
  Timed& timed = timeline_[next_++];
  bool acted = true;
  if (timed.step < 0) SDL_PushEvent(&timed.event);
  else acted = run_step(script_.steps[static_cast<size_t>(timed.step)]);
  // Two frames: the first takes the input into ImGui, the second shows what it caused.
  if (acted) frames_owed_ = 2;
  if (next_ < timeline_.size()) due_ms_ = SDL_GetTicks64() + (timeline_[next_].at - timed.at);
  return acted;
}

void ReplayPlayer::frame_presented() {
  if (frames_owed_ > 0) --frames_owed_;
}

int ReplayPlayer::wait_ms(uint64_t now_ms) const {
  if (finished_) return 1000;
  if (frames_owed_ > 0) return 0;
  if (due_ms_ == 0 || next_ >= timeline_.size()) return 0;
  return due_ms_ <= now_ms ? 0 : static_cast<int>(due_ms_ - now_ms);
}

}  // namespace kiosk::ui
