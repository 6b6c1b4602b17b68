#include "store/rows.hpp"

namespace kiosk::store::rows {

namespace {

model::PointKind kind_from(const std::string& name) {
  // The schema's CHECK admits only these three names.
  if (name == "target") return model::PointKind::Target;
  if (name == "forecast") return model::PointKind::Forecast;
  return model::PointKind::Actual;
}

model::Text text_at(const Statement& row, int ja_column) {
  return {row.text(ja_column), row.text(ja_column + 1)};
}

}  // namespace

void bind(Statement& insert, int64_t ordinal, const model::Category& c) {
  insert.bind_int(1, ordinal)
      .bind_text(2, c.id)
      .bind_text(3, c.name.ja)
      .bind_text(4, c.name.en)
      .bind_int(5, c.sort);
}

void bind(Statement& insert, int64_t ordinal, const model::Indicator& i) {
  insert.bind_int(1, ordinal).bind_text(2, i.id).bind_text(3, i.category).bind_text(4, i.name.ja);
  insert.bind_text(5, i.name.en)
      .bind_text(6, i.unit)
      .bind_text(7, i.source.document)
      .bind_text(8, i.source.quote);
}

void bind(Statement& insert, const std::string& indicator_id, int64_t ordinal, const model::Point& p) {
  insert.bind_text(1, indicator_id).bind_int(2, ordinal).bind_text(3, p.period).bind_real(4, p.value);
  insert.bind_text(5, model::kind_name(p.kind))
      .bind_text(6, p.region)
      .bind_text(7, p.label.ja)
      .bind_text(8, p.label.en);
}

void bind(Statement& insert, int64_t ordinal, const model::Event& e) {
  insert.bind_int(1, ordinal).bind_text(2, e.id).bind_text(3, e.kind).bind_text(4, e.title.ja);
  insert.bind_text(5, e.title.en).bind_text(6, e.start).bind_text(7, e.end).bind_int(8, e.start_utc);
  insert.bind_int(9, e.end_utc)
      .bind_int(10, e.all_day ? 1 : 0)
      .bind_text(11, e.place.ja)
      .bind_text(12, e.place.en);
  insert.bind_text(13, e.organizer.ja).bind_text(14, e.organizer.en).bind_text(15, e.summary.ja);
  insert.bind_text(16, e.summary.en).bind_text(17, e.url).bind_text(18, e.source.document);
  insert.bind_text(19, e.source.quote);
}

void bind(Statement& insert, int64_t ordinal, const model::Exhibitor& x) {
  insert.bind_int(1, ordinal).bind_text(2, x.id).bind_text(3, x.name.ja).bind_text(4, x.name.en);
  insert.bind_text(5, x.booth).bind_text(6, x.category).bind_text(7, x.description.ja);
  insert.bind_text(8, x.description.en)
      .bind_text(9, x.url)
      .bind_text(10, x.logo)
      .bind_int(11, x.sample ? 1 : 0);
  if (x.booth_rect) {
    insert.bind_real(12, x.booth_rect->x).bind_real(13, x.booth_rect->y);
    insert.bind_real(14, x.booth_rect->w).bind_real(15, x.booth_rect->h);
  } else {
    insert.bind_null(12).bind_null(13).bind_null(14).bind_null(15);
  }
}

void bind(Statement& insert, const model::Floor& f) {
  insert.bind_text(1, f.name.ja).bind_text(2, f.name.en).bind_real(3, f.width).bind_real(4, f.height);
  insert.bind_text(5, f.image);
}

void bind(Statement& insert, int64_t ordinal, const model::FloorArea& a) {
  insert.bind_int(1, ordinal).bind_text(2, a.id).bind_text(3, a.label.ja).bind_text(4, a.label.en);
  insert.bind_real(5, a.rect.x).bind_real(6, a.rect.y).bind_real(7, a.rect.w).bind_real(8, a.rect.h);
}

void bind(Statement& insert, int64_t ordinal, const model::Craft& c) {
  insert.bind_int(1, ordinal).bind_text(2, c.id).bind_text(3, c.name.ja).bind_text(4, c.name.en);
  insert.bind_text(5, c.prefecture).bind_text(6, c.designation).bind_text(7, c.description.ja);
  insert.bind_text(8, c.description.en).bind_text(9, c.image);
}

void bind(Statement& insert, int64_t ordinal, const model::Slide& s) {
  insert.bind_int(1, ordinal).bind_text(2, s.id).bind_text(3, s.kind).bind_text(4, s.ref);
  insert.bind_int(5, s.duration_ms).bind_text(6, s.active_from).bind_text(7, s.active_until);
}

void bind(Statement& insert, const std::string& key, const model::Text& text) {
  insert.bind_text(1, key).bind_text(2, text.ja).bind_text(3, text.en);
}

void bind(Statement& insert, int64_t ordinal, const model::Asset& a) {
  // SQLite integers are signed 64-bit; an asset of 2^63 bytes does not fit on a kiosk anyway.
  insert.bind_int(1, ordinal)
      .bind_text(2, a.path)
      .bind_text(3, a.sha256)
      .bind_int(4, static_cast<int64_t>(a.size));
}

model::Category category(const Statement& row) {
  return {row.text(0), text_at(row, 1), static_cast<int>(row.integer(3))};
}

model::Indicator indicator(const Statement& row) {
  model::Indicator i;
  i.id = row.text(0);
  i.category = row.text(1);
  i.name = text_at(row, 2);
  i.unit = row.text(4);
  i.source = {row.text(5), row.text(6)};
  return i;
}

model::Point point(const Statement& row) {
  model::Point p;
  p.period = row.text(1);
  p.value = row.real(2);
  p.kind = kind_from(row.text(3));
  p.region = row.text(4);
  p.label = text_at(row, 5);
  return p;
}

model::Event event(const Statement& row) {
  model::Event e;
  e.id = row.text(0);
  e.kind = row.text(1);
  e.title = text_at(row, 2);
  e.start = row.text(4);
  e.end = row.text(5);
  e.start_utc = row.integer(6);
  e.end_utc = row.integer(7);
  e.all_day = row.integer(8) != 0;
  e.place = text_at(row, 9);
  e.organizer = text_at(row, 11);
  e.summary = text_at(row, 13);
  e.url = row.text(15);
  e.source = {row.text(16), row.text(17)};
  return e;
}

model::Exhibitor exhibitor(const Statement& row) {
  model::Exhibitor x;
  x.id = row.text(0);
  x.name = text_at(row, 1);
  x.booth = row.text(3);
  x.category = row.text(4);
  x.description = text_at(row, 5);
  x.url = row.text(7);
  x.logo = row.text(8);
  x.sample = row.integer(9) != 0;
  if (!row.is_null(10)) x.booth_rect = model::Rect{row.real(10), row.real(11), row.real(12), row.real(13)};
  return x;
}

model::Craft craft(const Statement& row) {
  model::Craft c;
  c.id = row.text(0);
  c.name = text_at(row, 1);
  c.prefecture = row.text(3);
  c.designation = row.text(4);
  c.description = text_at(row, 5);
  c.image = row.text(7);
  return c;
}

model::Floor floor(const Statement& row) {
  model::Floor f;
  f.name = text_at(row, 0);
  f.width = row.real(2);
  f.height = row.real(3);
  f.image = row.text(4);
  return f;
}

model::FloorArea floor_area(const Statement& row) {
  return {row.text(0), text_at(row, 1), {row.real(3), row.real(4), row.real(5), row.real(6)}};
}

model::Slide slide(const Statement& row) {
  model::Slide s;
  s.id = row.text(0);
  s.kind = row.text(1);
  s.ref = row.text(2);
  s.duration_ms = static_cast<int>(row.integer(3));
  s.active_from = row.text(4);
  s.active_until = row.text(5);
  return s;
}

model::Text string_text(const Statement& row) { return text_at(row, 1); }

model::Asset asset(const Statement& row) {
  return {row.text(0), static_cast<uint64_t>(row.integer(2)), row.text(1)};
}

}  // namespace kiosk::store::rows
