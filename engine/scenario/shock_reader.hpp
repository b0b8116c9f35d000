#pragma once
// Reads the [[shock]] tables of scenario files: merged by id along an `extends` chain, overridden
// field by field with --set shock.ID.field=value, checked against the simulated period.
#include "engine/scenario/toml_support.hpp"

#include "models/context/shock.hpp"

#include <string>
#include <vector>

namespace paradiplo {

class ShockReader {
  public:
    /// Problems are appended to `problems` as "file:line:column: key: message".
    explicit ShockReader(std::vector<std::string>& problems) : problems_(problems) {}

    /// Reads the `shock` array of one file (`where` locates the key).
    void read(const toml::node& node, const std::string& file, const std::string& where);
    /// Applies "shock.ID.field" = node from the command line.
    void override_field(const std::string& key, const toml::node& node, const std::string& where);
    /// Checks dates against the period, value ranges and required fields.
    void check(YearMonth first, YearMonth last);
    [[nodiscard]] std::vector<Shock> shocks() const;

  private:
    struct ShockEntry {
        Shock shock;
        std::string origin;         ///< where the [[shock]] table starts
        std::string value_origin;   ///< where its value was last set
        int authorities_given = -1; ///< items of the authorities array given, -1 for none
    };

    static std::string shock_types_text();
    template <class T, std::size_t N>
    std::optional<T> label_value(const std::array<Label, N>& labels, const toml::node& node);
    void apply_field(ShockEntry& entry, const std::string& field, const toml::node& node,
                     const std::string& where);
    void apply_list_item(Shock& shock, const std::string& field, const toml::node& item,
                         const std::string& where);
    static std::string authority_suggestion(const std::string& text);

    std::vector<std::string>& problems_;
    std::vector<ShockEntry> entries_;
};

} // namespace paradiplo
