#include "engine/scenario/toml_support.hpp"

#include <cstdio>

namespace paradiplo {

std::string describe(const toml::node& node) {
    if (auto s = node.value<std::string>(); s && node.is_string()) return quoted_text(*s);
    if (node.is_integer()) return std::to_string(*node.value<std::int64_t>());
    if (node.is_floating_point()) {
        char text[64];
        std::snprintf(text, sizeof text, "%.10g", *node.value<double>());
        return text;
    }
    if (node.is_boolean()) return *node.value<bool>() ? "true" : "false";
    if (node.is_table()) return "a table";
    if (node.is_array()) return "an array";
    return "a date or time";
}

std::string quoted_text(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string location(const std::string& file, const toml::source_region& region) {
    return file + ":" + std::to_string(region.begin.line) + ":" +
           std::to_string(region.begin.column);
}

std::string number_text(double value, int digits) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    return text;
}

std::string last_component(std::string_view key) {
    const auto dot = key.rfind('.');
    return std::string(dot == std::string_view::npos ? key : key.substr(dot + 1));
}

std::string parent_of(std::string_view key) {
    const auto dot = key.rfind('.');
    return dot == std::string_view::npos ? "" : std::string(key.substr(0, dot));
}

} // namespace paradiplo
