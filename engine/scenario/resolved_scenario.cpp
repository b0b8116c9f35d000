// The resolved scenario text: every parameter (from the declarations) and every shock.
#include "engine/scenario/parameter_schema.hpp"
#include "engine/scenario/scenario_loader.hpp"
#include "engine/scenario/toml_support.hpp"

#include <algorithm>
#include <sstream>

namespace paradiplo {
namespace {

void write_value(std::ostream& out, const ParameterDecl& decl, ScenarioConfig& config) {
    visit_field(decl, config, [&](const auto& v) {
        using T = std::remove_cvref_t<decltype(v)>;
        if constexpr (std::is_same_v<T, double>)
            out << number_text(v, 17);
        else if constexpr (std::is_integral_v<T>)
            out << v;
        else if constexpr (std::is_same_v<T, std::string>)
            out << toml_literal(v, ValueType::Text);
        else
            out << '"' << v.to_string() << '"';
    });
}

std::string string_array(const auto& items, const auto& to_text) {
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? ", " : "") + toml_literal(std::string(to_text(items[i])), ValueType::Text);
    return text + "]";
}

} // namespace

std::string resolved_scenario_text(const ScenarioConfig& original) {
    ScenarioConfig config = original; // accessors take a mutable reference
    std::ostringstream out;
    out << "# Resolved scenario: every parameter and shock, as run.\n";
    std::vector<std::string> tables;
    for (const auto& decl : parameter_declarations()) {
        const std::string table = parent_of(decl.key);
        if (std::find(tables.begin(), tables.end(), table) == tables.end()) tables.push_back(table);
    }
    for (const auto& table : tables) {
        if (!table.empty()) out << "\n[" << table << "]\n";
        for (const auto& decl : parameter_declarations()) {
            if (parent_of(decl.key) != table) continue;
            out << last_component(decl.key) << " = ";
            write_value(out, decl, config);
            out << "\n";
        }
    }
    for (const Shock& s : config.model.shocks) {
        out << "\n[[shock]]\nid = " << toml_literal(s.id, ValueType::Text) << "\n";
        const auto& info = *std::find_if(kShockTypes.begin(), kShockTypes.end(),
                                         [&](const auto& t) { return t.type == s.type; });
        out << "type = \"" << info.key << "\"\nstart = \"" << s.start.to_string() << "\"\n";
        if (s.end) out << "end = \"" << s.end->to_string() << "\"\n";
        out << "ramp_in = " << s.ramp_in << "\nramp_out = " << s.ramp_out
            << "\nvalue = " << number_text(s.value, 17) << "\n";
        if (!s.kinds.empty())
            out << "kinds = " << string_array(s.kinds, [](AuthorityKind k) {
                return kAuthorityKindLabels[static_cast<std::size_t>(k)].key;
            }) << "\n";
        if (s.domain)
            out << "domain = \"" << kDomainLabels[static_cast<std::size_t>(*s.domain)].key
                << "\"\n";
        if (s.category)
            out << "category = \""
                << kReceptionCategoryLabels[static_cast<std::size_t>(*s.category)].key << "\"\n";
        if (!s.countries.empty())
            out << "countries = "
                << string_array(s.countries, [](const std::string& c) { return c; }) << "\n";
        if (!s.authorities.empty())
            out << "authorities = "
                << string_array(s.authorities, [](const std::string& c) { return c; }) << "\n";
        if (s.type == ShockType::Election)
            out << "scope = \"" << kElectionScopeLabels[static_cast<std::size_t>(s.scope)].key
                << "\"\n";
    }
    return out.str();
}

} // namespace paradiplo
