# Warnings and sanitizers as INTERFACE targets, linked by each project target (not global flags).
add_library(paradiplo_warnings INTERFACE)
target_compile_options(paradiplo_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  $<$<BOOL:${PARADIPLO_WERROR}>:-Werror>)

add_library(paradiplo_sanitizers INTERFACE)
if(PARADIPLO_SANITIZE)
  target_compile_options(paradiplo_sanitizers INTERFACE
    -fsanitize=${PARADIPLO_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(paradiplo_sanitizers INTERFACE -fsanitize=${PARADIPLO_SANITIZE})
endif()

add_library(paradiplo_build_flags INTERFACE)
target_link_libraries(paradiplo_build_flags INTERFACE paradiplo_warnings paradiplo_sanitizers)
