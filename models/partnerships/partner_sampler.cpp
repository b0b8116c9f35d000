#include "models/partnerships/partner_sampler.hpp"

#include <algorithm>
#include <bit>
#include <cassert>

namespace paradiplo {
namespace {

/// The lowest set bit of i: the span of the Fenwick node i.
std::size_t span(std::size_t i) {
    return i & (~i + 1);
}

} // namespace

void PartnerSampler::rebuild(const std::vector<std::int16_t>& capacity,
                             const std::vector<std::int16_t>& held,
                             double preferential_attachment) {
    preferential_attachment_ = preferential_attachment;
    const std::size_t n = capacity.size();
    weight_.resize(n);
    tree_.assign(n + 1, 0.0);
    for (std::size_t j = 0; j < n; ++j) {
        weight_[j] = partner_weight(capacity[j], held[j], preferential_attachment_);
        // Linear construction: each node passes its sum to its parent.
        tree_[j + 1] += weight_[j];
        const std::size_t parent = (j + 1) + span(j + 1);
        if (parent <= n) tree_[parent] += tree_[j + 1];
    }
}

void PartnerSampler::update(std::size_t partner, std::int16_t capacity, std::int16_t held) {
    const double weight = partner_weight(capacity, held, preferential_attachment_);
    add(partner, weight - weight_[partner]);
    weight_[partner] = weight;
}

void PartnerSampler::add(std::size_t partner, double delta) {
    for (std::size_t i = partner + 1; i < tree_.size(); i += span(i))
        tree_[i] += delta;
}

double PartnerSampler::prefix(std::size_t end) const {
    double sum = 0.0;
    for (std::size_t i = end; i > 0; i -= span(i))
        sum += tree_[i];
    return sum;
}

std::int32_t PartnerSampler::draw(std::size_t first, std::size_t count, double u) const {
    assert(first + count < tree_.size());
    const double before = prefix(first);
    // Every weight with room is at least 1: below a half, the total is what updates left behind.
    const double total = prefix(first + count) - before;
    if (total < 0.5) return -1;
    // Binary lifting down the tree: the largest end with prefix(end) <= target; the partner
    // drawn is the one at index end, whose weight takes the running sum past the target.
    double target = before + u * total;
    std::size_t end = 0;
    for (std::size_t step = std::bit_floor(tree_.size() - 1); step > 0; step >>= 1)
        if (end + step < tree_.size() && tree_[end + step] <= target) {
            end += step;
            target -= tree_[end];
        }
    // Rounding can land on a full partner or outside the range: take the nearest with room.
    std::size_t partner = std::min(std::max(end, first), first + count - 1);
    for (std::size_t j = partner; j < first + count; ++j)
        if (weight_[j] > 0.0) return static_cast<std::int32_t>(j);
    for (std::size_t j = partner; j-- > first;)
        if (weight_[j] > 0.0) return static_cast<std::int32_t>(j);
    return -1;
}

} // namespace paradiplo
