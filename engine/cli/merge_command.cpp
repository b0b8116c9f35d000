#include "engine/cli/command_line.hpp"
#include "engine/cli/commands.hpp"
#include "engine/cli/output_path.hpp"
#include "engine/core/errors.hpp"
#include "outputs/sweep/shard_merge.hpp"

#include <boost/program_options.hpp>

#include <cstdio>
#include <iostream>

namespace paradiplo {

int merge_command(const std::vector<std::string>& arguments) {
    namespace po = boost::program_options;
    po::options_description options("Options of paradiplo merge SHARD.h5...");
    options.add_options()("help,h", "this help")(
        "output,o", po::value<std::string>(), "the sweep file to write (required)")("quiet,q",
                                                                                    "no summary");
    const auto vm = parse_command_line(arguments, options, "shards", Positional::Many);
    if (vm.count("help")) {
        std::cout << "Joins the files of a sweep's shards (paradiplo sweep --shard K/N) into one\n"
                     "sweep file with its quantile summaries. Refuses incomplete shards, shards\n"
                     "of different sweeps and incomplete sets, naming what is wrong.\n\n"
                  << options;
        return 0;
    }
    if (!vm.count("shards")) throw InputError("give the shard files to merge (see --help)");
    if (!vm.count("output")) throw InputError("give the output file with -o (see --help)");
    const std::string output = vm["output"].as<std::string>();
    check_output_file(output, "-o");
    const std::size_t runs = merge_shards(vm["shards"].as<std::vector<std::string>>(), output);
    if (!vm.count("quiet")) std::printf("Wrote %s (%zu runs)\n", output.c_str(), runs);
    return 0;
}

} // namespace paradiplo
