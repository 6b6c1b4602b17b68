// The remote screenshot end to end: the real kiosk (offscreen, 960x540) with a heartbeat to nginx on
// 127.0.0.1 PUTs <kiosk_id>.png next to <kiosk_id>.json; the PNG decodes at the configured width and
// the status JSON names it. SIGTERM still ends the kiosk promptly with a thumbnail pipeline running.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <signal.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <stb_image.h>

#include "firmware/kiosk_process.hpp"
#include "nginx_server.hpp"

namespace kiosk::itest {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(KioskThumbnail, HeartbeatCarriesAThumbnailOfTheScreenAtTheConfiguredWidth) {
  NginxServer server;
  firmware::test::ScratchDir dir;
  fs::create_directories(dir.path() / "no-bundle");
  const fs::path credentials = dir.path() / "heartbeat.cred";
  std::ofstream(credentials) << "staff:booth-secret\n";
  const fs::path config = dir.path() / "kiosk.toml";
  std::ofstream(config) << "kiosk_id = \"hall-a\"\n"
                        << "data_dir = \"" << (dir.path() / "data").string() << "\"\n"
                        << "[sync]\nsources = [\"" << (dir.path() / "no-bundle").string() << "\"]\n"
                        << "public_keys = [\"" << std::string(64, 'a') << "\"]\npoll_interval_s = 5\n"
                        << "[heartbeat]\nurl = \"" << server.url("status/") << "\"\n"
                        << "credentials_file = \"" << credentials.string() << "\"\nthumbnail_width = 240\n"
                        << "[display]\nwidth = 960\nheight = 540\nfullscreen = false\n";
  firmware::test::KioskProcess kiosk(dir.path(), {"--config", config.string()}, {});
  const fs::path png = server.www() / "status" / "hall-a.png";
  const fs::path status = server.www() / "status" / "hall-a.json";
  for (int i = 0; i < 600 && !(fs::exists(png) && fs::exists(status)); ++i) std::this_thread::sleep_for(100ms);
  ASSERT_TRUE(fs::exists(png)) << kiosk.log();
  ASSERT_TRUE(fs::exists(status)) << kiosk.log();
  const std::string bytes = read_all(png);
  int w = 0, h = 0, channels = 0;
  unsigned char* pixels = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                                                static_cast<int>(bytes.size()), &w, &h, &channels, 3);
  ASSERT_NE(pixels, nullptr) << stbi_failure_reason();
  EXPECT_EQ(w, 240);
  EXPECT_EQ(h, 135);
  int lit = 0;  // the attract loop is on screen, not a black frame
  for (int i = 0; i < w * h * 3; ++i) lit += pixels[i] > 40;
  EXPECT_GT(lit, w * h / 4);
  stbi_image_free(pixels);
  for (int i = 0; i < 100; ++i) {  // the status naming it may be the next heartbeat's
    if (read_all(status).find("\"thumbnail\"") != std::string::npos) break;
    std::this_thread::sleep_for(100ms);
  }
  const auto beat = nlohmann::json::parse(read_all(status));
  EXPECT_EQ(beat.value("thumbnail", ""), "hall-a.png") << beat.dump();
  EXPECT_TRUE(beat.contains("usage")) << beat.dump();
  kiosk.signal(SIGTERM);
  const auto exited = kiosk.wait_exit(5s);
  ASSERT_TRUE(exited) << kiosk.log();
  EXPECT_EQ(*exited, 0) << kiosk.log();
}

}  // namespace
}  // namespace kiosk::itest
