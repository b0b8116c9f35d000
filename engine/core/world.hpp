#pragma once
// The simulated world as columns (structure of arrays): French authorities, countries, foreign
// authorities, the partnership edge table and the global context. Processes read the world and
// write only the columns they own (see docs/architecture.md).
#include "engine/core/calendar.hpp"
#include "engine/core/columns.hpp"
#include "engine/core/indicators.hpp"
#include "engine/core/taxonomy.hpp"

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace paradiplo {

/// Rows are authorities, columns domains; each row is a point of the simplex.
using DomainMatrix = Eigen::Matrix<double, Eigen::Dynamic, kDomainCount, Eigen::RowMajor>;
using DomainVector = Eigen::Matrix<double, 1, kDomainCount>;
/// People hosted by an authority: per reception category, the cohorts of their first 12 months
/// (months 1 to 12 since arrival) and the people beyond them.
inline constexpr int kCohortSlots = 13;
using ReceptionCohorts = Eigen::Matrix<std::int32_t, Eigen::Dynamic,
                                       kReceptionCategoryCount * kCohortSlots, Eigen::RowMajor>;
/// One value per authority and call for projects.
using CallMatrix = Eigen::Matrix<double, Eigen::Dynamic, kCallCount, Eigen::RowMajor>;
using CallMonths = Eigen::Matrix<std::int32_t, Eigen::Dynamic, kCallCount, Eigen::RowMajor>;
/// One value per authority and reception category.
using CategoryMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, kReceptionCategoryCount, Eigen::RowMajor>;

enum Network : std::uint8_t { kFranceUrbaine = 1, kCitiesNetwork = 2, kClimateNetwork = 4 };

struct Authorities {
    // Static attributes.
    std::vector<std::string> id; ///< stable id (INSEE code, SIREN, D.. or R..: docs/geography.md)
    std::vector<std::string> name;
    std::vector<AuthorityKind> kind;
    std::vector<std::int32_t> population;
    std::vector<std::int16_t> region;      ///< index into the region list
    std::vector<std::int16_t> departement; ///< index into the departement list
    std::vector<std::int32_t> parent_epci; ///< commune: its intercommunality (-1 for others)
    std::vector<std::uint8_t> networks;    ///< Network bit mask
    std::vector<double> base_revenue_eur;  ///< operating revenue in 2020, EUR/yr
    CategoryMatrix host_share;             ///< share of the nation's arrivals it hosts, by category
    std::vector<std::uint8_t> declares_refugee_costs; ///< reports hosting costs as APD

    // Politics and organisation.
    std::vector<double> commitment_share; ///< target international budget / operating revenue
    DomainMatrix programme;               ///< the team's programme (target priorities)
    std::vector<std::uint16_t> delegate_perimeter; ///< bit i set = domain i in the delegation
    std::vector<Archetype> archetype;
    std::vector<Attachment> attachment;
    std::vector<std::int16_t> months_since_team_change;

    // Money and means.
    std::vector<double> international_budget_eur; ///< EUR/yr, set at each budget
    std::vector<double> budget_capacity_index;    ///< fiscal capacity when the budget was set
    std::vector<double> cofinancing_eur;          ///< co-financing of its running grants, EUR/yr
    CallMatrix grant_eur_year; ///< by call: yearly co-financing of its grant (0 when none)
    CallMonths grant_end;      ///< by call: serial of the grant's last month (YearMonth::serial)
    std::vector<double> staff_fte;
    DomainMatrix priority;
    ReceptionCohorts hosted; ///< people hosted at the end of the month

    // Reception flows of the month, written by the reception process.
    std::vector<double> reception_cost_eur; ///< hosting costs of the month (all people hosted)
    std::vector<double> refugees_eur; ///< the APD-eligible part, when the authority declares it

    // Derived each month by the accounting process.
    std::vector<std::int32_t> active_partnerships;
    std::vector<std::int32_t> dac_partnerships; ///< active ones with DAC-eligible partners
    std::vector<std::uint8_t> engaged;

    // Monthly flows (EUR for the month), written by the activity process.
    std::vector<double> partnership_spending_eur;
    std::vector<double> dac_spending_eur;
    std::vector<double> humanitarian_eur;
    std::vector<double> partnership_room_eur; ///< what the partnership line left unspent

    [[nodiscard]] std::size_t size() const { return kind.size(); }
    /// Sizes every column to `n` authorities (new rows: no parent EPCI, capacity index 1).
    void resize(std::size_t n);

    static constexpr auto columns() {
        using A = Authorities;
        return std::tuple{
            column(&A::id, "id"),
            column(&A::name, "name"),
            column(&A::kind, "kind"),
            column(&A::population, "population"),
            column(&A::region, "region"),
            column(&A::departement, "departement"),
            column(&A::parent_epci, "parent_epci", std::int32_t{-1}),
            column(&A::networks, "networks"),
            column(&A::base_revenue_eur, "base_revenue_eur"),
            column(&A::host_share, "host_share"),
            column(&A::declares_refugee_costs, "declares_refugee_costs"),
            column(&A::commitment_share, "commitment_share"),
            column(&A::programme, "programme"),
            column(&A::delegate_perimeter, "delegate_perimeter"),
            column(&A::archetype, "archetype"),
            column(&A::attachment, "attachment"),
            column(&A::months_since_team_change, "months_since_team_change"),
            column(&A::international_budget_eur, "international_budget_eur"),
            column(&A::budget_capacity_index, "budget_capacity_index", 1.0),
            column(&A::cofinancing_eur, "cofinancing_eur"),
            column(&A::grant_eur_year, "grant_eur_year"),
            column(&A::grant_end, "grant_end"),
            column(&A::staff_fte, "staff_fte"),
            column(&A::priority, "priority"),
            column(&A::hosted, "hosted"),
            column(&A::reception_cost_eur, "reception_cost_eur"),
            column(&A::refugees_eur, "refugees_eur"),
            column(&A::active_partnerships, "active_partnerships"),
            column(&A::dac_partnerships, "dac_partnerships"),
            column(&A::engaged, "engaged"),
            column(&A::partnership_spending_eur, "partnership_spending_eur"),
            column(&A::dac_spending_eur, "dac_spending_eur"),
            column(&A::humanitarian_eur, "humanitarian_eur"),
            column(&A::partnership_room_eur, "partnership_room_eur"),
        };
    }
};
static_assert(lists_every_member<Authorities>(), "Authorities::columns() must list every column");

struct Countries {
    std::vector<std::string> iso3, name;
    std::vector<Continent> continent;
    std::vector<std::uint8_t> eu, francophone, dac_eligible;
    std::vector<double> distance_km;
    std::vector<double> tie_weight; ///< relative historical weight in French partnerships
    std::vector<std::int32_t> first_partner, partner_count; ///< range in Partners (by country)
    [[nodiscard]] std::size_t size() const { return iso3.size(); }

    static constexpr auto columns() {
        using C = Countries;
        return std::tuple{
            column(&C::iso3, "iso3"),
            column(&C::name, "name"),
            column(&C::continent, "continent"),
            column(&C::eu, "eu"),
            column(&C::francophone, "francophone"),
            column(&C::dac_eligible, "dac_eligible"),
            column(&C::distance_km, "distance_km"),
            column(&C::tie_weight, "tie_weight"),
            column(&C::first_partner, "first_partner"),
            column(&C::partner_count, "partner_count"),
        };
    }
};
static_assert(lists_every_member<Countries>(), "Countries::columns() must list every column");

struct Partners {
    std::vector<std::int16_t> country;
    std::vector<std::uint8_t> population_class;  ///< 0 small town .. 3 large city or region
    std::vector<std::int16_t> capacity;          ///< how many French partners it can hold
    std::vector<std::int16_t> partnership_count; ///< open (active or dormant) partnerships
    [[nodiscard]] std::size_t size() const { return country.size(); }

    static constexpr auto columns() {
        using P = Partners;
        return std::tuple{
            column(&P::country, "country"),
            column(&P::population_class, "population_class"),
            column(&P::capacity, "capacity"),
            column(&P::partnership_count, "partnership_count"),
        };
    }
};
static_assert(lists_every_member<Partners>(), "Partners::columns() must list every column");

enum class PartnershipKind : std::uint8_t { Twinning, Cooperation };
enum class PartnershipStatus : std::uint8_t { Active, Dormant, Ended };
enum class PartnershipEvent : std::uint8_t { None, Created, Dormant, Revived, Ended };

/// The edge table. Rows are never removed (ended ones stay), so a row index is a stable id.
struct Partnerships {
    std::vector<std::int32_t> authority, partner;
    std::vector<PartnershipKind> kind;
    std::vector<Domain> domain;
    std::vector<std::int32_t> start_step;
    std::vector<double> intensity; ///< scale of the programme: multiplies its need (mean 1)
    std::vector<double> activity;  ///< in [0, 1]
    std::vector<PartnershipStatus> status;
    std::vector<std::int16_t> months_low;     ///< consecutive months below the activity threshold
    std::vector<std::int16_t> months_dormant; ///< consecutive months dormant
    std::vector<double> funding_eur;          ///< this month
    std::vector<PartnershipEvent> event;      ///< what happened this month

    [[nodiscard]] std::size_t size() const { return authority.size(); }
    /// Appends a new active partnership (event Created) and returns its row.
    std::int32_t add(std::int32_t authority_index, std::int32_t partner_index,
                     PartnershipKind partnership_kind, Domain primary_domain, double scale,
                     int step, double initial_activity);

    static constexpr auto columns() {
        using P = Partnerships;
        return std::tuple{
            column(&P::authority, "authority"),
            column(&P::partner, "partner"),
            column(&P::kind, "kind"),
            column(&P::domain, "domain"),
            column(&P::start_step, "start_step"),
            column(&P::intensity, "intensity"),
            column(&P::activity, "activity"),
            column(&P::status, "status"),
            column(&P::months_low, "months_low"),
            column(&P::months_dormant, "months_dormant"),
            column(&P::funding_eur, "funding_eur"),
            column(&P::event, "event"),
        };
    }
};
static_assert(lists_every_member<Partnerships>(), "Partnerships::columns() must list every column");

/// Partnerships grouped by French authority (CSR layout), rebuilt after formation.
struct PartnershipIndex {
    std::vector<std::int32_t> offset; ///< size authorities + 1
    std::vector<std::int32_t> rows;
    void rebuild(const Partnerships& partnerships, std::size_t authorities) {
        rebuild_partnership_index(offset, rows, partnerships, authorities);
    }
    /// The index of the open (not ended) partnerships, for a process that declares the two
    /// index columns rather than the whole index.
    static void rebuild_partnership_index(std::vector<std::int32_t>& offset,
                                          std::vector<std::int32_t>& rows,
                                          const Partnerships& partnerships,
                                          std::size_t authorities);
};

/// Global state, recomputed each month from the scenario's shocks.
struct Context {
    YearMonth month;
    std::array<double, kAuthorityKindCount> revenue_index{}; ///< operating revenue vs 2020 base
    double cost_index = 1.0;
    double travel_restriction = 0.0; ///< 0 = free travel, 1 = none possible
    DomainVector salience = DomainVector::Constant(1.0 / kDomainCount);
    /// People arriving this month, nationally, by reception category and continent of origin.
    std::array<std::array<double, kContinentCount>, kReceptionCategoryCount> arrivals{};
    double humanitarian_index = 1.0;
    double cofinancing_index = 1.0;
    std::vector<std::uint8_t> suspended_country;
    std::array<bool, 3> election_now{};        ///< by ElectionScope
    std::array<double, 3> election_turnover{}; ///< share of teams changed, by ElectionScope
    std::array<double, 3> reserve_factor{};    ///< 1 = pre-election reserve in full force
    /// Programme shifts to apply to named authorities' new programmes at this month's election.
    struct ProgrammeShift {
        std::vector<std::int32_t> authorities;
        Domain domain;
        double weight;
    };
    std::vector<ProgrammeShift> programme_shifts;
};

/// What an authority of this kind can afford against 2020: revenue over costs.
inline double fiscal_capacity(const std::array<double, kAuthorityKindCount>& revenue_index,
                              double cost_index, AuthorityKind kind) {
    return revenue_index[static_cast<int>(kind)] / cost_index;
}

struct World {
    std::uint64_t seed = 0;
    Calendar calendar{{2020, 1}, {2026, 3}};
    int step = 0;
    Authorities authorities;
    Countries countries;
    Partners partners;
    Partnerships partnerships;
    PartnershipIndex by_authority;
    Eigen::SparseMatrix<double, Eigen::RowMajor> peer_influence; ///< row-stochastic
    Context context;
    MonthlyIndicators indicators;
    ReceptionIndicators reception; ///< this month's, from the reception process
    CallIndicators calls;          ///< this month's, from the calls process
    std::vector<std::string> region_names, departement_names;
};

} // namespace paradiplo
