#include "models/priorities/priority_process.hpp"

#include "engine/core/parallel.hpp"
#include "models/population/programmes.hpp"
#include "engine/core/random_stream.hpp"

#include <cmath>

namespace paradiplo {

void PriorityProcess::step(World& world) {
    Authorities& a = world.authorities;
    const auto& p = parameters_;
    const double weight_sum =
        p.programme_weight + p.peer_weight + p.salience_weight + p.perimeter_weight;
    next_.resize(a.priority.rows(), kDomainCount);
    if (perimeters_.empty())
        for (const auto perimeter : kDelegatePerimeters)
            perimeters_.emplace(perimeter, perimeter_vector(perimeter));
    parallel_for_each_index(a.size(), [&](std::size_t i) {
        const auto row = static_cast<Eigen::Index>(i);
        DomainVector peers = DomainVector::Zero();
        for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(world.peer_influence,
                                                                            row);
             it; ++it)
            peers += it.value() * a.priority.row(it.col());
        const DomainVector target =
            (p.programme_weight * a.programme.row(row) + p.peer_weight * peers +
             p.salience_weight * world.context.salience +
             p.perimeter_weight * perimeters_.at(a.delegate_perimeter[i])) /
            weight_sum;
        DomainVector next =
            (1.0 - p.adjustment_rate) * a.priority.row(row) + p.adjustment_rate * target;
        // Noise stands for the choices of an active international service: engaged authorities
        // only.
        if (a.engaged[i]) {
            RandomStream random(world.seed, static_cast<std::uint32_t>(i), world.step,
                                StreamTag::Priorities);
            for (int d = 0; d < kDomainCount; ++d)
                next[d] *= std::exp(p.noise * random.normal());
        }
        next_.row(row) = next / next.sum();
    });
    a.priority.swap(next_);
}

} // namespace paradiplo
