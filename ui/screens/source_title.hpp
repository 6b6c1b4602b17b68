// SourceTitle: the visitor-facing name of a source document. Content gives each document a title in
// strings.csv under "source.<file name>" (ja and en); a document without one shows its file name,
// so a new source is still cited before somebody writes its title.
#pragma once

#include <map>
#include <string>

#include "i18n/language.hpp"
#include "model/content.hpp"

namespace kiosk::ui {

// `document` may name several files joined by ';' (a figure drawn from two documents); their titles
// are joined with "; " in the same order.
std::string source_title(const std::map<std::string, model::Text>& strings, const std::string& document,
                         Language language);

}  // namespace kiosk::ui
