#include "engine/core/world.hpp"
#include "models/accounting/authority_money.hpp"
#include "outputs/output_variables.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string_view>
#include <vector>

using namespace paradiplo;

namespace {

/// One month of `name` as its reader fills it.
std::vector<double> read(const Authorities& a, std::string_view name) {
    for (const auto& variable : authority_variables())
        if (variable.name == name) {
            std::vector<double> values(a.size() * (variable.per_domain ? kDomainCount : 1));
            variable.read(a, values);
            return values;
        }
    FAIL("no per-authority variable " << name);
    return {};
}

} // namespace

TEST_CASE("per-authority variables are declared consistently", "[outputs]") {
    std::set<std::string_view> names;
    for (const auto& variable : authority_variables()) {
        INFO(variable.name);
        CHECK(variable.name.starts_with("authority_"));
        CHECK(names.insert(variable.name).second);
        CHECK(!variable.units.empty());
        CHECK(!variable.long_name.empty());
        CHECK(!variable.long_name_fr.empty());
        // Codes are written as int8 flag_values 0, 1, ...; rounding applies to floats only.
        if (!variable.flag_meanings.empty()) CHECK(variable.type == AuthorityValueType::Int8);
        if (variable.significant_bits != 0) {
            CHECK(variable.type == AuthorityValueType::Float32);
            CHECK(variable.significant_bits > 0);
            CHECK(variable.significant_bits < 23);
        }
    }
}

TEST_CASE("per-authority variables read the authority table", "[outputs]") {
    Authorities a;
    a.resize(3);
    for (std::size_t i = 0; i < 3; ++i) {
        const double x = static_cast<double>(i + 1);
        a.international_budget_eur[i] = 1000 * x;
        a.staff_fte[i] = 0.5 * x;
        a.active_partnerships[i] = static_cast<std::int32_t>(2 * i);
        a.engaged[i] = static_cast<std::uint8_t>(i % 2);
        a.partnership_spending_eur[i] = 100 * x;
        a.dac_spending_eur[i] = 40 * x;
        a.cofinancing_eur[i] = 120 * x;
        a.humanitarian_eur[i] = 7 * x;
        a.refugees_eur[i] = 3 * x;
        for (int d = 0; d < kDomainCount; ++d)
            a.priority(static_cast<Eigen::Index>(i), d) = x / (d + 1);
    }
    const auto budget = read(a, "authority_budget"), staff = read(a, "authority_staff_fte"),
               partnerships = read(a, "authority_partnerships"),
               engaged = read(a, "authority_engaged"), spending = read(a, "authority_spending"),
               apd = read(a, "authority_apd"), priority = read(a, "authority_priority");
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(budget[i] == a.international_budget_eur[i]);
        CHECK(staff[i] == a.staff_fte[i]);
        CHECK(partnerships[i] == a.active_partnerships[i]);
        CHECK(engaged[i] == a.engaged[i]);
        CHECK(spending[i] == authority_spending(a, i));
        CHECK(apd[i] == authority_apd(a, i).total());
        for (int d = 0; d < kDomainCount; ++d)
            CHECK(priority[i * kDomainCount + static_cast<std::size_t>(d)] ==
                  a.priority(static_cast<Eigen::Index>(i), d));
    }
}
