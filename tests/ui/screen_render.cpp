#include "screen_render.hpp"

#include <map>

#include <gtest/gtest.h>
#include <imgui.h>

#include "fonts/font_file.hpp"
#include "fonts/font_set.hpp"
#include "fonts/glyph_plan.hpp"
#include "fonts/glyph_set.hpp"
#include "render/display.hpp"
#include "render/imgui_session.hpp"
#include "render/screenshot.hpp"
#include "theme/theme.hpp"

namespace kiosk::ui::test {

std::filesystem::path screenshot_dir() {
  const std::filesystem::path dir = KIOSK_SCREENSHOT_DIR;
  std::filesystem::create_directories(dir);
  return dir;
}

RenderedScreen render_screen(const model::Content& content, int width, int height, const std::string& name,
                             const std::function<void(const DrawContext&)>& draw, const PrepareRenderer& prepare) {
  RenderedScreen out;
  DisplayOptions options;
  options.target = DisplayTarget::Offscreen;
  options.width = width;
  options.height = height;
  auto display = Display::open(options);
  if (!display) {
    ADD_FAILURE() << display.error().message;
    return out;
  }
  auto session = ImGuiSession::start(display->window(), display->renderer());
  if (!session) {
    ADD_FAILURE() << session.error().message;
    return out;
  }
  auto file = find_japanese_font();
  if (!file) {
    ADD_FAILURE() << file.error().message;
    return out;
  }
  auto fonts = build_fonts(session->fonts(), *file, plan_glyphs(content), font_sizes_for(width, height, *file));
  if (!fonts) {
    ADD_FAILURE() << fonts.error().message;
    return out;
  }
  if (auto uploaded = session->upload_fonts(); !uploaded) {
    ADD_FAILURE() << uploaded.error().message;
    return out;
  }
  const Theme theme = make_theme(width, height);
  apply_theme(theme, ImGui::GetStyle());
  const DrawContext context{fonts->fonts, theme};
  std::shared_ptr<void> prepared = prepare ? prepare(display->renderer()) : nullptr;  // released before `display`
  Result<RgbImage> frame = RgbImage{};
  for (int i = 0; i < 3; ++i) {
    session->begin_frame();
    draw(context);
    session->render_frame(clear_colour(theme));
    if (i == 2) frame = read_frame(display->renderer());
    SDL_RenderPresent(display->renderer());
  }
  if (!frame) {
    ADD_FAILURE() << frame.error().message;
    return out;
  }
  out.png = screenshot_dir() / (name + ".png");
  if (auto written = write_png(*frame, out.png); !written) ADD_FAILURE() << written.error().message;
  out.image = {frame->width, frame->height, frame->pixels};
  return out;
}

std::vector<char32_t> missing_in(const ImFont* font, const std::string& text) {
  return missing_code_points(*font, glyphs_of(text));
}

PixelStats pixel_stats(const Image& image) {
  std::map<uint32_t, size_t> histogram;
  for (int y = image.height / 8; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) ++histogram[image.pixel(x, y)];
  size_t most = 0, total = 0;
  for (const auto& [colour, count] : histogram) {
    most = std::max(most, count);
    total += count;
  }
  return {histogram.size(), total ? 1.0 - static_cast<double>(most) / static_cast<double>(total) : 0};
}

}  // namespace kiosk::ui::test
