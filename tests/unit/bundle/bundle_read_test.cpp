// read_bundle: every file is checked against the manifest before anything is trusted.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

#include "bundle/bundle.hpp"
#include "bundle/manifest.hpp"
#include "common/sha256.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

namespace fs = std::filesystem;

// A freshly built bundle in a temporary folder.
class BuiltBundle {
 public:
  BuiltBundle() {
    const auto built = build_bundle(sources_.path(), dir(), {3, "2026-01-01T00:00:00Z"});
    if (!built) throw std::runtime_error(built.error().message);
  }
  fs::path dir() const { return out_.path() / "bundle"; }
  nlohmann::json manifest() const { return nlohmann::json::parse(test::read_file(dir() / "manifest.json")); }
  void write_manifest(const nlohmann::json& doc) const {
    test::write_file(dir() / "manifest.json", doc.dump(2));
  }
  // Replaces content.json and keeps the manifest in step with it, as a forger with no signature check could.
  void write_content(const nlohmann::json& doc) const {
    const std::string bytes = doc.dump();
    test::write_file(dir() / "content.json", bytes);
    nlohmann::json m = manifest();
    m["files"][0]["size"] = bytes.size();
    m["files"][0]["sha256"] = sha256_hex(bytes);
    write_manifest(m);
  }
  std::string error() const { return read_bundle(dir()).error().message; }

 private:
  test::SourceFolder sources_;
  test::TempDir out_;
};

TEST(ReadBundle, AcceptsAnUntouchedBundle) {
  BuiltBundle b;
  const auto content = read_bundle(b.dir());
  ASSERT_TRUE(content) << content.error().message;
  EXPECT_EQ(content->version, 3);
  ASSERT_EQ(content->assets.size(), 2u);
  EXPECT_EQ(content->assets[0].path, "images/sample_1.png");
}

TEST(ReadBundle, RejectsModifiedFileByHash) {
  BuiltBundle b;
  std::string bytes = test::read_file(b.dir() / "images/tsugaru.png");
  bytes[0] = 'X';  // same size, different bytes
  test::write_file(b.dir() / "images/tsugaru.png", bytes);
  const auto read = read_bundle(b.dir());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::Integrity);
  EXPECT_EQ(read.error().message, (b.dir() / "images/tsugaru.png").string() + ": SHA-256 is " +
                                      sha256_hex(bytes) + ", manifest.json says " +
                                      b.manifest()["files"][2]["sha256"].get<std::string>());
}

TEST(ReadBundle, RejectsTruncatedFileBySize) {
  BuiltBundle b;
  test::write_file(b.dir() / "images/sample_1.png", "short");
  EXPECT_EQ(b.error(),
            (b.dir() / "images/sample_1.png").string() + ": size is 5 bytes, manifest.json says 14");
}

TEST(ReadBundle, RejectsFileLongerThanDeclared) {
  BuiltBundle b;
  test::write_file(b.dir() / "images/sample_1.png", std::string(1000, 'x'));
  EXPECT_EQ(b.error(),
            (b.dir() / "images/sample_1.png").string() + ": larger than the 14 bytes manifest.json says");
}

TEST(ReadBundle, RejectsModifiedContentDocument) {
  BuiltBundle b;
  std::string bytes = test::read_file(b.dir() / "content.json");
  bytes.replace(bytes.find("Population"), 10, "Populatio!");
  test::write_file(b.dir() / "content.json", bytes);
  EXPECT_EQ(b.error().rfind((b.dir() / "content.json").string() + ": SHA-256 is ", 0), 0u) << b.error();
}

TEST(ReadBundle, RejectsPathWithDotDot) {
  BuiltBundle b;
  nlohmann::json m = b.manifest();
  m["files"][1]["path"] = "images/../../secret.png";
  b.write_manifest(m);
  const auto read = read_bundle(b.dir());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::Integrity);
  EXPECT_EQ(read.error().message,
            (b.dir() / "manifest.json").string() +
                ": files[1].path: \"images/../../secret.png\" is not a safe relative path (no "
                "leading '/', no '..' or '.' parts, no '\\')");
}

TEST(ReadBundle, RejectsAbsolutePath) {
  BuiltBundle b;
  nlohmann::json m = b.manifest();
  m["files"][2]["path"] = "/etc/passwd";
  b.write_manifest(m);
  EXPECT_EQ(b.error(),
            (b.dir() / "manifest.json").string() +
                ": files[2].path: \"/etc/passwd\" is not a safe relative path (no leading '/', no '..' or "
                "'.' parts, no '\\')");
}

TEST(ReadBundle, SafePathsAreRelativeWithoutDotParts) {
  EXPECT_TRUE(is_safe_bundle_path("content.json"));
  EXPECT_TRUE(is_safe_bundle_path("images/a/b.png"));
  for (const char* path : {"", "/a", "..", "a/..", "../a", "a/./b", "./a", "a//b", "a/", "a\\b", "a\nb"}) {
    EXPECT_FALSE(is_safe_bundle_path(path)) << path;
  }
}

TEST(ReadBundle, RejectsSymlinkedFile) {
  BuiltBundle b;
  fs::remove(b.dir() / "images/tsugaru.png");
  fs::create_symlink(b.dir() / "content.json", b.dir() / "images/tsugaru.png");
  EXPECT_EQ(b.error(), (b.dir() / "images/tsugaru.png").string() +
                           ": is a symbolic link; bundles hold plain files only");
}

TEST(ReadBundle, RejectsMissingListedFile) {
  BuiltBundle b;
  fs::remove(b.dir() / "images/tsugaru.png");
  const auto read = read_bundle(b.dir());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::NotFound);
  EXPECT_EQ(read.error().message,
            (b.dir() / "images/tsugaru.png").string() + ": listed in manifest.json but missing");
}

TEST(ReadBundle, RejectsMissingManifest) {
  BuiltBundle b;
  fs::remove(b.dir() / "manifest.json");
  const auto read = read_bundle(b.dir());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::NotFound);
  EXPECT_EQ(read.error().message, (b.dir() / "manifest.json").string() + ": missing");
}

TEST(ReadBundle, RejectsManifestThatIsNotJson) {
  BuiltBundle b;
  test::write_file(b.dir() / "manifest.json", "{\"format\": 1,");
  const auto read = read_bundle(b.dir());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::Parse);
  EXPECT_EQ(read.error().message.rfind((b.dir() / "manifest.json").string() + ": not valid JSON: ", 0), 0u);
}

TEST(ReadBundle, RejectsManifestWithoutContentDocument) {
  BuiltBundle b;
  nlohmann::json m = b.manifest();
  m["files"].erase(0);
  b.write_manifest(m);
  EXPECT_EQ(b.error(), (b.dir() / "manifest.json").string() + ": content.json is not listed");
}

TEST(ReadBundle, RejectsManifestWithBadHashOrVersion) {
  BuiltBundle b;
  nlohmann::json m = b.manifest();
  m["files"][1]["sha256"] = "abc";
  b.write_manifest(m);
  EXPECT_EQ(b.error(),
            (b.dir() / "manifest.json").string() + ": files[1].sha256: expected 64 lowercase hex digits");
  m = b.manifest();
  m["files"][1]["sha256"] = b.manifest()["files"][2]["sha256"];
  m["version"] = 0;
  b.write_manifest(m);
  EXPECT_EQ(b.error(), (b.dir() / "manifest.json").string() + ": version: must be greater than 0");
}

TEST(ReadBundle, RejectsFileListedTwice) {
  BuiltBundle b;
  nlohmann::json m = b.manifest();
  m["files"].push_back(m["files"][1]);
  b.write_manifest(m);
  EXPECT_EQ(b.error(), (b.dir() / "manifest.json").string() +
                           ": files[3].path: \"images/sample_1.png\" is listed twice");
}

TEST(ReadBundle, RejectsContentVersionDifferentFromManifest) {
  BuiltBundle b;
  nlohmann::json doc = nlohmann::json::parse(test::read_file(b.dir() / "content.json"));
  doc["version"] = 4;
  b.write_content(doc);
  const auto read = read_bundle(b.dir());
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, ErrorCode::Integrity);
  EXPECT_EQ(read.error().message,
            (b.dir() / "content.json").string() + ": version 4 differs from manifest.json version 3");
}

TEST(ReadBundle, RejectsContentReferringToUnlistedImage) {
  BuiltBundle b;
  nlohmann::json doc = nlohmann::json::parse(test::read_file(b.dir() / "content.json"));
  doc["crafts"][1]["image"] = "images/extra.png";
  b.write_content(doc);
  EXPECT_EQ(b.error(), (b.dir() / "content.json").string() +
                           ": crafts[1].image: \"images/extra.png\" is not listed in manifest.json");
}

TEST(ReadBundle, ContentErrorsNameFileAndJsonPath) {
  BuiltBundle b;
  nlohmann::json doc = nlohmann::json::parse(test::read_file(b.dir() / "content.json"));
  doc["slides"][2]["duration_ms"] = "6s";
  b.write_content(doc);
  EXPECT_EQ(b.error(),
            (b.dir() / "content.json").string() + ": slides[2].duration_ms: expected a whole number");
}

}  // namespace
}  // namespace kiosk::bundle
