# LayerCheck: the include rules of docs/architecture.md, checked over the source tree.
#
#   cmake -DSOURCE_DIR=<source root> -P tests/LayerCheck.cmake
#
# Reads every #include "..." in core/, ui/, app/, server/, tests/ and bench/ and fails, naming the
# file, the line and the include, when
#   - a folder of core/ includes a core folder its line in the table below does not allow
#     (a domain folder never includes core/usecases/ or core/services/);
#   - a layer includes one above it: core/ only core/; ui/ core/ and ui/ (never server/);
#     server/ core/ and server/; app/ all four; only tests/ and bench/ include tests/;
#   - a project header is included by a bare name ("Journal.h") or by a path that names no file,
#     instead of its path from the source root ("core/journal/Journal.h");
#   - the table below has a cycle, or differs from the one documented in docs/architecture.md.
# A script, not a program, so that CI needs nothing new to run it.

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR)
    get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()

# Who may include whom inside core/: one line per folder, naming the folders it may include.
# Computed from the real include graph when core/ was split into folders; it has no cycles, and
# this script refuses a table that has one. Adding a dependency is a deliberate edit here (and in
# the table of docs/architecture.md), not a side effect of an include.
set(IIN_CORE_FOLDERS
    base person application rules store operators signing calendar backup atrest registry journal
    sync documents complaints desk capture blanks office usecases services tools)
set(IIN_MAY_INCLUDE_base)
set(IIN_MAY_INCLUDE_person base)
set(IIN_MAY_INCLUDE_application base person)
set(IIN_MAY_INCLUDE_rules base application)
set(IIN_MAY_INCLUDE_store base application)
set(IIN_MAY_INCLUDE_operators base store)
set(IIN_MAY_INCLUDE_signing base application)
set(IIN_MAY_INCLUDE_calendar base store operators)
set(IIN_MAY_INCLUDE_backup base store operators)
set(IIN_MAY_INCLUDE_atrest base store backup)
set(IIN_MAY_INCLUDE_registry base person application store signing)
set(IIN_MAY_INCLUDE_journal base person application rules store operators atrest registry)
set(IIN_MAY_INCLUDE_sync base application store registry journal)
set(IIN_MAY_INCLUDE_documents
    base person application rules store operators signing registry journal blanks)
set(IIN_MAY_INCLUDE_complaints base store operators calendar documents)
set(IIN_MAY_INCLUDE_desk base application store registry)
set(IIN_MAY_INCLUDE_capture base person application)
set(IIN_MAY_INCLUDE_blanks base store operators)
set(IIN_MAY_INCLUDE_office
    base person application rules store operators signing calendar registry journal sync
    documents complaints desk blanks)
# The desk's actions may use any domain folder; they run synchronously, so never the threads.
set(IIN_MAY_INCLUDE_usecases
    base person application rules store operators signing calendar backup atrest registry journal
    sync documents complaints desk capture blanks office)
# The way off the UI thread: over any domain folder and the use cases its jobs call.
set(IIN_MAY_INCLUDE_services ${IIN_MAY_INCLUDE_usecases} usecases)
# A host tool built before the core library exists.
set(IIN_MAY_INCLUDE_tools)

# The folders that hold the desk's domain; they never include the two folders above them.
set(IIN_UPPER_FOLDERS usecases services)

# Which layers each layer may include.
set(IIN_LAYERS core ui app server tests bench)
set(IIN_LAYER_MAY_INCLUDE_core core)
set(IIN_LAYER_MAY_INCLUDE_ui core ui)
set(IIN_LAYER_MAY_INCLUDE_server core server)
set(IIN_LAYER_MAY_INCLUDE_app core ui server app)
# Tests and benchmarks reach every layer; only the path rule applies to them.
set(IIN_LAYER_MAY_INCLUDE_tests core ui server app tests)
set(IIN_LAYER_MAY_INCLUDE_bench core ui server app tests bench)

# Includes allowed for now, as "file|include". An exception whose include is gone fails the
# check, so that it is removed with the code it excused.
# Includes allowed against the rules for a while, as "file|include" (none today).
set(IIN_LAYER_EXCEPTIONS)

set(problems)

# The table itself: every name a folder, and no cycle (folders are taken away once everything
# they include is taken; whatever cannot be taken lies on a cycle).
foreach(folder IN LISTS IIN_CORE_FOLDERS)
    foreach(dependency IN LISTS IIN_MAY_INCLUDE_${folder})
        if(NOT dependency IN_LIST IIN_CORE_FOLDERS)
            list(APPEND problems
                "tests/LayerCheck.cmake: core/${folder} may include '${dependency}', which is no folder of the table")
        endif()
        if(folder IN_LIST IIN_CORE_FOLDERS AND NOT folder IN_LIST IIN_UPPER_FOLDERS
           AND dependency IN_LIST IIN_UPPER_FOLDERS)
            list(APPEND problems
                "tests/LayerCheck.cmake: core/${folder} is a domain folder and may not include core/${dependency}")
        endif()
    endforeach()
endforeach()
set(remaining ${IIN_CORE_FOLDERS})
set(ordered)
while(remaining)
    set(taken)
    foreach(folder IN LISTS remaining)
        set(ready TRUE)
        foreach(dependency IN LISTS IIN_MAY_INCLUDE_${folder})
            if(dependency IN_LIST remaining AND NOT dependency STREQUAL folder)
                set(ready FALSE)
            endif()
        endforeach()
        if(ready)
            list(APPEND taken ${folder})
        endif()
    endforeach()
    if(NOT taken)
        list(JOIN remaining ", " cycle)
        list(APPEND problems
            "tests/LayerCheck.cmake: the table of core folders has a cycle among: ${cycle}")
        break()
    endif()
    list(REMOVE_ITEM remaining ${taken})
    list(APPEND ordered ${taken})
endwhile()

# The documented rule: the table in docs/architecture.md between its layer-table markers must say
# what this one says, folder by folder (a tree without the docs, as in LayerCheckPlanted, skips it).
set(doc "${SOURCE_DIR}/docs/architecture.md")
if(EXISTS "${doc}")
    file(STRINGS "${doc}" doc_lines ENCODING UTF-8)
    set(in_table FALSE)
    set(documented)
    foreach(line IN LISTS doc_lines)
        if(line MATCHES "^<!-- layer-table")
            set(in_table TRUE)
        elseif(line MATCHES "^<!-- /layer-table")
            set(in_table FALSE)
        elseif(in_table AND line MATCHES "^\\| `([a-z]+)` \\| ([^|]*)\\|")
            set(folder "${CMAKE_MATCH_1}")
            string(REGEX MATCHALL "[a-z]+" said "${CMAKE_MATCH_2}")
            list(APPEND documented ${folder})
            set(expected ${IIN_MAY_INCLUDE_${folder}})
            list(SORT said)
            list(SORT expected)
            if(NOT folder IN_LIST IIN_CORE_FOLDERS)
                list(APPEND problems
                    "docs/architecture.md: the layer table names core/${folder}, which tests/LayerCheck.cmake does not")
            elseif(NOT "${said}" STREQUAL "${expected}")
                list(JOIN said ", " said_text)
                list(JOIN expected ", " expected_text)
                list(APPEND problems
                    "docs/architecture.md: core/${folder} may include '${said_text}' there, '${expected_text}' in tests/LayerCheck.cmake")
            endif()
        endif()
    endforeach()
    foreach(folder IN LISTS IIN_CORE_FOLDERS)
        if(NOT folder IN_LIST documented)
            list(APPEND problems
                "docs/architecture.md: the layer table has no line for core/${folder}")
        endif()
    endforeach()
endif()

# Project headers by file name, to recognise a bare include of one.
set(header_names)
foreach(layer IN LISTS IIN_LAYERS)
    file(GLOB_RECURSE headers LIST_DIRECTORIES false "${SOURCE_DIR}/${layer}/*.h")
    foreach(header IN LISTS headers)
        get_filename_component(name "${header}" NAME)
        list(APPEND header_names "${name}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES header_names)

# The line an include stands on, for the message.
function(iin_line_of file text out)
    file(READ "${SOURCE_DIR}/${file}" content)
    string(FIND "${content}" "${text}" at)
    set(line 0)
    if(at GREATER_EQUAL 0)
        string(SUBSTRING "${content}" 0 ${at} before)
        string(REGEX MATCHALL "\n" newlines "${before}")
        list(LENGTH newlines line)
        math(EXPR line "${line} + 1")
    endif()
    set(${out} ${line} PARENT_SCOPE)
endfunction()

set(used_exceptions)
set(file_count 0)
set(include_count 0)
foreach(layer IN LISTS IIN_LAYERS)
    file(GLOB_RECURSE sources LIST_DIRECTORIES false RELATIVE "${SOURCE_DIR}"
        "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    list(SORT sources)
    foreach(file IN LISTS sources)
        math(EXPR file_count "${file_count} + 1")
        set(folder "")
        if(layer STREQUAL "core" AND file MATCHES "^core/([^/]+)/")
            set(folder "${CMAKE_MATCH_1}")
            if(NOT folder IN_LIST IIN_CORE_FOLDERS)
                list(APPEND problems
                    "${file}: core/${folder} is not in the table of tests/LayerCheck.cmake: add it with the folders it may include (and to docs/architecture.md)")
            endif()
        endif()
        file(STRINGS "${SOURCE_DIR}/${file}" lines ENCODING UTF-8
            REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS lines)
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
                continue()
            endif()
            set(include "${CMAKE_MATCH_1}")
            set(why)
            if(include MATCHES "^([^/]+)/")
                set(target_layer "${CMAKE_MATCH_1}")
            else()
                set(target_layer "")
            endif()
            if(target_layer IN_LIST IIN_LAYERS)
                math(EXPR include_count "${include_count} + 1")
                if(NOT target_layer IN_LIST IIN_LAYER_MAY_INCLUDE_${layer})
                    list(JOIN IIN_LAYER_MAY_INCLUDE_${layer} "/, " allowed)
                    list(APPEND why "${layer}/ may include only ${allowed}/")
                elseif(layer STREQUAL "core" AND include MATCHES "^core/([^/]+)/")
                    set(target_folder "${CMAKE_MATCH_1}")
                    if(NOT target_folder IN_LIST IIN_CORE_FOLDERS)
                        list(APPEND why "core/${target_folder} is not in the table of tests/LayerCheck.cmake")
                    elseif(folder AND NOT folder STREQUAL target_folder
                           AND NOT target_folder IN_LIST IIN_MAY_INCLUDE_${folder})
                        if(target_folder IN_LIST IIN_UPPER_FOLDERS
                           AND NOT folder IN_LIST IIN_UPPER_FOLDERS)
                            list(APPEND why "a domain folder never includes core/${target_folder}/: the desk's jobs and the command line call the use cases, not the other way round")
                        else()
                            list(JOIN IIN_MAY_INCLUDE_${folder} ", " allowed)
                            if(NOT allowed)
                                set(allowed "nothing outside itself")
                            endif()
                            list(APPEND why "core/${folder} may not include core/${target_folder} (it may include: ${allowed})")
                        endif()
                    endif()
                endif()
                if(NOT EXISTS "${SOURCE_DIR}/${include}")
                    list(APPEND why "no such file in the source tree")
                endif()
            else()
                get_filename_component(name "${include}" NAME)
                if(name IN_LIST header_names)
                    list(APPEND why "a project header is included by its path from the source root (core/<folder>/${name}, ui/<family>/${name}...)")
                endif()
            endif()
            if(why AND "${file}|${include}" IN_LIST IIN_LAYER_EXCEPTIONS)
                list(APPEND used_exceptions "${file}|${include}")
                set(why)
            endif()
            if(why)
                iin_line_of("${file}" "\"${include}\"" at)
                list(JOIN why "; " reasons)
                list(APPEND problems "${file}:${at}: #include \"${include}\": ${reasons}")
            endif()
        endforeach()
    endforeach()
endforeach()

foreach(exception IN LISTS IIN_LAYER_EXCEPTIONS)
    if(NOT exception IN_LIST used_exceptions)
        string(REPLACE "|" " no longer needs its exception for " text "${exception}")
        list(APPEND problems
            "tests/LayerCheck.cmake: ${text}: remove that line from IIN_LAYER_EXCEPTIONS")
    endif()
endforeach()

if(problems)
    foreach(problem IN LISTS problems)
        message("${problem}")
    endforeach()
    list(LENGTH problems count)
    message(FATAL_ERROR "LayerCheck: ${count} problem(s) with the include rules of docs/architecture.md")
endif()
list(JOIN ordered " " order)
message("LayerCheck: ${file_count} files, ${include_count} includes from the source root, all within the rules; core folders from the bottom: ${order}")
