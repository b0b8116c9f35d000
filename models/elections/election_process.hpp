#pragma once
#include "engine/core/process.hpp"
#include "models/elections/election_parameters.hpp"

namespace paradiplo {

using ElectionAccess =
    WorldAccess<Reads<&Authorities::kind, &Context::election_now, &Context::election_turnover,
                      &Context::programme_shifts, &Context::salience>,
                Writes<&Authorities::months_since_team_change, &Authorities::programme,
                       &Authorities::commitment_share>>;

/// Process 2: at an election a share of teams change and draw a new programme and commitment.
class ElectionProcess final : public ProcessOf<ElectionAccess> {
  public:
    explicit ElectionProcess(const ElectionParameters& parameters) : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "elections"; }

  private:
    void run(Access view) override;
    ElectionParameters parameters_;
};

/// Which election renews an authority of this kind.
ElectionScope election_scope(AuthorityKind kind);

} // namespace paradiplo
