#pragma once
// Progress of long work on stderr: a bar with rate and ETA on a terminal, a plain line every few
// seconds otherwise, nothing when quiet. Silent until `show_after` seconds have passed (runs that
// end within a second say nothing; sweeps show progress from their first run).
#include <chrono>
#include <string>

namespace paradiplo {

class Progress {
  public:
    Progress(std::string unit, long total, bool quiet, double show_after = 1.0);
    ~Progress();
    void update(long done, const std::string& detail = "");
    void finish();

  private:
    using Clock = std::chrono::steady_clock;
    std::string unit_;
    long total_;
    bool quiet_, terminal_, drawn_ = false, shown_ = false;
    double show_after_;
    Clock::time_point start_, last_;
};

} // namespace paradiplo
