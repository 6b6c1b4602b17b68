#include "process_probe.hpp"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace kiosk::firmware::test {
namespace {

namespace fs = std::filesystem;

std::set<std::string> socket_inodes(pid_t pid) {
  std::set<std::string> inodes;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec)) {
    const std::string target = fs::read_symlink(entry.path(), ec).string();
    if (!ec && target.starts_with("socket:[")) inodes.insert(target.substr(8, target.size() - 9));
  }
  return inodes;
}

// /proc/net/tcp and friends: "sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode".
void inet_listeners(const std::string& table, bool udp, const std::set<std::string>& ours,
                    std::vector<std::string>& found) {
  std::ifstream in("/proc/net/" + table);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string slot, local, remote, state, queues, timer, retransmits, uid, timeout, inode;
    fields >> slot >> local >> remote >> state >> queues >> timer >> retransmits >> uid >> timeout >> inode;
    if (!ours.count(inode)) continue;
    const bool remote_unset = remote.find_first_not_of("0:") == std::string::npos;
    const bool listens = udp ? state == "07" && remote_unset : state == "0A";  // 07 unconnected, 0A LISTEN
    if (listens) found.push_back(table + " " + local + " inode " + inode);
  }
}

// /proc/net/unix: "Num RefCount Protocol Flags Type St Inode Path"; flag 0x10000 is __SO_ACCEPTCON.
void unix_listeners(const std::set<std::string>& ours, std::vector<std::string>& found) {
  std::ifstream in("/proc/net/unix");
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string num, refs, protocol, flags, type, state, inode, path;
    fields >> num >> refs >> protocol >> flags >> type >> state >> inode >> path;
    if (ours.count(inode) && (std::stoul(flags, nullptr, 16) & 0x10000u) != 0)
      found.push_back("unix " + (path.empty() ? std::string("(unnamed)") : path) + " inode " + inode);
  }
}

}  // namespace

ProcessSample sample_process(pid_t pid) {
  ProcessSample sample;
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") status >> sample.rss_kb;
    if (key == "RssAnon:") status >> sample.rss_anon_kb;
    if (key == "RssFile:") status >> sample.rss_file_kb;
    if (key == "Threads:") status >> sample.threads;
  }
  std::error_code ec;
  for (auto it = fs::directory_iterator("/proc/" + std::to_string(pid) + "/fd", ec); !ec && it != fs::directory_iterator();
       it.increment(ec))
    ++sample.fds;
  return sample;
}

std::vector<std::string> listening_sockets(pid_t pid) {
  const std::set<std::string> ours = socket_inodes(pid);
  std::vector<std::string> found;
  inet_listeners("tcp", false, ours, found);
  inet_listeners("tcp6", false, ours, found);
  inet_listeners("udp", true, ours, found);
  inet_listeners("udp6", true, ours, found);
  unix_listeners(ours, found);
  return found;
}

int socket_count(pid_t pid) { return static_cast<int>(socket_inodes(pid).size()); }

}  // namespace kiosk::firmware::test
