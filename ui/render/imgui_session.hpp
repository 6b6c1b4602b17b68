// ImGuiSession: the Dear ImGui context plus its SDL2 platform and SDL_Renderer backends, owned
// together so they start and stop in the right order. One per Display.
#pragma once

#include <SDL.h>
#include <imgui.h>

#include "common/result.hpp"
#include "render/panel_rotation.hpp"
#include "render/sdl_handles.hpp"

struct ImGuiContext;
struct ImFontAtlas;

namespace kiosk::ui {

class ImGuiSession {
 public:
  // Creates the context (no imgui.ini: a kiosk never writes into its working directory) and the backends.
  static Result<ImGuiSession> start(SDL_Window* window, SDL_Renderer* renderer);
  ImFontAtlas& fonts();         // the atlas to build fonts into before upload_fonts()
  Result<void> upload_fonts();  // (re)creates the font texture, then frees the atlas' CPU pixels
  bool process_event(const SDL_Event& event);  // feeds SDL input to ImGui; true when ImGui used it
  void begin_frame();                          // backends' NewFrame + ImGui::NewFrame
  void render_frame(SDL_Color clear);  // ImGui::Render, clear, draw; the caller presents or reads pixels

  // A panel mounted turned (render/panel_rotation.hpp): from now on ImGui lays out for
  // rotation.ui_size(), frames are drawn into a texture of that size and copied turned onto the
  // output, and pointer positions are mapped back. Call again after the output size changed or the
  // renderer lost its textures (SDL_RENDER_DEVICE_RESET). Degrees 0 draws straight to the output.
  Result<void> set_rotation(const PanelRotation& rotation);
  const PanelRotation& rotation() const { return rotation_; }
  SDL_Renderer* renderer() const { return renderer_; }  // for the ui's own textures (floor plan)

  ImGuiSession(ImGuiSession&& other) noexcept;
  ImGuiSession& operator=(ImGuiSession&&) = delete;  // one session per display, never reassigned
  ImGuiSession(const ImGuiSession&) = delete;
  ~ImGuiSession();

 private:
  ImGuiSession(ImGuiContext* context, SDL_Renderer* renderer) : context_(context), renderer_(renderer) {}
  ImGuiContext* context_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  bool platform_ready_ = false;  // ImGui_ImplSDL2 initialised
  bool renderer_ready_ = false;  // ImGui_ImplSDLRenderer initialised
  // The pointer as the SDL events told it. ImGui 1.86's SDL backend reads position and buttons from
  // SDL_GetMouseState (not from events), which events pushed by a replay never change and which is
  // stale for an unfocused window; begin_frame() applies these after the backend's NewFrame.
  ImVec2 pointer_{-1, -1};
  bool pointer_known_ = false;
  bool held_[3] = {false, false, false};
  PanelRotation rotation_;
  TexturePtr canvas_;  // the ui's picture before it is turned; null when not turned
};

}  // namespace kiosk::ui
