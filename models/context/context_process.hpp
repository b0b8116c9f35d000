#pragma once
#include "engine/core/process.hpp"
#include "models/context/context_parameters.hpp"
#include "models/context/shock.hpp"
#include "models/elections/election_parameters.hpp"
#include "models/reception/reception_parameters.hpp"

#include <vector>

namespace paradiplo {

using ContextAccess = WorldAccess<
    Reads<>,
    Writes<&Context::revenue_index, &Context::cost_index, &Context::travel_restriction,
           &Context::salience, &Context::arrivals, &Context::humanitarian_index,
           &Context::cofinancing_index, &Context::suspended_country, &Context::election_now,
           &Context::election_turnover, &Context::reserve_factor, &Context::programme_shifts>>;

/// Process 1: the context of the month from the trends and the scenario's shocks.
class ContextProcess final : public ProcessOf<ContextAccess> {
  public:
    ContextProcess(const ContextParameters& parameters, const ElectionParameters& elections,
                   const ReceptionParameters& reception, std::vector<Shock> shocks,
                   const World& world);
    [[nodiscard]] std::string_view name() const override { return "context"; }

  private:
    void run(Access view) override;
    ContextParameters parameters_;
    int reserve_months_;
    std::vector<Shock> shocks_;
    std::vector<std::vector<int>> shock_countries_; ///< resolved ISO codes, per shock
    using OriginShares = std::array<double, kContinentCount>;
    std::vector<OriginShares> shock_origins_; ///< arrivals: share by continent
    /// Arrivals without a shock, by category and origin, people a month.
    std::array<OriginShares, kReceptionCategoryCount> trend_arrivals_{};
    std::vector<std::vector<std::int32_t>> shock_authorities_; ///< resolved names, per shock
};

} // namespace paradiplo
