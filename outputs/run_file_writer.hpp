#pragma once
// Writes one run to OUT.h5: written as OUT.h5.partial, renamed only once complete.
#include "engine/core/indicator_history.hpp"
#include "engine/core/simulation.hpp"
#include "engine/scenario/scenario_config.hpp"
#include "outputs/hdf5/netcdf_writer.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace paradiplo {

struct RunProvenance {
    int threads = 1;
    std::string host, start_time;
};

/// The months of the current block of one per-authority variable, in its storage type.
using AuthorityBlock =
    std::variant<std::vector<float>, std::vector<std::int32_t>, std::vector<std::int8_t>>;

class RunFileWriter final : public MonthObserver {
  public:
    /// Creates `path`.partial and writes the static parts (coordinates, attributes of the world).
    RunFileWriter(std::string path, const ScenarioConfig& scenario, const World& world,
                  const RunProvenance& provenance);
    ~RunFileWriter() override;

    void on_month(const World& world) override;
    /// Writes aggregates, the event log and provenance, sets complete = 1 and renames the file.
    void finish(const IndicatorHistory& history, double wall_time_seconds);

    [[nodiscard]] const std::string& path() const { return path_; }

  private:
    void write_static(const World& world);
    void define_authority_variables();
    void flush_block();
    void write_aggregates(const IndicatorHistory& history);
    void write_event_log(const World& world);

    std::string path_, partial_path_;
    const ScenarioConfig& scenario_;
    OutputLevel level_;
    std::unique_ptr<h5::NetcdfWriter> file_;
    const World* world_ = nullptr;
    std::size_t authorities_ = 0;
    int block_months_ = 12; ///< months per chunk of per-authority data (a year, or the run)
    int block_first_ = 0, block_filled_ = 0;
    std::vector<AuthorityBlock> blocks_; ///< one per entry of authority_variables()
    std::vector<double> month_values_;   ///< one month of one variable, as read from the World
    struct Event {
        std::int32_t step, partnership;
        std::int8_t type;
    };
    std::vector<Event> events_;
    bool finished_ = false;
};

} // namespace paradiplo
