#include "engine/core/parallel.hpp"

#include <catch2/catch.hpp>
#include <tbb/global_control.h>

#include <cmath>
#include <cstring>

using namespace paradiplo;

namespace {
struct Sum {
    double value = 0;
    Sum& operator+=(const Sum& o) {
        value += o.value;
        return *this;
    }
};
double sum_with_threads(std::size_t threads) {
    tbb::global_control control(tbb::global_control::max_allowed_parallelism, threads);
    return ordered_reduce<Sum>(100003,
                               [](Sum& s, std::size_t i) {
                                   s.value += std::sin(static_cast<double>(i)) * 1e7 +
                                              1e-9 * static_cast<double>(i);
                               })
        .value;
}
} // namespace

TEST_CASE("ordered sums are bitwise identical for any thread count", "[parallel]") {
    const double one = sum_with_threads(1), two = sum_with_threads(2), four = sum_with_threads(4);
    CHECK(std::memcmp(&one, &two, sizeof one) == 0);
    CHECK(std::memcmp(&one, &four, sizeof one) == 0);
}
