#include "screens/attract.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "content/indicator_headline.hpp"
#include "i18n/english_units.hpp"
#include "i18n/format.hpp"
#include "widgets/sparkline.hpp"
#include "widgets/text.hpp"

namespace kiosk::ui {
namespace {

constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

std::string tokyo_time(int64_t utc) {  // "12/14 10:00" in Asia/Tokyo (UTC+9, no DST)
  const int64_t local = utc + 9 * 3600;
  int64_t days = local / 86400;
  const int64_t secs = local % 86400;
  // civil-from-days (Howard Hinnant)
  days += 719468;
  const int64_t era = days / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  char text[64];
  std::snprintf(text, sizeof text, "%d/%d %02d:%02d", static_cast<int>(m), static_cast<int>(d),
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60));
  return text;
}

std::string category_name(const model::Content& content, const std::string& id, Language language) {
  for (const auto& category : content.categories)
    if (category.id == id) return pick(category.name, language);
  return {};
}

bool indicator_slide(const model::Content& content, const std::string& ref, const UiStrings& strings,
                     AttractSlide& slide) {
  const Language lang = strings.language();
  for (const model::Indicator& indicator : content.indicators) {
    if (indicator.id != ref) continue;
    slide.eyebrow = category_name(content, indicator.category, lang);
    slide.title = pick(indicator.name, lang);
    if (const model::Point* point = headline_point(indicator)) {
      Quantity quantity = format_quantity(point->value, indicator.unit, lang);  // English: "8.61 million people"
      slide.number = std::move(quantity.number);
      slide.unit = std::move(quantity.unit);
      slide.unit_spaced = quantity.spaced;
      const std::string period = format_period(point->period, lang);
      slide.status = lang == Language::Ja ? period + strings.get("indicators.as_of")
                                          : strings.get("indicators.as_of") + " " + period;
      for (const model::Point& p : indicator.points)
        if (p.kind == point->kind && p.region == point->region && p.label == point->label)
          slide.series.push_back(p.value);
    }
    slide.body = strings.get("indicators.source") + " " + quote(indicator.source.quote, lang);
    return true;
  }
  return false;
}

void events_slide(const model::Content& content, const UiStrings& strings, int64_t now_utc,
                  AttractSlide& slide) {
  slide.eyebrow = strings.get("home.events");
  slide.title = strings.get("events.next");
  std::vector<const model::Event*> coming;
  for (const model::Event& event : content.events)
    if (event.end_utc > now_utc) coming.push_back(&event);
  std::sort(coming.begin(), coming.end(), [](auto* a, auto* b) { return a->start_utc < b->start_utc; });
  if (coming.empty()) {  // a show after its last event: the latest ones, as history
    for (const model::Event& event : content.events) coming.push_back(&event);
    std::sort(coming.begin(), coming.end(), [](auto* a, auto* b) { return a->start_utc > b->start_utc; });
    slide.title = strings.get("events.history");
  }
  for (size_t i = 0; i < coming.size() && i < 4; ++i)
    slide.lines.push_back((coming[i]->all_day ? coming[i]->start : tokyo_time(coming[i]->start_utc)) + "   " +
                          pick(coming[i]->title, strings.language()));
}

bool spotlight_slide(const model::Content& content, const AttractSlide& base, const std::string& ref,
                     const UiStrings& strings, AttractSlide& slide) {
  const Language lang = strings.language();
  if (base.kind == "exhibitor") {
    for (const model::Exhibitor& e : content.exhibitors) {
      if (e.id != ref) continue;
      slide.eyebrow = strings.get("home.exhibitors") + (e.sample ? "  · " + strings.get("exhibitors.sample") : "");
      slide.title = pick(e.name, lang);
      slide.status = strings.format("exhibitors.booth", e.booth);
      slide.body = pick(e.description, lang);
      return true;
    }
    return false;
  }
  for (const model::Craft& c : content.crafts) {
    if (c.id != ref) continue;
    slide.eyebrow = strings.get("home.crafts");
    slide.title = pick(c.name, lang);
    slide.body = pick(c.description, lang);
    return true;
  }
  return false;
}

// wrapped_text leaves the cursor at the window's left edge: lines of a slide start at `left`.
void slide_text(const std::string& text, ImFont* font, ImU32 colour, float left, float right) {
  ImGui::SetCursorScreenPos(ImVec2(left, ImGui::GetCursorScreenPos().y));
  wrapped_text(text, font, colour, right);
}

void draw_slide(const AttractSlide& slide, const DrawContext& context, ImVec2 min, ImVec2 max) {
  const Palette& p = context.theme.palette;
  const Metrics& m = context.theme.metrics;
  const float width = max.x - min.x;
  ImGui::SetCursorScreenPos(min);
  if (!slide.eyebrow.empty())
    slide_text(slide.eyebrow, context.fonts.heading, ImGui::GetColorU32(p.accent), min.x, max.x);
  if (!slide.title.empty()) slide_text(slide.title, context.fonts.title, ImGui::GetColorU32(p.text), min.x, max.x);
  ImGui::SetCursorScreenPos(ImVec2(min.x, ImGui::GetCursorScreenPos().y + m.gap));
  if (!slide.number.empty()) {
    // The headline number in the largest font, the unit on its baseline.
    // Native sizes only: a scaled atlas font turns blocky, and the title font holds only the UI strings'
    // characters (digits included, not every unit), so the unit uses the figure font.
    ImFont* big = context.fonts.title;
    const float size = big->FontSize;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddText(big, size, at, ImGui::GetColorU32(p.accent), slide.number.c_str());
    const float number_w = big->CalcTextSizeA(size, FLT_MAX, 0, slide.number.c_str()).x;
    ImFont* unit = context.fonts.figure;
    const float baseline = at.y + big->Ascent * size / big->FontSize;
    draw->AddText(unit, unit->FontSize,
                  ImVec2(at.x + number_w + (slide.unit_spaced ? m.pad / 2 : 0), baseline - unit->Ascent),
                  ImGui::GetColorU32(p.accent), slide.unit.c_str());
    ImGui::SetCursorScreenPos(ImVec2(min.x, at.y + size + m.gap / 2));
    if (!slide.status.empty())
      slide_text(slide.status, context.fonts.heading, ImGui::GetColorU32(p.text_muted), min.x, max.x);
    if (slide.series.size() >= 2) {
      const ImVec2 chart_at = ImGui::GetCursorScreenPos();
      const float h = std::min(m.touch * 2.5f, std::max(0.0f, max.y - chart_at.y - m.touch * 2));
      if (h > m.touch) {
        const ImVec2 c_min(chart_at.x, chart_at.y + m.gap);
        const ImVec2 c_max(chart_at.x + std::min(width, 900 * m.scale), chart_at.y + m.gap + h);
        draw_sparkline(slide.series, context, c_min, c_max, ImGui::GetColorU32(p.series[1]));
        ImGui::SetCursorScreenPos(ImVec2(chart_at.x, c_max.y + m.gap));
      }
    }
  } else if (!slide.status.empty()) {
    slide_text(slide.status, context.fonts.heading, ImGui::GetColorU32(p.text_muted), min.x, max.x);
  }
  for (const std::string& line : slide.lines) {
    slide_text(line, context.fonts.heading, ImGui::GetColorU32(p.text), min.x, max.x);
    ImGui::SetCursorScreenPos(ImVec2(min.x, ImGui::GetCursorScreenPos().y + m.gap / 2));
  }
  if (!slide.body.empty() && ImGui::GetCursorScreenPos().y < max.y - context.fonts.body->FontSize) {
    ImGui::PushClipRect(min, max, true);
    slide_text(slide.body, context.fonts.body, ImGui::GetColorU32(p.text_muted), min.x, max.x);
    ImGui::PopClipRect();
  }
}

}  // namespace

AttractModel make_attract(const model::Content& content, const UiStrings& strings, int64_t now_utc) {
  AttractModel model;
  model.bar = {strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")};
  model.touch = strings.get("attract.touch");
  model.prompt = strings.get("attract.prompt");
  for (const model::Slide& s : content.slides) {
    AttractSlide slide;
    slide.kind = s.kind;
    slide.id = s.id;
    slide.duration_ms = std::max(2000, s.duration_ms);
    bool ok = true;
    if (s.kind == "indicator") ok = indicator_slide(content, s.ref, strings, slide);
    else if (s.kind == "events") events_slide(content, strings, now_utc, slide);
    else if (s.kind == "exhibitor" || s.kind == "craft") ok = spotlight_slide(content, slide, s.ref, strings, slide);
    else {  // prompt, and kinds a newer bundle may add
      slide.kind = "prompt";
      slide.title = model.touch;
      slide.body = model.prompt;
    }
    if (ok) model.slides.push_back(std::move(slide));
  }
  if (model.slides.empty()) model.slides.push_back({"prompt", {}, model.touch, {}, {}, true, {}, model.prompt, {}, {}, 8000, "prompt"});
  return model;
}

double advance_attract(const AttractModel& model, AttractState& state, double time_s) {
  if (state.index >= model.slides.size()) state = {};
  if (!state.started) {
    state.started = true;
    state.started_s = time_s;
  }
  double shown = time_s - state.started_s;
  const double duration = model.slides[state.index].duration_ms / 1000.0;
  if (shown >= duration) {
    state.index = (state.index + 1) % model.slides.size();
    state.started_s = time_s;
    shown = 0;
  }
  if (shown < kAttractFadeS) return 0;  // in a transition: draw at the capped rate
  return duration - shown;
}

Intent draw_attract(const AttractModel& model, const AttractState& state, const DrawContext& context,
                    double time_s) {
  const Metrics& m = context.theme.metrics;
  const Palette& p = context.theme.palette;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("###attract", nullptr, kScreenFlags);
  Intent intent;
  if (draw_title_bar(model.bar, context)) intent.kind = IntentKind::SwitchLanguage;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const ImVec2 end(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y);
  const float prompt_h = m.touch * 2.2f;

  // The whole area under the bar is one touch target: any tap wakes the kiosk.
  ImGui::SetCursorScreenPos(top);
  if (ImGui::InvisibleButton("###attract-wake", ImVec2(end.x - top.x, end.y - top.y)))
    intent.kind = IntentKind::Wake;

  const AttractSlide& slide = model.slides[std::min(state.index, model.slides.size() - 1)];
  const double shown = state.started ? time_s - state.started_s : kAttractFadeS;
  const float t = static_cast<float>(std::clamp(shown / kAttractFadeS, 0.0, 1.0));
  const float eased = 1 - (1 - t) * (1 - t) * (1 - t);
  const float rise = (1 - eased) * m.touch;
  ImGui::PushStyleVar(ImGuiStyleVar_Alpha, eased);
  const float margin = m.margin * 1.5f;
  draw_slide(slide, context, ImVec2(top.x + margin, top.y + margin + rise),
             ImVec2(end.x - margin, end.y - prompt_h - m.gap));
  ImGui::PopStyleVar();

  // The prompt band: always there, so a passer-by knows the screen is for touching.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 band_min(top.x, end.y - prompt_h);
  draw->AddRectFilled(band_min, end, p.bar);
  ImFont* font = context.fonts.title;
  const float w = text_width(model.touch, font);
  draw->AddText(font, font->FontSize,
                ImVec2(band_min.x + (end.x - band_min.x - w) / 2, band_min.y + (prompt_h - font->FontSize) / 2),
                p.on_bar, model.touch.c_str());
  // Progress dots: where the loop is.
  const float dot = m.scale * 7;
  const float dots_w = static_cast<float>(model.slides.size()) * dot * 3;
  for (size_t i = 0; i < model.slides.size(); ++i) {
    const ImVec2 c(end.x - margin - dots_w + static_cast<float>(i) * dot * 3, band_min.y - m.gap);
    draw->AddCircleFilled(c, dot, i == state.index ? p.accent : p.surface_line);
  }
  ImGui::End();
  ImGui::PopStyleVar();
  return intent;
}

}  // namespace kiosk::ui
