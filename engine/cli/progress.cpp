#include "engine/cli/progress.hpp"

#include <cstdio>
#include <unistd.h>

namespace paradiplo {

Progress::Progress(std::string unit, long total, bool quiet, double show_after)
    : unit_(std::move(unit)), total_(total), quiet_(quiet), terminal_(::isatty(STDERR_FILENO) == 1),
      show_after_(show_after), start_(Clock::now()), last_(start_) {}

Progress::~Progress() {
    finish();
}

void Progress::update(long done, const std::string& detail) {
    if (quiet_) return;
    const auto now = Clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double since_last = std::chrono::duration<double>(now - last_).count();
    const bool last_update = done >= total_;
    if (elapsed < show_after_ || (shown_ && !last_update && since_last < (terminal_ ? 0.1 : 5.0)))
        return;
    shown_ = true;
    last_ = now;
    const double rate = static_cast<double>(done) / elapsed;
    const double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : 0.0;
    if (terminal_) {
        constexpr int kWidth = 30;
        const int filled = static_cast<int>(kWidth * done / std::max(1L, total_));
        std::fprintf(stderr, "\r[%-*s] %ld/%ld %s  %.1f/s  ETA %.0fs  %s ", kWidth,
                     std::string(static_cast<std::size_t>(filled), '#').c_str(), done, total_,
                     unit_.c_str(), rate, eta, detail.c_str());
        drawn_ = true;
    } else {
        std::fprintf(stderr, "progress: %ld/%ld %s, %.1f/s, ETA %.0fs %s\n", done, total_,
                     unit_.c_str(), rate, eta, detail.c_str());
    }
    std::fflush(stderr);
}

void Progress::finish() {
    if (drawn_) std::fputc('\n', stderr);
    drawn_ = false;
}

} // namespace paradiplo
