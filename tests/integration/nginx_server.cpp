#include "nginx_server.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

namespace kiosk::itest {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

bool accepts(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

// WebDAV PUT (built-in http_dav_module) behind Basic auth; GET open; JSON folder listings for fleet.
// A marker file <folder>.fail500 in the root turns that folder's manifest into a 500.
std::string config(const fs::path& dir, int port) {
  const std::string d = dir.string();
  std::ostringstream c;
  if (::geteuid() == 0) c << "user root;\n";  // else workers would switch to nobody and lose the temp dir
  c << "worker_processes 1;\npid " << d << "/nginx.pid;\nerror_log " << d << "/error.log;\n"
    << "events { worker_connections 64; }\n"
    << "http {\n"
    << "  log_format t '$request_method $uri $status $body_bytes_sent range=$http_range inm=$http_if_none_match';\n"
    << "  access_log " << d << "/access.log t;\n"
    << "  client_body_temp_path " << d << "/tmp/body;\n  proxy_temp_path " << d << "/tmp/proxy;\n"
    << "  fastcgi_temp_path " << d << "/tmp/fastcgi;\n  uwsgi_temp_path " << d << "/tmp/uwsgi;\n"
    << "  scgi_temp_path " << d << "/tmp/scgi;\n"
    << "  types { application/json json; }\n  default_type application/octet-stream;\n"
    << "  client_max_body_size 64m;\n"
    << "  server {\n    listen 127.0.0.1:" << port << ";\n    root " << d << "/www;\n"
    << "    dav_methods PUT DELETE MKCOL;\n    create_full_put_path on;\n    dav_access user:rw group:r all:r;\n"
    << "    location ~ ^/(?<folder>[^/]+)/manifest\\.json$ {\n"
    << "      if (-f $document_root/$folder.fail500) { return 500; }\n"
    << "      limit_except GET HEAD { auth_basic publish; auth_basic_user_file " << d << "/htpasswd; }\n"
    << "    }\n"
    << "    location / {\n      autoindex on;\n      autoindex_format json;\n"
    << "      limit_except GET HEAD { auth_basic publish; auth_basic_user_file " << d << "/htpasswd; }\n"
    << "    }\n  }\n}\n";
  return c.str();
}

}  // namespace

int free_local_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

NginxServer::NginxServer() {
  std::string pattern = (fs::temp_directory_path() / "kiosk-nginx-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    ADD_FAILURE() << "mkdtemp failed";
    return;
  }
  dir_ = pattern;
  www_ = dir_ / "www";
  fs::create_directories(www_ / "status");
  fs::create_directories(dir_ / "tmp");
  write(dir_ / "htpasswd", "staff:{PLAIN}booth-secret\n");
  write(dir_ / "password", "booth-secret\n");
  port_ = free_local_port();
  write(dir_ / "nginx.conf", config(dir_, port_));
  pid_ = ::fork();
  if (pid_ == 0) {
    const std::string conf = (dir_ / "nginx.conf").string();
    const std::string err = (dir_ / "error.log").string();
    const std::string prefix = dir_.string() + "/";
    ::execlp("nginx", "nginx", "-p", prefix.c_str(), "-e", err.c_str(), "-c", conf.c_str(), "-g", "daemon off;",
             static_cast<char*>(nullptr));
    ::execl("/usr/sbin/nginx", "nginx", "-p", prefix.c_str(), "-e", err.c_str(), "-c", conf.c_str(), "-g",
            "daemon off;", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  for (int i = 0; i < 100 && !accepts(port_); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  if (!accepts(port_)) {
    std::ifstream log(dir_ / "error.log");
    ADD_FAILURE() << "nginx did not start on 127.0.0.1:" << port_ << ": " << std::string(std::istreambuf_iterator<char>(log), {});
  }
}

NginxServer::~NginxServer() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 100 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (::waitpid(pid_, &status, WNOHANG) == 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
    }
  }
  std::error_code ignored;
  if (!dir_.empty()) fs::remove_all(dir_, ignored);
}

std::string NginxServer::url(const std::string& path) const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/" + path;
}

std::string NginxServer::access_log() const {
  // nginx logs a request when it finalises it, which can be just after the client has its answer and
  // exited: read until the file stops growing (up to 1 s) so the last request is in.
  const auto read = [this] {
    std::ifstream log(dir_ / "access.log");
    return std::string(std::istreambuf_iterator<char>(log), {});
  };
  std::string text = read();
  for (int i = 0; i < 20; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::string again = read();
    if (again == text) break;
    text = std::move(again);
  }
  return text;
}

void NginxServer::fail_with_500(const std::string& folder, bool on) {
  const fs::path marker = www_ / (folder + ".fail500");
  if (on) {
    write(marker, "");
  } else {
    fs::remove(marker);
  }
}

}  // namespace kiosk::itest
