#pragma once
// The command line of a subcommand: its named options plus positional arguments, parsed once
// here for every command.
#include <boost/program_options.hpp>

#include <string>
#include <vector>

namespace paradiplo {

enum class Positional { One, Many };

/// Parses `arguments` against `options` (shown by --help) plus positional arguments stored under
/// `name`: a string (One) or a vector of strings (Many). Defaults are applied.
boost::program_options::variables_map
parse_command_line(const std::vector<std::string>& arguments,
                   const boost::program_options::options_description& options,
                   const std::string& name, Positional count);

} // namespace paradiplo
