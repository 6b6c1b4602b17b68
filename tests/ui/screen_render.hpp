// ScreenRenderer: draws one content screen offscreen (SDL offscreen driver, the kiosk's fonts for the
// given content) and returns its pixels, so the content screens can be screenshot-tested without
// going through the shell's routing. Also records the text each font was asked to draw, for the
// glyph-coverage checks.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>

#include <SDL.h>

#include "model/content.hpp"
#include "ui_test_support.hpp"
#include "widgets/draw_context.hpp"

namespace kiosk::ui::test {

struct RenderedScreen {
  Image image;               // what was drawn (RGB)
  std::filesystem::path png; // where it was written (under KIOSK_SCREENSHOT_DIR or the temp dir)
};

// Renders `draw` (called once per frame, 3 frames) at width x height for `content` and writes
// `name`.png into the screenshot folder (build/.../ui-screens). Fails the test on setup errors.
// `prepare`, when given, runs once with the renderer before the first frame (e.g. to load textures); what
// it returns is kept alive until the frames are drawn and released before the renderer is destroyed.
using PrepareRenderer = std::function<std::shared_ptr<void>(SDL_Renderer*)>;
RenderedScreen render_screen(const model::Content& content, int width, int height, const std::string& name,
                             const std::function<void(const DrawContext&)>& draw, const PrepareRenderer& prepare = {});

// Code points of `text` that `font` would draw as '?'.
std::vector<char32_t> missing_in(const ImFont* font, const std::string& text);

// Share of pixels (below the top eighth) that differ from the most common colour, and distinct colours.
struct PixelStats {
  size_t distinct_colours = 0;
  double non_background = 0;
};
PixelStats pixel_stats(const Image& image);

std::filesystem::path screenshot_dir();  // created on first use

}  // namespace kiosk::ui::test
