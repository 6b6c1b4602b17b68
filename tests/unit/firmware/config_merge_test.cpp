// The command line over the config file, and which config file is read.
#include <gtest/gtest.h>

#include "config_merge.hpp"

namespace kiosk::firmware {
namespace {

Options parsed(std::vector<const char*> args) { return parse_options(args).value(); }

TEST(ConfigMerge, ConfigFillsWhatTheCommandLineLeftOpen) {
  KioskConfig config;
  config.data_dir = "/srv/kiosk";
  config.display.width = 1080;
  config.display.height = 1920;
  config.language = ui::Language::En;
  config.display.render_driver = "opengles2";
  config.idle_timeout_s = 45;
  config.display.rotation = 270;
  auto options = apply_config(parsed({}), config, true);
  ASSERT_TRUE(options) << options.error().message;
  EXPECT_EQ(options->data_dir, "/srv/kiosk");
  EXPECT_EQ(options->width, 1080);
  EXPECT_EQ(options->height, 1920);
  EXPECT_EQ(options->language, ui::Language::En);
  EXPECT_TRUE(options->fullscreen);
  EXPECT_EQ(options->render_driver, "opengles2");
  EXPECT_EQ(options->idle_timeout_s, 45);
  EXPECT_EQ(options->rotation, 270);
}

TEST(ConfigMerge, CommandLineWins) {
  KioskConfig config;
  config.display.width = 1080;
  config.display.height = 1920;
  config.language = ui::Language::En;
  config.display.rotation = 90;
  auto options = apply_config(
      parsed({"--data-dir", "/tmp/d", "--size", "640x360", "--lang", "ja", "--window", "--rotate", "0"}), config, true);
  ASSERT_TRUE(options);
  EXPECT_EQ(options->data_dir, "/tmp/d");
  EXPECT_EQ(options->width, 640);
  EXPECT_EQ(options->language, ui::Language::Ja);
  EXPECT_FALSE(options->fullscreen);
  EXPECT_EQ(options->rotation, 0);  // the panel's config says 90; a desktop run asks for none
}

TEST(ConfigMerge, WithoutAConfigFileDataDirIsRequiredAndItIsAWindow) {
  auto missing = apply_config(parsed({}), KioskConfig{}, false);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, "--data-dir DIR is required: the folder holding the kiosk's content database");
  auto desktop = apply_config(parsed({"--data-dir", "d"}), KioskConfig{}, false);
  ASSERT_TRUE(desktop);
  EXPECT_FALSE(desktop->fullscreen);
}

TEST(ConfigMerge, ScreenshotIgnoresTheConfigsFullscreen) {
  auto options = apply_config(parsed({"--screenshot", "o.png"}), KioskConfig{}, true);
  ASSERT_TRUE(options);
  EXPECT_FALSE(options->fullscreen);
}

TEST(ConfigMerge, ChoosesGivenThenDefaultThenNone) {
  EXPECT_EQ(choose_config_file(parsed({"--config", "/x.toml"}), "/etc/hosts"), std::filesystem::path("/x.toml"));
  EXPECT_EQ(choose_config_file(parsed({}), "/etc/hosts"), std::filesystem::path("/etc/hosts"));
  EXPECT_EQ(choose_config_file(parsed({}), "/nonexistent/kiosk.toml"), std::nullopt);
}

TEST(ConfigMerge, WindowAndFullscreenExcludeEachOther) {
  auto options = parse_options(std::vector<const char*>{"--window", "--fullscreen"});
  ASSERT_FALSE(options);
  EXPECT_EQ(options.error().message, "--fullscreen and --window exclude each other");
}

}  // namespace
}  // namespace kiosk::firmware
