// A deliberate data race through the project's parallel loop: the ThreadSanitizer job must report
// it, which shows that its suppressions and options do not hide races in our own loop bodies.
#include "parallel.hpp"

#include <cstdio>

int main() {
    long shared = 0;
    paradiplo::parallel_for_each_index(
        200000, [&](std::size_t i) { shared += static_cast<long>(i % 3); }, 1);
    std::printf("%ld\n", shared);
    return 0;
}
