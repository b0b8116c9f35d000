#include "models/priorities/priority_process.hpp"

#include "engine/core/parallel.hpp"
#include "engine/core/random_stream.hpp"
#include "models/population/programmes.hpp"

#include <cmath>

namespace paradiplo {

void PriorityProcess::run(Access view) {
    const auto& programme = view.read<&Authorities::programme>();
    const auto& delegate_perimeter = view.read<&Authorities::delegate_perimeter>();
    const auto& engaged = view.read<&Authorities::engaged>();
    const auto& peer_influence = view.read<&World::peer_influence>();
    const auto& salience = view.read<&Context::salience>();
    auto& priority = view.write<&Authorities::priority>();
    const double weight_sum = parameters_.programme_weight + parameters_.peer_weight +
                              parameters_.salience_weight + parameters_.perimeter_weight;
    next_.resize(priority.rows(), kDomainCount);
    if (perimeters_.empty())
        for (const auto perimeter : kDelegatePerimeters)
            perimeters_.emplace(perimeter, perimeter_vector(perimeter));
    parallel_for_each_index(engaged.size(), [&](std::size_t i) {
        const auto row = static_cast<Eigen::Index>(i);
        DomainVector peers = DomainVector::Zero();
        for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(peer_influence, row);
             it; ++it)
            peers += it.value() * priority.row(it.col());
        const DomainVector target =
            (parameters_.programme_weight * programme.row(row) + parameters_.peer_weight * peers +
             parameters_.salience_weight * salience +
             parameters_.perimeter_weight * perimeters_.at(delegate_perimeter[i])) /
            weight_sum;
        DomainVector next = (1.0 - parameters_.adjustment_rate) * priority.row(row) +
                            parameters_.adjustment_rate * target;
        // Noise stands for the choices of an active international service: engaged authorities
        // only.
        if (engaged[i]) {
            RandomStream random(view.seed(), static_cast<std::uint32_t>(i), view.step(),
                                StreamTag::Priorities);
            for (int d = 0; d < kDomainCount; ++d)
                next[d] *= std::exp(parameters_.noise * random.normal());
        }
        next_.row(row) = next / next.sum();
    });
    priority.swap(next_);
}

} // namespace paradiplo
