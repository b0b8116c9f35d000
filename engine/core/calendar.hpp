#pragma once
// Months of the simulated period. A simulation advances one calendar month per step; step 0 is the
// scenario's start month.
#include <optional>
#include <string>
#include <string_view>

namespace paradiplo {

inline constexpr int kMonthsPerYear = 12;

struct YearMonth {
    int year = 2020;
    int month = 1; ///< 1..12

    /// Months since year 0, so that differences count months.
    [[nodiscard]] int serial() const { return year * 12 + month - 1; }
    [[nodiscard]] static YearMonth from_serial(int serial) {
        return {serial / 12, serial % 12 + 1};
    }
    [[nodiscard]] YearMonth plus_months(int n) const { return from_serial(serial() + n); }
    [[nodiscard]] std::string to_string() const; ///< "YYYY-MM"
    /// Days from 1970-01-01 to the first day of this month (proleptic Gregorian).
    [[nodiscard]] long days_since_epoch() const;
    auto operator<=>(const YearMonth&) const = default;
};

/// The months the model supports: its initial world is that of January 2020, and its horizon
/// bounds what a run may allocate.
inline constexpr YearMonth kFirstModelMonth{2020, 1};
inline constexpr YearMonth kLastModelMonth{2050, 12};

/// Parses "YYYY-MM"; nullopt when malformed.
std::optional<YearMonth> parse_year_month(std::string_view text);

/// The simulated period: `months` steps from `start` (inclusive) to `end` (inclusive).
class Calendar {
  public:
    Calendar(YearMonth start, YearMonth end);
    [[nodiscard]] YearMonth start() const { return start_; }
    [[nodiscard]] YearMonth end() const { return start_.plus_months(months_ - 1); }
    [[nodiscard]] int months() const { return months_; }
    [[nodiscard]] YearMonth at(int step) const { return start_.plus_months(step); }
    /// Step of a month, or nullopt when outside the period.
    [[nodiscard]] std::optional<int> step_of(YearMonth month) const;
    /// Days from the start month's first day to the first day of step `step`.
    [[nodiscard]] double days_since_start(int step) const;

  private:
    YearMonth start_;
    int months_;
};

} // namespace paradiplo
