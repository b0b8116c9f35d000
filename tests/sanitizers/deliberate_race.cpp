// A deliberate data race through the project's parallel loop: the ThreadSanitizer job must report
// it, which shows that its suppressions and options do not hide races in our own loop bodies.
// The two tasks meet before writing, so they truly run at once (under load TBB could otherwise
// run both on one thread, and there would be nothing to detect). Relaxed atomics do not order
// anything for TSan: the two writes to `shared` stay unordered.
#include "engine/core/parallel.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

int main() {
    std::atomic<int> arrived{0};
    long shared = 0;
    paradiplo::parallel_for_each_index(
        2,
        [&](std::size_t i) {
            arrived.fetch_add(1, std::memory_order_relaxed);
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (arrived.load(std::memory_order_relaxed) < 2 &&
                   std::chrono::steady_clock::now() < deadline)
                std::this_thread::yield();
            shared += static_cast<long>(i) + 1;
        },
        1);
    std::printf("%ld\n", shared);
    return 0;
}
