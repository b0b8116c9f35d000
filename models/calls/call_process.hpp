#pragma once
#include "engine/core/process.hpp"
#include "engine/core/random_stream.hpp"
#include "models/budget/budget_parameters.hpp"
#include "models/calls/call_parameters.hpp"
#include "models/calls/call_selection.hpp"
#include "models/partnerships/partnership_parameters.hpp"

#include <optional>

namespace paradiplo {

using CallAccess = WorldAccess<
    Reads<&Authorities::archetype, &Authorities::engaged, &Authorities::priority,
          &Partnerships::partner, &Partnerships::kind, &Partnerships::domain,
          &Partnerships::intensity, &Partnerships::status, &Partners::country,
          &Partners::population_class, &Countries::dac_eligible, &PartnershipIndex::offset,
          &PartnershipIndex::rows, &Context::cost_index, &Context::cofinancing_index>,
    Writes<&Authorities::grant_eur_year, &Authorities::grant_end, &Authorities::cofinancing_eur,
           &World::calls>>;

/// Process 4: the state's calls for projects. In a call's decision month, engaged authorities
/// with eligible partnerships apply for a project (the co-financing rate times what those
/// partnerships cost over the call's years, within its grant range), with a probability from
/// their capacity and their priority for the call's domains; the call selects whole projects
/// within its envelope (call_selection.hpp) and pays each grant over the project's years, on top
/// of the authority's partnership line.
class CallProcess final : public ProcessOf<CallAccess> {
  public:
    CallProcess(const CallParameters& parameters, const BudgetParameters& budget,
                const PartnershipParameters& partnerships)
        : parameters_(parameters), budget_(budget), partnerships_(partnerships) {}
    [[nodiscard]] std::string_view name() const override { return "calls for projects"; }

    /// Authority `i`'s request to `call` (empty when it does not apply), drawn from `random`.
    [[nodiscard]] std::optional<CallRequest> request(const Access& view, std::size_t i, Call call,
                                                     RandomStream& random) const;

  private:
    void run(Access view) override;
    /// Selects a round of `call` decided `years_ago` years before this month's year (0: this
    /// month's round; more: the rounds whose projects still run when the simulation starts).
    void decide(const Access& view, Call call, int years_ago) const;
    CallParameters parameters_;
    BudgetParameters budget_;
    PartnershipParameters partnerships_;
};

} // namespace paradiplo
