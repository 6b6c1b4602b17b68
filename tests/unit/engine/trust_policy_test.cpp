// The refusal policy on manifest bytes: each rule with its message.
#include <gtest/gtest.h>

#include "bundle/trust_policy.hpp"
#include "common/sha256.hpp"
#include "common/timestamp.hpp"
#include "test_support.hpp"

namespace kiosk::bundle {
namespace {

constexpr int64_t kNow = 1767225600;  // 2026-01-01T00:00:00Z

class TrustPolicyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto key = generate_key_files(dir_.path() / "staff");
    ASSERT_TRUE(key);
    key_ = *key;
    auto secret = read_secret_key(dir_.path() / "staff.key");
    ASSERT_TRUE(secret);
    secret_ = std::move(*secret);
    policy_.keys = {key_};
    policy_.now_utc = kNow;
    policy_.applied_version = 5;
  }
  // A manifest document with one content.json entry, edited by `edit`.
  std::string manifest(const std::function<void(nlohmann::ordered_json&)>& edit = {}) {
    nlohmann::ordered_json doc = {{"format", 1},
                                  {"version", 7},
                                  {"created", "2025-12-31T00:00:00Z"},
                                  {"expires", "2026-01-31T00:00:00Z"},
                                  {"files", {{{"path", "content.json"}, {"size", 10}, {"sha256", sha256_hex("x")}}}}};
    if (edit) edit(doc);
    return doc.dump(2) + "\n";
  }
  Result<Manifest> verify(const std::string& bytes) {
    return verify_manifest(bytes, sign_detached(bytes, secret_), policy_, "http://h/manifest.json");
  }

  test::TempDir dir_;
  PublicKey key_;
  SecretKey secret_;
  TrustPolicy policy_;
};

TEST_F(TrustPolicyTest, AcceptsSignedCurrentNewerManifest) {
  auto m = verify(manifest());
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_EQ(m->version, 7);
  EXPECT_EQ(m->expires, "2026-01-31T00:00:00Z");
}

TEST_F(TrustPolicyTest, RefusesTamperedManifest) {
  const std::string bytes = manifest();
  std::string tampered = bytes;
  tampered.replace(tampered.find("\"version\": 7"), 12, "\"version\": 9");
  auto m = verify_manifest(tampered, sign_detached(bytes, secret_), policy_, "http://h/manifest.json");
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::Signature);
  EXPECT_EQ(m.error().message, "http://h/manifest.json.sig: signature does not match manifest.json for any "
                               "trusted key (" + key_.fingerprint() + ")");
}

TEST_F(TrustPolicyTest, RefusesManifestOlderThanApplied) {
  auto m = verify(manifest([](auto& d) { d["version"] = 4; }));
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::Rollback);
  EXPECT_EQ(m.error().message,
            "http://h/manifest.json: version 4 is older than the applied version 5 (rollback refused)");
}

TEST_F(TrustPolicyTest, RefusesExpiredManifest) {
  auto m = verify(manifest([](auto& d) { d["expires"] = "2025-12-31T12:00:00Z"; }));
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::Expired);
  EXPECT_EQ(m.error().message, "http://h/manifest.json: expired at 2025-12-31T12:00:00Z (now "
                               "2026-01-01T00:00:00Z); the source may be frozen");
}

TEST_F(TrustPolicyTest, RefusesManifestExpiredAtTrustedTimeWhenTheClockIsBehindIt) {
  policy_.now_utc = kNow - 86400 * 30;      // rolled back a month: to this clock the manifest is valid
  policy_.trusted_time_utc = kNow;          // but a signed manifest showed it is at least kNow
  auto m = verify(manifest());
  ASSERT_TRUE(m) << "valid at the trusted time too: " << m.error().message;
  m = verify(manifest([](auto& d) { d["expires"] = "2025-12-31T12:00:00Z"; }));
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::Expired);
  EXPECT_EQ(m.error().message, "http://h/manifest.json: expired at 2025-12-31T12:00:00Z (trusted time "
                               "2026-01-01T00:00:00Z from an earlier signed manifest; the clock says "
                               "2025-12-02T00:00:00Z, behind it); the source may be frozen");
}

TEST_F(TrustPolicyTest, ClockAheadOfTrustedTimeDecidesExpiry) {
  policy_.trusted_time_utc = kNow - 86400 * 365;
  auto m = verify(manifest([](auto& d) { d["expires"] = "2025-12-31T12:00:00Z"; }));
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().message, "http://h/manifest.json: expired at 2025-12-31T12:00:00Z (now "
                               "2026-01-01T00:00:00Z); the source may be frozen");
}

TEST_F(TrustPolicyTest, RefusesManifestWithoutExpiry) {
  auto m = verify(manifest([](auto& d) { d.erase("expires"); }));
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().message, "http://h/manifest.json: expires: missing; a signed manifest must expire");
}

TEST_F(TrustPolicyTest, RefusesPathEscapingTheBundle) {
  auto m = verify(manifest([](auto& d) {
    d["files"].push_back({{"path", "../../etc/passwd"}, {"size", 1}, {"sha256", sha256_hex("y")}});
  }));
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::Integrity);
  EXPECT_EQ(m.error().message, "http://h/manifest.json: files[1].path: \"../../etc/passwd\" is not a safe "
                               "relative path (no leading '/', no '..' or '.' parts, no '\\')");
}

TEST_F(TrustPolicyTest, RefusesOversizedFile) {
  policy_.max_file_bytes = 1000;
  auto m = verify(manifest([](auto& d) {
    d["files"].push_back({{"path", "images/big.png"}, {"size", 1001}, {"sha256", sha256_hex("y")}});
  }));
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().message,
            "http://h/manifest.json: files[1]: \"images/big.png\" is 1001 bytes, more than the limit of 1000");
}

TEST_F(TrustPolicyTest, RefusesOversizedManifestUnparsed) {
  const std::string huge(kMaxManifestBytes + 1, ' ');
  auto m = verify_manifest(huge, "00", policy_, "m.json");
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().message, "m.json: larger than the limit of 1048576 bytes");
}

}  // namespace
}  // namespace kiosk::bundle
