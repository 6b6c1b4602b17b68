// What /proc says about a running process: resident memory, open descriptors and threads (for the soak
// test's growth bounds) and which of its sockets listen (the kiosk must open none: it only pulls).
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace kiosk::firmware::test {

struct ProcessSample {
  long rss_kb = 0;       // VmRSS = RssAnon + RssFile + RssShmem
  long rss_anon_kb = 0;  // RssAnon: heap, stacks, anonymous mappings (what a leak raises)
  long rss_file_kb = 0;  // RssFile: mapped libraries and fonts, resident as far as the page cache keeps them
  int fds = 0;           // entries in /proc/<pid>/fd
  int threads = 0;       // Threads
};

ProcessSample sample_process(pid_t pid);  // all zero when the process is gone

// The process's sockets that accept connections or datagrams from anyone: TCP in LISTEN, UDP bound
// but unconnected, Unix sockets in listen(); one line each ("tcp 127.0.0.1:8080 inode 1234").
// Inet entries come from /proc/net/{tcp,tcp6,udp,udp6}, Unix ones from /proc/net/unix.
std::vector<std::string> listening_sockets(pid_t pid);

int socket_count(pid_t pid);  // descriptors of the process that are sockets of any kind

}  // namespace kiosk::firmware::test
