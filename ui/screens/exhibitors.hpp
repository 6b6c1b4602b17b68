// Exhibitors: the pavilion's exhibitors with an on-screen keyboard search (katakana gojūon or Latin,
// partial input, ja and en). The search itself runs outside the draw path: when the query changes the
// screen returns SearchExhibitors(query); the shell runs ContentReader::search_exhibitors(query)
// and rebuilds the model from the results. Sample entries carry a サンプル / Sample badge.
//
//   model:  ExhibitorsModel   build: make_exhibitors(results, query, strings)
//   state:  ExhibitorsState   (query being typed, keyboard layout; owned by the shell)
//   draw:   draw_exhibitors(model, state, context)
//             -> Intent {SearchExhibitors(query) | OpenExhibitor(id) | Back | SwitchLanguage}
#pragma once

#include <string>
#include <vector>

#include "i18n/ui_strings.hpp"
#include "model/content.hpp"
#include "screens/intent.hpp"
#include "widgets/draw_context.hpp"
#include "widgets/keyboard.hpp"
#include "widgets/screen_frame.hpp"

namespace kiosk::ui {

struct ExhibitorRow {
  std::string id;
  std::string name;
  std::string booth;        // "小間 T-01" / "Booth T-01"
  std::string category;     // exhibitors.category.<id>, or the id when unknown
  std::string description;
  bool sample = false;
  std::string booth_line;   // booth and category on one line, joined once here (not per frame)
};

struct ExhibitorsModel {
  ScreenHeader header;
  std::string query;         // what the results are for
  std::string search_label;  // exhibitors.search
  std::string search_hint;   // shown while the query is empty
  std::string sample_badge;  // exhibitors.sample
  std::string sample_note;   // exhibitors.sample_note, when a sample is listed
  std::string no_results;    // exhibitors.no_results, when the search found nothing
  std::vector<ExhibitorRow> rows;
  KeyboardModel keyboard;
};

struct ExhibitorsState {
  std::string query;  // typed so far (UTF-8)
  KeyboardLayout layout = KeyboardLayout::Kana;
};

// `results` are what ContentReader::search_exhibitors(query) returned (booth order).
ExhibitorsModel make_exhibitors(const std::vector<model::Exhibitor>& results, const std::string& query,
                                const UiStrings& strings);
Intent draw_exhibitors(const ExhibitorsModel& model, ExhibitorsState& state, const DrawContext& context);

}  // namespace kiosk::ui
