#pragma once
#include "models/budget/budget_parameters.hpp"
#include "models/partnerships/partnership_parameters.hpp"
#include "engine/core/process.hpp"

namespace paradiplo {

/// Process 5: each authority funds its active partnerships from its budget; activity follows
/// funding and travel; partnerships go dormant, revive or end; suspended ones are frozen.
class ActivityProcess final : public Process {
  public:
    ActivityProcess(const PartnershipParameters& parameters, const BudgetParameters& budget,
                    double refugee_reception_eur)
        : parameters_(parameters), budget_(budget), refugee_reception_eur_(refugee_reception_eur) {}
    [[nodiscard]] std::string_view name() const override { return "partnership activity"; }
    void step(World& world) override;

    /// Next activity level of a funded partnership (pure: unit-tested by hand).
    [[nodiscard]] double next_activity(double activity, double funding_eur, double need_eur,
                                       double travel_restriction, double noise) const;

  private:
    void fund_authority(World& world, std::size_t authority) const;
    PartnershipParameters parameters_;
    BudgetParameters budget_;
    double refugee_reception_eur_;
};

} // namespace paradiplo
