// The config file: every key read, every refusal's exact message, and the printed default config
// equal to the built-in defaults and to the file the .deb installs.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "config.hpp"

namespace kiosk::firmware {
namespace {

Result<KioskConfig> parse(const std::string& text) { return parse_config(text, "kiosk.toml"); }

std::string refusal(const std::string& text) {
  auto config = parse(text);
  if (config) return "(accepted)";
  return config.error().message;
}

TEST(Config, PrintedDefaultConfigParsesToTheDefaults) {
  auto config = parse(default_config_text());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(*config, KioskConfig{});
}

TEST(Config, EmptyFileMeansEveryDefault) {
  auto config = parse("");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(*config, KioskConfig{});
  EXPECT_EQ(config->data_dir, "/var/lib/kiosk");
  EXPECT_EQ(config->sync.poll_interval_s, 60);
  EXPECT_TRUE(config->display.fullscreen);
  EXPECT_EQ(config->hours.utc_offset_minutes, 9 * 60);
}

TEST(Config, InstalledConfigIsThePrintedDefault) {
  std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/firmware/deploy/kiosk.toml");
  ASSERT_TRUE(in) << "firmware/deploy/kiosk.toml is missing";
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), default_config_text())
      << "regenerate with: kiosk --print-default-config > firmware/deploy/kiosk.toml";
}

TEST(Config, ReadsEveryKey) {
  const std::string key(64, 'a');
  auto config = parse(R"(
kiosk_id = "pavilion-01"
data_dir = "/srv/kiosk"
language = "en"
log_level = "debug"
idle_timeout_s = 120
[sync]
sources = ["https://content.example/tohoku/", "/media/usb/bundle"]
public_keys = [")" + key + R"("]
poll_interval_s = 15
ca_file = "/etc/kiosk/ca.pem"
[heartbeat]
url = "https://content.example/status/"
credentials_file = "/etc/kiosk/heartbeat.cred"
[display]
width = 1080
height = 1920
rotation = 270
fullscreen = false
video_driver = "kmsdrm"
render_driver = "opengles2"
[staff]
pin_hash = "$argon2id$v=19$m=65536,t=2,p=1$abc$def"
[hours]
utc_offset = "+08:30"
monday = "closed"
tuesday = "09:30-18:00"
wednesday = "10:00-12:00, 13:00-17:00"
thursday = "18:00-02:00"
friday = "00:00-24:00"
saturday = "always"
sunday = "closed"
)");
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->kiosk_id, "pavilion-01");
  EXPECT_EQ(config->data_dir, "/srv/kiosk");
  EXPECT_EQ(config->language, ui::Language::En);
  EXPECT_EQ(config->log_level, ui::LogLevel::Debug);
  EXPECT_EQ(config->idle_timeout_s, 120);
  EXPECT_EQ(config->sync.sources, (std::vector<std::string>{"https://content.example/tohoku/", "/media/usb/bundle"}));
  EXPECT_EQ(config->sync.public_keys, std::vector<std::string>{key});
  EXPECT_EQ(config->sync.poll_interval_s, 15);
  EXPECT_EQ(config->sync.ca_file, "/etc/kiosk/ca.pem");
  EXPECT_EQ(config->heartbeat.url, "https://content.example/status/");
  EXPECT_EQ(config->heartbeat.credentials_file, "/etc/kiosk/heartbeat.cred");
  EXPECT_EQ(config->display.width, 1080);
  EXPECT_EQ(config->display.height, 1920);
  EXPECT_EQ(config->display.rotation, 270);
  EXPECT_FALSE(config->display.fullscreen);
  EXPECT_EQ(config->display.video_driver, "kmsdrm");
  EXPECT_EQ(config->display.render_driver, "opengles2");
  EXPECT_EQ(config->staff_pin_hash, "$argon2id$v=19$m=65536,t=2,p=1$abc$def");
  EXPECT_EQ(config->hours.utc_offset_minutes, 8 * 60 + 30);
  const auto& days = config->hours.days;
  EXPECT_TRUE(days[0].spans.empty());
  EXPECT_EQ(days[1].spans, (std::vector<OpeningSpan>{{570, 1080}}));
  EXPECT_EQ(days[2].spans, (std::vector<OpeningSpan>{{600, 720}, {780, 1020}}));
  EXPECT_EQ(days[3].spans, (std::vector<OpeningSpan>{{1080, 120}}));
  EXPECT_EQ(days[4].spans, (std::vector<OpeningSpan>{{0, 1440}}));
  EXPECT_EQ(days[5].spans, (std::vector<OpeningSpan>{{0, 1440}}));
  EXPECT_TRUE(days[6].spans.empty());
}

TEST(Config, RefusesEachBadValueNamingLineKeyAndWhatIsAllowed) {
  const struct {
    std::string text;
    std::string message;
  } cases[] = {
      {"kiosk_id = \"booth 1\"",
       "kiosk.toml:1: kiosk_id: \"booth 1\" is not allowed; allowed: \"\" or up to 64 letters, digits, '-', '_' or '.'"},
      {"data_dir = \"var/lib\"", "kiosk.toml:1: data_dir: \"var/lib\" is not allowed; allowed: an absolute path"},
      {"data_dir = 3", "kiosk.toml:1: data_dir: is an integer; allowed: an absolute path"},
      {"language = \"fr\"", "kiosk.toml:1: language: \"fr\" is not a language; allowed: \"ja\" or \"en\""},
      {"log_level = \"loud\"",
       "kiosk.toml:1: log_level: \"loud\" is not a log level; allowed: \"debug\", \"info\", \"warning\" or \"error\""},
      {"idle_timeout_s = 5", "kiosk.toml:1: idle_timeout_s: 5 is out of range; allowed: 10 to 3600 (seconds)"},
      {"idle_timeout_s = 1.5", "kiosk.toml:1: idle_timeout_s: is a floating-point number; allowed: 10 to 3600 (seconds)"},
      {"[sync]\nsources = \"https://a/\"",
       "kiosk.toml:2: sync.sources: is a string, not an array; allowed: an array of up to 16 https://, http:// or "
       "file:// URLs or absolute directories"},
      {"[sync]\nsources = [\"ftp://a/\"]",
       "kiosk.toml:2: sync.sources: entry 1 \"ftp://a/\" is not allowed; allowed: an array of up to 16 https://, "
       "http:// or file:// URLs or absolute directories"},
      {"[sync]\npublic_keys = [\"abc\"]",
       "kiosk.toml:2: sync.public_keys: entry 1 \"abc\" is not allowed; allowed: an array of up to 16 keys of 64 hex "
       "digits each"},
      {"[sync]\npublic_keys = [1]",
       "kiosk.toml:2: sync.public_keys: entry 1 is an integer; allowed: an array of up to 16 keys of 64 hex digits each"},
      {"[sync]\npoll_interval_s = 1",
       "kiosk.toml:2: sync.poll_interval_s: 1 is out of range; allowed: 5 to 86400 (seconds)"},
      {"[sync]\npoll_interval_s = 86401",
       "kiosk.toml:2: sync.poll_interval_s: 86401 is out of range; allowed: 5 to 86400 (seconds)"},
      {"[sync]\nca_file = \"ca.pem\"",
       "kiosk.toml:2: sync.ca_file: \"ca.pem\" is not allowed; allowed: \"\" or an absolute path"},
      {"[sync]\nsources = [\"https://a/\"]",
       "kiosk.toml:2: sync.sources: there are sources but no sync.public_keys to check their signatures; allowed: "
       "sources together with at least one public key"},
      {"[heartbeat]\nurl = \"file:///tmp\"",
       "kiosk.toml:2: heartbeat.url: \"file:///tmp\" is not allowed; allowed: \"\" or an https:// or http:// URL"},
      {"[heartbeat]\ncredentials_file = \"cred\"",
       "kiosk.toml:2: heartbeat.credentials_file: \"cred\" is not allowed; allowed: \"\" or an absolute path"},
      {"[display]\nwidth = 32\nheight = 32",
       "kiosk.toml:2: display.width: 32 is out of range; allowed: 0 (the screen's size) or 64 to 8192 (pixels)\n"
       "kiosk.toml:3: display.height: 32 is out of range; allowed: 0 (the screen's size) or 64 to 8192 (pixels)"},
      {"[display]\nwidth = 1080",
       "kiosk.toml:2: display.width: is set but display.height is 0; allowed: both 0 (the screen's size) or both 64 "
       "to 8192 (pixels)"},
      {"[display]\nrotation = 45", "kiosk.toml:2: display.rotation: 45 is not a quarter turn; allowed: 0, 90, 180 or 270"},
      {"[display]\nrotation = 360", "kiosk.toml:2: display.rotation: 360 is out of range; allowed: 0, 90, 180 or 270"},
      {"[display]\nfullscreen = \"yes\"", "kiosk.toml:2: display.fullscreen: is a string; allowed: true or false"},
      {"[display]\nvideo_driver = \"directfb\"",
       "kiosk.toml:2: display.video_driver: \"directfb\" is not allowed; allowed: \"\", \"kmsdrm\", \"x11\", "
       "\"wayland\" or \"offscreen\""},
      {"[display]\nrender_driver = \"vulkan\"",
       "kiosk.toml:2: display.render_driver: \"vulkan\" is not allowed; allowed: \"software\", \"opengles2\" or "
       "\"opengl\""},
      {"[staff]\npin_hash = \"1234\"",
       "kiosk.toml:2: staff.pin_hash: \"1234\" is not allowed; allowed: \"\" or a line printed by kiosk --hash-pin "
       "($argon2id$...)"},
      {"[hours]\nutc_offset = \"JST\"",
       "kiosk.toml:2: hours.utc_offset: \"JST\" is not a UTC offset; allowed: an offset from \"-12:00\" to \"+14:00\", "
       "like \"+09:00\""},
      {"[hours]\nutc_offset = \"+15:00\"",
       "kiosk.toml:2: hours.utc_offset: \"+15:00\" is not a UTC offset; allowed: an offset from \"-12:00\" to "
       "\"+14:00\", like \"+09:00\""},
      {"[hours]\nmonday = \"9-18\"",
       "kiosk.toml:2: hours.monday: \"9-18\": \"9\" is not a time 00:00-23:59; allowed: \"always\", \"closed\" or "
       "spans like \"09:30-18:00\" or \"10:00-12:00, 13:00-17:00\" (an end before the start runs past midnight)"},
      {"[hours]\nsunday = \"10:00\"",
       "kiosk.toml:2: hours.sunday: \"10:00\" is not a span HH:MM-HH:MM; allowed: \"always\", \"closed\" or spans "
       "like \"09:30-18:00\" or \"10:00-12:00, 13:00-17:00\" (an end before the start runs past midnight)"},
      {"[hours]\nfriday = \"10:00-10:00\"",
       "kiosk.toml:2: hours.friday: \"10:00-10:00\" is empty (it starts where it ends); allowed: \"always\", "
       "\"closed\" or spans like \"09:30-18:00\" or \"10:00-12:00, 13:00-17:00\" (an end before the start runs past "
       "midnight)"},
      {"[hours]\nsaturday = \"24:00-02:00\"",
       "kiosk.toml:2: hours.saturday: \"24:00-02:00\": a span cannot start at 24:00; allowed: \"always\", \"closed\" "
       "or spans like \"09:30-18:00\" or \"10:00-12:00, 13:00-17:00\" (an end before the start runs past midnight)"},
  };
  for (const auto& c : cases) EXPECT_EQ(refusal(c.text), c.message) << c.text;
}

TEST(Config, ObservabilityKeysHaveDefaultsAndRefuseValuesOutOfRange) {
  auto defaults = parse("");
  ASSERT_TRUE(defaults);
  EXPECT_EQ(defaults->heartbeat.thumbnail_every, 1);
  EXPECT_EQ(defaults->heartbeat.thumbnail_width, 480);
  EXPECT_TRUE(defaults->stats.enabled);
  EXPECT_EQ(defaults->stats.max_hours, 2160);
  auto set = parse("[heartbeat]\nthumbnail_every = 0\nthumbnail_width = 320\n[stats]\nenabled = false\nmax_hours = 48");
  ASSERT_TRUE(set) << set.error().message;
  EXPECT_EQ(set->heartbeat.thumbnail_every, 0);
  EXPECT_EQ(set->heartbeat.thumbnail_width, 320);
  EXPECT_FALSE(set->stats.enabled);
  EXPECT_EQ(set->stats.max_hours, 48);
  EXPECT_EQ(refusal("[heartbeat]\nthumbnail_every = 1001"),
            "kiosk.toml:2: heartbeat.thumbnail_every: 1001 is out of range; allowed: 0 to 1000 (heartbeats)");
  EXPECT_EQ(refusal("[heartbeat]\nthumbnail_width = 100"),
            "kiosk.toml:2: heartbeat.thumbnail_width: 100 is out of range; allowed: 160 to 1920 (pixels)");
  EXPECT_EQ(refusal("[stats]\nenabled = \"yes\""),
            "kiosk.toml:2: stats.enabled: is a string; allowed: true or false");
  EXPECT_EQ(refusal("\n[stats]\nmax_hours = 23"),
            "kiosk.toml:3: stats.max_hours: 23 is out of range; allowed: 24 to 87600 (hours)");
}

TEST(Config, RefusesUnknownKeysListingTheKnownOnes) {
  EXPECT_EQ(refusal("\n\ndispaly = 1"),
            "kiosk.toml:3: dispaly: unknown key; allowed: kiosk_id, data_dir, language, log_level, idle_timeout_s, "
            "[sync], [heartbeat], [stats], [display], [staff], [hours]");
  EXPECT_EQ(refusal("[display]\nrotaton = 90"),
            "kiosk.toml:2: display.rotaton: unknown key; allowed: width, height, rotation, fullscreen, video_driver, "
            "render_driver");
  EXPECT_EQ(refusal("[hours]\nmon = \"closed\""),
            "kiosk.toml:2: hours.mon: unknown key; allowed: utc_offset, monday, tuesday, wednesday, thursday, friday, "
            "saturday, sunday");
  EXPECT_EQ(refusal("display = 3"), "kiosk.toml:1: display: is not a table; allowed: a table [display]");
}

TEST(Config, ReportsEveryProblemAtOnce) {
  EXPECT_EQ(refusal("language = \"fr\"\n[sync]\npoll_interval_s = 0"),
            "kiosk.toml:1: language: \"fr\" is not a language; allowed: \"ja\" or \"en\"\n"
            "kiosk.toml:3: sync.poll_interval_s: 0 is out of range; allowed: 5 to 86400 (seconds)");
}

TEST(Config, RefusesTomlSyntaxErrorsWithLineAndColumn) {
  auto config = parse("language = \"ja\"\nlog_level = info\n");  // unquoted: toml++ tries a number
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().code, ErrorCode::Parse);
  EXPECT_EQ(config.error().message,
            "kiosk.toml:2:16: not valid TOML: Error while parsing floating-point: expected value-terminator, saw 'o'");
}

// Found by tests/fuzz (config target): toml++ and quoted values can carry a line break into a message,
// which would split one problem over two lines of --check-config and the journal.
TEST(Config, ProblemsStayOnOneLineWhenTheFileHasLineBreaksWhereTheyAreQuoted) {
  auto config = parse("fullscreen = f\n");
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().message,
            "kiosk.toml:1:15: not valid TOML: Error while parsing boolean: expected 'false', saw 'f\\n'");
  EXPECT_EQ(refusal("language = \"x\\ny\\u0001\"\n"),
            "kiosk.toml:1: language: \"x\\ny\\x01\" is not a language; allowed: \"ja\" or \"en\"");
}

TEST(Config, MissingFileSaysHowToStart) {
  auto config = load_config("/nonexistent/kiosk.toml");
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().code, ErrorCode::NotFound);
  EXPECT_EQ(config.error().message,
            "/nonexistent/kiosk.toml: no such config file; kiosk --print-default-config prints one to start from");
}

}  // namespace
}  // namespace kiosk::firmware
