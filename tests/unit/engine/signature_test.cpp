// Key files and detached signatures: what keygen writes, and that only the right key verifies.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "bundle/signature.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

TEST(Signature, KeygenWritesSecretKeyMode0600AndPublicKey) {
  test::TempDir dir;
  auto key = generate_key_files(dir.path() / "staff");
  ASSERT_TRUE(key) << key.error().message;
  struct stat info {};
  ASSERT_EQ(::stat((dir.path() / "staff.key").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  auto pub = read_public_key(dir.path() / "staff.pub");
  ASSERT_TRUE(pub);
  EXPECT_EQ(pub->hex(), key->hex());
  auto secret = read_secret_key(dir.path() / "staff.key");
  ASSERT_TRUE(secret);
  EXPECT_EQ(secret->public_key().hex(), key->hex());
}

TEST(Signature, KeygenNeverReplacesAKey) {
  test::TempDir dir;
  ASSERT_TRUE(generate_key_files(dir.path() / "staff"));
  auto again = generate_key_files(dir.path() / "staff");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().message, (dir.path() / "staff.pub").string() + ": exists; keygen never replaces a key");
}

TEST(Signature, VerifiesWithTheRightKeyOnly) {
  test::TempDir dir;
  auto good = generate_key_files(dir.path() / "good");
  auto other = generate_key_files(dir.path() / "other");
  auto secret = read_secret_key(dir.path() / "good.key");
  ASSERT_TRUE(good && other && secret);
  const std::string sig = sign_detached("manifest", *secret);
  EXPECT_TRUE(verify_detached("manifest", sig, {*other, *good}, "m.sig"));
  auto wrong = verify_detached("manifest", sig, {*other}, "m.sig");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::Signature);
  EXPECT_EQ(wrong.error().message,
            "m.sig: signature does not match manifest.json for any trusted key (" + other->fingerprint() + ")");
  auto tampered = verify_detached("manifest!", sig, {*good}, "m.sig");
  ASSERT_FALSE(tampered);
  EXPECT_EQ(tampered.error().code, ErrorCode::Signature);
}

TEST(Signature, RefusesMalformedSignatureAndKeyText) {
  test::TempDir dir;
  auto good = generate_key_files(dir.path() / "good");
  ASSERT_TRUE(good);
  auto bad = verify_detached("m", "zz", {*good}, "m.sig");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "m.sig: not an Ed25519 signature (128 hex digits)");
  auto key = parse_public_key("abcd", "kiosk.toml: keys[0]");
  ASSERT_FALSE(key);
  EXPECT_EQ(key.error().message, "kiosk.toml: keys[0]: not an Ed25519 public key (64 hex digits)");
}

}  // namespace
}  // namespace kiosk::bundle
