// The preview pages. Each page is the kiosk's screen laid out for a 1920x1080 browser window with
// the same strings (content.strings, in ja and en) and the same figures; see site.hpp.
#include "html/site.hpp"

#include <algorithm>
#include <cstdio>

#include "html/escape.hpp"

namespace kiosk::html {
namespace {

enum class Lang { Ja, En };

struct Context {
  const model::Content& content;
  Lang lang;
};

const std::string& pick(const model::Text& text, Lang lang) {
  return lang == Lang::En && !text.en.empty() ? text.en : text.ja;  // English falls back to Japanese
}

// A UI string by key, escaped; the key itself when the content lacks it (visible, not blank).
std::string ui(const Context& c, const std::string& key) {
  const auto at = c.content.strings.find(key);
  return escape_text(at == c.content.strings.end() ? key : pick(at->second, c.lang));
}

std::string text(const Context& c, const model::Text& t) { return escape_text(pick(t, c.lang)); }

std::string figure(double value) {
  char out[32];
  std::snprintf(out, sizeof out, "%.10g", value);
  return out;
}

// The headline point: the last actual value, else the last point (a target-only indicator).
const model::Point* headline(const model::Indicator& indicator) {
  for (auto it = indicator.points.rbegin(); it != indicator.points.rend(); ++it)
    if (it->kind == model::PointKind::Actual) return &*it;
  return indicator.points.empty() ? nullptr : &indicator.points.back();
}

std::string category_name(const Context& c, const std::string& id) {
  for (const model::Category& category : c.content.categories)
    if (category.id == id) return text(c, category.name);
  return escape_text(id);
}

std::string when(const model::Event& event) {
  std::string out = event.start;
  std::replace(out.begin(), out.end(), 'T', ' ');
  if (!event.end.empty() && event.end != event.start) {
    std::string end = event.end;
    std::replace(end.begin(), end.end(), 'T', ' ');
    out += " – " + end;
  }
  return escape_text(out);
}

// Page frame: head with the shared stylesheet, the title bar (back link, title, language switch, clock).
std::string page(const Context& c, const std::string& file, const std::string& title, const std::string& body,
                 const std::string& body_class = "") {
  const bool en = c.lang == Lang::En;
  const std::string root = en ? "../" : "";
  const std::string other = en ? "../" + file : "en/" + file;
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(en ? "en" : "ja") + "\">\n<head>\n";
  out += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n";
  out += "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"" + root + "style.css\">\n</head>\n";
  out += "<body" + (body_class.empty() ? std::string() : " class=\"" + body_class + "\"") + ">\n";
  out += "<header class=\"bar\">";
  if (file != "index.html") out += "<a class=\"back\" href=\"index.html\">" + ui(c, "common.home") + "</a>";
  out += "<h1>" + title + "</h1>";
  out += "<a class=\"lang\" href=\"" + other + "\">" + ui(c, "lang.switch_to_other") + "</a>";
  out += "<time id=\"clock\"></time></header>\n<main>\n" + body + "</main>\n";
  // The kiosk's clock: Japan time (no DST), redrawn on the minute like the kiosk, not every second.
  out +=
      "<script>\n"
      "function tick() {\n"
      "  const t = new Date(Date.now() + 9 * 3600 * 1000);\n"
      "  const p = n => String(n).padStart(2, '0');\n"
      "  document.getElementById('clock').textContent = t.getUTCFullYear() + '-' + p(t.getUTCMonth() + 1) +\n"
      "    '-' + p(t.getUTCDate()) + '  ' + p(t.getUTCHours()) + ':' + p(t.getUTCMinutes());\n"
      "  setTimeout(tick, 60000 - Date.now() % 60000);\n"
      "}\n"
      "tick();\n"
      "</script>\n</body>\n</html>\n";
  return out;
}

std::string home(const Context& c) {
  std::string body = "<p class=\"subtitle\">" + ui(c, "app.subtitle") + "</p>\n<nav class=\"tiles\">\n";
  for (const char* screen : {"indicators", "events", "exhibitors", "crafts"}) {
    const std::string key = std::string("home.") + screen;
    body += "<a class=\"tile\" href=\"" + std::string(screen) + ".html\">" + ui(c, key) + "</a>\n";
  }
  body += "</nav>\n";
  return page(c, "index.html", ui(c, "app.title"), body, "home");
}

std::string indicators(const Context& c) {
  std::string body;
  if (!c.content.indicators.empty()) {
    const model::Indicator& first = c.content.indicators.front();
    body += "<section class=\"card featured\"><h2>" + text(c, first.name) + "</h2>\n" + svg_chart(first, 1600, 420) +
            "<p class=\"source\">" + ui(c, "indicators.source") + ": " + escape_text(first.source.quote) +
            "</p></section>\n";
  }
  body += "<ul class=\"list\">\n";
  for (const model::Indicator& indicator : c.content.indicators) {
    body += "<li class=\"card\"><span class=\"eyebrow\">" + category_name(c, indicator.category) + "</span><h3>" +
            text(c, indicator.name) + "</h3>";
    if (const model::Point* point = headline(indicator))
      body += "<p class=\"figure\">" + escape_text(figure(point->value)) + " <small>" +
              escape_text(indicator.unit) + "</small> <span class=\"muted\">" + escape_text(point->period) +
              "</span></p>";
    body += "<p class=\"source\">" + ui(c, "indicators.source") + ": " + escape_text(indicator.source.quote) +
            "</p></li>\n";
  }
  body += "</ul>\n";
  return page(c, "indicators.html", ui(c, "indicators.title"), body);
}

std::vector<const model::Event*> by_start(const model::Content& content) {
  std::vector<const model::Event*> events;
  for (const model::Event& event : content.events) events.push_back(&event);
  std::stable_sort(events.begin(), events.end(),
                   [](const model::Event* a, const model::Event* b) { return a->start_utc < b->start_utc; });
  return events;
}

std::string events(const Context& c) {
  std::string body = "<ul class=\"list\">\n";
  for (const model::Event* event : by_start(c.content)) {
    body += "<li class=\"card\"><span class=\"eyebrow\">" + when(*event) + "</span><h3>" + text(c, event->title) +
            "</h3><p>" + ui(c, "events.place") + ": " + text(c, event->place) + "</p>";
    if (!pick(event->organizer, c.lang).empty())
      body += "<p>" + ui(c, "events.organizer") + ": " + text(c, event->organizer) + "</p>";
    if (!pick(event->summary, c.lang).empty()) body += "<p class=\"muted\">" + text(c, event->summary) + "</p>";
    if (const std::string url = safe_url(event->url); !url.empty())
      body += "<p><a href=\"" + url + "\">" + escape_text(event->url) + "</a></p>";
    body += "</li>\n";
  }
  body += "</ul>\n";
  return page(c, "events.html", ui(c, "events.title"), body);
}

std::string exhibitors(const Context& c) {
  std::string body = "<ul class=\"list\">\n";
  for (const model::Exhibitor& exhibitor : c.content.exhibitors) {
    body += "<li class=\"card\"><span class=\"eyebrow\">" + escape_text(exhibitor.booth) + "  " +
            escape_text(exhibitor.category) + "</span><h3>" + text(c, exhibitor.name) + "</h3><p>" +
            text(c, exhibitor.description) + "</p></li>\n";
  }
  body += "</ul>\n";
  return page(c, "exhibitors.html", ui(c, "exhibitors.title"), body);
}

std::string crafts(const Context& c) {
  std::string body = "<ul class=\"list\">\n";
  for (const model::Craft& craft : c.content.crafts) {
    const model::Text* region = model::region_name(craft.prefecture);
    body += "<li class=\"card\"><span class=\"eyebrow\">" +
            (region ? text(c, *region) : escape_text(craft.prefecture)) + "</span><h3>" + text(c, craft.name) +
            "</h3><p>" + text(c, craft.description) + "</p></li>\n";
  }
  body += "</ul>\n";
  return page(c, "crafts.html", ui(c, "home.crafts"), body);
}

// One attract slide's inner HTML, as the kiosk's attract screen fills it.
std::string slide_body(const Context& c, const model::Slide& slide) {
  if (slide.kind == "indicator")
    for (const model::Indicator& indicator : c.content.indicators)
      if (indicator.id == slide.ref) {
        std::string out = "<span class=\"eyebrow\">" + category_name(c, indicator.category) + "</span><h2>" +
                          text(c, indicator.name) + "</h2>";
        if (const model::Point* point = headline(indicator))
          out += "<p class=\"big\">" + escape_text(figure(point->value)) + " <small>" + escape_text(indicator.unit) +
                 "</small></p><p class=\"muted\">" + escape_text(point->period) + "</p>";
        return out;
      }
  if (slide.kind == "exhibitor")
    for (const model::Exhibitor& exhibitor : c.content.exhibitors)
      if (exhibitor.id == slide.ref)
        return "<span class=\"eyebrow\">" + ui(c, "home.exhibitors") + "</span><h2>" + text(c, exhibitor.name) +
               "</h2><p>" + text(c, exhibitor.description) + "</p>";
  if (slide.kind == "craft")
    for (const model::Craft& craft : c.content.crafts)
      if (craft.id == slide.ref)
        return "<span class=\"eyebrow\">" + ui(c, "home.crafts") + "</span><h2>" + text(c, craft.name) + "</h2><p>" +
               text(c, craft.description) + "</p>";
  if (slide.kind == "events") {
    std::string out = "<span class=\"eyebrow\">" + ui(c, "home.events") + "</span><ul>";
    const auto events = by_start(c.content);
    for (size_t i = 0; i < events.size() && i < 5; ++i)
      out += "<li>" + when(*events[i]) + "  " + text(c, events[i]->title) + "</li>";
    return out + "</ul>";
  }
  return "<h2>" + ui(c, "attract.prompt") + "</h2>";
}

std::string percent(double part, double whole) {
  char out[32];
  std::snprintf(out, sizeof out, "%.3f%%", 100.0 * std::clamp(part / whole, 0.0, 1.0));
  return out;
}

// The loop: every slide is stacked in one place and runs its own keyframes over the whole loop's
// length, fading and rising in (0.7 s, the kiosk's kAttractFadeS) at its turn, then vanishing.
std::string attract(const Context& c) {
  constexpr double kFadeMs = 700;
  std::vector<model::Slide> slides = c.content.slides;
  if (slides.empty()) slides.push_back(model::Slide{"prompt", "prompt", "", 8000, "", ""});
  double total = 0;
  for (const model::Slide& slide : slides) total += std::max(2000, slide.duration_ms);  // the kiosk's minimum
  std::string css = "<style>\n", body = "<div class=\"stage\">\n";
  double start = 0;
  for (size_t i = 0; i < slides.size(); ++i) {
    const double end = start + std::max(2000, slides[i].duration_ms);
    const std::string name = "slide" + std::to_string(i);
    css += "@keyframes " + name + " { 0% { opacity: 0; transform: translateY(40px); } ";
    if (start > 0) css += percent(start, total) + " { opacity: 0; transform: translateY(40px); } ";
    css += percent(start + kFadeMs, total) + " { opacity: 1; transform: none; } " + percent(end - 1, total) +
           " { opacity: 1; transform: none; } " + percent(end, total) + " { opacity: 0; } 100% { opacity: 0; } }\n";
    css += "#" + name + " { animation: " + name + " " + figure(total / 1000) + "s linear infinite; }\n";
    body += "<section class=\"slide card\" id=\"" + name + "\">" + slide_body(c, slides[i]) + "</section>\n";
    start = end;
  }
  css += "</style>\n";
  body += "</div>\n<p class=\"touch\">" + ui(c, "attract.touch") + "</p>\n";
  return page(c, "attract.html", ui(c, "app.title"), css + body, "attract");
}

// Sizes follow the kiosk's theme at 1920x1080 (32 px body, 64 px headings); colours are its palette.
constexpr const char* kStyle = R"css(* { box-sizing: border-box; }
body { margin: 0; background: #EEF1F4; color: #1A1F26; font: 32px/1.4 "Noto Sans CJK JP", sans-serif; }
a { color: inherit; }
.bar { display: flex; align-items: center; gap: 32px; height: 120px; padding: 0 40px; background: #0B2E4F;
       color: #FFFFFF; }
.bar h1 { flex: 1; margin: 0; font-size: 48px; }
.bar .back, .bar .lang { padding: 12px 28px; border-radius: 12px; background: #FFFFFF; color: #0B2E4F;
                         text-decoration: none; }
#clock { color: #B9CBDC; white-space: pre; }
main { padding: 40px; }
.subtitle { margin: 0 0 32px; color: #555F6B; }
.tiles { display: grid; grid-template-columns: 1fr 1fr; gap: 40px; }
.tile { display: flex; align-items: center; justify-content: center; height: 340px; border-radius: 24px;
        background: #FFFFFF; border: 2px solid #C8D0D8; font-size: 64px; text-decoration: none; color: #0B2E4F; }
.list { list-style: none; margin: 0; padding: 0; display: grid; gap: 24px; }
.card { background: #FFFFFF; border: 2px solid #C8D0D8; border-radius: 24px; padding: 24px 32px; }
.card h2, .card h3 { margin: 4px 0; }
.eyebrow { color: #0072B2; font-size: 24px; white-space: pre; }
.figure { margin: 8px 0; font-size: 48px; color: #0072B2; }
.muted, .source { color: #555F6B; }
.source { font-size: 24px; }
.featured { margin-bottom: 24px; }
.chart { width: 100%; height: auto; }
.chart .axis { stroke: #C8D0D8; stroke-width: 2; }
.chart .tick { fill: #555F6B; font-size: 24px; }
.chart .series { fill: none; stroke-width: 4; }
.stage { position: relative; height: 760px; }
.slide { position: absolute; inset: 0; opacity: 0; padding: 60px; }
.slide h2 { font-size: 64px; }
.big { font-size: 160px; margin: 0; color: #0072B2; }
.touch { text-align: center; font-size: 48px; color: #0B2E4F; }
@media (orientation: portrait) { .tiles { grid-template-columns: 1fr; } .stage { height: 1400px; } }
)css";

}  // namespace

std::vector<SiteFile> render_site(const model::Content& content) {
  std::vector<SiteFile> files{{"style.css", kStyle}};
  for (const Lang lang : {Lang::Ja, Lang::En}) {
    const Context c{content, lang};
    const std::string dir = lang == Lang::En ? "en/" : "";
    files.push_back({dir + "index.html", home(c)});
    files.push_back({dir + "indicators.html", indicators(c)});
    files.push_back({dir + "events.html", events(c)});
    files.push_back({dir + "exhibitors.html", exhibitors(c)});
    files.push_back({dir + "crafts.html", crafts(c)});
    files.push_back({dir + "attract.html", attract(c)});
  }
  return files;
}

}  // namespace kiosk::html
