// A full SD card: the data dir lives on a 4 MiB tmpfs mounted for the test, filled until too little
// space is left for version 2's new files. The update must fail with the reason ("No space left on
// device", naming the file), leave version 1 intact and usable, and succeed once space is freed.
// Mounting needs root (CI runs as root); without it the test fails and says so rather than skip:
// the ENOSPC walk in io_fault_test.cpp covers the same paths through the shim without a mount.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/statvfs.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "fault_walk.hpp"

namespace kiosk::reliability {
namespace {

namespace fs = std::filesystem;
constexpr uint64_t kFreeLeft = 256 * 1024;  // less than one 192 KiB image downloaded and stored

// A tmpfs of `size` mounted at `dir` for the life of the object.
class SmallTmpfs {
 public:
  SmallTmpfs(const fs::path& dir, const std::string& size) : dir_(dir) {
    fs::create_directories(dir_);
    const std::string options = "size=" + size + ",mode=0755";
    if (::mount("tmpfs", dir_.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0) error_ = std::strerror(errno);
  }
  ~SmallTmpfs() {
    if (error_.empty()) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  const std::string& error() const { return error_; }
  uint64_t free_bytes() const {
    struct statvfs s {};
    return ::statvfs(dir_.c_str(), &s) == 0 ? static_cast<uint64_t>(s.f_bavail) * s.f_frsize : 0;
  }

 private:
  fs::path dir_;
  std::string error_;
};

class DiskFull : public ReliabilityTest {};

TEST_F(DiskFull, UpdateOntoFullTmpfsFailsClearlyKeepsOldContentAndSucceedsOnceSpaceIsFreed) {
  const fs::path mount_point = work_ / "small-card";
  SmallTmpfs card(mount_point, "4m");
  ASSERT_EQ(card.error(), "") << "cannot mount a 4 MiB tmpfs at " << mount_point
                              << " (the test needs root or CAP_SYS_ADMIN)";
  const fs::path data = mount_point / "data";
  scenario_->copy_template_into(data);
  const uint64_t free_before = card.free_bytes();
  {
    std::ofstream filler(mount_point / "filler", std::ios::binary);
    const std::string block(free_before - kFreeLeft, '\0');
    filler.write(block.data(), static_cast<std::streamsize>(block.size()));
    ASSERT_TRUE(filler.good()) << "cannot fill the tmpfs";
  }
  const uint64_t free_full = card.free_bytes();

  const ChildRun full = scenario_->sync(data);
  EXPECT_TRUE(full.exited && full.code == 1) << full.how() << ": " << full.out << full.err;
  EXPECT_NE(full.err.find("No space left on device"), std::string::npos) << full.err;
  EXPECT_NE(full.err.find(data.string()), std::string::npos) << "the reason should name the file: " << full.err;
  const DataDirCheck after = scenario_->check(data);
  EXPECT_EQ(after.version, 1);
  EXPECT_EQ(after.problems, "");

  fs::remove(mount_point / "filler");
  const ChildRun freed = scenario_->sync(data);
  EXPECT_TRUE(freed.exited && freed.code == 0) << freed.how() << ": " << freed.err;
  const DataDirCheck recovered = scenario_->check(data);
  EXPECT_EQ(recovered.version, 2);
  EXPECT_EQ(recovered.problems, "");
  std::printf("disk full: 4 MiB tmpfs, %llu KiB free for an update needing more; sync said: %s",
              static_cast<unsigned long long>(free_full / 1024), full.err.c_str());
  std::printf("  after freeing %llu KiB: %s", static_cast<unsigned long long>((free_before - free_full) / 1024),
              freed.out.c_str());
}

}  // namespace
}  // namespace kiosk::reliability
