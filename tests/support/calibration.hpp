#pragma once
// The calibration targets of docs/calibration.md, measured on a run.
#include "engine/core/simulation.hpp"

#include <string>
#include <vector>

namespace paradiplo::testing {

struct CalibrationResult {
    double engaged_2021 = 0, partnerships_2021 = 0, partners_2021 = 0; ///< averages over 2021
    double apd_2020 = 0, apd_2021 = 0, refugees_2021 = 0, non_refugee_2021 = 0; ///< sums, EUR
    double paris_share_2021 = 0; ///< Paris' share of 2021 non-refugee APD, in [0, 1]
    /// Engagement by kind, averages over 2021: intercommunalities (EPCIs and metropoles), and the
    /// share of departement-level councils.
    double engaged_intercommunalities_2021 = 0, engaged_departement_share_2021 = 0;
    /// FICOL over 2020-2022: projects selected and grants awarded a year (sums until result()).
    double ficol_projects = 0, ficol_awarded = 0;
};

struct Target {
    std::string name;
    double target, tolerance; ///< relative (or absolute for shares)
    bool absolute;
    double (*measure)(const CalibrationResult&);
    [[nodiscard]] bool met(const CalibrationResult& r) const;
    [[nodiscard]] double deviation(const CalibrationResult& r) const;
};

const std::vector<Target>& calibration_targets();

/// Accumulates the calibration measures month by month.
class CalibrationObserver final : public MonthObserver {
  public:
    void on_month(const World& world) override;
    [[nodiscard]] CalibrationResult result() const;

  private:
    CalibrationResult sums_;
    double paris_2021_ = 0;
    int months_2021_ = 0;
    double departements_ = 0; ///< departement-level councils simulated
    std::int32_t paris_ = -1; ///< Paris' index, found on the first month
};

/// Runs the baseline with this seed and overrides ("key=value", as --set) and measures it.
CalibrationResult measure_baseline(std::uint64_t seed, std::vector<std::string> overrides = {});

/// Median over results of each measure.
CalibrationResult median(const std::vector<CalibrationResult>& results);

} // namespace paradiplo::testing
