#include "screens/events.hpp"

#include <algorithm>

#include "widgets/card.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

void section_title(const std::string& title, const DrawContext& context) {
  ImGui::Dummy(ImVec2(0, context.theme.metrics.gap));
  accent_heading(title, context.fonts.heading, context);
}

// One event as a tappable card; `indent` leaves room for the history timeline on the left.
bool event_card(const EventRow& row, const DrawContext& context, float indent, bool dot) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float start_x = ImGui::GetCursorScreenPos().x;
  const float left = start_x + indent;
  const float right = start_x + ImGui::GetContentRegionAvail().x;
  const float top = ImGui::GetCursorScreenPos().y;
  {
    Card card(context, left, right);
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(row.when, context.fonts.caption, p.accent, right - m.pad);
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(row.title, context.fonts.body, p.text, right - m.pad);
    if (!row.place.empty()) {
      ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
      wrapped_text(row.place, context.fonts.caption, p.text_muted, right - m.pad);
    }
  }
  const float bottom = ImGui::GetCursorScreenPos().y;
  if (dot) {  // the timeline: a line down the left and a dot level with the date
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float x = start_x + indent / 2;
    list->AddLine(ImVec2(x, top - m.gap), ImVec2(x, bottom + m.gap), p.surface_line, std::max(2.0f, 4 * m.scale));
    list->AddCircleFilled(ImVec2(x, top + m.pad + context.fonts.caption->FontSize / 2), std::max(4.0f, 10 * m.scale),
                          p.accent);
  }
  ImGui::PushID(row.id.c_str());
  const bool tapped = tap_area("###event", ImVec2(left, top), ImVec2(right, bottom));
  ImGui::PopID();
  ImGui::SetCursorScreenPos(ImVec2(start_x, bottom));
  ImGui::Dummy(ImVec2(0, m.gap / 2));
  return tapped;
}

void event_rows(const std::vector<EventRow>& rows, const DrawContext& context, Intent& intent, float indent = 0,
                bool dots = false) {
  for (const EventRow& row : rows)
    if (event_card(row, context, indent, dots)) intent = {IntentKind::OpenEvent, row.id};
}

void events_body(const EventsModel& model, const DrawContext& context, Intent& intent) {
  const Palette& p = context.theme.palette;
  if (!model.now.empty()) {
    section_title(model.now_title, context);
    event_rows(model.now, context, intent);
  }
  if (!model.next.empty()) {
    section_title(model.next_title, context);
    event_rows(model.next, context, intent);
  }
  if (!model.later_today.empty()) {
    section_title(model.later_title, context);
    event_rows(model.later_today, context, intent);
  }
  if (!model.none_today.empty()) {
    ImGui::Dummy(ImVec2(0, context.theme.metrics.gap));
    wrapped_text(model.none_today, context.fonts.body, p.text_muted,
                 ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x);
  }
  if (!model.schedule.empty()) {
    section_title(model.schedule_title, context);
    for (const EventDay& day : model.schedule) {
      wrapped_text(day.label, context.fonts.body, p.text, ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x);
      event_rows(day.rows, context, intent);
    }
  }
  if (!model.history.empty()) {
    section_title(model.history_title, context);
    event_rows(model.history, context, intent, context.theme.metrics.touch, true);
  }
  ImGui::Dummy(ImVec2(0, context.theme.metrics.margin));
}

void detail_body(const EventDetailModel& model, const DrawContext& context) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  const bool wide = right - left >= 1100 * m.scale;
  const float qr_side = model.qr ? std::min(480 * m.scale, (right - left) * 0.8f) : 0;
  Card card(context, left, right);
  const float top = ImGui::GetCursorScreenPos().y;
  const float text_right = (wide && model.qr) ? right - m.pad * 2 - qr_side : right - m.pad;
  ImGui::SetCursorScreenPos(ImVec2(left + m.pad, top));
  wrapped_text(model.title, context.fonts.body, p.text, text_right);
  ImGui::Dummy(ImVec2(0, m.gap / 2));
  for (const auto& [label, value] : model.facts) {
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(label, context.fonts.caption, p.text_muted, text_right);
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y));
    wrapped_text(value, context.fonts.body, p.text, text_right);
  }
  ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y + m.gap / 2));
  wrapped_text(model.summary, context.fonts.body, p.text, text_right);
  if (!model.source.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(left + m.pad, ImGui::GetCursorScreenPos().y + m.gap / 2));
    wrapped_text(model.source, context.fonts.caption, p.text_muted, text_right);
  }
  if (!model.qr) return;
  const float text_bottom = ImGui::GetCursorScreenPos().y;
  const ImVec2 qr_at = wide ? ImVec2(right - m.pad - qr_side, top) : ImVec2(left + (right - left - qr_side) / 2, text_bottom + m.gap);
  draw_qr(*model.qr, qr_at, qr_side);
  const float caption_width = text_width(model.qr_caption, context.fonts.body);
  ImGui::SetCursorScreenPos(ImVec2(qr_at.x + std::max(0.0f, (qr_side - caption_width) / 2), qr_at.y + qr_side));
  wrapped_text(model.qr_caption, context.fonts.body, p.text, right - m.pad);
  ImGui::SetCursorScreenPos(ImVec2(left + m.pad, std::max(text_bottom, ImGui::GetCursorScreenPos().y)));
}

}  // namespace

Intent draw_events(const EventsModel& model, const DrawContext& context) {
  Intent intent = begin_screen("###events", model.header, context);
  Intent tapped;
  if (begin_scroll_body("###events-scroll", context)) events_body(model, context, tapped);
  end_scroll_body();
  end_screen();
  return tapped.kind != IntentKind::None ? tapped : intent;
}

Intent draw_event_detail(const EventDetailModel& model, const DrawContext& context) {
  Intent intent = begin_screen("###event-detail", model.header, context);
  Intent tapped;
  // Portrait has the height for what happened around it: the events before and after as cards.
  const ImVec2 screen = ImGui::GetMainViewport()->Size;
  const bool tall = screen.y > screen.x * 1.2f;
  if (begin_scroll_body("###event-detail-scroll", context)) {
    detail_body(model, context);
    if (tall && !model.around.empty()) {
      section_title(model.around_title, context);
      event_rows(model.around, context, tapped);
    }
    ImGui::Dummy(ImVec2(0, context.theme.metrics.margin));
  }
  end_scroll_body();
  end_screen();
  return tapped.kind != IntentKind::None ? tapped : intent;
}

}  // namespace kiosk::ui
