#include "outputs/run_file_writer.hpp"

#include "engine/core/errors.hpp"
#include "engine/core/version.hpp"
#include "outputs/file_commit.hpp"
#include "outputs/output_variables.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <span>
#include <string_view>
#include <type_traits>
#include <variant>

namespace paradiplo {
namespace {

// Each coded variable has its own list of meanings, in code order; its flag_values are derived
// from the list (the first code, then one more per meaning), so values and meanings cannot drift
// apart. The lists that describe an enum of the World are checked against that enum.
constexpr std::string_view kCountryDacEligibleMeanings[] = {"no", "yes"};
constexpr std::string_view kPartnershipKindMeanings[] = {"twinning", "cooperation"};
constexpr std::string_view kPartnershipStatusMeanings[] = {"active", "dormant", "ended"};
/// PartnershipEvent without None (0), which the event log never records.
constexpr std::string_view kPartnershipEventMeanings[] = {"created", "lapsed_to_dormant", "revived",
                                                          "ended"};
constexpr std::int8_t kFirstPartnershipEventCode = 1;
static_assert(std::size(kPartnershipKindMeanings) ==
              static_cast<std::size_t>(PartnershipKind::Cooperation) + 1);
static_assert(std::size(kPartnershipStatusMeanings) ==
              static_cast<std::size_t>(PartnershipStatus::Ended) + 1);
static_assert(std::size(kPartnershipEventMeanings) + std::size_t{kFirstPartnershipEventCode} ==
              static_cast<std::size_t>(PartnershipEvent::Ended) + 1);

template <std::size_t N>
std::array<std::string_view, N> keys_of(const std::array<Label, N>& labels) {
    std::array<std::string_view, N> keys;
    for (std::size_t i = 0; i < N; ++i)
        keys[i] = labels[i].key;
    return keys;
}

/// Writes the CF flag_values (codes first, first + 1, ...) and flag_meanings of a coded variable.
void describe_flags(h5::NetcdfWriter& f, const std::string& variable,
                    std::span<const std::string_view> meanings, std::int8_t first = 0) {
    std::vector<std::int8_t> values;
    std::string text;
    for (const std::string_view meaning : meanings) {
        values.push_back(static_cast<std::int8_t>(first + static_cast<int>(values.size())));
        text += (text.empty() ? "" : " ") + std::string(meaning);
    }
    f.attribute(variable, "flag_values", std::span<const std::int8_t>(values));
    f.attribute(variable, "flag_meanings", text);
}

/// Keeps `bits` significant mantissa bits of a float, rounding to nearest (netCDF BitRound): the
/// dropped bits are noise below the precision of the value, and would defeat compression.
float bit_round(float value, int bits) {
    std::uint32_t word;
    std::memcpy(&word, &value, sizeof word);
    const int dropped = 23 - bits;
    const std::uint32_t half = 1u << (dropped - 1), mask = ~((1u << dropped) - 1u);
    word = (word + half) & mask;
    std::memcpy(&value, &word, sizeof word);
    return value;
}

AuthorityBlock empty_block(AuthorityValueType type) {
    switch (type) {
    case AuthorityValueType::Int32:
        return std::vector<std::int32_t>{};
    case AuthorityValueType::Int8:
        return std::vector<std::int8_t>{};
    case AuthorityValueType::Float32:
        break;
    }
    return std::vector<float>{};
}

std::size_t values_per_authority(const AuthorityVariable& variable) {
    return variable.per_domain ? std::size_t{kDomainCount} : 1;
}

/// Converts a month as read to the storage type of `variable`, rounding floats to the kept bits.
template <class T>
void store(std::span<const double> month, const AuthorityVariable& variable, T* out) {
    for (std::size_t k = 0; k < month.size(); ++k) {
        if constexpr (std::is_same_v<T, float>) {
            const auto value = static_cast<float>(month[k]);
            out[k] =
                variable.significant_bits > 0 ? bit_round(value, variable.significant_bits) : value;
        } else {
            out[k] = static_cast<T>(month[k]);
        }
    }
}

} // namespace

RunFileWriter::RunFileWriter(std::string path, const ScenarioConfig& scenario, const World& world,
                             const RunProvenance& provenance)
    : path_(std::move(path)), partial_path_(path_ + ".partial"), scenario_(scenario),
      level_(scenario.output_level()), authorities_(world.authorities.size()),
      // A chunk cannot be longer than the fixed time dimension of a run of under a year.
      block_months_(std::min(12, world.calendar.months())) {
    const auto folder = std::filesystem::path(path_).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder);
    file_ = std::make_unique<h5::NetcdfWriter>(partial_path_);
    write_static(world);
    auto& f = *file_;
    f.attribute("", "title", "Paradiplo run: " + scenario.meta.name);
    f.attribute("", "Conventions", std::string("CF-1.8"));
    f.attribute("", "source", "Paradiplo " + std::string(kVersion));
    f.attribute("", "scenario_name", scenario.meta.name);
    f.attribute("", "scenario_title", scenario.meta.title);
    f.attribute("", "scenario_source", scenario.source);
    f.attribute("", "scenario", scenario.resolved_text);
    f.attribute("", "seed", scenario.seed);
    f.attribute("", "population_table", scenario.model.population.table);
    f.attribute("", "population_table_sha256", scenario.model.population.table_sha256);
    f.attribute("", "paradiplo_version", std::string(kVersion));
    f.attribute("", "git_revision", std::string(kGitRevision));
    f.attribute("", "build_type", std::string(kBuildType));
    f.attribute("", "threads", static_cast<std::int32_t>(provenance.threads));
    f.attribute("", "host", provenance.host);
    f.attribute("", "start_time", provenance.start_time);
    f.attribute("", "output_level", scenario.output.level);
    f.attribute("", "complete", std::int32_t{0});
    if (level_ != OutputLevel::Aggregate) define_authority_variables();
    f.flush();
}

RunFileWriter::~RunFileWriter() {
    if (!finished_ && file_) {
        try {
            file_->close(); // leaves NAME.partial: never a file that looks complete
        } catch (...) {
        }
    }
}

void RunFileWriter::write_static(const World& world) {
    auto& f = *file_;
    write_aggregate_coordinates(f, world.calendar);

    // Static attributes of authorities and foreign partners.
    const Authorities& a = world.authorities;
    std::vector<std::int32_t> ids(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        ids[i] = static_cast<std::int32_t>(i);
    f.coordinate<std::int32_t>("authority", ids);
    f.attribute("authority", "long_name", std::string("French local authority (index)"));
    f.string_variable("authority_id", "authority", a.id);
    f.attribute("authority_id", "long_name",
                std::string("stable id of the authority: INSEE code (communes), SIREN "
                            "(intercommunalities), D or R and the area code (councils)"));
    f.string_variable("authority_name", "authority", a.name);
    f.attribute("authority_name", "long_name",
                std::string("official name of the authority (2021 geography)"));
    std::vector<std::int8_t> kind(a.size()), archetype(a.size());
    std::vector<std::string> region(a.size()), departement(a.size()), epci(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        kind[i] = static_cast<std::int8_t>(a.kind[i]);
        archetype[i] = static_cast<std::int8_t>(a.archetype[i]);
        region[i] = world.region_names[static_cast<std::size_t>(a.region[i])];
        departement[i] = a.departement[i] >= 0
                             ? world.departement_names[static_cast<std::size_t>(a.departement[i])]
                             : "";
        if (a.parent_epci[i] >= 0) epci[i] = a.id[static_cast<std::size_t>(a.parent_epci[i])];
    }
    f.variable<std::int8_t>({"authority_kind_code", {"authority"}, {}, 0});
    f.write_all<std::int8_t>("authority_kind_code", kind);
    f.attribute("authority_kind_code", "long_name", std::string("kind of authority"));
    describe_flags(f, "authority_kind_code", keys_of(kAuthorityKindLabels));
    f.variable<std::int8_t>({"authority_archetype_2020", {"authority"}, {}, 0});
    f.write_all<std::int8_t>("authority_archetype_2020", archetype);
    f.attribute("authority_archetype_2020", "long_name",
                std::string("organisation of international action in January 2020"));
    describe_flags(f, "authority_archetype_2020", keys_of(kArchetypeLabels));
    f.variable<std::int32_t>({"authority_population", {"authority"}, {}, 0});
    f.write_all<std::int32_t>("authority_population", a.population);
    f.attribute("authority_population", "units", std::string("1"));
    f.attribute("authority_population", "long_name", std::string("inhabitants"));
    f.string_variable("authority_region", "authority", region);
    f.attribute("authority_region", "long_name", std::string("region"));
    f.string_variable("authority_departement", "authority", departement);
    f.attribute("authority_departement", "long_name",
                std::string("departement (for an intercommunality, the one holding most of its "
                            "population; empty for region-level councils and the Collectivité "
                            "européenne d'Alsace)"));
    f.string_variable("authority_epci_id", "authority", epci);
    f.attribute("authority_epci_id", "long_name",
                std::string("stable id of the commune's intercommunality (empty for others)"));

    const Partners& p = world.partners;
    std::vector<std::int32_t> partner_ids(p.size());
    std::vector<std::string> partner_country(p.size());
    std::vector<std::int8_t> size_class(p.size());
    for (std::size_t j = 0; j < p.size(); ++j) {
        partner_ids[j] = static_cast<std::int32_t>(j);
        partner_country[j] = world.countries.iso3[static_cast<std::size_t>(p.country[j])];
        size_class[j] = static_cast<std::int8_t>(p.population_class[j]);
    }
    f.coordinate<std::int32_t>("partner", partner_ids);
    f.attribute("partner", "long_name", std::string("foreign local authority (index)"));
    f.string_variable("partner_country", "partner", partner_country);
    f.attribute("partner_country", "long_name",
                std::string("country of the foreign authority (ISO 3166 alpha-3)"));
    f.variable<std::int16_t>({"partner_capacity", {"partner"}, {}, 0});
    f.write_all<std::int16_t>("partner_capacity", p.capacity);
    f.attribute("partner_capacity", "long_name",
                std::string("French partners the foreign authority can hold"));
    f.variable<std::int8_t>({"partner_size_class", {"partner"}, {}, 0});
    f.write_all<std::int8_t>("partner_size_class", size_class);
    f.attribute("partner_size_class", "long_name",
                std::string("size class: 0 small town to 3 large city or region"));

    // Country attributes used by partner choice.
    std::vector<std::int8_t> dac(world.countries.size());
    for (std::size_t k = 0; k < dac.size(); ++k)
        dac[k] = static_cast<std::int8_t>(world.countries.dac_eligible[k]);
    f.variable<std::int8_t>({"country_dac_eligible", {"country"}, {}, 0});
    f.write_all<std::int8_t>("country_dac_eligible", dac);
    f.attribute("country_dac_eligible", "long_name",
                std::string("on the OECD DAC list of ODA recipients"));
    describe_flags(f, "country_dac_eligible", kCountryDacEligibleMeanings);
}

void RunFileWriter::define_authority_variables() {
    auto& f = *file_;
    const auto n = static_cast<hsize_t>(authorities_);
    const hsize_t chunk_time = static_cast<hsize_t>(block_months_),
                  chunk_authority = std::min<hsize_t>(n, 4096);
    const int deflate = static_cast<int>(scenario_.output.compression);
    const std::size_t cells = authorities_ * static_cast<std::size_t>(block_months_);
    for (const AuthorityVariable& variable : authority_variables()) {
        const std::string name(variable.name);
        h5::VariableSpec spec{name, {"time", "authority"}, {chunk_time, chunk_authority}, deflate};
        if (variable.per_domain) {
            spec.dimensions.emplace_back("domain");
            spec.chunk.push_back(kDomainCount);
        }
        blocks_.push_back(empty_block(variable.type));
        std::visit(
            [&](auto& block) {
                using T = typename std::remove_cvref_t<decltype(block)>::value_type;
                f.variable<T>(spec);
                block.resize(cells * values_per_authority(variable));
            },
            blocks_.back());
        f.attribute(name, "units", std::string(variable.units));
        f.attribute(name, "long_name", std::string(variable.long_name));
        f.attribute(name, "long_name_fr", std::string(variable.long_name_fr));
        if (!variable.flag_meanings.empty()) describe_flags(f, name, variable.flag_meanings);
        if (variable.significant_bits > 0)
            f.attribute(name, "_QuantizeBitRoundNumberOfSignificantBits",
                        static_cast<std::int32_t>(variable.significant_bits));
    }
    month_values_.resize(authorities_ * std::size_t{kDomainCount});
}

void RunFileWriter::on_month(const World& world) {
    world_ = &world;
    if (level_ == OutputLevel::Full)
        for (std::size_t row = 0; row < world.partnerships.size(); ++row)
            if (world.partnerships.event[row] != PartnershipEvent::None)
                events_.push_back({world.step - 1, static_cast<std::int32_t>(row),
                                   static_cast<std::int8_t>(world.partnerships.event[row])});
    if (level_ == OutputLevel::Aggregate) return;
    const auto& variables = authority_variables();
    for (std::size_t v = 0; v < variables.size(); ++v) {
        const std::size_t width = values_per_authority(variables[v]);
        const std::span<double> month(month_values_.data(), authorities_ * width);
        variables[v].read(world.authorities, month);
        const std::size_t offset = static_cast<std::size_t>(block_filled_) * month.size();
        std::visit([&](auto& block) { store(month, variables[v], block.data() + offset); },
                   blocks_[v]);
    }
    ++block_filled_;
    if (block_filled_ == block_months_ || world.step == world.calendar.months()) flush_block();
}

void RunFileWriter::flush_block() {
    if (block_filled_ == 0) return;
    auto& f = *file_;
    const auto first = static_cast<hsize_t>(block_first_),
               months = static_cast<hsize_t>(block_filled_);
    const auto& variables = authority_variables();
    for (std::size_t v = 0; v < variables.size(); ++v)
        std::visit(
            [&](const auto& block) {
                f.write_time_block(std::string(variables[v].name), first, months, block.data());
            },
            blocks_[v]);
    f.flush();
    block_first_ += block_filled_;
    block_filled_ = 0;
}

void RunFileWriter::write_aggregates(const IndicatorHistory& history) {
    auto& f = *file_;
    std::vector<double> row, values;
    for (const auto& variable : aggregate_variables()) {
        values.clear();
        for (const auto& month : history.months())
            variable.values(month, values);
        std::vector<std::string> dims{"time"};
        if (variable.axis != SeriesAxis::None) dims.emplace_back(dimension_of(variable.axis));
        if (variable.type == SeriesType::Int32) {
            std::vector<std::int32_t> ints(values.begin(), values.end());
            f.variable<std::int32_t>({std::string(variable.name), dims, {}, 0});
            f.write_all<std::int32_t>(std::string(variable.name), ints);
        } else {
            f.variable<double>({std::string(variable.name), dims, {}, 0});
            f.write_all<double>(std::string(variable.name), values);
        }
        describe_aggregate(f, std::string(variable.name), variable);
    }
}

void RunFileWriter::write_event_log(const World& world) {
    auto& f = *file_;
    const Partnerships& p = world.partnerships;
    const Calendar calendar = world.calendar;
    // The partnership table as it ends, then the events that led there.
    std::vector<std::int32_t> ids(p.size()), authority(p.size()), partner(p.size());
    std::vector<std::int8_t> domain(p.size()), kind(p.size()), status(p.size());
    std::vector<double> start(p.size());
    for (std::size_t r = 0; r < p.size(); ++r) {
        ids[r] = static_cast<std::int32_t>(r);
        authority[r] = p.authority[r];
        partner[r] = p.partner[r];
        domain[r] = static_cast<std::int8_t>(p.domain[r]);
        kind[r] = static_cast<std::int8_t>(p.kind[r]);
        status[r] = static_cast<std::int8_t>(p.status[r]);
        start[r] =
            static_cast<double>(calendar.start().plus_months(p.start_step[r]).days_since_epoch() -
                                calendar.start().days_since_epoch());
    }
    f.coordinate<std::int32_t>("partnership", ids);
    f.attribute("partnership", "long_name", std::string("partnership (index)"));
    f.variable<std::int32_t>({"partnership_authority", {"partnership"}, {}, 0});
    f.write_all<std::int32_t>("partnership_authority", authority);
    f.attribute("partnership_authority", "long_name",
                std::string("French authority (index along authority)"));
    f.variable<std::int32_t>({"partnership_partner", {"partnership"}, {}, 0});
    f.write_all<std::int32_t>("partnership_partner", partner);
    f.attribute("partnership_partner", "long_name",
                std::string("foreign authority (index along partner)"));
    f.variable<std::int8_t>({"partnership_domain", {"partnership"}, {}, 0});
    f.write_all<std::int8_t>("partnership_domain", domain);
    describe_flags(f, "partnership_domain", keys_of(kDomainLabels));
    f.attribute("partnership_domain", "long_name",
                std::string("primary domain (see the domain coordinate, by index)"));
    f.variable<std::int8_t>({"partnership_kind", {"partnership"}, {}, 0});
    f.write_all<std::int8_t>("partnership_kind", kind);
    describe_flags(f, "partnership_kind", kPartnershipKindMeanings);
    f.variable<std::int8_t>({"partnership_final_status", {"partnership"}, {}, 0});
    f.write_all<std::int8_t>("partnership_final_status", status);
    describe_flags(f, "partnership_final_status", kPartnershipStatusMeanings);
    f.variable<double>({"partnership_start", {"partnership"}, {}, 0});
    f.write_all<double>("partnership_start", start);
    f.attribute("partnership_start", "units",
                "days since " + calendar.start().to_string() + "-01 00:00:00");
    f.attribute("partnership_start", "calendar", std::string("standard"));
    f.attribute("partnership_start", "long_name", std::string("first month of the partnership"));

    std::vector<std::int32_t> event_ids(events_.size()), event_partnership(events_.size());
    std::vector<std::int8_t> event_type(events_.size());
    std::vector<double> event_time(events_.size());
    for (std::size_t e = 0; e < events_.size(); ++e) {
        event_ids[e] = static_cast<std::int32_t>(e);
        event_partnership[e] = events_[e].partnership;
        event_type[e] = events_[e].type;
        event_time[e] = calendar.days_since_start(events_[e].step);
    }
    f.coordinate<std::int32_t>("event", event_ids);
    f.attribute("event", "long_name", std::string("partnership event (index)"));
    f.variable<double>({"event_time", {"event"}, {}, 0});
    f.write_all<double>("event_time", event_time);
    f.attribute("event_time", "units",
                "days since " + calendar.start().to_string() + "-01 00:00:00");
    f.attribute("event_time", "calendar", std::string("standard"));
    f.attribute("event_time", "long_name", std::string("month of the event"));
    f.variable<std::int32_t>({"event_partnership", {"event"}, {}, 0});
    f.write_all<std::int32_t>("event_partnership", event_partnership);
    f.attribute("event_partnership", "long_name",
                std::string("partnership concerned (index along partnership)"));
    f.variable<std::int8_t>({"event_type", {"event"}, {}, 0});
    f.write_all<std::int8_t>("event_type", event_type);
    describe_flags(f, "event_type", kPartnershipEventMeanings, kFirstPartnershipEventCode);
}

void RunFileWriter::finish(const IndicatorHistory& history, double wall_time_seconds) {
    flush_block();
    write_aggregates(history);
    if (level_ == OutputLevel::Full && world_ != nullptr) write_event_log(*world_);
    file_->attribute("", "wall_time_seconds", wall_time_seconds);
    file_->attribute("", "complete", std::int32_t{1});
    file_->close();
    commit_file(partial_path_, path_);
    file_.reset(); // releases the write lock: the complete file can be read at once
    finished_ = true;
}

} // namespace paradiplo
