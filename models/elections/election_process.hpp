#pragma once
#include "engine/core/process.hpp"
#include "models/elections/election_parameters.hpp"

namespace paradiplo {

using ElectionAccess =
    WorldAccess<Reads<&Authorities::kind, &Context::election_now, &Context::election_turnover,
                      &Context::programme_shifts, &Context::salience>,
                Writes<&Authorities::months_since_team_change, &Authorities::programme,
                       &Authorities::commitment_share, &Authorities::attachment,
                       &Authorities::delegate_perimeter>>;

/// Process 2: at an election a share of teams change and draw a new programme and commitment; a
/// new executive may hand the delegation to another perimeter and move the service's
/// attachment. A service in the cabinet rises and falls with the team: its commitment moves
/// more.
class ElectionProcess final : public ProcessOf<ElectionAccess> {
  public:
    explicit ElectionProcess(const ElectionParameters& parameters) : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "elections"; }

    /// Log-normal sigma of a new team's commitment change for a service so attached.
    [[nodiscard]] double commitment_sigma(Attachment attachment) const;

  private:
    void run(Access view) override;
    ElectionParameters parameters_;
};

/// Which election renews an authority of this kind.
ElectionScope election_scope(AuthorityKind kind);

} // namespace paradiplo
