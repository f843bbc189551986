# Build settings shared by every target of the project, carried by one INTERFACE target
# instead of global flags.
add_library(iin_common_options INTERFACE)
target_compile_features(iin_common_options INTERFACE cxx_std_20)
# Every project include names its path from the source root: #include "core/store/Database.h".
target_include_directories(iin_common_options INTERFACE "${PROJECT_SOURCE_DIR}")
# A switch over an enum that misses one of its values does not build: adding a status, a role or
# a document kind shows every place that must decide what to do with it.
target_compile_options(iin_common_options INTERFACE
    -Wall -Wextra -Wpedantic -Wno-missing-field-initializers -Werror=switch)
target_compile_definitions(iin_common_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Product code: every conversion from 8-bit text says its encoding.
add_library(iin_project_options INTERFACE)
target_link_libraries(iin_project_options INTERFACE iin_common_options)
target_compile_definitions(iin_project_options INTERFACE QT_NO_CAST_FROM_ASCII)

# Tests: string literals may stand for QStrings, which keeps data tables readable.
add_library(iin_test_options INTERFACE)
target_link_libraries(iin_test_options INTERFACE iin_common_options)
target_compile_definitions(iin_test_options INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)

# Collects every library a target links, directly or through others.
function(_iin_collect_links target out_var)
    set(seen ${${out_var}})
    foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libs ${target} ${prop})
        if(NOT libs)
            continue()
        endif()
        foreach(lib IN LISTS libs)
            if(lib IN_LIST seen OR lib MATCHES "^\\$<")
                continue()
            endif()
            list(APPEND seen ${lib})
            if(TARGET ${lib})
                get_target_property(aliased ${lib} ALIASED_TARGET)
                if(aliased)
                    list(APPEND seen ${aliased})
                    _iin_collect_links(${aliased} seen)
                else()
                    _iin_collect_links(${lib} seen)
                endif()
            endif()
        endforeach()
    endforeach()
    set(${out_var} ${seen} PARENT_SCOPE)
endfunction()

# Fails the configure step when `target` links any of the given libraries, directly or through
# another library. RULE says which layering rule that would break (docs/development.md; no ';'
# in it, CMake would split the text into a list):
#   iin_forbid_links(iincore Qt6::Widgets RULE "the core library stays free of widgets")
function(iin_forbid_links target)
    cmake_parse_arguments(arg "" "RULE" "" ${ARGN})
    if(NOT arg_RULE)
        set(arg_RULE "the layers link as docs/development.md draws them")
    endif()
    set(links "")
    _iin_collect_links(${target} links)
    foreach(forbidden IN LISTS arg_UNPARSED_ARGUMENTS)
        if(forbidden IN_LIST links)
            message(FATAL_ERROR "${target} must not link ${forbidden}: ${arg_RULE}.")
        endif()
    endforeach()
endfunction()
