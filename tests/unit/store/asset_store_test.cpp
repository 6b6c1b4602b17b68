// AssetStore: verified, content-addressed copies and garbage collection.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/sha256.hpp"
#include "store/asset_store.hpp"
#include "store_fixtures.hpp"

namespace kiosk::store {
namespace {

using test::TempDir;

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> files_under(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  if (!std::filesystem::exists(dir)) return names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class AssetStoreTest : public ::testing::Test {
 protected:
  std::filesystem::path source(const std::string& name, const std::string& bytes) {
    auto file = dir_.path() / "bundle" / name;
    test::write_file(file, bytes);
    return file;
  }
  std::filesystem::path assets_root() const { return dir_.path() / "data" / "assets" / "sha256"; }
  TempDir dir_;
  AssetStore store_{dir_.path() / "data"};
};

TEST_F(AssetStoreTest, PutStoresFileUnderItsHash) {
  const std::string bytes = "\x89PNG fake image";
  const std::string hash = sha256_hex(bytes);
  auto ok = store_.put(source("logo.png", bytes), hash, bytes.size());
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(store_.path_of(hash), assets_root() / hash.substr(0, 2) / hash);
  EXPECT_EQ(read_file(store_.path_of(hash)), bytes);
  EXPECT_TRUE(store_.has(hash, bytes.size()));
  EXPECT_FALSE(store_.has(hash, bytes.size() + 1));
  EXPECT_EQ(files_under(assets_root()), std::vector<std::string>{hash});
}

TEST_F(AssetStoreTest, PutOfPresentFileIsANoOp) {
  const std::string bytes = "same bytes";
  const std::string hash = sha256_hex(bytes);
  ASSERT_TRUE(store_.put(source("a.png", bytes), hash, bytes.size()));
  ASSERT_TRUE(store_.put(source("b.png", bytes), hash, bytes.size()));
  EXPECT_EQ(files_under(assets_root()), std::vector<std::string>{hash});
}

TEST_F(AssetStoreTest, WrongHashIsRefusedAndLeavesNoFile) {
  const std::string bytes = "real bytes";
  const std::string claimed = sha256_hex("other bytes");
  const auto file = source("logo.png", bytes);
  auto result = store_.put(file, claimed, bytes.size());
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Integrity);
  EXPECT_EQ(result.error().message,
            file.string() + ": SHA-256 is " + sha256_hex(bytes) + ", expected " + claimed);
  EXPECT_FALSE(store_.has(claimed, bytes.size()));
  EXPECT_TRUE(files_under(assets_root()).empty()) << "no temp file, no final file";
}

TEST_F(AssetStoreTest, ShorterFileIsRefused) {
  const std::string bytes = "short";
  const auto file = source("logo.png", bytes);
  auto result = store_.put(file, sha256_hex(bytes), bytes.size() + 10);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Integrity);
  EXPECT_EQ(result.error().message, file.string() + ": size is 5 bytes, expected 15");
  EXPECT_TRUE(files_under(assets_root()).empty());
}

TEST_F(AssetStoreTest, LongerFileIsRefusedWithoutReadingItAll) {
  const std::string bytes(size_t{200} * 1024, 'x');
  const auto file = source("big.bin", bytes);
  auto result = store_.put(file, sha256_hex(bytes.substr(0, 100)), 100);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Integrity);
  EXPECT_EQ(result.error().message, file.string() + ": larger than the expected 100 bytes");
  EXPECT_TRUE(files_under(assets_root()).empty());
}

TEST_F(AssetStoreTest, MalformedHashIsRefusedBeforeItBecomesAPath) {
  const auto file = source("x.png", "x");
  auto result = store_.put(file, "../../etc/passwd", 1);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Validation);
  EXPECT_EQ(result.error().message,
            file.string() + ": \"../../etc/passwd\" is not a SHA-256 (64 lowercase hex digits)");
  EXPECT_FALSE(store_.has(std::string(64, 'A'), 1)) << "uppercase is not our naming";
  EXPECT_FALSE(std::filesystem::exists(assets_root()));
}

TEST_F(AssetStoreTest, MissingSourceNamesTheFile) {
  const auto file = dir_.path() / "bundle" / "missing.png";
  auto result = store_.put(file, std::string(64, 'a'), 1);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Io);
  EXPECT_EQ(result.error().message.rfind(file.string() + ": cannot open: ", 0), 0u) << result.error().message;
  EXPECT_TRUE(files_under(assets_root()).empty());
}

// A staged download is handed over by hard link: the store's file is the same inode, so no byte is
// written twice; a plain put makes a copy of its own.
TEST_F(AssetStoreTest, LinkIntakeStoresTheSameFileWithoutACopy) {
  const std::string bytes(size_t{300} * 1024, 'k');
  const std::string hash = sha256_hex(bytes);
  const auto staged = source("staged.png", bytes);
  auto ok = store_.put(staged, hash, bytes.size(), AssetStore::Intake::Link);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_TRUE(std::filesystem::equivalent(staged, store_.path_of(hash)));
  EXPECT_EQ(std::filesystem::hard_link_count(staged), 2u);
  EXPECT_EQ(read_file(store_.path_of(hash)), bytes);
  EXPECT_EQ(files_under(assets_root()), std::vector<std::string>{hash}) << "no temp name left";

  const std::string other = "copied bytes";
  const auto folder_file = source("folder.png", other);
  ASSERT_TRUE(store_.put(folder_file, sha256_hex(other), other.size()));
  EXPECT_FALSE(std::filesystem::equivalent(folder_file, store_.path_of(sha256_hex(other))));
  EXPECT_EQ(std::filesystem::hard_link_count(folder_file), 1u);
}

TEST_F(AssetStoreTest, LinkIntakeOfAWrongFileIsRefusedAndLeavesNoLink) {
  const std::string bytes = "tampered staged bytes";
  const std::string claimed = sha256_hex("what the manifest signed");
  const auto staged = source("staged.png", bytes);
  auto result = store_.put(staged, claimed, bytes.size(), AssetStore::Intake::Link);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Integrity);
  EXPECT_EQ(result.error().message, staged.string() + ": SHA-256 is " + sha256_hex(bytes) + ", expected " + claimed);
  EXPECT_TRUE(files_under(assets_root()).empty()) << "the temporary link is removed";
  EXPECT_EQ(std::filesystem::hard_link_count(staged), 1u);
  EXPECT_EQ(read_file(staged), bytes) << "the caller's file is untouched";
}

TEST_F(AssetStoreTest, LinkIntakeOfAMissingFileNamesIt) {
  const auto file = dir_.path() / "bundle" / "gone.png";
  auto result = store_.put(file, std::string(64, 'b'), 1, AssetStore::Intake::Link);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::Io);
  EXPECT_EQ(result.error().message.rfind(file.string() + ": cannot link into the asset store: ", 0), 0u)
      << result.error().message;
  EXPECT_TRUE(files_under(assets_root()).empty());
}

TEST_F(AssetStoreTest, RemoveUnreferencedKeepsOnlyTheGivenHashes) {
  const std::string a = "asset a", b = "asset b", c = "asset c";
  for (const auto& bytes : {a, b, c})
    ASSERT_TRUE(store_.put(source(bytes, bytes), sha256_hex(bytes), bytes.size()));
  // A temp file a power cut left behind during an earlier put.
  test::write_file(assets_root() / "ab" / (std::string(64, 'a') + ".tmp-Xy12Zq"), "partial");
  test::write_file(assets_root() / "README", "not ours: left alone");

  auto removed = store_.remove_unreferenced({sha256_hex(b)});
  ASSERT_TRUE(removed) << removed.error().message;
  EXPECT_EQ(*removed, 3);
  EXPECT_FALSE(store_.has(sha256_hex(a), a.size()));
  EXPECT_TRUE(store_.has(sha256_hex(b), b.size()));
  EXPECT_FALSE(store_.has(sha256_hex(c), c.size()));
  std::vector<std::string> left{"README", sha256_hex(b)};
  std::sort(left.begin(), left.end());
  EXPECT_EQ(files_under(assets_root()), left);
}

TEST_F(AssetStoreTest, RemoveUnreferencedOnEmptyStoreRemovesNothing) {
  auto removed = store_.remove_unreferenced({});
  ASSERT_TRUE(removed) << removed.error().message;
  EXPECT_EQ(*removed, 0);
}

}  // namespace
}  // namespace kiosk::store
