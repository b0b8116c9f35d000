#include "engine/cli/command_line.hpp"

namespace paradiplo {

boost::program_options::variables_map
parse_command_line(const std::vector<std::string>& arguments,
                   const boost::program_options::options_description& options,
                   const std::string& name, Positional count) {
    namespace po = boost::program_options;
    po::options_description hidden;
    if (count == Positional::One)
        hidden.add_options()(name.c_str(), po::value<std::string>(), "");
    else
        hidden.add_options()(name.c_str(), po::value<std::vector<std::string>>(), "");
    po::options_description all;
    all.add(options).add(hidden);
    po::positional_options_description positional;
    positional.add(name.c_str(), count == Positional::One ? 1 : -1);
    po::variables_map vm;
    po::store(po::command_line_parser(arguments).options(all).positional(positional).run(), vm);
    po::notify(vm);
    return vm;
}

} // namespace paradiplo
