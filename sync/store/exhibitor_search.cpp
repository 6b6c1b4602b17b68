// Exhibitor search: what a visitor types into the search box, matched against name (ja/en),
// description (ja/en), booth and category.
//
// Each space-separated word must match somewhere (AND), as a substring: Japanese has no spaces to
// split words at, so a prefix or token match would miss 半導体 inside 東北半導体. Words of 3 or more
// characters use the trigram FTS5 index (exhibitors_fts, case-insensitive). Trigrams cannot match
// 1-2 characters (東北, "se"), so shorter words fall back to LIKE over the exhibitors table, which
// folds ASCII case; Japanese has no case to fold. The table holds hundreds of rows, not millions,
// so that scan costs well under a millisecond.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.hpp"
#include "store/queries.hpp"
#include "store/rows.hpp"
#include "store/statement.hpp"

namespace kiosk::store::queries {

namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000, what a Japanese IME types for space
constexpr size_t kTrigram = 3;  // the shortest word the trigram index can find

struct Word {
  std::string text;
  bool indexed;  // long enough for the trigram index; otherwise matched with LIKE
};

std::vector<Word> split_words(std::string query) {
  for (size_t at; (at = query.find(kIdeographicSpace)) != std::string::npos;) {
    query.replace(at, kIdeographicSpace.size(), " ");
  }
  std::vector<Word> words;
  std::string word;
  for (char c : query + ' ') {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      const bool indexed = utf8::count_characters(word) >= kTrigram;
      words.push_back({std::move(word), indexed});
      word.clear();
    }
  }
  return words;
}

std::string fts_phrase(const std::string& word) {  // "word" with inner quotes doubled: no FTS5 operators
  std::string phrase = "\"";
  for (char c : word) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
  return phrase + "\"";
}

std::string like_pattern(const std::string& word) {  // %word% with LIKE's wildcards escaped by backslash
  std::string pattern = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

std::string word_condition(const Word& word, int parameter) {
  const std::string p = "?" + std::to_string(parameter);
  if (word.indexed)
    return "ordinal IN (SELECT rowid FROM exhibitors_fts WHERE exhibitors_fts MATCH " + p + ")";
  std::string any_column;
  for (const char* column : {"name_ja", "name_en", "description_ja", "description_en", "booth", "category"}) {
    any_column += std::string(any_column.empty() ? "" : " OR ") + column + " LIKE " + p + " ESCAPE '\\'";
  }
  return "(" + any_column + ")";
}

// Numbers inside booth labels compare by value, B-1 (not ). Empty booths last.
bool booth_before(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return !a.empty() && b.empty();
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      std::string_view na(a.data() + i, ei - i), nb(b.data() + j, ej - j);
      na.remove_prefix(std::min(na.find_first_not_of('0'), na.size()));
      nb.remove_prefix(std::min(nb.find_first_not_of('0'), nb.size()));
      if (na.size() != nb.size()) return na.size() < nb.size();
      if (na != nb) return na < nb;
      i = ei;
      j = ej;
    } else {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

}  // namespace

Result<std::vector<model::Exhibitor>> exhibitors(sqlite3* db, const std::string& query, Order order) {
  const std::vector<Word> words = split_words(query);
  std::string where;
  for (size_t k = 0; k < words.size(); ++k) {
    where += (k == 0 ? " WHERE " : " AND ") + word_condition(words[k], static_cast<int>(k + 1));
  }
  const auto bind_words = [&](Statement& s) {
    for (size_t k = 0; k < words.size(); ++k) {
      const Word& w = words[k];
      s.bind_text(static_cast<int>(k + 1), w.indexed ? fts_phrase(w.text) : like_pattern(w.text));
    }
  };
  auto found = select_rows(db, std::string(rows::kSelectExhibitor) + where + " ORDER BY ordinal", bind_words,
                           rows::exhibitor);
  if (!found || order == Order::Source) return found;
  std::stable_sort(found->begin(), found->end(), [](const model::Exhibitor& a, const model::Exhibitor& b) {
    return booth_before(a.booth, b.booth);
  });
  return found;
}

}  // namespace kiosk::store::queries
