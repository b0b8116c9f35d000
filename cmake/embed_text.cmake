# paradiplo_embed_text(OUT_CPP SYMBOL FILE): a .cpp defining `std::string_view SYMBOL` with the
# file's bytes, regenerated when the file changes. Used to ship the baseline inside the binary.
function(paradiplo_embed_text out_cpp symbol file)
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${out_cpp} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_text_script.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/embed_text_script.cmake
    COMMENT "Embedding ${file}")
endfunction()
