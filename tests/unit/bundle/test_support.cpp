#include "test_support.hpp"

#include <stdlib.h>

#include <fstream>
#include <stdexcept>

#include "bundle/bundle.hpp"

namespace kiosk::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "kiosk-bundle-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

void write_file(const fs::path& file, const std::string& bytes) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

// In blocks, not through istreambuf_iterator: a character at a time took over a minute for the forged
// 100 MB manifest in the asan preset's unoptimised test code.
std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes;
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) bytes.append(block, static_cast<std::size_t>(in.gcount()));
  return bytes;
}

const char* const kCategoriesCsv =
    "id,name_ja,name_en,sort\n"
    "population,人口,Population,1\n"
    "energy,エネルギー,Energy,2\n";

const char* const kIndicatorsCsv =
    "id,category,name_ja,name_en,unit,source_doc,source_quote\n"
    "pop_tohoku,population,東北の人口,Population of Tohoku,万人,003_206b471b5869c970.txt,東北6県の人口\n"
    "renewables,energy,再生可能エネルギー導入量,Renewable capacity,MW,004_cf96d9fc5ed5e4cd.txt,\"太陽光, "
    "風力\"\n";

const char* const kPointsCsv =
    "indicator,period,value,kind,region,label_ja,label_en\n"
    "pop_tohoku,2020,862.5,actual,tohoku,,\n"
    "pop_tohoku,FY2024,-89,target,tohoku,,\n"
    "renewables,2021-03,1200,actual,miyagi,太陽光,Solar\n";

const char* const kEventsCsv =
    "id,kind,title_ja,title_en,start,end,place_ja,place_en,organizer_ja,organizer_en,summary_ja,summary_en,"
    "url,"
    "source_doc,source_quote\n"
    "semicon,exhibition,セミコン・ジャパン,SEMICON Japan,2022-12-14,2022-12-16,東京ビッグサイト,Tokyo Big "
    "Sight,"
    "東北経済産業局,,東北パビリオン出展,Tohoku "
    "Pavilion,https://www.semiconjapan.org/,001_0189cab12a9ad6e5.txt,"
    "SEMICON Japan 2022\n"
    "briefing,seminar,説明会,Briefing,2022-12-15T13:00,2022-12-15T14:30,,,,,\"説明\n二行目\","
    "\"A \"\"short\"\" talk, in English\",,001_0189cab12a9ad6e5.txt,説明会\n";

const char* const kExhibitorsCsv =
    "id,name_ja,name_en,booth,category,description_ja,description_en,url,logo,sample\n"
    "sample_1,サンプル企業,Sample Co.,T-01,semiconductor,半導体製造装置,Semiconductor equipment,,"
    "images/sample_1.png,true\n";

const char* const kCraftsCsv =
    "id,name_ja,name_en,prefecture,designation,description_ja,description_en,image\n"
    "tsugaru_nuri,津軽塗,Tsugaru lacquerware,aomori,1975,漆を塗り重ねる,Layered lacquer,images/tsugaru.png\n"
    "nambu_tekki,南部鉄器,Nambu ironware,iwate,1975,鉄瓶,Iron kettles,\n";

const char* const kSlidesCsv =
    "id,kind,ref,duration_s,active_from,active_until\n"
    "s_pop,indicator,pop_tohoku,8,,\n"
    "s_events,events,,10,2022-12-14,2022-12-17T18:00\n"
    "s_ex,exhibitor,sample_1,6,,\n"
    "s_craft,craft,tsugaru_nuri,6,,\n"
    "s_prompt,prompt,,5,,\n";

const char* const kStringsCsv =
    "key,ja,en\n"
    "home.title,東北へようこそ,Welcome to Tohoku\n"
    "home.indicators,経済指標,Indicators\n";

SourceFolder::SourceFolder() {
  write("categories.csv", kCategoriesCsv);
  write("indicators.csv", kIndicatorsCsv);
  write("indicator_points.csv", kPointsCsv);
  write("events.csv", kEventsCsv);
  write("exhibitors.csv", kExhibitorsCsv);
  write("crafts.csv", kCraftsCsv);
  write("slides.csv", kSlidesCsv);
  write("strings.csv", kStringsCsv);
  write("images/sample_1.png", std::string("\x89PNG\r\n\x1a\n logo", 14));
  write("images/tsugaru.png", std::string("\x89PNG\r\n\x1a\n craft image", 21));
}

void SourceFolder::write(const std::string& name, const std::string& bytes) const {
  write_file(path() / name, bytes);
}

void SourceFolder::remove(const std::string& name) const { fs::remove(path() / name); }

std::vector<std::string> SourceFolder::messages() const {
  std::vector<std::string> out;
  for (const bundle::Diagnostic& d : bundle::read_sources(path()).diagnostics) out.push_back(d.to_string());
  return out;
}

}  // namespace kiosk::test
