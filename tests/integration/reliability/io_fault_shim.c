/* io_fault_shim: an LD_PRELOAD library that counts a process's file-changing calls on one directory
 * tree and, at the Nth one, kills the process (a power cut as the process sees it) or makes the call
 * fail with an errno (a full or failing SD card). The reliability tests walk N = 1, 2, ... over a
 * whole content update, so every write, sync, rename and unlink of it is a kill or fault point.
 *
 * Environment (all optional; without KIOSK_FAULT_ROOT the shim does nothing):
 *   KIOSK_FAULT_ROOT    absolute directory; only calls on paths inside it count (the kiosk data dir)
 *   KIOSK_FAULT_OPS     comma list of call classes that count: write, sync, rename, unlink (default all)
 *                       write  = write pwrite pwrite64 writev pwritev ftruncate
 *                       sync   = fsync fdatasync
 *                       rename = rename renameat renameat2 link linkat
 *                       unlink = unlink unlinkat remove rmdir
 *   KIOSK_FAULT_AT      N: the 1-based counted call that triggers the action (0 or unset: never)
 *   KIOSK_FAULT_ACTION  kill (SIGKILL before the call runs), fail-once (call N fails), fail-always
 *                       (call N and every later counted call fail); default kill
 *   KIOSK_FAULT_ERRNO   errno for the fail actions: ENOSPC (default), EIO or EDQUOT
 *   KIOSK_FAULT_TRACE   file that gets one line "N class call path" per counted call (the tests use it
 *                       to count the calls of a clean run and to name the phase of each kill point)
 *
 * SQLite reaches these calls through its own VFS table, which it fills with the addresses of the libc
 * functions at load time; those addresses resolve to this library when it is preloaded, so the
 * database's writes and syncs count like everyone else's.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum op_class { OP_WRITE = 1, OP_SYNC = 2, OP_RENAME = 4, OP_UNLINK = 8 };
enum action { ACT_NONE, ACT_KILL, ACT_FAIL_ONCE, ACT_FAIL_ALWAYS };

static struct {
  int ready;
  char root[PATH_MAX];
  size_t root_len;
  unsigned classes;
  long at;
  enum action action;
  int fail_errno;
  int trace_fd;
  long counter;
} cfg;

static const char* class_name(unsigned c) {
  switch (c) {
    case OP_WRITE: return "write";
    case OP_SYNC: return "sync";
    case OP_RENAME: return "rename";
    default: return "unlink";
  }
}

static unsigned parse_classes(const char* list) {
  if (!list || !*list) return OP_WRITE | OP_SYNC | OP_RENAME | OP_UNLINK;
  unsigned out = 0;
  if (strstr(list, "write")) out |= OP_WRITE;
  if (strstr(list, "sync")) out |= OP_SYNC;
  if (strstr(list, "rename")) out |= OP_RENAME;
  if (strstr(list, "unlink")) out |= OP_UNLINK;
  return out;
}

static int parse_errno(const char* name) {
  if (name && strcmp(name, "EIO") == 0) return EIO;
  if (name && strcmp(name, "EDQUOT") == 0) return EDQUOT;
  return ENOSPC;
}

/* Runs before main (and before SQLite opens anything): reads the environment once. */
__attribute__((constructor)) static void shim_init(void) {
  const char* root = getenv("KIOSK_FAULT_ROOT");
  cfg.trace_fd = -1;
  if (!root || root[0] != '/' || strlen(root) >= sizeof cfg.root) return;
  strcpy(cfg.root, root);
  cfg.root_len = strlen(cfg.root);
  while (cfg.root_len > 1 && cfg.root[cfg.root_len - 1] == '/') cfg.root[--cfg.root_len] = '\0';
  cfg.classes = parse_classes(getenv("KIOSK_FAULT_OPS"));
  const char* at = getenv("KIOSK_FAULT_AT");
  cfg.at = at ? strtol(at, NULL, 10) : 0;
  const char* action = getenv("KIOSK_FAULT_ACTION");
  cfg.action = ACT_KILL;
  if (action && strcmp(action, "fail-once") == 0) cfg.action = ACT_FAIL_ONCE;
  if (action && strcmp(action, "fail-always") == 0) cfg.action = ACT_FAIL_ALWAYS;
  if (cfg.at <= 0) cfg.action = ACT_NONE;
  cfg.fail_errno = parse_errno(getenv("KIOSK_FAULT_ERRNO"));
  const char* trace = getenv("KIOSK_FAULT_TRACE");
  /* A raw syscall: open() is not intercepted, but keep the shim's own I/O obviously outside it. */
  if (trace && *trace) cfg.trace_fd = (int)syscall(SYS_openat, AT_FDCWD, trace, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  cfg.ready = 1;
}

static int inside_root(const char* path) {
  if (!path || strncmp(path, cfg.root, cfg.root_len) != 0) return 0;
  return path[cfg.root_len] == '/' || path[cfg.root_len] == '\0';
}

/* The absolute path of `path` taken relative to `dirfd` (AT_FDCWD: the working directory). */
static void resolve_at(int dirfd, const char* path, char* out, size_t size) {
  out[0] = '\0';
  if (!path) return;
  if (path[0] == '/') {
    snprintf(out, size, "%s", path);
    return;
  }
  char base[PATH_MAX];
  if (dirfd == AT_FDCWD) {
    if (!getcwd(base, sizeof base)) return;
  } else {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", dirfd);
    const ssize_t n = readlink(link, base, sizeof base - 1);
    if (n < 0) return;
    base[n] = '\0';
  }
  if (snprintf(out, size, "%s/%s", base, path) >= (int)size) out[0] = '\0';  /* too long: not ours */
}

static void resolve_fd(int fd, char* out, size_t size) {
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, out, size - 1);
  out[n < 0 ? 0 : n] = '\0';
}

static void trace(long n, unsigned c, const char* call, const char* path) {
  if (cfg.trace_fd < 0) return;
  char line[PATH_MAX + 64];
  const int len = snprintf(line, sizeof line, "%ld %s %s %s\n", n, class_name(c), call, path);
  if (len > 0) syscall(SYS_write, cfg.trace_fd, line, (size_t)(len < (int)sizeof line ? len : (int)sizeof line - 1));
}

/* Counts one call on `path`; returns 0 to let it run, or -1 with errno set to make it fail. */
static int check(unsigned c, const char* call, const char* path) {
  if (!cfg.ready || !(cfg.classes & c) || !inside_root(path)) return 0;
  const long n = __atomic_add_fetch(&cfg.counter, 1, __ATOMIC_SEQ_CST);
  trace(n, c, call, path);
  if (cfg.action == ACT_NONE || n < cfg.at) return 0;
  if (cfg.action == ACT_KILL && n == cfg.at) {
    kill(getpid(), SIGKILL);  /* the process ends here, before the call reaches the kernel */
    for (;;) pause();
  }
  if ((cfg.action == ACT_FAIL_ONCE && n == cfg.at) || cfg.action == ACT_FAIL_ALWAYS) {
    errno = cfg.fail_errno;
    return -1;
  }
  return 0;
}

static int check_fd(unsigned c, const char* call, int fd) {
  if (!cfg.ready || !(cfg.classes & c)) return 0;
  char path[PATH_MAX];
  resolve_fd(fd, path, sizeof path);
  return check(c, call, path);
}

static int check_at(unsigned c, const char* call, int dirfd, const char* name) {
  if (!cfg.ready || !(cfg.classes & c)) return 0;
  char path[PATH_MAX];
  resolve_at(dirfd, name, path, sizeof path);
  return check(c, call, path);
}

static int check_pair(unsigned c, const char* call, int dir1, const char* from, int dir2, const char* to) {
  if (!cfg.ready || !(cfg.classes & c)) return 0;
  char a[PATH_MAX], b[PATH_MAX];
  resolve_at(dir1, from, a, sizeof a);
  resolve_at(dir2, to, b, sizeof b);
  return check(c, call, inside_root(b) ? b : a);
}

/* The next definition of `name` (libc's). memcpy: ISO C has no cast from void* to a function pointer. */
#define REAL(name)                                \
  static __typeof__(name)* real_##name;           \
  if (!real_##name) {                             \
    void* sym = dlsym(RTLD_NEXT, #name);          \
    memcpy(&real_##name, &sym, sizeof sym);       \
  }

ssize_t write(int fd, const void* buf, size_t count) {
  REAL(write);
  if (check_fd(OP_WRITE, "write", fd) != 0) return -1;
  return real_write(fd, buf, count);
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
  REAL(pwrite);
  if (check_fd(OP_WRITE, "pwrite", fd) != 0) return -1;
  return real_pwrite(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t count, off64_t offset) {
  REAL(pwrite64);
  if (check_fd(OP_WRITE, "pwrite64", fd) != 0) return -1;
  return real_pwrite64(fd, buf, count, offset);
}

ssize_t writev(int fd, const struct iovec* iov, int iovcnt) {
  REAL(writev);
  if (check_fd(OP_WRITE, "writev", fd) != 0) return -1;
  return real_writev(fd, iov, iovcnt);
}

ssize_t pwritev(int fd, const struct iovec* iov, int iovcnt, off_t offset) {
  REAL(pwritev);
  if (check_fd(OP_WRITE, "pwritev", fd) != 0) return -1;
  return real_pwritev(fd, iov, iovcnt, offset);
}

int ftruncate(int fd, off_t length) {
  REAL(ftruncate);
  if (check_fd(OP_WRITE, "ftruncate", fd) != 0) return -1;
  return real_ftruncate(fd, length);
}

int ftruncate64(int fd, off64_t length) {
  REAL(ftruncate64);
  if (check_fd(OP_WRITE, "ftruncate64", fd) != 0) return -1;
  return real_ftruncate64(fd, length);
}

int fsync(int fd) {
  REAL(fsync);
  if (check_fd(OP_SYNC, "fsync", fd) != 0) return -1;
  return real_fsync(fd);
}

int fdatasync(int fd) {
  REAL(fdatasync);
  if (check_fd(OP_SYNC, "fdatasync", fd) != 0) return -1;
  return real_fdatasync(fd);
}

int rename(const char* from, const char* to) {
  REAL(rename);
  if (check_pair(OP_RENAME, "rename", AT_FDCWD, from, AT_FDCWD, to) != 0) return -1;
  return real_rename(from, to);
}

int renameat(int d1, const char* from, int d2, const char* to) {
  REAL(renameat);
  if (check_pair(OP_RENAME, "renameat", d1, from, d2, to) != 0) return -1;
  return real_renameat(d1, from, d2, to);
}

int renameat2(int d1, const char* from, int d2, const char* to, unsigned flags) {
  REAL(renameat2);
  if (check_pair(OP_RENAME, "renameat2", d1, from, d2, to) != 0) return -1;
  return real_renameat2(d1, from, d2, to, flags);
}

int link(const char* from, const char* to) {
  REAL(link);
  if (check_pair(OP_RENAME, "link", AT_FDCWD, from, AT_FDCWD, to) != 0) return -1;
  return real_link(from, to);
}

int linkat(int d1, const char* from, int d2, const char* to, int flags) {
  REAL(linkat);
  if (check_pair(OP_RENAME, "linkat", d1, from, d2, to) != 0) return -1;
  return real_linkat(d1, from, d2, to, flags);
}

int unlink(const char* path) {
  REAL(unlink);
  if (check_at(OP_UNLINK, "unlink", AT_FDCWD, path) != 0) return -1;
  return real_unlink(path);
}

int unlinkat(int dirfd, const char* path, int flags) {
  REAL(unlinkat);
  if (check_at(OP_UNLINK, "unlinkat", dirfd, path) != 0) return -1;
  return real_unlinkat(dirfd, path, flags);
}

/* glibc's remove() calls its internal unlink/rmdir, which preloading cannot reach: count it here. */
int remove(const char* path) {
  REAL(remove);
  if (check_at(OP_UNLINK, "remove", AT_FDCWD, path) != 0) return -1;
  return real_remove(path);
}

int rmdir(const char* path) {
  REAL(rmdir);
  if (check_at(OP_UNLINK, "rmdir", AT_FDCWD, path) != 0) return -1;
  return real_rmdir(path);
}
