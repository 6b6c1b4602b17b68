#include "render/imgui_session.hpp"

#include <string>
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
      renderer_ready_(std::exchange(other.renderer_ready_, false)),
      pointer_(other.pointer_),
      pointer_known_(other.pointer_known_),
      rotation_(other.rotation_),
      canvas_(std::move(other.canvas_)) {
  for (int i = 0; i < 3; ++i) held_[i] = other.held_[i];
}

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

Result<void> ImGuiSession::set_rotation(const PanelRotation& rotation) {
  canvas_.reset();
  rotation_ = rotation;
  if (!rotation.turned()) return {};
  if (!SDL_RenderTargetSupported(renderer_))
    return fail(ErrorCode::Display, "rotation " + std::to_string(rotation.degrees()) +
                                        ": this SDL renderer cannot draw into a texture; turn the picture with "
                                        "the panel's own setting instead and set rotation = 0");
  const PixelSize size = rotation.ui_size();
  canvas_.reset(SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, size.width,
                                  size.height));
  if (!canvas_)
    return fail(ErrorCode::Display, "rotation " + std::to_string(rotation.degrees()) + ": cannot create the " +
                                        std::to_string(size.width) + "x" + std::to_string(size.height) +
                                        " picture texture: " + SDL_GetError());
  // Turns by whole quarter turns only: every pixel lands on a pixel, copied as is.
  SDL_SetTextureBlendMode(canvas_.get(), SDL_BLENDMODE_NONE);
  SDL_SetTextureScaleMode(canvas_.get(), SDL_ScaleModeNearest);
  return {};
}

bool ImGuiSession::process_event(const SDL_Event& event) {
  // Positions arrive in panel pixels (mouse, or touch turned into mouse events by SDL); the ui is
  // laid out in its own turned coordinates. Wheel steps are not turned: a touch kiosk has no wheel.
  const auto at = [this](int x, int y) { return rotation_.to_ui(ImVec2(static_cast<float>(x), static_cast<float>(y))); };
  switch (event.type) {
    case SDL_MOUSEMOTION:
      pointer_ = at(event.motion.x, event.motion.y);
      pointer_known_ = true;
      break;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      pointer_ = at(event.button.x, event.button.y);
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
  if (canvas_) {  // the backend measured the window; the ui draws into the turned canvas instead
    const PixelSize size = rotation_.ui_size();
    io.DisplaySize = ImVec2(static_cast<float>(size.width), static_cast<float>(size.height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
  }
  if (pointer_known_) io.MousePos = pointer_;
  // SDL button indexes 1-3 are left, middle, right; ImGui's 0-2 are left, right, middle.
  io.MouseDown[0] = io.MouseDown[0] || held_[0];
  io.MouseDown[1] = io.MouseDown[1] || held_[2];
  io.MouseDown[2] = io.MouseDown[2] || held_[1];
  ImGui::NewFrame();
}

void ImGuiSession::render_frame(SDL_Color clear) {
  ImGui::Render();
  if (canvas_) SDL_SetRenderTarget(renderer_, canvas_.get());
  SDL_SetRenderDrawColor(renderer_, clear.r, clear.g, clear.b, clear.a);
  SDL_RenderClear(renderer_);
  ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
  if (!canvas_) return;
  SDL_SetRenderTarget(renderer_, nullptr);
  // The canvas is centred on the output and turned about its centre, which covers the output exactly.
  const PixelSize ui = rotation_.ui_size(), panel = rotation_.panel();
  const SDL_Rect centred{(panel.width - ui.width) / 2, (panel.height - ui.height) / 2, ui.width, ui.height};
  SDL_RenderCopyEx(renderer_, canvas_.get(), nullptr, &centred, rotation_.degrees(), nullptr, SDL_FLIP_NONE);
}

}  // namespace kiosk::ui
