#include "engine/core/calendar.hpp"

#include <charconv>
#include <cstdio>

namespace paradiplo {

std::string YearMonth::to_string() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    return text;
}

long YearMonth::days_since_epoch() const {
    // Civil-to-days conversion for the first day of the month (Howard Hinnant's algorithm).
    const long y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long year_of_era = y - era * 400;
    const long shifted_month = month > 2 ? month - 3 : month + 9;
    const long day_of_year = (153 * shifted_month + 2) / 5;
    const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

std::optional<YearMonth> parse_year_month(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    YearMonth result;
    const auto year = std::from_chars(text.data(), text.data() + 4, result.year);
    const auto month = std::from_chars(text.data() + 5, text.data() + 7, result.month);
    if (year.ec != std::errc{} || year.ptr != text.data() + 4) return std::nullopt;
    if (month.ec != std::errc{} || month.ptr != text.data() + 7) return std::nullopt;
    if (result.month < 1 || result.month > 12) return std::nullopt;
    return result;
}

Calendar::Calendar(YearMonth start, YearMonth end)
    : start_(start), months_(end.serial() - start.serial() + 1) {}

std::optional<int> Calendar::step_of(YearMonth month) const {
    const int step = month.serial() - start_.serial();
    if (step < 0 || step >= months_) return std::nullopt;
    return step;
}

double Calendar::days_since_start(int step) const {
    return static_cast<double>(at(step).days_since_epoch() - start_.days_since_epoch());
}

} // namespace paradiplo
