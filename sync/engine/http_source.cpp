// Bundles served over HTTP(S). The manifest is fetched with the validators of the last manifest that
// was applied (not merely fetched), so a refused or half-fetched update is fetched again in full.
#include <algorithm>
#include <cctype>

#include "bundle/manifest.hpp"
#include "bundle/trust_policy.hpp"
#include "engine/bundle_source.hpp"
#include "engine/source_kinds.hpp"

namespace kiosk::engine {
namespace {

// Exhibition Wi-Fi often answers every request with its login page until someone accepts its terms.
// Such a page is refused by name here rather than later as a puzzling signature or JSON error.
Result<void> not_a_web_page(const http::Response& response, const std::string& url) {
  std::string type = response.content_type;
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!type.starts_with("text/html") && !type.starts_with("application/xhtml")) return {};
  return fail(ErrorCode::Network, url + ": served as " + type.substr(0, type.find(';')) +
                                      ", not a bundle file (a Wi-Fi login page?)");
}

class HttpSource final : public BundleSource {
 public:
  HttpSource(std::string base, http::HttpClient client) : base_(std::move(base)), client_(std::move(client)) {}

  const std::string& name() const override { return base_; }
  std::string where(const std::string& path) const override {
    return http::join_url(base_, http::escape_path(path));
  }

  Result<std::optional<std::string>> fetch_manifest() override {
    const std::string url = where(std::string(bundle::kManifestFile));
    auto response = client_.get(url, bundle::kMaxManifestBytes, remembered_.empty() ? nullptr : &remembered_);
    if (!response) return tl::unexpected(response.error());
    if (response->status == 304) return std::optional<std::string>();
    if (auto page = not_a_web_page(*response, url); !page) return tl::unexpected(page.error());
    fetched_ = response->validators;
    return std::optional<std::string>(std::move(response->body));
  }

  Result<std::string> fetch_signature() override {
    const std::string url = where(std::string(bundle::kSignatureFile));
    auto response = client_.get(url, bundle::kMaxSignatureBytes);
    if (!response) return tl::unexpected(response.error());
    if (auto page = not_a_web_page(*response, url); !page) return tl::unexpected(page.error());
    return std::move(response->body);
  }

  Result<void> fetch_file(const model::Asset& entry, const std::filesystem::path& partial) override {
    auto response = client_.download(where(entry.path), partial, entry.size);
    if (!response) return tl::unexpected(response.error());
    return {};
  }

  void remember_manifest() override { remembered_ = fetched_; }
  http::Validators remembered() const override { return remembered_; }
  void restore(const http::Validators& saved) override { remembered_ = saved; }
  void set_stop_token(std::stop_token stop) override { client_.set_stop_token(std::move(stop)); }

 private:
  std::string base_;
  http::HttpClient client_;
  http::Validators fetched_;     // of the manifest fetched last
  http::Validators remembered_;  // of the manifest applied (or found current) last
};

}  // namespace

Result<std::unique_ptr<BundleSource>> open_http_source(const std::string& url, const http::HttpOptions& options) {
  auto client = http::HttpClient::create(options);
  if (!client) return tl::unexpected(client.error());
  return std::unique_ptr<BundleSource>(std::make_unique<HttpSource>(url, std::move(*client)));
}

}  // namespace kiosk::engine
