#include "engine/core/random_stream.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace paradiplo;

TEST_CASE("a stream is a pure function of its key and counter", "[random]") {
    RandomStream a(42, 7, 3, StreamTag::Activity), b(42, 7, 3, StreamTag::Activity);
    for (int i = 0; i < 100; ++i)
        CHECK(a.uniform() == b.uniform());
    RandomStream other_entity(42, 8, 3, StreamTag::Activity), fresh(42, 7, 3, StreamTag::Activity);
    CHECK(other_entity.uniform() != fresh.uniform());
    RandomStream other_seed(43, 7, 3, StreamTag::Activity), again(42, 7, 3, StreamTag::Activity);
    CHECK(other_seed.uniform() != again.uniform());
}

TEST_CASE("distributions have the right moments", "[random]") {
    constexpr int n = 200000;
    double u_sum = 0, z_sum = 0, z_sq = 0, p_sum = 0, g_sum = 0;
    RandomStream r(1, 0, 0, StreamTag::Population);
    for (int i = 0; i < n; ++i) {
        const double u = r.uniform();
        REQUIRE(u > 0.0);
        REQUIRE(u < 1.0);
        u_sum += u;
        const double z = r.normal();
        z_sum += z;
        z_sq += z * z;
        p_sum += r.poisson(3.5);
        g_sum += r.gamma(2.5);
    }
    CHECK(u_sum / n == Approx(0.5).margin(0.005));
    CHECK(z_sum / n == Approx(0.0).margin(0.01));
    CHECK(z_sq / n == Approx(1.0).margin(0.01));
    CHECK(p_sum / n == Approx(3.5).margin(0.02));
    CHECK(g_sum / n == Approx(2.5).margin(0.02));
}

TEST_CASE("run seeds are mixed by splitmix64", "[random]") {
    CHECK(mix_seed(1, 0) != mix_seed(1, 1));
    CHECK(mix_seed(1, 0) != mix_seed(2, 0));
    CHECK(mix_seed(7, 3) == mix_seed(7, 3));
}
