// Store benchmarks (label bench): applying a large generated bundle (the built-in content plus
// 10,000 events, 500 indicators with 100 points each and 1,000 exhibitors, written as staff CSV and
// built with the real bundle builder) to a fresh data dir: time, and peak memory of the apply alone
// (measured in a forked child, so nothing else of this process counts). Then the UI's queries on
// that store: home (categories and every indicator with points), events now/next, exhibitor search,
// median and p99 per call.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "bundle/bundle.hpp"
#include "latency.hpp"
#include "store/bundle_loader.hpp"
#include "store/content_store.hpp"

namespace kiosk::bench {
namespace {
namespace fs = std::filesystem;
using Clock = ThreadCpuClock;  // CPU time of this thread (latency.hpp)

constexpr int kEvents = 10'000, kIndicators = 500, kPointsEach = 100, kExhibitors = 1'000;
constexpr int64_t kSemiconMorning = 1670979600;  // 2022-12-14 10:00 JST

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "store_bench: %s\n", what.c_str());
  std::exit(1);
}

void append(const fs::path& file, const std::string& rows) {
  std::ofstream out(file, std::ios::app | std::ios::binary);
  out << rows;
  if (!out) die("cannot append to " + file.string());
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// The header line of a staff CSV file, split into column names (the built-in files quote none).
std::vector<std::string> header_of(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::vector<std::string> columns;
  for (size_t start = 0;;) {
    const size_t comma = line.find(',', start);
    columns.push_back(line.substr(start, comma - start));
    if (comma == std::string::npos) return columns;
    start = comma + 1;
  }
}

// One CSV row in the file's own column order: columns the generator does not know stay empty, so
// the benchmark keeps working when optional columns are added to the format.
std::string row(const std::vector<std::string>& header, const std::map<std::string, std::string>& values) {
  std::string out;
  for (size_t i = 0; i < header.size(); ++i) {
    const auto at = values.find(header[i]);
    out += (i ? "," : "") + (at == values.end() ? std::string() : at->second);
  }
  return out + "\n";
}

// Appends the generated rows to a copy of the built-in sources: the same columns staff write.
void generate_sources(const fs::path& dir) {
  fs::copy(fs::path(KIOSK_SOURCE_DIR) / "assets/content", dir, fs::copy_options::recursive);
  std::string rows;
  const auto events = header_of(dir / "events.csv");
  for (int i = 0; i < kEvents; ++i) {  // 20 a day over 500 days from 2022-01-01, each an hour long
    const int day = i / 20, hour = 8 + (i % 20) / 2, minute = (i % 2) * 30;
    const int month = 1 + (day / 28) % 12, year = 2022 + day / (28 * 12), mday = 1 + day % 28;
    const std::string date = std::to_string(year) + "-" + two(month) + "-" + two(mday) + "T";
    const std::string n = std::to_string(i);
    rows += row(events, {{"id", "gen_event_" + n}, {"kind", "seminar"}, {"title_ja", "生成セミナー第" + n + "回"},
                         {"title_en", "Generated seminar " + n}, {"start", date + two(hour) + ":" + two(minute)},
                         {"end", date + two(hour + 1) + ":" + two(minute)}, {"place_ja", "仙台国際センター"},
                         {"place_en", "Sendai International Center"}, {"organizer_ja", "東北経済産業局"},
                         {"organizer_en", "Tohoku METI"}, {"summary_ja", "半導体の取引拡大に向けたセミナー"},
                         {"summary_en", "A seminar on semiconductor business"},
                         {"source_doc", "002_b26cbd180fea2e59.txt"}, {"source_quote", "平成19年度以降毎年出展"}});
  }
  append(dir / "events.csv", rows);
  rows.clear();
  std::string points;
  const auto indicators = header_of(dir / "indicators.csv"), point_columns = header_of(dir / "indicator_points.csv");
  for (int i = 0; i < kIndicators; ++i) {
    const std::string id = "gen_indicator_" + std::to_string(i);
    rows += row(indicators, {{"id", id}, {"category", "population"}, {"name_ja", "生成指標" + std::to_string(i)},
                             {"name_en", "Generated indicator " + std::to_string(i)}, {"unit", "万人"},
                             {"source_doc", "003_206b471b5869c970.txt"}, {"source_quote", "2020年には861万人ですが"}});
    for (int p = 0; p < kPointsEach; ++p)
      points += row(point_columns, {{"indicator", id}, {"period", std::to_string(1925 + p)},
                                    {"value", std::to_string(800 + (i * 7 + p * 13) % 100)}, {"kind", "actual"},
                                    {"region", "tohoku"}});
  }
  append(dir / "indicators.csv", rows);
  append(dir / "indicator_points.csv", points);
  rows.clear();
  const auto exhibitors = header_of(dir / "exhibitors.csv");
  for (int i = 0; i < kExhibitors; ++i)
    rows += row(exhibitors, {{"id", "gen_exhibitor_" + std::to_string(i)},
                             {"name_ja", "生成出展者" + std::to_string(i) + "株式会社"},
                             {"name_en", "Generated Exhibitor " + std::to_string(i) + " Co."},
                             {"booth", "G-" + std::to_string(i + 1)}, {"category", "materials"},
                             {"description_ja", "【サンプル】ウエハー加工の出展紹介"},
                             {"description_en", "[Sample] A wafer-processing exhibitor"}, {"sample", "true"}});
  append(dir / "exhibitors.csv", rows);
}

class Fixture {
 public:
  Fixture() : root_(fs::temp_directory_path() / ("kiosk-store-bench-" + std::to_string(::getpid()))) {
    fs::remove_all(root_);
    fs::create_directories(root_);
    generate_sources(root_ / "src");
    bundle::BuildOptions options;
    options.version = 1;
    auto built = bundle::build_bundle(root_ / "src", bundle(), options);
    if (!built) die("building the generated bundle: " + built.error().message);
  }
  ~Fixture() { fs::remove_all(root_); }
  fs::path bundle() const { return root_ / "bundle"; }
  fs::path fresh_data_dir() { return root_ / ("data-" + std::to_string(++dirs_)); }
  fs::path query_data_dir() {  // loaded once, shared by the query benchmarks
    if (query_dir_.empty()) {
      query_dir_ = fresh_data_dir();
      if (auto loaded = store::load_bundle(bundle(), query_dir_); !loaded) die(loaded.error().message);
    }
    return query_dir_;
  }

 private:
  fs::path root_;
  fs::path query_dir_;
  int dirs_ = 0;
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

// Peak resident memory (KiB) of one apply, in a child process that does nothing else.
long apply_peak_kib(const fs::path& bundle_dir, const fs::path& data_dir) {
  const pid_t pid = fork();
  if (pid == 0) _exit(store::load_bundle(bundle_dir, data_dir) ? 0 : 1);
  int status = 0;
  rusage usage{};
  if (pid < 0 || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    die("the apply in a child process failed");
  return usage.ru_maxrss;
}

void BM_ApplyGeneratedBundle(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    state.PauseTiming();
    const fs::path dir = f.fresh_data_dir();
    state.ResumeTiming();
    auto loaded = store::load_bundle(f.bundle(), dir);
    if (!loaded) die(loaded.error().message);
    state.PauseTiming();
    fs::remove_all(dir);
    state.ResumeTiming();
  }
  // The child's peak includes the process image it shares with this one (a few MiB); said in README.
  state.counters["peak_rss_mib"] = apply_peak_kib(f.bundle(), f.fresh_data_dir()) / 1024.0;
  state.counters["events"] = kEvents;
}

template <class Query>
void query_latency(benchmark::State& state, Query query) {
  auto reader = store::ContentReader::open(fixture().query_data_dir());
  if (!reader) die(reader.error().message);
  Latencies latencies;
  for (auto _ : state) {
    const auto start = Clock::now();
    auto result = query(*reader);
    latencies.add(Clock::now() - start);
    if (!result) die(result.error().message);
    benchmark::DoNotOptimize(result);
  }
  latencies.report(state);
}

void BM_HomeQuery(benchmark::State& state) {
  query_latency(state, [](store::ContentReader& r) -> Result<size_t> {
    auto categories = r.categories();
    if (!categories) return tl::unexpected(categories.error());
    auto indicators = r.indicators();
    if (!indicators) return tl::unexpected(indicators.error());
    return categories->size() + indicators->size();
  });
}

void BM_EventsNowNextQuery(benchmark::State& state) {
  int64_t t = kSemiconMorning;
  query_latency(state, [&t](store::ContentReader& r) {
    t += 3600;  // walk the clock so every call looks at a different part of the schedule
    return r.now_next(t, 5);
  });
}

void BM_ExhibitorSearchQuery(benchmark::State& state) {
  int n = 0;
  query_latency(state, [&n](store::ContentReader& r) {
    static const char* const kQueries[] = {"wafer", "生成出展者12", "generated 77", "G-5", "サンプル"};
    return r.search_exhibitors(kQueries[n++ % 5]);
  });
}

BENCHMARK(BM_ApplyGeneratedBundle)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HomeQuery)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EventsNowNextQuery)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ExhibitorSearchQuery)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace kiosk::bench

BENCHMARK_MAIN();
