// The kiosk program once its options are parsed: make sure there is content, open the display and
// the ui, then either write one screenshot or run the event loop until SDL_QUIT.
#pragma once

#include "common/result.hpp"
#include "log.hpp"
#include "options.hpp"

namespace kiosk::firmware {

Result<void> run_app(const Options& options, const Log& log);  // errors carry what to do about them

}  // namespace kiosk::firmware
