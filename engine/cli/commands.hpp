#pragma once
// Subcommands of the `paradiplo` executable. Each returns the process exit code.
#include <string>
#include <vector>

namespace paradiplo {

int run_command(const std::vector<std::string>& arguments);
int validate_command(const std::vector<std::string>& arguments);
int scenarios_command(const std::vector<std::string>& arguments);
int sweep_command(const std::vector<std::string>& arguments);
int merge_command(const std::vector<std::string>& arguments);
int compare_command(const std::vector<std::string>& arguments);
int export_command(const std::vector<std::string>& arguments);
int info_command(const std::vector<std::string>& arguments);
int report_command(const std::vector<std::string>& arguments);

} // namespace paradiplo
