#include "common/durable_file.hpp"

#include <gtest/gtest.h>

#include "common/file_read.hpp"
#include "test_support.hpp"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

std::size_t entries_in(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++n;
  return n;
}

TEST(DurableFile, WritesBytesAndLeavesNoTemporaryFile) {
  test::TempDir dir;
  ASSERT_TRUE(write_file_durably(dir.path() / "a.json", "{\"x\":1}\n"));
  EXPECT_EQ(test::read_file(dir.path() / "a.json"), "{\"x\":1}\n");
  EXPECT_EQ(entries_in(dir.path()), 1u);
}

TEST(DurableFile, ReplacesAnExistingFileWhole) {
  test::TempDir dir;
  test::write_file(dir.path() / "a", "old content that is longer");
  ASSERT_TRUE(write_file_durably(dir.path() / "a", "new"));
  EXPECT_EQ(test::read_file(dir.path() / "a"), "new");
}

TEST(DurableFile, FailsInAMissingFolderWithItsName) {
  test::TempDir dir;
  const auto written = write_file_durably(dir.path() / "no" / "a", "x");
  ASSERT_FALSE(written);
  EXPECT_EQ(written.error().code, ErrorCode::Io);
  EXPECT_EQ(written.error().message, (dir.path() / "no" / "a").string() +
                                         ": cannot create a temporary file: No such file or directory");
}

TEST(DurableFile, CopiesLargeFilesExactly) {
  test::TempDir dir;
  std::string bytes(300000, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i * 7);
  test::write_file(dir.path() / "src", bytes);
  ASSERT_TRUE(copy_file_durably(dir.path() / "src", dir.path() / "dst"));
  EXPECT_EQ(test::read_file(dir.path() / "dst"), bytes);
  EXPECT_EQ(entries_in(dir.path()), 2u);
}

TEST(DurableFile, FailedCopyLeavesNoTarget) {
  test::TempDir dir;
  EXPECT_FALSE(copy_file_durably(dir.path() / "missing", dir.path() / "dst"));
  EXPECT_EQ(entries_in(dir.path()), 0u);
}

TEST(FileRead, RefusesFilesLargerThanTheLimit) {
  test::TempDir dir;
  test::write_file(dir.path() / "f", "12345");
  EXPECT_EQ(*read_file_limited(dir.path() / "f", 5), "12345");
  const auto refused = read_file_limited(dir.path() / "f", 4);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Integrity);
  EXPECT_EQ(refused.error().message, (dir.path() / "f").string() + ": larger than the limit of 4 bytes");
  EXPECT_EQ(read_file_limited(dir.path() / "none", 4).error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace kiosk
