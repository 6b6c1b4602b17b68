#include "screens/indicator_list_model.hpp"

#include <algorithm>

#include "content/indicator_headline.hpp"
#include "i18n/english_units.hpp"
#include "i18n/format.hpp"
#include "screens/source_title.hpp"

namespace kiosk::ui {
namespace {

// What the value is, when it is not a measured one: "予測" / "forecast".
std::string kind_note(model::PointKind kind, const UiStrings& strings) {
  switch (kind) {
    case model::PointKind::Forecast:
      return strings.get("indicators.forecast");
    case model::PointKind::Target:
      return strings.get("indicators.target");
    case model::PointKind::Actual:
      break;
  }
  return {};
}

std::string point_context(const model::Point& point, Language language) {
  std::string context = pick(point.label, language);
  if (point.region != "tohoku") {
    const model::Text* region = model::region_name(point.region);
    const std::string name = region ? pick(*region, language) : point.region;
    context = context.empty() ? name : name + std::string(kSeparator) + context;
  }
  return context;
}

// "出典：003_….txt" / "Source: 003_….txt"
std::string labelled(const std::string& label, const std::string& value, Language language) {
  return label + (language == Language::Ja ? "\uFF1A" : ": ") + value;
}

// "2020年時点" / "As of 2020"; a translation may place the period itself with "{}".
std::string as_of(const UiStrings& strings, const std::string& period) {
  const std::string& label = strings.get("indicators.as_of");
  if (label.find("{}") != std::string::npos) return strings.format("indicators.as_of", period);
  return strings.language() == Language::Ja ? period + label : label + " " + period;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts)
    if (!part.empty()) out += (out.empty() ? "" : std::string(kSeparator)) + part;
  return out;
}

}  // namespace

IndicatorRow make_indicator_row(const model::Indicator& indicator, const UiStrings& strings) {
  const Language language = strings.language();
  IndicatorRow row;
  row.id = indicator.id;
  row.name = pick(indicator.name, language);
  row.source = labelled(strings.get("indicators.source"),
                        source_title(strings.all(), indicator.source.document, language), language);
  if (!indicator.source.quote.empty()) row.source += " " + quote(indicator.source.quote, language);
  const model::Point* point = headline_point(indicator);
  if (point == nullptr) {
    row.number = "\u2014";
    return row;
  }
  Quantity quantity =
      format_quantity(point->value, indicator.unit, language);  // English: "8.61 million people"
  row.number = std::move(quantity.number);
  row.unit = std::move(quantity.unit);
  row.unit_spaced = quantity.spaced;
  row.status = joined({point_context(*point, language), kind_note(point->kind, strings),
                       point->period.empty() ? "" : as_of(strings, format_period(point->period, language))});
  return row;
}

IndicatorListModel make_indicator_list(const std::vector<model::Category>& categories,
                                       const std::vector<model::Indicator>& indicators,
                                       const UiStrings& strings) {
  IndicatorListModel list;
  list.header = {{strings.get("app.title"), strings.get("app.subtitle"), strings.get("lang.switch_to_other")},
                 strings.get("common.back"),
                 strings.get("indicators.title")};

  std::vector<const model::Category*> ordered;
  for (const auto& category : categories) ordered.push_back(&category);
  std::stable_sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return a->sort < b->sort; });
  for (const model::Category* category : ordered) {
    IndicatorSection section{category->id, pick(category->name, strings.language()), {}};
    for (const auto& indicator : indicators)
      if (indicator.category == category->id) section.rows.push_back(make_indicator_row(indicator, strings));
    if (!section.rows.empty()) list.sections.push_back(std::move(section));
  }
  // Looked up only when needed: a bundle without indicators may also lack the string.
  if (list.sections.empty()) {
    list.empty_message = strings.get("indicators.none");
  } else {
    list.open_hint = strings.get("indicators.open_detail");
    if (list.sections.size() > 1)
      list.all_label = strings.get("indicators.all");  // tabs only when they choose
  }
  return list;
}

}  // namespace kiosk::ui
