#pragma once
// SIGINT and SIGTERM (what Slurm sends at a time limit) ask long work to stop cleanly: the work
// checks the flag between months, leaves resumable state and exits with 130.
#include <atomic>

namespace paradiplo {

/// Installs the handlers; returns the flag they set.
const std::atomic<bool>& install_stop_handlers();

} // namespace paradiplo
