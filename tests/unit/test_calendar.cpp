#include "engine/core/calendar.hpp"

#include <catch2/catch.hpp>

using namespace paradiplo;

TEST_CASE("months parse, print and count", "[calendar]") {
    CHECK(parse_year_month("2020-03") == YearMonth{2020, 3});
    CHECK_FALSE(parse_year_month("2020-13"));
    CHECK_FALSE(parse_year_month("2020-3"));
    CHECK_FALSE(parse_year_month("20x0-03"));
    CHECK(YearMonth{2021, 12}.plus_months(1) == YearMonth{2022, 1});
    CHECK(YearMonth{2026, 3}.to_string() == "2026-03");
}

TEST_CASE("days since the start are the true offsets of month starts", "[calendar]") {
    const Calendar calendar({2020, 1}, {2026, 3});
    CHECK(calendar.months() == 75);
    CHECK(YearMonth{1970, 1}.days_since_epoch() == 0);
    CHECK(YearMonth{2020, 1}.days_since_epoch() == 18262); // 2020-01-01
    CHECK(calendar.days_since_start(1) == 31.0);
    CHECK(calendar.days_since_start(2) == 31.0 + 29.0); // 2020 is a leap year
    CHECK(calendar.days_since_start(12) == 366.0);
    CHECK(calendar.step_of({2021, 12}) == 23);
    CHECK_FALSE(calendar.step_of({2026, 4}));
}
