#pragma once
#include "models/elections/election_parameters.hpp"
#include "engine/core/process.hpp"

namespace paradiplo {

/// Process 2: at an election a share of teams change and draw a new programme and commitment.
class ElectionProcess final : public Process {
  public:
    explicit ElectionProcess(const ElectionParameters& parameters) : parameters_(parameters) {}
    [[nodiscard]] std::string_view name() const override { return "elections"; }
    void step(World& world) override;

  private:
    ElectionParameters parameters_;
};

/// Which election renews an authority of this kind.
ElectionScope election_scope(AuthorityKind kind);

} // namespace paradiplo
