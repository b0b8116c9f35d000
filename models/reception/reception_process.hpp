#pragma once
#include "engine/core/process.hpp"
#include "engine/core/random_stream.hpp"
#include "models/reception/reception_parameters.hpp"

namespace paradiplo {

using ReceptionAccess = WorldAccess<
    Reads<&Authorities::kind, &Authorities::engaged, &Authorities::host_share, &Context::arrivals>,
    Writes<&Authorities::hosted, &Authorities::declares_refugee_costs,
           &Authorities::reception_cost_eur, &Authorities::refugees_eur, &World::reception>>;

/// Process 6: reception. The month's arrivals are shared among hosts (a Poisson draw at each
/// host's share of the nation's arrivals), people leave at their category's monthly rates, and
/// hosting costs each host a monthly amount per person; the part for people in their first 12
/// months (the DAC rule) is in-donor refugee APD when the host declares it. Declaring is a choice
/// made month by month: an authority with partnerships books the month's hosting costs as refugee
/// aid with its kind's propensity (docs/model.md says why not once a year).
class ReceptionProcess final : public ProcessOf<ReceptionAccess> {
  public:
    explicit ReceptionProcess(const ReceptionParameters& parameters) : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "reception"; }

  private:
    void run(Access view) override;
    ReceptionParameters parameters_;
};

struct ReceptionCost {
    double total_eur = 0;    ///< hosting every person, all categories
    double eligible_eur = 0; ///< the part of people in their first 12 months
    double apd_eur = 0;      ///< that part, when declared
};
/// Whether an authority declares the hosting costs of `month` (a draw from `random`).
bool declares_hosting_costs(bool engaged, AuthorityKind kind, YearMonth month,
                            const ReceptionParameters& parameters, RandomStream& random);
/// This month's costs of the people in row `i` of `hosted`.
ReceptionCost reception_cost(const ReceptionCohorts& hosted, std::size_t i, bool declares,
                             const ReceptionParameters& parameters);

} // namespace paradiplo
