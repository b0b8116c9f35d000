#pragma once
// The project's two parallel loops, on TBB. Every parallel region of the code goes through them:
// - parallel_for_each_index: body(i) for each i, each writing only its own data;
// - ordered_reduce: a reduction whose result does not depend on the thread count (items are cut
//   into fixed blocks, each reduced in index order, block results combined in block order).
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include <cstddef>
#include <vector>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#endif

namespace paradiplo {

namespace detail {
/// Debian's TBB is not built for ThreadSanitizer, which therefore cannot see that a worker's task
/// happens after the loop starts and before it returns. These calls state those two edges (they
/// compile to nothing outside TSan builds).
class LoopOrdering {
  public:
    LoopOrdering() { release(); }
    ~LoopOrdering() { acquire(); }
    LoopOrdering(const LoopOrdering&) = delete;
    LoopOrdering& operator=(const LoopOrdering&) = delete;
    void acquire() {
#if defined(__SANITIZE_THREAD__)
        __tsan_acquire(&token_);
#endif
    }
    void release() {
#if defined(__SANITIZE_THREAD__)
        __tsan_release(&token_);
#endif
    }

  private:
    [[maybe_unused]] char token_ = 0; // an address for TSan's annotations; unused otherwise
};
} // namespace detail

/// Runs body(i) for i in [0, count) in parallel, in ranges of at least `grain` indices.
template <class Body>
void parallel_for_each_index(std::size_t count, Body body, std::size_t grain = 512) {
    detail::LoopOrdering ordering;
    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, count, grain),
                      [&](const tbb::blocked_range<std::size_t>& range) {
                          ordering.acquire();
                          for (std::size_t i = range.begin(); i != range.end(); ++i)
                              body(i);
                          ordering.release();
                      });
}

inline constexpr std::size_t kReduceBlock = 2048;

/// Accumulator must be default-constructible and have `operator+=`.
/// `add(accumulator, index)` folds item `index` into the accumulator.
template <class Accumulator, class AddItem>
Accumulator ordered_reduce(std::size_t count, AddItem add) {
    const std::size_t blocks = (count + kReduceBlock - 1) / kReduceBlock;
    std::vector<Accumulator> partial(blocks);
    parallel_for_each_index(
        blocks,
        [&](std::size_t block) {
            const std::size_t end = std::min(count, (block + 1) * kReduceBlock);
            for (std::size_t i = block * kReduceBlock; i < end; ++i)
                add(partial[block], i);
        },
        1);
    Accumulator total{};
    for (const auto& block_result : partial)
        total += block_result;
    return total;
}

} // namespace paradiplo
