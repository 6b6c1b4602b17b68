#include "common/sha256.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace kiosk {
namespace {

constexpr const char* kAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
constexpr const char* kEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

TEST(Sha256, MatchesKnownDigests) {
  EXPECT_EQ(sha256_hex("abc"), kAbc);
  EXPECT_EQ(sha256_hex(""), kEmpty);
}

TEST(Sha256, StreamingInPiecesEqualsOneShot) {
  Sha256 hasher;
  hasher.update("a");
  hasher.update("");
  hasher.update("bc");
  EXPECT_EQ(hasher.finish_hex(), kAbc);
  hasher.update("abc");  // finish resets the hasher
  EXPECT_EQ(hasher.finish_hex(), kAbc);
}

TEST(Sha256, HashesFileAndReportsItsSize) {
  test::TempDir dir;
  const std::string big(200000, 'x');  // larger than one read buffer
  test::write_file(dir.path() / "f", big);
  const auto digest = sha256_file(dir.path() / "f");
  ASSERT_TRUE(digest) << digest.error().message;
  EXPECT_EQ(digest->size, big.size());
  EXPECT_EQ(digest->sha256, sha256_hex(big));
}

TEST(Sha256, StopsReadingOneBytePastTheLimit) {
  test::TempDir dir;
  test::write_file(dir.path() / "f", std::string(1000, 'x'));
  const auto digest = sha256_file(dir.path() / "f", 10);
  ASSERT_TRUE(digest);
  EXPECT_EQ(digest->size, 11u);
}

TEST(Sha256, MissingFileIsAnIoErrorNamingIt) {
  test::TempDir dir;
  const auto digest = sha256_file(dir.path() / "nope");
  ASSERT_FALSE(digest);
  EXPECT_EQ(digest.error().code, ErrorCode::Io);
  EXPECT_EQ(digest.error().message,
            (dir.path() / "nope").string() + ": cannot open: No such file or directory");
}

TEST(Sha256, RecognisesLowercaseHexDigests) {
  EXPECT_TRUE(is_sha256_hex(kAbc));
  EXPECT_FALSE(is_sha256_hex(std::string(kAbc).substr(1)));
  EXPECT_FALSE(is_sha256_hex("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
}

}  // namespace
}  // namespace kiosk
