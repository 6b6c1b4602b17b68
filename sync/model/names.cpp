#include "model/content.hpp"

namespace kiosk::model {

const char* kind_name(PointKind kind) {
  switch (kind) {
    case PointKind::Target:
      return "target";
    case PointKind::Forecast:
      return "forecast";
    case PointKind::Actual:
      break;
  }
  return "actual";
}


const Text* region_name(const std::string& region_id) {
  static const std::map<std::string, Text> names = {
      {"tohoku", {"東北", "Tohoku"}},       {"national", {"全国", "Japan"}},
      {"aomori", {"青森県", "Aomori"}},     {"iwate", {"岩手県", "Iwate"}},
      {"miyagi", {"宮城県", "Miyagi"}},     {"akita", {"秋田県", "Akita"}},
      {"yamagata", {"山形県", "Yamagata"}}, {"fukushima", {"福島県", "Fukushima"}},
  };
  auto it = names.find(region_id);
  return it == names.end() ? nullptr : &it->second;
}

}  // namespace kiosk::model
