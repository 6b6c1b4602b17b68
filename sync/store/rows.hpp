// How each model struct maps to its table's columns (schema.cpp). The INSERT for a table, the
// SELECT that reads it back and the functions between them sit together here, so column order is
// written once and the writer and the reader cannot disagree.
#pragma once

#include <string>

#include "model/content.hpp"
#include "store/statement.hpp"

namespace kiosk::store::rows {

// ---- SQL: each SELECT lists the columns its reader below expects, and ends before WHERE / ORDER BY
inline constexpr const char* kInsertVersion =
    "INSERT INTO content_version (id, version, created, applied_at) "
    "VALUES (1, ?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
inline constexpr const char* kInsertCategory =
    "INSERT INTO categories (ordinal, id, name_ja, name_en, sort) VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr const char* kSelectCategory = "SELECT id, name_ja, name_en, sort FROM categories";
inline constexpr const char* kInsertIndicator =
    "INSERT INTO indicators (ordinal, id, category, name_ja, name_en, unit, source_document, source_quote) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
inline constexpr const char* kSelectIndicator =  // alias i, as in kSelectPoint, so one WHERE fits both
    "SELECT i.id, i.category, i.name_ja, i.name_en, i.unit, i.source_document, i.source_quote FROM "
    "indicators i";
inline constexpr const char* kInsertPoint =
    "INSERT INTO points (indicator, ordinal, period, value, kind, region, label_ja, label_en) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
inline constexpr const char* kSelectPoint =  // column 0 is the indicator id, the point starts at 1
    "SELECT p.indicator, p.period, p.value, p.kind, p.region, p.label_ja, p.label_en "
    "FROM points p JOIN indicators i ON i.id = p.indicator";
inline constexpr const char* kInsertEvent =
    "INSERT INTO events (ordinal, id, kind, title_ja, title_en, start_local, end_local, start_utc, end_utc, "
    "all_day, place_ja, place_en, organizer_ja, organizer_en, summary_ja, summary_en, url, source_document, "
    "source_quote) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19)";
inline constexpr const char* kSelectEvent =
    "SELECT id, kind, title_ja, title_en, start_local, end_local, start_utc, end_utc, all_day, place_ja, "
    "place_en, organizer_ja, organizer_en, summary_ja, summary_en, url, source_document, source_quote "
    "FROM events";
inline constexpr const char* kInsertExhibitor =
    "INSERT INTO exhibitors (ordinal, id, name_ja, name_en, booth, category, description_ja, description_en, "
    "url, logo, sample, booth_x, booth_y, booth_w, booth_h) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
inline constexpr const char* kSelectExhibitor =
    "SELECT id, name_ja, name_en, booth, category, description_ja, description_en, url, logo, sample, "
    "booth_x, booth_y, booth_w, booth_h FROM exhibitors";
inline constexpr const char* kInsertFloor =
    "INSERT INTO floor (id, name_ja, name_en, width, height, image) VALUES (1, ?1, ?2, ?3, ?4, ?5)";
inline constexpr const char* kSelectFloor = "SELECT name_ja, name_en, width, height, image FROM floor";
inline constexpr const char* kInsertFloorArea =
    "INSERT INTO floor_areas (ordinal, id, label_ja, label_en, x, y, w, h) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
inline constexpr const char* kSelectFloorArea = "SELECT id, label_ja, label_en, x, y, w, h FROM floor_areas";
inline constexpr const char* kInsertCraft =
    "INSERT INTO crafts (ordinal, id, name_ja, name_en, prefecture, designation, description_ja, "
    "description_en, image) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
inline constexpr const char* kSelectCraft =
    "SELECT id, name_ja, name_en, prefecture, designation, description_ja, description_en, image FROM crafts";
inline constexpr const char* kInsertSlide =
    "INSERT INTO slides (ordinal, id, kind, ref, duration_ms, active_from, active_until) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
inline constexpr const char* kSelectSlide =
    "SELECT id, kind, ref, duration_ms, active_from, active_until FROM slides";
inline constexpr const char* kInsertString = "INSERT INTO strings (key, ja, en) VALUES (?1, ?2, ?3)";
inline constexpr const char* kSelectString = "SELECT key, ja, en FROM strings";
inline constexpr const char* kInsertAsset =
    "INSERT INTO assets (ordinal, path, sha256, size) VALUES (?1, ?2, ?3, ?4)";
inline constexpr const char* kSelectAsset = "SELECT path, sha256, size FROM assets";

// ---- Writing: bind one struct to its INSERT (ordinal = its index in the Content's vector)
void bind(Statement& insert, int64_t ordinal, const model::Category& category);
void bind(Statement& insert, int64_t ordinal, const model::Indicator& indicator);
void bind(Statement& insert, const std::string& indicator_id, int64_t ordinal, const model::Point& point);
void bind(Statement& insert, int64_t ordinal, const model::Event& event);
void bind(Statement& insert, int64_t ordinal, const model::Exhibitor& exhibitor);
void bind(Statement& insert, int64_t ordinal, const model::Craft& craft);
void bind(Statement& insert, const model::Floor& floor);  // without its areas
void bind(Statement& insert, int64_t ordinal, const model::FloorArea& area);
void bind(Statement& insert, int64_t ordinal, const model::Slide& slide);
void bind(Statement& insert, const std::string& key, const model::Text& text);
void bind(Statement& insert, int64_t ordinal, const model::Asset& asset);

// ---- Reading: the current row of the matching SELECT
model::Category category(const Statement& row);
model::Indicator indicator(const Statement& row);  // without points
model::Point point(const Statement& row);          // from kSelectPoint (skips the indicator id)
model::Event event(const Statement& row);
model::Exhibitor exhibitor(const Statement& row);
model::Craft craft(const Statement& row);
model::Floor floor(const Statement& row);  // without its areas
model::FloorArea floor_area(const Statement& row);
model::Slide slide(const Statement& row);
model::Text string_text(const Statement& row);  // kSelectString's ja/en; the key is column 0
model::Asset asset(const Statement& row);


}  // namespace kiosk::store::rows
