#pragma once
#include "engine/core/simulation.hpp"

#include <vector>

namespace paradiplo {

/// Keeps every month's national indicators (small: a few hundred numbers a month).
class IndicatorHistory final : public MonthObserver {
  public:
    void on_month(const World& world) override { months_.push_back(world.indicators); }
    [[nodiscard]] const std::vector<MonthlyIndicators>& months() const { return months_; }

  private:
    std::vector<MonthlyIndicators> months_;
};

} // namespace paradiplo
