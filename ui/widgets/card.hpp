// Card: a rounded white panel behind whatever is drawn between its construction and destruction.
// The content's height is only known afterwards, so the content goes to a foreground draw channel
// and the panel is filled into the background channel when the card closes.
#pragma once

#include "widgets/draw_context.hpp"

struct ImDrawList;

namespace kiosk::ui {

class Card {
 public:
  // Opens a card spanning screen x [left, right) at the cursor; content starts inside the top padding.
  Card(const DrawContext& context, float left, float right);
  ~Card();  // fills the panel, merges the channels, leaves the cursor below the card
  Card(const Card&) = delete;
  Card& operator=(const Card&) = delete;

 private:
  const DrawContext& context_;
  ImDrawList* draw_list_;
  float left_;
  float right_;
  float top_;
};

}  // namespace kiosk::ui
