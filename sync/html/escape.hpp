// HTML escaping for the static preview pages (kioskctl export-html). Every string that comes from
// content goes through one of these: staff text may contain <, & or quotes, and a bundle from
// anywhere must not be able to run script in a staff member's browser.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::html {

std::string escape_text(std::string_view text);       // for element content: & < > escaped
std::string escape_attribute(std::string_view text);  // for a double-quoted attribute: also " and '
// A URL for href: only http(s) URLs are kept (escaped); anything else (javascript:, data:) gives "".
std::string safe_url(std::string_view url);

}  // namespace kiosk::html
