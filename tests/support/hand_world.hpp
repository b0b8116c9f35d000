#pragma once
// Worlds of a few agents built by hand, for unit tests of single rules with hand-computed
// expectations: every column starts at its default and the test sets what the rule reads.
#include "engine/core/world.hpp"

#include <string>

namespace paradiplo::testing {

class HandWorld {
  public:
    /// `authorities` engaged communes with uniform priorities and one foreign country (not
    /// DAC-eligible, in Europe) holding `partners` partners of capacity 10 and size class 0.
    HandWorld(int authorities, int partners) {
        Authorities& a = world.authorities;
        a.resize(static_cast<std::size_t>(authorities));
        for (int i = 0; i < authorities; ++i) {
            a.id[static_cast<std::size_t>(i)] = "A" + std::to_string(i);
            a.engaged[static_cast<std::size_t>(i)] = 1;
        }
        a.priority.setConstant(1.0 / kDomainCount);
        a.programme.setConstant(1.0 / kDomainCount);
        Countries& c = world.countries;
        c.iso3 = {"AAA"};
        c.name = {"A country"};
        c.continent = {Continent::Europe};
        c.eu = {0};
        c.francophone = {0};
        c.dac_eligible = {0};
        c.distance_km = {1000.0};
        c.tie_weight = {1.0};
        c.first_partner = {0};
        c.partner_count = {partners};
        for (int j = 0; j < partners; ++j) {
            world.partners.country.push_back(0);
            world.partners.population_class.push_back(0);
            world.partners.capacity.push_back(10);
            world.partners.partnership_count.push_back(0);
        }
        world.context.suspended_country = {0};
        world.context.revenue_index.fill(1.0);
        world.indicators.partnerships_by_country = {0};
        index();
    }

    /// A partnership of `authority` with `partner` in `domain`, of scale `scale`; returns its row.
    std::size_t partnership(int authority, int partner, Domain domain, double scale,
                            double activity = 0.5,
                            PartnershipKind kind = PartnershipKind::Twinning) {
        const auto row = static_cast<std::size_t>(
            world.partnerships.add(authority, partner, kind, domain, scale, 0, activity));
        world.partnerships.event[row] = PartnershipEvent::None;
        ++world.partners.partnership_count[static_cast<std::size_t>(partner)];
        index();
        return row;
    }

    /// Rebuilds the partnership index after rows were added.
    void index() { world.by_authority.rebuild(world.partnerships, world.authorities.size()); }

    World world;
};

} // namespace paradiplo::testing
