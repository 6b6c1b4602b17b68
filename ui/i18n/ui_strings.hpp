// UiStrings: the interface's own words (strings.csv in the bundle), looked up by key.
// Lookup order: the current language, then the other language, then the key itself, so a missing
// translation degrades to something readable instead of an empty button. Each miss is logged once.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "i18n/language.hpp"
#include "log_sink.hpp"
#include "model/content.hpp"

namespace kiosk::ui {

class UiStrings {
 public:
  UiStrings() = default;
  UiStrings(std::map<std::string, model::Text> strings, Language language, LogSink log = {});
  Language language() const { return language_; }
  void set_language(Language language) { language_ = language; }
  // Never empty unless the key is. The reference stays valid as long as this object, also for a
  // missing key given as a temporary.
  const std::string& get(const std::string& key) const;
  // The string with "{}" replaced by `value`; without a "{}" the value is appended after a space.
  std::string format(const std::string& key, std::string_view value) const;
  const std::map<std::string, model::Text>& all() const { return strings_; }  // for the glyph set

 private:
  std::map<std::string, model::Text> strings_;
  Language language_ = Language::Ja;
  LogSink log_;
  // Keys already reported, so a string drawn every frame logs once, not 60 times a second; get()
  // returns a missing key from here. Mutable because a lookup is logically const; the ui thread is
  // the only user.
  mutable std::set<std::string, std::less<>> reported_;
};

}  // namespace kiosk::ui
