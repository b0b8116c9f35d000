#pragma once
// Parallel reductions whose result does not depend on the thread count: items are cut into fixed
// blocks, each block is reduced in index order, and block results are combined in block order.
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <cstddef>
#include <vector>

namespace paradiplo {

inline constexpr std::size_t kReduceBlock = 2048;

/// Accumulator must be default-constructible and have `operator+=`.
/// `add(accumulator, index)` folds item `index` into the accumulator.
template <class Accumulator, class AddItem>
Accumulator ordered_reduce(std::size_t count, AddItem add) {
    const std::size_t blocks = (count + kReduceBlock - 1) / kReduceBlock;
    std::vector<Accumulator> partial(blocks);
    tbb::parallel_for(std::size_t{0}, blocks, [&](std::size_t block) {
        const std::size_t end = std::min(count, (block + 1) * kReduceBlock);
        for (std::size_t i = block * kReduceBlock; i < end; ++i) add(partial[block], i);
    });
    Accumulator total{};
    for (const auto& block_result : partial) total += block_result;
    return total;
}

/// Runs body(i) for i in [0, count) in parallel; each i must write only its own data.
template <class Body> void parallel_for_each_index(std::size_t count, Body body) {
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, count, 512),
                      [&](const tbb::blocked_range<std::size_t>& range) {
                          for (std::size_t i = range.begin(); i != range.end(); ++i) body(i);
                      });
}

} // namespace paradiplo
