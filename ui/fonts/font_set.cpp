#include "fonts/font_set.hpp"

#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_freetype.h>

#include "fonts/mapped_file.hpp"

namespace kiosk::ui {
namespace {

constexpr float kReferenceSide = 1080.0f;  // FontSizes defaults are for a 1080-pixel short side
constexpr int kShrinkAttempts = 5;
constexpr float kShrinkStep = 0.9f;

// ImGui keeps a pointer to the ranges until Build(); the vector must outlive it.
ImVector<ImWchar> glyph_ranges(const GlyphSet& set) {
  ImFontGlyphRangesBuilder builder;
  for (char32_t cp : set)
    if (cp <= IM_UNICODE_CODEPOINT_MAX) builder.AddChar(static_cast<ImWchar>(cp));
  ImVector<ImWchar> ranges;
  builder.BuildRanges(&ranges);
  return ranges;
}

ImFont* add_font(ImFontAtlas& atlas, const MappedFile& bytes, const FontFile& file, float pixels,
                 const ImVector<ImWchar>& ranges, bool bold = false) {
  ImFontConfig config;
  // Synthetic emboldening: a second (Bold) font file would cost another 20 MB to read.
  if (bold) config.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting | ImGuiFreeTypeBuilderFlags_Bold;
  // ImGui 1.86's AddFont() copies font data it does not own: 19 MB for each of the six sizes.
  // Handing the buffer over as "owned" skips the copy; ownership comes back right after (below).
  config.FontDataOwnedByAtlas = true;
  config.FontNo = file.face_index;
  config.PixelSnapH = true;
  config.EllipsisChar = 0x2026;
  // FreeType only reads the data; the const_cast is for ImGui's C-style signature.
  ImFont* font =
      atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size()),
                                 std::round(pixels), &config, ranges.Data);
  // The mapping owns the bytes: the atlas must never free them (Clear, ClearInputData).
  atlas.ConfigData.back().FontDataOwnedByAtlas = false;
  return font;
}

FontSizes scaled(const FontSizes& sizes, float factor) {
  return {sizes.title * factor, sizes.heading * factor, sizes.figure * factor,
          sizes.body * factor,  sizes.caption * factor, sizes.headline * factor};
}

int count_glyphs(const ImFontAtlas& atlas) {
  int glyphs = 0;
  for (const ImFont* font : atlas.Fonts) glyphs += font->Glyphs.Size;
  return glyphs;
}

}  // namespace

FontSizes font_sizes_for(int display_width, int display_height, const FontFile& file) {
  const float side = static_cast<float>(std::max(1, std::min(display_width, display_height)));
  return scaled(FontSizes{}, side / kReferenceSide * file.size_factor);
}

Result<BuiltFonts> build_fonts(ImFontAtlas& atlas, const FontFile& file, const GlyphPlan& plan,
                               FontSizes sizes) {
  auto bytes = MappedFile::open(file.path);
  if (!bytes) return fail(bytes.error().code, "font: " + bytes.error().message);
  const ImVector<ImWchar> text = glyph_ranges(plan.text);
  const ImVector<ImWchar> title = glyph_ranges(plan.title);
  const ImVector<ImWchar> heading = glyph_ranges(plan.heading);
  const ImVector<ImWchar> figures = glyph_ranges(plan.figures);
  const ImVector<ImWchar> headline = glyph_ranges(plan.headline);

  BuiltFonts built;
  for (int attempt = 0; attempt < kShrinkAttempts; ++attempt) {
    const float shrink = std::pow(kShrinkStep, static_cast<float>(attempt));
    built.sizes = scaled(sizes, shrink);
    atlas.Clear();
    // Touch kiosk: no software cursor; lines are drawn as polygons (theme.cpp), not from baked texels.
    // The height stays a power of two (no ImFontAtlasFlags_NoPowerOfTwoHeight), although an exact
    // height would save memory (2048x1204 instead of 2048x2048 for the built-in content): glyph UVs
    // are then inexact fractions, and SDL's software renderer picked texels a row off, differently on
    // x86 and arm64 (1,797 pixels of the home screen differed in CI's qemu comparison).
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors | ImFontAtlasFlags_NoBakedLines;
    atlas.FontBuilderIO =
        ImGuiFreeType::GetBuilderForFreeType();  // crisper than stb_truetype, no 3x oversampling
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    // The body font goes first: ImGui uses the atlas' first font as the default.
    built.fonts.body = add_font(atlas, *bytes, file, built.sizes.body, text);
    built.fonts.caption = add_font(atlas, *bytes, file, built.sizes.caption, text);
    built.fonts.heading = add_font(atlas, *bytes, file, built.sizes.heading, heading, true);
    built.fonts.title = add_font(atlas, *bytes, file, built.sizes.title, title, true);
    built.fonts.figure = add_font(atlas, *bytes, file, built.sizes.figure, figures);
    built.fonts.headline = add_font(atlas, *bytes, file, built.sizes.headline, headline, true);
    if (!atlas.Build()) {
      atlas.Clear();
      return fail(ErrorCode::Parse, "FreeType cannot read font " + file.path.string() + " (face " +
                                        std::to_string(file.face_index) + ")");
    }
    built.report = {atlas.TexWidth, atlas.TexHeight, count_glyphs(atlas), shrink};
    if (atlas.TexWidth <= kMaxAtlasSide && atlas.TexHeight <= kMaxAtlasSide) {
      atlas.ClearInputData();  // drops ImGui's pointers into `bytes` before the mapping goes away
      return built;
    }
  }
  const std::string size = std::to_string(atlas.TexWidth) + "x" + std::to_string(atlas.TexHeight);
  atlas.Clear();
  return fail(ErrorCode::Validation, "the content needs " + std::to_string(plan.text.size()) +
                                         " distinct characters; even at reduced sizes the font atlas is " +
                                         size + ", more than " + std::to_string(kMaxAtlasSide) + "x" +
                                         std::to_string(kMaxAtlasSide));
}

std::vector<char32_t> missing_code_points(const ImFont& font, const GlyphSet& wanted) {
  std::vector<char32_t> missing;
  for (char32_t cp : wanted) {
    if (cp > IM_UNICODE_CODEPOINT_MAX || font.FindGlyphNoFallback(static_cast<ImWchar>(cp)) == nullptr)
      missing.push_back(cp);
  }
  return missing;
}

}  // namespace kiosk::ui
