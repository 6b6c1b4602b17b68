// The booth map's sources: floor.csv and the booth_x/_y/_w/_h columns of exhibitors.csv, each rule
// asserted by its exact message, and the floor plan's way through content.json and a built bundle.
#include <gtest/gtest.h>

#include "bundle/bundle.hpp"
#include "bundle/content_json.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

using Messages = std::vector<std::string>;
using namespace kiosk::test;

// The first 24 bytes of a PNG of the given size: all the validator reads.
std::string png_header(uint32_t width, uint32_t height) {
  std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  for (uint32_t v : {width, height})
    for (int shift = 24; shift >= 0; shift -= 8) bytes += static_cast<char>((v >> shift) & 0xFF);
  return bytes + std::string("\x08\x02\0\0\0", 5);
}

const char* const kFloorCsv =
    "id,kind,label_ja,label_en,x,y,w,h,image\n"
    "hall,floor,東北パビリオン,Tohoku Pavilion,,,27,15,images/floor.png\n"
    "stage,area,ステージ,Stage,19,0,8,5,\n";

const char* const kBoothHeader =
    "id,name_ja,name_en,booth,category,description_ja,description_en,sample,booth_x,booth_y,booth_w,booth_h\n";

std::string booth_row(const std::string& id, const std::string& booth, const std::string& rect) {
  return id + ",サンプル,Sample," + booth + ",materials,説明,About,true," + rect + "\n";
}

class FloorPlan : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_.write("images/floor.png", png_header(810, 450));
    folder_.write("floor.csv", kFloorCsv);
  }
  // `rows`, then the exhibitor slides.csv refers to (not on the map), so line numbers start at 2.
  void booths(const std::string& rows) {
    folder_.write("exhibitors.csv", kBoothHeader + rows + booth_row("sample_1", "T-99", ",,,"));
  }
  SourceFolder folder_;
};

TEST_F(FloorPlan, ReadsFloorAreasAndBoothRectangles) {
  booths(booth_row("a", "T-01", "0,0,3,3") + booth_row("b", "T-02", ",,,"));
  const SourceReadResult read = read_sources(folder_.path());
  ASSERT_EQ(read.diagnostics.size(), 0u) << read.diagnostics.front().to_string();
  const model::Floor& floor = read.content.floor;
  EXPECT_EQ(floor.name, (model::Text{"東北パビリオン", "Tohoku Pavilion"}));
  EXPECT_EQ(floor.width, 27);
  EXPECT_EQ(floor.height, 15);
  EXPECT_EQ(floor.image, "images/floor.png");
  ASSERT_EQ(floor.areas.size(), 1u);
  EXPECT_EQ(floor.areas[0], (model::FloorArea{"stage", {"ステージ", "Stage"}, {19, 0, 8, 5}}));
  ASSERT_EQ(read.content.exhibitors.size(), 3u);
  EXPECT_EQ(read.content.exhibitors[0].booth_rect, (model::Rect{0, 0, 3, 3}));
  EXPECT_FALSE(read.content.exhibitors[1].booth_rect.has_value()) << "all four empty: not on the map";
}

TEST_F(FloorPlan, BoothColumnsAreAllOrNone) {
  booths(booth_row("a", "T-01", "0,0,,"));
  const std::string rule =
      "empty while other booth_ columns are set; give booth_x, booth_y, booth_w and booth_h together or leave "
      "all four empty";
  EXPECT_EQ(folder_.messages(), (Messages{"exhibitors.csv:2:11: booth_w: " + rule,
                                          "exhibitors.csv:2:12: booth_h: " + rule}));
}

TEST_F(FloorPlan, BoothSizeMustBePositiveAndANumber) {
  booths(booth_row("a", "T-01", "0,0,0,3") + booth_row("b", "T-02", "4,-1,3,3m"));
  EXPECT_EQ(folder_.messages(),
            (Messages{"exhibitors.csv:2:11: booth_w: \"0\" is not a size; it must be greater than 0",
                      "exhibitors.csv:3:10: booth_y: \"-1\" is negative; the floor starts at 0",
                      "exhibitors.csv:3:12: booth_h: \"3m\" is not a number (digits and '.' as decimal point)"}));
}

TEST_F(FloorPlan, BoothOutsideTheFloorIsReported) {
  booths(booth_row("a", "T-01", "25,13.5,3,1.5"));
  EXPECT_EQ(folder_.messages(),
            (Messages{"exhibitors.csv:2:9: booth_x: booth \"T-01\": rectangle x 25-28, y 13.5-15 is not inside "
                      "the floor (0-27 by 0-15 in floor.csv)"}));
}

TEST_F(FloorPlan, OverlappingBoothsNameBothIdsAndLines) {
  booths(booth_row("a", "T-01", "0,0,3,3") + booth_row("b", "T-02", "3,0,3,3") +  // touching: fine
         booth_row("c", "T-03", "2.5,2,2,2"));
  EXPECT_EQ(folder_.messages(),
            (Messages{"exhibitors.csv:4:9: booth_x: booth \"T-03\" (c) overlaps booth \"T-01\" (a, line 2)",
                      "exhibitors.csv:4:9: booth_x: booth \"T-03\" (c) overlaps booth \"T-02\" (b, line 3)"}));
}

TEST_F(FloorPlan, CoExhibitorsMayShareOneBooth) {
  booths(booth_row("a", "T-01", "0,0,3,3") + booth_row("b", "T-01", "0,0,3,3"));
  EXPECT_EQ(folder_.messages(), Messages{});
}

TEST_F(FloorPlan, BoothOnAnAreaIsReported) {
  booths(booth_row("a", "T-09", "18,1,3,3"));
  EXPECT_EQ(folder_.messages(),
            (Messages{"exhibitors.csv:2:9: booth_x: booth \"T-09\" (a) overlaps area \"stage\" of floor.csv"}));
}

TEST_F(FloorPlan, BoothOnTheMapNeedsItsNumber) {
  booths(booth_row("a", "", "0,0,3,3"));
  EXPECT_EQ(folder_.messages(),
            (Messages{"exhibitors.csv:2:4: booth: empty; a booth drawn on the map needs its number"}));
}

TEST_F(FloorPlan, BoothRectanglesNeedAFloorFile) {
  folder_.remove("floor.csv");
  booths(booth_row("a", "T-01", "0,0,3,3"));
  EXPECT_EQ(folder_.messages(), (Messages{"exhibitors.csv:2:9: booth_x: booth rectangles need the floor size: "
                                          "add floor.csv with a row of kind floor"}));
}

TEST_F(FloorPlan, FloorImageMustExistBeAPngAndFitTheGpu) {
  folder_.write("floor.csv", "id,kind,label_ja,label_en,x,y,w,h,image\nhall,floor,,,,,27,15,images/none.png\n");
  EXPECT_EQ(folder_.messages(),
            (Messages{"floor.csv:2:9: image: \"images/none.png\" does not exist in the source folder"}));
  folder_.write("images/floor.png", "GIF89a not a png at all, really");
  folder_.write("floor.csv", "id,kind,label_ja,label_en,x,y,w,h,image\nhall,floor,,,,,27,15,images/floor.png\n");
  EXPECT_EQ(folder_.messages(), (Messages{"floor.csv:2:9: image: \"images/floor.png\" is not a PNG image (the "
                                          "floor image must be a .png file)"}));
  folder_.write("images/floor.png", png_header(4096, 300));
  EXPECT_EQ(folder_.messages(), (Messages{"floor.csv:2:9: image: \"images/floor.png\" is 4096x300 pixels; the "
                                          "kiosk draws images up to 2048x2048"}));
}

TEST_F(FloorPlan, FloorFileNeedsExactlyOneFloorRow) {
  folder_.write("floor.csv", "id,kind,label_ja,label_en,x,y,w,h\nstage,area,ステージ,Stage,0,0,2,2\n");
  EXPECT_EQ(folder_.messages(),
            (Messages{"floor.csv: no row of kind floor; one is required (its w and h give the floor size)"}));
  folder_.write("floor.csv", "id,kind,label_ja,label_en,x,y,w,h\na,floor,,,,,10,10\nb,floor,,,,,5,5\n");
  EXPECT_EQ(folder_.messages(),
            (Messages{"floor.csv:3:2: kind: a second floor row (the first is on line 2); the map has one floor"}));
}

TEST_F(FloorPlan, AreasNeedLabelsAndMustLieOnTheFloor) {
  folder_.write("floor.csv",
                "id,kind,label_ja,label_en,x,y,w,h\nhall,floor,,,,,27,15\ndoor,area,入口,,26,14,2,1\n"
                "hall,area,重複,Twice,0,0,1,1\n");
  EXPECT_EQ(folder_.messages(),
            (Messages{"floor.csv:3:4: label_en: missing English text (label_ja and label_en are both required)",
                      "floor.csv:3:5: x: area \"door\": rectangle x 26-28, y 14-15 is not inside the floor (0-27 "
                      "by 0-15 in floor.csv)",
                      "floor.csv:4:1: id: duplicate id \"hall\" (first on line 2)"}));
}

TEST(FloorPlanJson, RoundTripsFloorAndBoothRectangles) {
  model::Content content;
  content.version = 3;
  content.floor = {{"東北パビリオン", "Tohoku Pavilion"}, 27, 15, "images/floor.png", {{"stage", {"ステージ", "Stage"}, {19, 0, 8, 5}}}};
  model::Exhibitor placed;
  placed.id = "a";
  placed.booth = "T-01";
  placed.booth_rect = model::Rect{4.5, 6, 3, 3};
  model::Exhibitor unplaced;
  unplaced.id = "b";
  content.exhibitors = {placed, unplaced};
  const auto json = content_to_json(content);
  EXPECT_FALSE(json.at("exhibitors").at(1).contains("booth_rect"));
  auto back = content_from_json(nlohmann::json::parse(json.dump()));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->floor, content.floor);
  EXPECT_EQ(back->exhibitors, content.exhibitors);
}

TEST(FloorPlanJson, ContentWithoutFloorReadsAsNoFloorPlan) {
  model::Content content;
  auto json = nlohmann::json::parse(content_to_json(content).dump());
  EXPECT_FALSE(json.contains("floor")) << "no floor plan: written as before floor.csv existed";
  auto back = content_from_json(json);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->floor, model::Floor{});
}

TEST(FloorPlanJson, BadRectangleNamesItsPath) {
  model::Content content;
  model::Exhibitor x;
  x.id = "a";
  x.booth_rect = model::Rect{0, 0, 3, 3};
  content.exhibitors = {x};
  auto json = nlohmann::json::parse(content_to_json(content).dump());
  json["exhibitors"][0]["booth_rect"]["w"] = 0;
  auto back = content_from_json(json);
  ASSERT_FALSE(back);
  EXPECT_EQ(back.error().message,
            "exhibitors[0].booth_rect: not a rectangle on the floor (x and y >= 0, w and h > 0)");
}

TEST_F(FloorPlan, BuiltBundleShipsTheFloorImage) {
  booths(booth_row("a", "T-01", "0,0,3,3"));
  TempDir out;
  auto built = build_bundle(folder_.path(), out.path() / "bundle", {.version = 5, .created = "2026-01-01T00:00:00Z"});
  ASSERT_TRUE(built) << built.error().message;
  auto read = read_bundle(out.path() / "bundle");
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->floor.image, "images/floor.png");
  EXPECT_EQ(read->exhibitors[0].booth_rect, (model::Rect{0, 0, 3, 3}));
  bool shipped = false;
  for (const model::Asset& a : read->assets) shipped = shipped || a.path == "images/floor.png";
  EXPECT_TRUE(shipped);
}

}  // namespace
}  // namespace kiosk::bundle
