#include "models/population/population_generator.hpp"

#include "models/budget/monthly_lines.hpp"
#include "models/budget/planned_budget.hpp"
#include "models/organisation/capacity.hpp"
#include "models/partnerships/partner_choice.hpp"
#include "models/partnerships/partnership_need.hpp"
#include "models/population/geography.hpp"
#include "models/population/programmes.hpp"
#include "models/population/reference_data.hpp"
#include "models/reception/initial_reception.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace paradiplo {
namespace {

/// The generator's random streams are keyed by negative steps, one per kind of draw (a run's
/// months are steps 0 and up), so that no draw of one kind reuses another's.
enum GeneratorStep : int {
    kPartnershipDraws = -1,
    kPeerDraws = -2,
    kAttributeDraws = -3,
    kPartnerDraws = -4,
    kReceptionDraws = -5,
};

/// Every country keeps at least two foreign authorities, so that a pair can always be formed.
constexpr int kMinPartnersPerCountry = 2;

constexpr double kLogistic(double x) {
    return 1.0 / (1.0 + std::exp(-x));
}

class Generator {
  public:
    Generator(const ModelParameters& parameters, std::uint64_t seed)
        : p_(parameters.population), model_(parameters), seed_(seed) {}

    void build_authorities(World& world);
    void build_partners(World& world);
    void build_partnerships(World& world);
    void build_peer_influence(World& world);

  private:
    void assign_attributes(World& world);
    void apply_overrides(World& world);
    void host_refugees(World& world);
    const AuthorityOverride* override_of(std::size_t i) const;
    /// The commitment share at which authority `i` plans `budget_eur`.
    double commitment_for(const Authorities& a, std::size_t i, double budget_eur) const;

    const PopulationParameters& p_;
    const ModelParameters& model_;
    std::uint64_t seed_;
    std::vector<const OfficialAuthority*> official_; ///< row -> its entry in the geography
    std::map<std::string, const AuthorityOverride*> overrides_;
    double pool_share_ = 1.0; ///< share of the communes' population that is simulated
    /// Population left out of the run, by reception category: authorities with département
    /// competences (minors) and communes (displaced people).
    std::array<double, kReceptionCategoryCount> unsimulated_population_{};
};

void Generator::build_authorities(World& world) {
    const OfficialGeography& geography = official_geography();
    Authorities& a = world.authorities;
    std::map<std::string, int> region_index, departement_index;
    for (const Area& r : geography.regions) {
        region_index.emplace(r.code, static_cast<int>(world.region_names.size()));
        world.region_names.push_back(r.name);
    }
    for (const Area& d : geography.departements) {
        departement_index.emplace(d.code, static_cast<int>(world.departement_names.size()));
        world.departement_names.push_back(d.name);
    }
    // The table lists intercommunalities before communes, so a commune finds its parent's row.
    std::map<std::string, std::int32_t> row_of_epci;
    double all_communes = 0, kept_communes = 0;
    for (const OfficialAuthority& o : geography.authorities) {
        // Councils are always simulated; an intercommunality is at least as populous as any of
        // its communes, so a commune kept always finds its parent.
        const bool local = o.kind == AuthorityKind::Commune || o.kind == AuthorityKind::Epci ||
                           o.kind == AuthorityKind::Metropole;
        if (o.kind == AuthorityKind::Commune) all_communes += o.population;
        if (local && o.population < p_.threshold) {
            if (o.also == AuthorityKind::Departement)
                unsimulated_population_[static_cast<std::size_t>(ReceptionCategory::Minors)] +=
                    o.population;
            continue;
        }
        if (o.kind == AuthorityKind::Commune) kept_communes += o.population;
        const auto row = static_cast<std::int32_t>(a.id.size());
        if (o.kind == AuthorityKind::Epci || o.kind == AuthorityKind::Metropole)
            row_of_epci.emplace(o.id, row);
        a.id.push_back(o.id);
        a.name.push_back(o.name);
        a.kind.push_back(o.kind);
        a.population.push_back(o.population);
        a.region.push_back(static_cast<std::int16_t>(region_index.at(o.region)));
        a.departement.push_back(static_cast<std::int16_t>(
            o.departement.empty() ? -1 : departement_index.at(o.departement)));
        a.parent_epci.push_back(o.epci.empty() ? -1 : row_of_epci.at(o.epci));
        official_.push_back(&o);
    }
    pool_share_ = kept_communes / all_communes;
    unsimulated_population_[static_cast<std::size_t>(ReceptionCategory::Displaced)] =
        all_communes - kept_communes;
    a.resize(a.id.size());
    for (const AuthorityOverride& o : p_.overrides)
        overrides_.emplace(o.id, &o);
    assign_attributes(world);
    apply_overrides(world);
    host_refugees(world);
}

double Generator::commitment_for(const Authorities& a, std::size_t i, double budget_eur) const {
    // Six communes have no inhabitants, hence no revenue to relate a budget to.
    const double planned_per_share = planned_budget_eur(a.base_revenue_eur[i], 1.0, a.archetype[i],
                                                        a.delegate_perimeter[i], model_.budget);
    return planned_per_share > 0 ? budget_eur / planned_per_share : 0.0;
}

const AuthorityOverride* Generator::override_of(std::size_t i) const {
    const auto found = overrides_.find(official_[i]->id);
    return found == overrides_.end() ? nullptr : found->second;
}

void Generator::assign_attributes(World& world) {
    Authorities& a = world.authorities;
    for (std::size_t i = 0; i < a.size(); ++i) {
        // A stream of its own: draws of other generator steps must not be reused here (they would
        // tie engagement to what those steps drew).
        RandomStream random(seed_, static_cast<std::uint32_t>(i), kAttributeDraws,
                            StreamTag::Population);
        const AuthorityKind kind = a.kind[i];
        const int k = static_cast<int>(kind);
        const double population = a.population[i];
        // An authority with the competences of two kinds (Ville de Paris, Métropole de Lyon,
        // single collectivities) has the revenue of both.
        const auto revenue_of = [&](AuthorityKind of) {
            return p_.revenue_per_capita_eur[static_cast<std::size_t>(of)];
        };
        const auto also = official_[i]->also;
        a.base_revenue_eur[i] = population * (revenue_of(kind) + (also ? revenue_of(*also) : 0.0));
        // The Ville de Paris, a single well-documented actor, is engaged without a chance to be
        // left out (its draw is still made, so that no other draw moves).
        const bool engaged = random.bernoulli(engagement_propensity(kind, a.population[i], p_)) ||
                             a.id[i] == kParisId;
        a.engaged[i] = engaged ? 1 : 0;

        // Political commitment: heavy-tailed between authorities (log-normal); Paris is set apart
        // without a draw.
        const double median_commitment = p_.commitment_share[static_cast<std::size_t>(k)];
        const double dispersion = std::exp(p_.commitment_dispersion * random.normal());
        const double commitment = a.id[i] == kParisId
                                      ? median_commitment * p_.paris_commitment_multiplier
                                      : median_commitment * dispersion;
        a.commitment_share[i] = commitment;

        std::uint8_t networks = 0;
        const bool large_city = population >= p_.large_city_population;
        const bool medium_city = population >= p_.medium_city_population;
        const bool big = (kind == AuthorityKind::Metropole) ||
                         (kind == AuthorityKind::Commune && large_city) ||
                         (kind == AuthorityKind::Epci && population >= p_.large_epci_population);
        if (big) networks |= kFranceUrbaine;
        if (engaged && (kind != AuthorityKind::Commune || medium_city) &&
            random.bernoulli(p_.cities_network_share))
            networks |= kCitiesNetwork;
        if (big && random.bernoulli(p_.climate_network_share)) networks |= kClimateNetwork;
        a.networks[i] = networks;

        // Organisation by kind and size (assumption: docs/model.md).
        Archetype archetype = Archetype::None;
        if (engaged) {
            const double u = random.uniform();
            const auto either = [u](double share, Archetype first, Archetype second) {
                return u < share ? first : second;
            };
            switch (kind) {
            case AuthorityKind::Region:
                archetype = Archetype::Directorate;
                break;
            case AuthorityKind::Departement:
                archetype =
                    either(p_.departement_unit_share, Archetype::Unit, Archetype::Directorate);
                break;
            case AuthorityKind::Metropole:
                archetype = either(p_.metropole_shared_share, Archetype::SharedService,
                                   Archetype::Directorate);
                break;
            case AuthorityKind::Epci:
                archetype =
                    either(p_.epci_part_time_share, Archetype::PartTimeOfficer, Archetype::Unit);
                break;
            case AuthorityKind::Commune:
                if (large_city)
                    archetype = either(p_.large_city_shared_share, Archetype::SharedService,
                                       Archetype::Directorate);
                else if (medium_city)
                    archetype = either(p_.medium_city_unit_share, Archetype::Unit,
                                       Archetype::PartTimeOfficer);
                else
                    archetype = either(p_.small_town_part_time_share, Archetype::PartTimeOfficer,
                                       Archetype::None);
                break;
            }
        }
        a.archetype[i] = archetype;
        a.attachment[i] = static_cast<Attachment>(random.index(kAttachmentCount));
        a.delegate_perimeter[i] = kDelegatePerimeters[random.index(kDelegatePerimeters.size())];
        a.international_budget_eur[i] = planned_budget_eur(
            a.base_revenue_eur[i], commitment, archetype, a.delegate_perimeter[i], model_.budget);
        const DomainVector programme = dirichlet(typical_programme(kind, model_.elections),
                                                 model_.elections.programme_concentration, random);
        a.programme.row(static_cast<Eigen::Index>(i)) = programme;
        a.priority.row(static_cast<Eigen::Index>(i)) =
            p_.initial_programme_weight * programme +
            (1.0 - p_.initial_programme_weight) * perimeter_vector(a.delegate_perimeter[i]);
        a.staff_fte[i] =
            staff_target_fte(archetype, a.international_budget_eur[i], model_.organisation);
        a.months_since_team_change[i] = static_cast<std::int16_t>(p_.initial_team_months);
    }
}

void Generator::apply_overrides(World& world) {
    Authorities& a = world.authorities;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const AuthorityOverride* o = override_of(i);
        if (o == nullptr) continue;
        if (o->archetype && *o->archetype != Archetype::None) a.engaged[i] = 1;
        if (o->engaged) a.engaged[i] = *o->engaged ? 1 : 0;
        if (o->partnerships) a.engaged[i] = *o->partnerships > 0 ? 1 : 0;
        if (o->archetype) a.archetype[i] = *o->archetype;
        if (!a.engaged[i]) a.archetype[i] = Archetype::None;
        if (o->international_budget_eur) {
            a.international_budget_eur[i] = *o->international_budget_eur;
            a.commitment_share[i] = commitment_for(a, i, *o->international_budget_eur);
        } else {
            a.international_budget_eur[i] =
                planned_budget_eur(a.base_revenue_eur[i], a.commitment_share[i], a.archetype[i],
                                   a.delegate_perimeter[i], model_.budget);
        }
        a.staff_fte[i] = o->staff_fte
                             ? *o->staff_fte
                             : staff_target_fte(a.archetype[i], a.international_budget_eur[i],
                                                model_.organisation);
    }
}

void Generator::host_refugees(World& world) {
    Authorities& a = world.authorities;
    std::vector<std::uint8_t> departement_competences(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        departement_competences[i] = a.kind[i] == AuthorityKind::Departement ||
                                     official_[i]->also == AuthorityKind::Departement;
    host_reception(a, departement_competences, unsimulated_population_, model_.reception,
                   {seed_, kReceptionDraws, world.calendar.at(0)});
}

void Generator::build_partners(World& world) {
    Countries& c = world.countries;
    Partners& partners = world.partners;
    double total_weight = 0;
    for (const auto& country : reference::countries())
        total_weight += country.tie_weight;
    const double partner_class_total =
        std::accumulate(p_.partner_class_share.begin(), p_.partner_class_share.end(), 0.0);
    for (const auto& country : reference::countries()) {
        const std::size_t k = c.size();
        c.iso3.emplace_back(country.iso3);
        c.name.emplace_back(country.name);
        c.continent.push_back(country.continent);
        c.eu.push_back(country.eu);
        c.francophone.push_back(country.francophone);
        c.dac_eligible.push_back(country.dac_eligible);
        c.distance_km.push_back(
            reference::distance_from_paris_km(country.latitude, country.longitude));
        c.tie_weight.push_back(country.tie_weight);
        const int count =
            std::max(kMinPartnersPerCountry,
                     static_cast<int>(std::lround(p_.foreign_authorities * pool_share_ *
                                                  country.tie_weight / total_weight)));
        c.first_partner.push_back(static_cast<std::int32_t>(partners.size()));
        c.partner_count.push_back(count);
        for (int j = 0; j < count; ++j) {
            RandomStream random(seed_, static_cast<std::uint32_t>(partners.size()), kPartnerDraws,
                                StreamTag::PopulationPartnerships);
            // Capacity by size class: most hold one French partner, cities several.
            const auto size_class = static_cast<std::uint8_t>(
                random.weighted_index(p_.partner_class_share, partner_class_total));
            partners.country.push_back(static_cast<std::int16_t>(k));
            partners.population_class.push_back(size_class);
            partners.capacity.push_back(
                static_cast<std::int16_t>(p_.partner_class_capacity[size_class]));
            partners.partnership_count.push_back(0);
        }
    }
    world.context.suspended_country.assign(c.size(), 0);
}

void Generator::build_partnerships(World& world) {
    Authorities& a = world.authorities;
    std::vector<double> weights;
    std::vector<std::int32_t> mine;
    std::vector<std::uint8_t> is_mine(world.partners.size(), 0); // marks `mine`, cleared after
    PartnerSampler sampler;
    sampler.rebuild(world.partners.capacity, world.partners.partnership_count,
                    model_.partnerships.preferential_attachment);
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!a.engaged[i]) continue;
        RandomStream random(seed_, static_cast<std::uint32_t>(i), kPartnershipDraws,
                            StreamTag::PopulationPartnerships);
        const double size = std::pow(a.population[i] / 1000.0, p_.partnerships_population_exponent);
        const int capacity =
            partnership_capacity(a.archetype[i], a.staff_fte[i], model_.organisation);
        const AuthorityOverride* given = override_of(i);
        const int drawn =
            std::min(capacity, 1 + random.poisson(p_.partnerships_per_authority * size));
        const int wanted = given && given->partnerships ? *given->partnerships : drawn;
        country_weights(PartnerChoiceAccess(world), static_cast<int>(i), model_.partnerships, true,
                        weights);
        mine.clear();
        const std::size_t first_row = world.partnerships.size();
        // A count an analyst gave is sought harder (partners already full or chosen are redrawn).
        const int attempts = (given && given->partnerships ? 50 : 4) * wanted;
        // Programmes were signed at the authority's means: its partnership line shared out.
        const double means_eur =
            monthly_lines(MonthlyLinesAccess(world), i, model_.budget).partnership_pool_eur /
            std::max(1, wanted);
        for (int attempt = 0; attempt < attempts && static_cast<int>(mine.size()) < wanted;
             ++attempt) {
            const Proposal proposal = draw_proposal(PartnerChoiceAccess(world), static_cast<int>(i),
                                                    model_.partnerships, weights, sampler, random);
            if (proposal.partner < 0) continue;
            const auto partner = static_cast<std::size_t>(proposal.partner);
            if (is_mine[partner]) continue;
            const int started =
                -static_cast<int>(random.index(static_cast<std::size_t>(p_.stock_max_age_months)));
            const double activity =
                p_.stock_activity_min + (1.0 - p_.stock_activity_min) * random.uniform();
            const std::int32_t row = world.partnerships.add(
                static_cast<std::int32_t>(i), proposal.partner, proposal.kind, proposal.domain,
                proposal.scale * programme_scale(model_.partnerships, proposal.kind, means_eur,
                                                 world.context.cost_index),
                started, activity);
            world.partnerships.event[static_cast<std::size_t>(row)] = PartnershipEvent::None;
            ++world.partners.partnership_count[partner];
            sampler.update(partner, world.partners.capacity[partner],
                           world.partners.partnership_count[partner]);
            is_mine[partner] = 1;
            mine.push_back(proposal.partner);
        }
        for (const std::int32_t partner : mine)
            is_mine[static_cast<std::size_t>(partner)] = 0;
        if (mine.empty() && !(given && given->engaged)) a.engaged[i] = 0;
        // The 2020 portfolio was built within the authority's means: its budget covers at least
        // a share of the partnerships' needs (raising the commitment where the draw fell short).
        const Partnerships& stock = world.partnerships;
        double needs_eur = 0.0;
        for (std::size_t row = first_row; row < stock.size(); ++row)
            needs_eur += partnership_need_eur(
                model_.partnerships, stock.kind[row], stock.domain[row], stock.intensity[row],
                world.partners.population_class[static_cast<std::size_t>(stock.partner[row])],
                world.context.cost_index);
        const double floor_eur = budget_for_line(MonthlyLinesAccess(world), i, model_.budget,
                                                 needs_eur * p_.initial_funding_cover);
        const bool budget_given = given && given->international_budget_eur;
        // No budget can cover needs when the humanitarian share takes the whole line.
        if (!budget_given && std::isfinite(floor_eur) &&
            a.international_budget_eur[i] < floor_eur) {
            a.international_budget_eur[i] = floor_eur;
            a.commitment_share[i] = commitment_for(a, i, floor_eur);
            if (!(given && given->staff_fte))
                a.staff_fte[i] = staff_target_fte(a.archetype[i], floor_eur, model_.organisation);
        }
    }
    world.by_authority.rebuild(world.partnerships, a.size());
}

void Generator::build_peer_influence(World& world) {
    // Each authority listens to peers of its region and, for network members, to members of each
    // of its networks in turn (assumption: equal weights, row-stochastic).
    const Authorities& a = world.authorities;
    constexpr std::array<Network, 3> kNetworks{kFranceUrbaine, kCitiesNetwork, kClimateNetwork};
    std::map<int, std::vector<std::int32_t>> by_region;
    std::array<std::vector<std::int32_t>, kNetworks.size()> members;
    for (std::size_t i = 0; i < a.size(); ++i) {
        by_region[a.region[i]].push_back(static_cast<std::int32_t>(i));
        for (std::size_t n = 0; n < kNetworks.size(); ++n)
            if (a.networks[i] & kNetworks[n]) members[n].push_back(static_cast<std::int32_t>(i));
    }
    const int peers = model_.priorities.peers;
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(a.size() * static_cast<std::size_t>(peers));
    std::vector<std::size_t> mine;
    for (std::size_t i = 0; i < a.size(); ++i) {
        RandomStream random(seed_, static_cast<std::uint32_t>(i), kPeerDraws,
                            StreamTag::Population);
        mine.clear();
        for (std::size_t n = 0; n < kNetworks.size(); ++n)
            if (a.networks[i] & kNetworks[n]) mine.push_back(n);
        // Every other peer comes from a network: the first, the second, ... in turn.
        for (int k = 0; k < peers; ++k) {
            const bool via_network = !mine.empty() && k % 2 == 1;
            const auto& pool = via_network
                                   ? members[mine[static_cast<std::size_t>(k / 2) % mine.size()]]
                                   : by_region[a.region[i]];
            entries.emplace_back(static_cast<int>(i), pool[random.index(pool.size())], 1.0 / peers);
        }
    }
    world.peer_influence.resize(static_cast<Eigen::Index>(a.size()),
                                static_cast<Eigen::Index>(a.size()));
    world.peer_influence.setFromTriplets(entries.begin(), entries.end()); // duplicates are summed
}

} // namespace

double engagement_propensity(AuthorityKind kind, std::int32_t population,
                             const PopulationParameters& p) {
    switch (kind) {
    case AuthorityKind::Region:
    case AuthorityKind::Metropole:
        return 1.0;
    case AuthorityKind::Departement:
        return p.departement_engagement_share;
    case AuthorityKind::Epci:
        return p.epci_engagement_share;
    case AuthorityKind::Commune:
        break;
    }
    if (population <= 0) return 0.0; // the six communes without inhabitants
    return kLogistic(p.commune_engagement_intercept +
                     p.commune_engagement_slope * std::log(std::max(1, population)));
}

std::int32_t find_authority(const Authorities& authorities, std::string_view id) {
    const auto found = std::find(authorities.id.begin(), authorities.id.end(), id);
    return found == authorities.id.end()
               ? -1
               : static_cast<std::int32_t>(found - authorities.id.begin());
}

World generate_world(const ModelParameters& parameters, const Calendar& calendar,
                     std::uint64_t seed) {
    World world;
    world.seed = seed;
    world.calendar = calendar;
    world.context.month = calendar.start();
    Generator generator(parameters, seed);
    generator.build_authorities(world);
    generator.build_partners(world);
    generator.build_partnerships(world);
    generator.build_peer_influence(world);
    world.indicators.partnerships_by_country.assign(world.countries.size(), 0);
    return world;
}

} // namespace paradiplo
