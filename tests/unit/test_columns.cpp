#include "engine/core/world.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string_view>

using namespace paradiplo;

namespace {

/// The columns of `table` are distinct members with distinct names. With the static_assert of
/// world.hpp (as many columns as members) this proves every member is listed exactly once.
template <class Table> void check_distinct_columns(Table& table) {
    std::set<const void*> addresses;
    std::set<std::string_view> names;
    std::size_t count = 0;
    for_each_column(table, [&](const auto& values, const auto& column) {
        addresses.insert(&values);
        names.insert(column.name);
        ++count;
    });
    CHECK(count == member_count<Table>());
    CHECK(addresses.size() == count);
    CHECK(names.size() == count);
}

} // namespace

TEST_CASE("each table lists every member once as a column", "[columns]") {
    Authorities authorities;
    Countries countries;
    Partners partners;
    Partnerships partnerships;
    check_distinct_columns(authorities);
    check_distinct_columns(countries);
    check_distinct_columns(partners);
    check_distinct_columns(partnerships);
}

TEST_CASE("resizing the authorities sizes every column, with its fill value", "[columns]") {
    Authorities a;
    a.kind.push_back(AuthorityKind::Region); // a column already grown keeps its rows
    a.resize(3);
    for_each_column(a, [](const auto& values, const auto&) { CHECK(column_rows(values) == 3); });
    CHECK(a.kind[0] == AuthorityKind::Region);
    CHECK(a.parent_epci[2] == -1);
    CHECK(a.budget_capacity_index[2] == 1.0);
    CHECK(a.programme.cols() == kDomainCount);
    CHECK(a.priority.row(2).sum() == 0.0);
    CHECK(a.staff_fte[2] == 0.0);
}

TEST_CASE("adding a partnership grows every column by one row", "[columns]") {
    Partnerships p;
    p.add(4, 7, PartnershipKind::Cooperation, Domain::Health, 1.0, 12, 0.5);
    const auto row = p.add(5, 8, PartnershipKind::Twinning, Domain::Europe, 1.5, 13, 0.25);
    CHECK(row == 1);
    for_each_column(p, [](const auto& values, const auto&) { CHECK(values.size() == 2); });
    CHECK(p.authority[1] == 5);
    CHECK(p.partner[1] == 8);
    CHECK(p.kind[1] == PartnershipKind::Twinning);
    CHECK(p.domain[1] == Domain::Europe);
    CHECK(p.start_step[1] == 13);
    CHECK(p.intensity[1] == 1.5);
    CHECK(p.activity[1] == 0.25);
    CHECK(p.status[1] == PartnershipStatus::Active);
    CHECK(p.months_low[1] == 0);
    CHECK(p.months_dormant[1] == 0);
    CHECK(p.funding_eur[1] == 0.0);
    CHECK(p.event[1] == PartnershipEvent::Created);
}
