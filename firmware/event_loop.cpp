#include "event_loop.hpp"

#include <imgui.h>
#include <malloc.h>

#include <algorithm>

#include "observability/observability.hpp"

namespace kiosk::firmware {
namespace {

enum class EventOutcome { Ignored, Redraw, Resized, TexturesLost, Quit };

EventOutcome classify(const SDL_Event& event, bool dev) {
  switch (event.type) {
    case SDL_QUIT:
      return EventOutcome::Quit;
    case SDL_KEYDOWN:
      // Visitors must never leave the kiosk: ESC only quits in developer mode.
      return dev && event.key.keysym.sym == SDLK_ESCAPE ? EventOutcome::Quit : EventOutcome::Redraw;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) return EventOutcome::Resized;
      return EventOutcome::Redraw;  // exposed, shown, focus: the surface may need repainting
    case SDL_RENDER_DEVICE_RESET:
      return EventOutcome::TexturesLost;
    case SDL_KEYUP:
    case SDL_TEXTINPUT:
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
    case SDL_RENDER_TARGETS_RESET:
      return EventOutcome::Redraw;
    default:
      return EventOutcome::Ignored;
  }
}

// Takes a new content version when the sync engine (another connection) committed one.
bool take_new_content(EventLoopParts& parts) {
  auto changed = parts.reader.changed();
  if (!changed) {
    parts.log.warning("cannot check for new content: " + changed.error().message);
    return false;
  }
  if (!*changed) return false;
  auto content = parts.reader.load_all();
  if (!content) {
    parts.log.error("cannot read the new content: " + content.error().message + "; keeping what is shown");
    return false;
  }
  const int64_t version = content->version;
  if (auto shown = parts.visitor_ui.set_content(std::move(*content)); !shown) {
    parts.log.error("cannot show content version " + std::to_string(version) + ": " + shown.error().message +
                    "; keeping what is shown");
    return true;  // the fonts were rebuilt either way: redraw
  }
  parts.log.info("showing content version " + std::to_string(version));
  // The old content and font atlas are freed now, and so are the sync's download and apply buffers,
  // but glibc keeps freed heap pages mapped: the soak test (tests/integration/firmware) saw resident
  // memory swing by 2 MiB from update to update. Handing them back keeps a kiosk that updates every
  // minute for days at what it actually holds. Once per update, off the frame path.
  ::malloc_trim(0);
  return true;
}

void draw_and_present(EventLoopParts& parts, int& pending_frames) {
  if (parts.observer && !parts.observer->screen_on()) {  // outside opening hours: a black screen
    SDL_SetRenderDrawColor(parts.display.renderer(), 0, 0, 0, 255);
    SDL_RenderClear(parts.display.renderer());
    parts.observer->frame_rendered(parts.display.renderer());  // a due thumbnail shows the black screen
    SDL_RenderPresent(parts.display.renderer());
    parts.observer->shown(std::nullopt);  // nobody sees anything: a play or visit on screen ends
    parts.observer->frame_presented();
    --pending_frames;
    return;
  }
  parts.session.begin_frame();
  const bool changed = parts.visitor_ui.draw_frame();
  parts.session.render_frame(parts.visitor_ui.clear_colour());
  if (parts.observer) parts.observer->frame_rendered(parts.display.renderer());
  SDL_RenderPresent(parts.display.renderer());
  if (parts.observer) {
    parts.observer->shown(visitor_view(parts.visitor_ui.current_screen(), parts.visitor_ui.attract_slide(),
                                       ui::language_code(parts.visitor_ui.language())));
    parts.observer->frame_presented();
  }
  pending_frames = changed ? kSettleFrames : pending_frames - 1;
}

}  // namespace

Result<void> run_event_loop(EventLoopParts parts) {
  if (parts.fullscreen) ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  int pending_frames = kSettleFrames;
  Uint64 next_check = SDL_GetTicks64() + kContentCheckMs;
  for (;;) {
    const Uint64 now = SDL_GetTicks64();
    int timeout = pending_frames > 0 ? 0 : static_cast<int>(next_check > now ? next_check - now : 0);
    if (parts.observer) timeout = std::min(timeout, parts.observer->max_wait_ms());
    // The ui's own timers: attract slides and transitions (capped rate), idle timeout, clock, inertia.
    if (const int ui_wait = parts.visitor_ui.next_frame_ms(); ui_wait >= 0) timeout = std::min(timeout, ui_wait);
    SDL_Event event;
    if (SDL_WaitEventTimeout(&event, timeout)) {
      do {
        if (parts.observer && parts.observer->consume_event(event)) {  // SIGHUP reload, wake-up touch
          pending_frames = kSettleFrames;
          continue;
        }
        parts.session.process_event(event);
        switch (classify(event, parts.dev)) {
          case EventOutcome::Quit:
            parts.log.info("quit requested");
            if (parts.observer) parts.observer->quitting();
            return {};
          case EventOutcome::Resized: {
            auto rotation = ui::PanelRotation::make(parts.session.rotation().degrees(), parts.display.output_size());
            if (!rotation) return tl::unexpected(rotation.error());
            if (auto turned = parts.session.set_rotation(*rotation); !turned) return turned;
            if (auto resized = parts.visitor_ui.set_display_size(rotation->ui_size()); !resized) return resized;
            pending_frames = kSettleFrames;
            break;
          }
          case EventOutcome::TexturesLost:
            if (auto canvas = parts.session.set_rotation(parts.session.rotation()); !canvas) return canvas;
            if (auto restored = parts.visitor_ui.restore_textures(); !restored) return restored;
            pending_frames = kSettleFrames;
            break;
          case EventOutcome::Redraw:
            pending_frames = kSettleFrames;
            break;
          case EventOutcome::Ignored:
            break;
        }
      } while (SDL_PollEvent(&event));
    }
    if (SDL_GetTicks64() >= next_check) {
      next_check = SDL_GetTicks64() + kContentCheckMs;
      if (take_new_content(parts)) pending_frames = kSettleFrames;
      if (parts.observer)
        if (auto status = parts.observer->staff_status()) parts.visitor_ui.set_staff_status(std::move(*status));
    }
    if (parts.observer && parts.observer->tick()) pending_frames = kSettleFrames;
    if (pending_frames == 0 && parts.visitor_ui.next_frame_ms() == 0) pending_frames = 1;
    if (pending_frames == 0 && parts.observer && parts.observer->wants_frame()) pending_frames = 1;
    if (parts.visitor_ui.take_sync_request()) {
      parts.log.info("sync now requested from the staff screen");
      if (parts.observer) parts.observer->request_sync();
    }
    if (pending_frames > 0) draw_and_present(parts, pending_frames);
  }
}

}  // namespace kiosk::firmware
