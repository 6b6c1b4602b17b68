// The kiosk program once its options are parsed: make sure there is content, open the display and
// the ui, then either write one screenshot or run the event loop until SDL_QUIT.
#pragma once

#include "common/result.hpp"
#include "log.hpp"
#include "options.hpp"

namespace kiosk::firmware {

class DeviceRuntime;

// Errors carry what to do about them. `device` (systemd, signals, opening hours) is null for a
// screenshot run.
Result<void> run_app(const Options& options, const Log& log, DeviceRuntime* device = nullptr);

}  // namespace kiosk::firmware
