// The exhibitors screen's booth map: the model from the built-in floor plan, fitting the floor with its
// aspect kept, finding the booth under a finger, the selected booth highlighted at its place in a real
// offscreen render (both orientations and languages), and a tap on a booth selecting its exhibitor.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>

#include "render/image_texture.hpp"
#include "screen_render.hpp"
#include "screens/exhibitors.hpp"
#include "widgets/booth_map.hpp"

namespace kiosk::ui::test {
namespace {

const MapBooth* booth_of(const BoothMapModel& map, const std::string& exhibitor_id) {
  for (const MapBooth& booth : map.booths)
    if (booth.exhibitor_id == exhibitor_id) return &booth;
  return nullptr;
}

// Colour distance, per channel at most.
int channel_distance(uint32_t a, uint32_t b) {
  int most = 0;
  for (int shift : {16, 8, 0})
    most = std::max(most, std::abs(static_cast<int>((a >> shift) & 0xFF) - static_cast<int>((b >> shift) & 0xFF)));
  return most;
}

constexpr uint32_t kOrange = 0xE69F00;  // Okabe-Ito orange: the selected booth's fill

class BoothMap : public ::testing::Test {
 protected:
  void SetUp() override { content_ = builtin_content(); }
  ExhibitorsModel model(Language language) const {
    return make_exhibitors(content_.exhibitors, "", UiStrings(content_.strings, language), content_.floor,
                           content_.exhibitors);
  }
  model::Content content_;
};

TEST_F(BoothMap, BuiltInFloorPlanPlacesEveryExhibitor) {
  const ExhibitorsModel m = model(Language::En);
  ASSERT_FALSE(m.map.empty());
  EXPECT_EQ(m.map.width, 27);
  EXPECT_EQ(m.map.height, 15);
  EXPECT_EQ(m.map.booths.size(), content_.exhibitors.size());
  ASSERT_EQ(m.map.areas.size(), 4u);
  EXPECT_EQ(m.map.areas[0].label, "Stage");
  EXPECT_EQ(model(Language::Ja).map.areas[0].label, "ステージ");
  EXPECT_EQ(m.map_title, "Tohoku Pavilion (sample layout)");
  EXPECT_EQ(content_.floor.image, "images/floor.png");
}

TEST(BoothMapLayout, FitKeepsTheAspectAndCentres) {
  BoothMapModel map;
  map.width = 20;
  map.height = 10;
  const MapPlacement wide = fit_floor(map, ImVec2(100, 100), ImVec2(1100, 300));  // 1000 x 200: height limits
  EXPECT_FLOAT_EQ(wide.scale, 20);
  EXPECT_FLOAT_EQ(wide.origin.x, 400);  // 400 px of floor centred in 1000
  EXPECT_FLOAT_EQ(wide.origin.y, 100);
  const MapPlacement tall = fit_floor(map, ImVec2(0, 0), ImVec2(400, 1000));  // width limits
  EXPECT_FLOAT_EQ(tall.scale, 20);
  EXPECT_FLOAT_EQ(tall.origin.y, 400);
}

TEST(BoothMapLayout, FingerFindsTheBoothUnderItOrTheNearestWithinSlop) {
  BoothMapModel map;
  map.width = 10;
  map.height = 10;
  map.booths = {{"a", "A-1", {0, 0, 3, 3}}, {"b", "A-2", {5, 0, 3, 3}}};
  const MapPlacement at{ImVec2(0, 0), 10};  // 10 px a floor unit
  EXPECT_EQ(booth_at(map, at, ImVec2(15, 15), 8)->exhibitor_id, "a");
  EXPECT_EQ(booth_at(map, at, ImVec2(55, 5), 8)->exhibitor_id, "b");
  EXPECT_EQ(booth_at(map, at, ImVec2(36, 10), 8)->exhibitor_id, "a") << "6 px right of a: within slop";
  EXPECT_EQ(booth_at(map, at, ImVec2(40, 10), 8), nullptr) << "10 px from both: a gap, not a booth";
  EXPECT_EQ(booth_at(map, at, ImVec2(20, 90), 8), nullptr);
}

// Renders the screen with `selected` chosen and checks the pixels of its booth against another's.
void expect_highlight(const model::Content& content, const ExhibitorsModel& m, const std::string& selected,
                      const std::string& other, int width, int height, const std::string& name) {
  ExhibitorsState state;
  state.selected = selected;
  std::shared_ptr<ImageTexture> floor;
  const RenderedScreen screen = render_screen(
      content, width, height, name, [&](const DrawContext& c) { draw_exhibitors(m, state, c, floor ? floor->id() : nullptr); },
      [&](SDL_Renderer* renderer) -> std::shared_ptr<void> {
        auto loaded = ImageTexture::load(renderer, KIOSK_SOURCE_DIR "/assets/content/images/floor.png");
        EXPECT_TRUE(loaded) << loaded.error().message;
        if (loaded) floor = std::make_shared<ImageTexture>(std::move(*loaded));
        return floor;
      });
  floor.reset();
  ASSERT_GT(screen.image.width, 0);
  ASSERT_GT(state.map_max.x, state.map_min.x) << "the map was not drawn";
  const MapPlacement placement = fit_floor(m.map, state.map_min, state.map_max);
  ASSERT_GT(placement.scale, 0);
  ImVec2 a, b, oa, ob;
  booth_screen_rect(*booth_of(m.map, selected), placement, a, b);
  booth_screen_rect(*booth_of(m.map, other), placement, oa, ob);
  EXPECT_GE(b.x - a.x, 60) << "a booth is a touch target: at least 60 px at 1080p";
  // A quarter in from the top-left corner: inside the fill, clear of the centred booth number.
  const auto probe = [&](ImVec2 min, ImVec2 max, float fx, float fy) {
    return screen.image.pixel(static_cast<int>(min.x + (max.x - min.x) * fx),
                              static_cast<int>(min.y + (max.y - min.y) * fy));
  };
  EXPECT_LE(channel_distance(probe(a, b, 0.2f, 0.2f), kOrange), 8) << std::hex << probe(a, b, 0.2f, 0.2f) << " " << screen.png;
  EXPECT_GT(channel_distance(probe(oa, ob, 0.2f, 0.2f), kOrange), 60) << "another booth is not highlighted";
  // The thick dark outline: just inside the selected booth's left edge, mid-height, is near-black;
  // the same spot on another booth is not.
  const int edge_y = static_cast<int>((a.y + b.y) / 2);
  const uint32_t outline = screen.image.pixel(static_cast<int>(a.x) + 2, edge_y);
  EXPECT_LT(((outline >> 16) & 0xFF) + ((outline >> 8) & 0xFF) + (outline & 0xFF), 3 * 80u) << std::hex << outline;
  const uint32_t plain = screen.image.pixel(static_cast<int>(oa.x) + 4, static_cast<int>((oa.y + ob.y) / 2));
  EXPECT_GT(((plain >> 16) & 0xFF) + ((plain >> 8) & 0xFF) + (plain & 0xFF), 3 * 150u) << std::hex << plain;
}

TEST_F(BoothMap, SelectedBoothIsHighlightedAtItsPlaceInBothOrientationsAndLanguages) {
  for (Language language : {Language::Ja, Language::En}) {
    const ExhibitorsModel m = model(language);
    const std::string lang = language == Language::Ja ? "ja" : "en";
    expect_highlight(content_, m, "sample-mems", "sample-materials", 1920, 1080, "exhibitors-map-" + lang + "-landscape");
    expect_highlight(content_, m, "sample-craft-iron", "sample-univ-semi", 1080, 1920,
                     "exhibitors-map-" + lang + "-portrait");
  }
}

// A headless ImGui frame loop (no renderer): the default font stands in for the kiosk's fonts, and the
// pointer is written into io before each NewFrame, as a touch panel's events would set it.
class HeadlessFrames {
 public:
  HeadlessFrames(int width, int height) : context_(ImGui::CreateContext()), theme_(make_theme(width, height)) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = 1.0f / 30;
    ImFont* font = io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    fonts_ = {font, font, font, font, font};
    apply_theme(theme_, ImGui::GetStyle());
  }
  ~HeadlessFrames() { ImGui::DestroyContext(context_); }
  HeadlessFrames(const HeadlessFrames&) = delete;
  HeadlessFrames& operator=(const HeadlessFrames&) = delete;

  template <class Draw>
  auto frame(ImVec2 pointer, bool down, Draw draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pointer;
    io.MouseDown[0] = down;
    ImGui::NewFrame();
    auto result = draw(DrawContext{fonts_, theme_});
    ImGui::Render();
    return result;
  }

 private:
  ImGuiContext* context_;
  Theme theme_;
  FontSet fonts_;
};

TEST_F(BoothMap, TappingABoothSelectsItsExhibitor) {
  const ExhibitorsModel m = model(Language::En);
  ExhibitorsState state;
  HeadlessFrames frames(1920, 1080);
  const auto draw = [&](const DrawContext& c) { return draw_exhibitors(m, state, c); };
  frames.frame(ImVec2(-1, -1), false, draw);  // the windows exist before the first press
  frames.frame(ImVec2(-1, -1), false, draw);
  ASSERT_GT(state.map_max.x, state.map_min.x);
  const MapPlacement placement = fit_floor(m.map, state.map_min, state.map_max);
  ImVec2 a, b;
  booth_screen_rect(*booth_of(m.map, "sample-vacuum"), placement, a, b);  // T-04
  const ImVec2 centre((a.x + b.x) / 2, (a.y + b.y) / 2);
  EXPECT_EQ(frames.frame(centre, false, draw).kind, IntentKind::None);
  EXPECT_EQ(frames.frame(centre, true, draw).kind, IntentKind::None) << "pressing is not yet a tap";
  EXPECT_EQ(state.selected, "");
  const Intent released = frames.frame(centre, false, draw);
  EXPECT_EQ(released, (Intent{IntentKind::OpenExhibitor, "sample-vacuum"}));
  EXPECT_EQ(state.selected, "sample-vacuum");
}

TEST_F(BoothMap, SlidingOffTheBoothBeforeLiftingDoesNotSelect) {
  const ExhibitorsModel m = model(Language::Ja);
  ExhibitorsState state;
  state.selected = "sample-wafer";
  HeadlessFrames frames(1080, 1920);
  const auto draw = [&](const DrawContext& c) { return draw_exhibitors(m, state, c); };
  frames.frame(ImVec2(-1, -1), false, draw);
  frames.frame(ImVec2(-1, -1), false, draw);
  const MapPlacement placement = fit_floor(m.map, state.map_min, state.map_max);
  ImVec2 a, b, c, d;
  booth_screen_rect(*booth_of(m.map, "sample-vacuum"), placement, a, b);     // T-04
  booth_screen_rect(*booth_of(m.map, "sample-univ-mems"), placement, c, d);  // T-09, a row below
  frames.frame(ImVec2((a.x + b.x) / 2, (a.y + b.y) / 2), false, draw);
  frames.frame(ImVec2((a.x + b.x) / 2, (a.y + b.y) / 2), true, draw);
  frames.frame(ImVec2((c.x + d.x) / 2, (c.y + d.y) / 2), true, draw);
  EXPECT_EQ(frames.frame(ImVec2((c.x + d.x) / 2, (c.y + d.y) / 2), false, draw).kind, IntentKind::None);
  EXPECT_EQ(state.selected, "sample-wafer") << "the earlier selection stays";
}

TEST_F(BoothMap, DetailShowsTheSelectedExhibitorEvenOutsideTheSearchResults) {
  const UiStrings strings(content_.strings, Language::En);
  const ExhibitorsModel m = make_exhibitors({}, "zzz", strings, content_.floor, content_.exhibitors);
  EXPECT_TRUE(m.rows.empty());
  EXPECT_EQ(m.everyone.size(), content_.exhibitors.size());
  EXPECT_EQ(m.map.booths.size(), content_.exhibitors.size()) << "the map shows every booth, not just matches";
  EXPECT_EQ(m.map_hint, "Tap an exhibitor or a booth on the map to see where it is");
  EXPECT_TRUE(m.everyone.front().on_map);
}

}  // namespace
}  // namespace kiosk::ui::test
