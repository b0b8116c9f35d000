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

namespace paradiplo {
namespace {

/// Where a scan stands in a TOML text.
enum class Lexeme { Code, Comment, Basic, Literal, MultilineBasic, MultilineLiteral };

bool starts(std::string_view text, std::size_t at, std::string_view with) {
    return text.substr(at, with.size()) == with;
}

} // namespace

std::string toml_text_problem(std::string_view text, const std::string& name) {
    Lexeme lexeme = Lexeme::Code;
    int brackets = 0; // open [ and { (headers, arrays, inline tables)
    int dots = 0;     // dotted-key parts since the last = , or line end
    std::size_t line = 1, column = 1;
    const auto at = [&] {
        return name + ":" + std::to_string(line) + ":" + std::to_string(column);
    };
    for (std::size_t i = 0; i < text.size(); ++i, ++column) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            column = 0;
            dots = 0;
            if (lexeme == Lexeme::Comment || lexeme == Lexeme::Basic || lexeme == Lexeme::Literal)
                lexeme = Lexeme::Code; // an unterminated string is the parser's to report
            continue;
        }
        switch (lexeme) {
        case Lexeme::Comment:
            continue;
        case Lexeme::Basic:
        case Lexeme::MultilineBasic:
            if (c == '\\') {
                ++i, ++column; // the escaped character cannot close the string
            } else if (lexeme == Lexeme::Basic && c == '"') {
                lexeme = Lexeme::Code;
            } else if (lexeme == Lexeme::MultilineBasic && starts(text, i, "\"\"\"")) {
                lexeme = Lexeme::Code;
                i += 2, column += 2;
            }
            continue;
        case Lexeme::Literal:
            if (c == '\'') lexeme = Lexeme::Code;
            continue;
        case Lexeme::MultilineLiteral:
            if (starts(text, i, "'''")) {
                lexeme = Lexeme::Code;
                i += 2, column += 2;
            }
            continue;
        case Lexeme::Code:
            break;
        }
        if (static_cast<unsigned char>(c) >= 0x80)
            return at() + ": a character outside ASCII outside a string or comment (TOML allows "
                          "such characters only in strings and comments)";
        switch (c) {
        case '#':
            lexeme = Lexeme::Comment;
            break;
        case '"':
            lexeme = starts(text, i, "\"\"\"") ? Lexeme::MultilineBasic : Lexeme::Basic;
            if (lexeme == Lexeme::MultilineBasic) i += 2, column += 2;
            break;
        case '\'':
            lexeme = starts(text, i, "'''") ? Lexeme::MultilineLiteral : Lexeme::Literal;
            if (lexeme == Lexeme::MultilineLiteral) i += 2, column += 2;
            break;
        case '[':
        case '{':
            ++brackets;
            break;
        case ']':
        case '}':
            --brackets;
            break;
        case '.':
            ++dots;
            break;
        case '=':
        case ',':
            dots = 0;
            break;
        default:
            break;
        }
        if (1 + brackets + dots > kMaxTomlDepth) // a key of dots + 1 parts, in its brackets
            return at() + ": nested more than " + std::to_string(kMaxTomlDepth) +
                   " levels deep (tables, arrays and dotted keys); expected a flatter layout";
    }
    return "";
}

} // namespace paradiplo
