# One INTERFACE target carries our warnings and Qt strictness defines; every target of ours
# links it PRIVATE so that nothing leaks to consumers (no PUBLIC -Werror).
add_library(motcua_options INTERFACE)
target_compile_options(motcua_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
if(MOTCUA_WARNINGS_AS_ERRORS)
  target_compile_options(motcua_options INTERFACE -Werror)
endif()
target_compile_definitions(motcua_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Adds a Catch2 test executable and registers each of its test cases with ctest.
# motcua_add_catch_test(NAME unit-identity SOURCES a.cpp b.cpp LIBS motcua-core [LABELS unit])
function(motcua_add_catch_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS;PROPERTIES" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/support/catch_main.cpp)
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS} Catch2::Catch2 Qt6::Core motcua_options motcua_test_support)
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  # No ENVIRONMENT here: a list value would be split into separate properties on the way to
  # the discovered tests. The test main sets QT_QPA_PLATFORM, and the source folder is compiled in.
  catch_discover_tests(${ARG_NAME}
    TEST_PREFIX "${ARG_NAME}: "
    PROPERTIES LABELS "${ARG_LABELS}" ${ARG_PROPERTIES})
endfunction()
