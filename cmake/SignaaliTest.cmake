# add_signaali_test(NAME SOURCES src... [LIBS lib...])
# Builds a Qt Test executable and registers it with CTest, running headless.
function(add_signaali_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        SIGNAALI_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        SIGNAALI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        # A data folder of its own, so no test writes into the real one.
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SIGNAALI_DATA_DIR=${CMAKE_BINARY_DIR}/test-data/${name}"
        TIMEOUT 600)
endfunction()
