#include "models/population/programmes.hpp"
#include "models/priorities/priority_process.hpp"
#include "tests/support/fixtures.hpp"

#include <catch2/catch.hpp>

using namespace paradiplo;
using namespace paradiplo::testing;

TEST_CASE("priorities move to the weighted mix of programme, peers, salience and perimeter",
          "[priorities]") {
    Simulation simulation = simulation_of(baseline_scenario(20000));
    World& world = simulation.world();
    PriorityParameters p{};
    p.adjustment_rate = 0.5;
    p.programme_weight = 2;
    p.peer_weight = 1;
    p.salience_weight = 0.5;
    p.perimeter_weight = 0.5;
    p.noise = 0.0;
    const DomainMatrix before = world.authorities.priority;
    PriorityProcess(p).step(world);
    for (Eigen::Index i :
         {Eigen::Index{0}, Eigen::Index{25}, world.authorities.priority.rows() - 1}) {
        DomainVector peers = DomainVector::Zero();
        for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(world.peer_influence,
                                                                            i);
             it; ++it)
            peers += it.value() * before.row(it.col());
        const DomainVector target =
            (2 * world.authorities.programme.row(i) + peers + 0.5 * world.context.salience +
             0.5 * perimeter_vector(
                       world.authorities.delegate_perimeter[static_cast<std::size_t>(i)])) /
            4.0;
        const DomainVector expected = 0.5 * before.row(i) + 0.5 * target;
        for (int d = 0; d < kDomainCount; ++d)
            CHECK(world.authorities.priority(i, d) == Approx(expected[d] / expected.sum()));
    }
}

TEST_CASE("with noise, priorities stay exactly on the simplex", "[priorities]") {
    Simulation simulation = simulation_of(baseline_scenario(20000, {"model.priorities.noise=0.5"}));
    for (int month = 0; month < 12; ++month)
        simulation.step_month();
    const DomainMatrix& priority = simulation.world().authorities.priority;
    CHECK(priority.minCoeff() >= 0.0);
    CHECK((priority.rowwise().sum().array() - 1.0).abs().maxCoeff() < 1e-12);
}
