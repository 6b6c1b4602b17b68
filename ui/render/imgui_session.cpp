#include "render/imgui_session.hpp"

#include <utility>

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

namespace kiosk::ui {

Result<ImGuiSession> ImGuiSession::start(SDL_Window* window, SDL_Renderer* renderer) {
  IMGUI_CHECKVERSION();
  ImGuiSession session(ImGui::CreateContext(), renderer);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini in the working directory (and ProtectSystem=strict forbids it)
  io.LogFilename = nullptr;
  if (!ImGui_ImplSDL2_InitForSDLRenderer(window))
    return fail(ErrorCode::Display, "cannot start ImGui's SDL2 platform backend");
  session.platform_ready_ = true;
  if (!ImGui_ImplSDLRenderer_Init(renderer))
    return fail(ErrorCode::Display, "cannot start ImGui's SDL_Renderer backend");
  session.renderer_ready_ = true;
  return session;
}

ImGuiSession::ImGuiSession(ImGuiSession&& other) noexcept
    : context_(std::exchange(other.context_, nullptr)),
      renderer_(other.renderer_),
      platform_ready_(std::exchange(other.platform_ready_, false)),
      renderer_ready_(std::exchange(other.renderer_ready_, false)) {}

ImGuiSession::~ImGuiSession() {
  if (!context_) return;
  ImGui::SetCurrentContext(context_);
  if (renderer_ready_) ImGui_ImplSDLRenderer_Shutdown();
  if (platform_ready_) ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext(context_);
}

ImFontAtlas& ImGuiSession::fonts() { return *ImGui::GetIO().Fonts; }

Result<void> ImGuiSession::upload_fonts() {
  ImGui_ImplSDLRenderer_DestroyFontsTexture();
  if (!ImGui_ImplSDLRenderer_CreateFontsTexture())
    return fail(ErrorCode::Display, "cannot create the " + std::to_string(fonts().TexWidth) + "x" +
                                        std::to_string(fonts().TexHeight) +
                                        " font texture: " + SDL_GetError());
  // The renderer holds its own copy now; the CPU pixels (4 bytes a texel) would only cost RSS.
  fonts().ClearTexData();
  return {};
}

bool ImGuiSession::process_event(const SDL_Event& event) {
  switch (event.type) {
    case SDL_MOUSEMOTION:
      pointer_ = ImVec2(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y));
      pointer_known_ = true;
      break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      pointer_ = ImVec2(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
      pointer_known_ = true;
      if (event.button.button >= 1 && event.button.button <= 3)
        held_[event.button.button - 1] = event.type == SDL_MOUSEBUTTONDOWN;
      break;
    default:
      break;
  }
  return ImGui_ImplSDL2_ProcessEvent(&event);
}

void ImGuiSession::begin_frame() {
  ImGui_ImplSDLRenderer_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  if (pointer_known_) io.MousePos = pointer_;
  // SDL button indexes 1-3 are left, middle, right; ImGui's 0-2 are left, right, middle.
  io.MouseDown[0] = io.MouseDown[0] || held_[0];
  io.MouseDown[1] = io.MouseDown[1] || held_[2];
  io.MouseDown[2] = io.MouseDown[2] || held_[1];
  ImGui::NewFrame();
}

void ImGuiSession::render_frame(SDL_Color clear) {
  ImGui::Render();
  SDL_SetRenderDrawColor(renderer_, clear.r, clear.g, clear.b, clear.a);
  SDL_RenderClear(renderer_);
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace kiosk::ui
