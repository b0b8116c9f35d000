#pragma once
// The accounting model's definitions of an authority's monthly money, handed to the run file
// writer: outputs may not include a model's process (docs/architecture.md#layers).
#include "models/accounting/accounting_process.hpp"
#include "outputs/run_file_writer.hpp"

namespace paradiplo {

inline AuthorityMoney accounting_money() {
    return {&authority_spending,
            [](const Authorities& a, std::size_t i) { return authority_apd(a, i).total(); }};
}

} // namespace paradiplo
