// kioskctl export-html --data-dir DIR -o OUT: writes the content applied to a data dir as static
// HTML pages (sync/html/site.hpp), so staff can preview it in a browser and the benchmarks can show
// the same screens in a Chromium kiosk. Reads through the kiosk UI's read-only API; writes OUT all or
// nothing (sync/html/site_dir.hpp).
#include <cstdio>
#include <string>

#include "html/site.hpp"
#include "html/site_dir.hpp"
#include "kioskctl/commands.hpp"
#include "store/content_store.hpp"

namespace kiosk::kioskctl {

namespace {

constexpr const char* kExportUsage = "usage: kioskctl export-html --data-dir DIR -o OUT\n";

struct ExportArgs {
  std::string data_dir;
  std::string out;
};

// Both options (either order, "--opt VALUE" or "--opt=VALUE"); false after printing what is wrong.
bool parse(const Args& args, ExportArgs& parsed) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string* target = nullptr;
    std::string value;
    if (arg == "--data-dir" || arg == "-o" || arg == "--out") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "kioskctl export-html: %s needs a value\n%s", arg.c_str(), kExportUsage);
        return false;
      }
      target = arg == "--data-dir" ? &parsed.data_dir : &parsed.out;
      value = args[++i];
    } else if (arg.rfind("--data-dir=", 0) == 0) {
      target = &parsed.data_dir, value = arg.substr(11);
    } else if (arg.rfind("--out=", 0) == 0) {
      target = &parsed.out, value = arg.substr(6);
    } else {
      std::fprintf(stderr, "kioskctl export-html: unknown argument '%s'\n%s", arg.c_str(), kExportUsage);
      return false;
    }
    if (value.empty()) {
      std::fprintf(stderr, "kioskctl export-html: %s: the value is empty\n%s", arg.c_str(), kExportUsage);
      return false;
    }
    *target = value;
  }
  if (parsed.data_dir.empty() || parsed.out.empty()) {
    std::fprintf(stderr, "kioskctl export-html: expected --data-dir DIR and -o OUT\n%s", kExportUsage);
    return false;
  }
  return true;
}

}  // namespace

int run_export_html(const Args& args) {
  ExportArgs parsed;
  if (!parse(args, parsed)) return 2;
  auto reader = store::ContentReader::open(parsed.data_dir);
  if (!reader) {
    std::fprintf(stderr, "kioskctl export-html: %s\n", reader.error().message.c_str());
    return 1;
  }
  auto content = reader->load_all();
  if (!content) {
    std::fprintf(stderr, "kioskctl export-html: %s\n", content.error().message.c_str());
    return 1;
  }
  if (content->version == 0) {
    std::fprintf(stderr, "kioskctl export-html: %s: no content applied yet (run kioskctl load first)\n",
                 parsed.data_dir.c_str());
    return 1;
  }
  const auto files = html::render_site(*content);
  if (auto written = html::write_site(files, parsed.out); !written) {
    std::fprintf(stderr, "kioskctl export-html: %s\n", written.error().message.c_str());
    return written.error().code == ErrorCode::Usage ? 2 : 1;
  }
  std::printf("kioskctl export-html: content version %lld written to %s (%zu files; open index.html)\n",
              static_cast<long long>(content->version), parsed.out.c_str(), files.size());
  return 0;
}

}  // namespace kiosk::kioskctl
