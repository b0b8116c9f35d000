# Warnings and sanitizers as INTERFACE targets, linked by each project target (not global flags).
add_library(paradiplo_warnings INTERFACE)
target_compile_options(paradiplo_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  # GCC 12 reports false -Wrestrict errors inside libstdc++ for "literal" + std::string at -O2
  # and above (GCC bug 105329); the warning finds nothing else in this code base.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
  $<$<BOOL:${PARADIPLO_WERROR}>:-Werror>)

add_library(paradiplo_sanitizers INTERFACE)
if(PARADIPLO_SANITIZE)
  # Sanitizer instrumentation makes GCC's -Wmaybe-uninitialized misfire inside libstdc++
  # (std::function in <regex>, through Catch2); the release build keeps the warning.
  target_compile_options(paradiplo_sanitizers INTERFACE
    -fsanitize=${PARADIPLO_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all
    $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
  target_link_options(paradiplo_sanitizers INTERFACE -fsanitize=${PARADIPLO_SANITIZE})
endif()

add_library(paradiplo_build_flags INTERFACE)
target_link_libraries(paradiplo_build_flags INTERFACE paradiplo_warnings paradiplo_sanitizers)
