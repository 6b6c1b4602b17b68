// The two kinds of BundleSource (bundle_source.hpp); open_source picks one by the location's form.
#pragma once

#include "engine/bundle_source.hpp"

namespace kiosk::engine {

Result<std::unique_ptr<BundleSource>> open_http_source(const std::string& url, const http::HttpOptions& options);
std::unique_ptr<BundleSource> open_folder_source(const std::filesystem::path& folder);

}  // namespace kiosk::engine
