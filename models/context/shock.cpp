#include "models/context/shock.hpp"

#include <algorithm>

namespace paradiplo {

double Shock::intensity(YearMonth month) const {
    const int since_start = month.serial() - start.serial();
    if (since_start < 0) return 0.0;
    const double ramp_up = ramp_in > 0 ? std::min(1.0, (since_start + 1.0) / (ramp_in + 1.0)) : 1.0;
    if (!end || month <= *end) return ramp_up;
    const int after_end = month.serial() - end->serial();
    if (after_end > ramp_out) return 0.0;
    return ramp_up * (1.0 - static_cast<double>(after_end) / (ramp_out + 1.0));
}

} // namespace paradiplo
