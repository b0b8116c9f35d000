#include "engine/cli/stop_signal.hpp"

#include <csignal>

namespace paradiplo {
namespace {

std::atomic<bool> g_stop{false};
extern "C" void request_stop(int) {
    g_stop.store(true);
}

} // namespace

const std::atomic<bool>& install_stop_handlers() {
    std::signal(SIGINT, request_stop);
    std::signal(SIGTERM, request_stop);
    return g_stop;
}

} // namespace paradiplo
