#pragma once
// Foreign authorities weighted for choice, so that drawing one in a country and updating one
// after a new partnership both cost O(log n): countries hold up to thousands of partners, and
// draws number in the hundreds of thousands at the ends of the parameter ranges.
#include <cstdint>
#include <vector>

namespace paradiplo {

/// A partner's weight: its capacity times (1 + preferential_attachment x the French partners it
/// holds), 0 when it is full (larger cities attract more and can hold them; connected ones
/// attract more).
inline double partner_weight(std::int16_t capacity, std::int16_t held,
                             double preferential_attachment) {
    return held >= capacity ? 0.0 : capacity * (1.0 + preferential_attachment * held);
}

/// A Fenwick tree of partner weights over all partners (contiguous by country).
class PartnerSampler {
  public:
    /// Weighs every partner from its capacity and the French partners it holds.
    void rebuild(const std::vector<std::int16_t>& capacity, const std::vector<std::int16_t>& held,
                 double preferential_attachment);
    /// Weighs `partner` again after the count it holds changed.
    void update(std::size_t partner, std::int16_t capacity, std::int16_t held);
    /// The partner of [first, first + count) whose running weight first exceeds `u` (in [0, 1))
    /// times the range's total; -1 when none has room.
    [[nodiscard]] std::int32_t draw(std::size_t first, std::size_t count, double u) const;

  private:
    [[nodiscard]] double prefix(std::size_t end) const; ///< sum of the weights before `end`
    void add(std::size_t partner, double delta);
    double preferential_attachment_ = 0.0;
    std::vector<double> weight_, tree_;
};

} // namespace paradiplo
