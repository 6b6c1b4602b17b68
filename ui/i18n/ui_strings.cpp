#include "i18n/ui_strings.hpp"

#include <utility>

namespace kiosk::ui {

UiStrings::UiStrings(std::map<std::string, model::Text> strings, Language language, LogSink log)
    : strings_(std::move(strings)), language_(language), log_(std::move(log)) {}

const std::string& UiStrings::get(const std::string& key) const {
  const auto it = strings_.find(key);
  if (it != strings_.end()) {
    const std::string& text = pick(it->second, language_);
    if (!text.empty()) {
      if (text != (language_ == Language::Ja ? it->second.ja : it->second.en) && reported_.insert(key).second)
        log_to(log_, LogLevel::Warning,
               "UI string \"" + key + "\" has no " + language_code(language_) +
                   " text; showing the other language");
      return text;
    }
  }
  // The key is returned from the set, not the argument: callers pass literals, whose temporary
  // std::string dies at the end of the caller's statement while the returned reference lives on
  // (ASan: stack-use-after-scope in the indicator list). Set elements stay put while this object lives.
  const auto [stored, inserted] = reported_.insert(key);
  if (inserted)
    log_to(log_, LogLevel::Warning, "UI string \"" + key + "\" is not in strings.csv; showing the key");
  return *stored;
}

std::string UiStrings::format(const std::string& key, std::string_view value) const {
  std::string text = get(key);
  const size_t slot = text.find("{}");
  if (slot == std::string::npos) return text + " " + std::string(value);
  text.replace(slot, 2, value);
  return text;
}

}  // namespace kiosk::ui
