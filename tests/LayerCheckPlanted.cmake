# Proves that LayerCheck fails: runs it over a copy of the source tree with one bad include
# planted at a time and expects each to fail, naming the planted file and its include.
#
#   cmake -DSOURCE_DIR=<source root> -DWORK_DIR=<scratch folder> -P tests/LayerCheckPlanted.cmake

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR OR NOT WORK_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<source root> -DWORK_DIR=<scratch> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
set(check "${CMAKE_CURRENT_LIST_DIR}/LayerCheck.cmake")
set(tree "${WORK_DIR}/tree")

file(REMOVE_RECURSE "${tree}")
foreach(layer core ui app server tests bench)
    file(COPY "${SOURCE_DIR}/${layer}" DESTINATION "${tree}"
        FILES_MATCHING PATTERN "*.h" PATTERN "*.cpp")
endforeach()
file(COPY "${SOURCE_DIR}/docs/architecture.md" DESTINATION "${tree}/docs")

# Runs a LayerCheck script over the copy; returns its exit code and its output.
function(iin_run_check script out_code out_text)
    execute_process(COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${tree}" -P "${script}"
        RESULT_VARIABLE code OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    set(${out_code} "${code}" PARENT_SCOPE)
    set(${out_text} "${stdout}${stderr}" PARENT_SCOPE)
endfunction()

# The copy as it is passes, so that each failure below is the planted include's doing.
iin_run_check("${check}" code text)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "LayerCheck fails on the unchanged copy, so the planted cases prove nothing:\n${text}")
endif()

set(failures 0)
# plant(<file> <include> <what the message must also say>): a new file with one bad include.
function(plant file include expected)
    file(WRITE "${tree}/${file}" "// planted by LayerCheckPlanted\n#include \"${include}\"\n")
    iin_run_check("${check}" code text)
    file(REMOVE "${tree}/${file}")
    if(code EQUAL 0)
        message("NOT CAUGHT: ${file} including \"${include}\" passed the check")
        math(EXPR failures "${failures} + 1")
    elseif(NOT text MATCHES "${file}:2: #include \"${include}\"" OR NOT text MATCHES "${expected}")
        message("CAUGHT, BUT NOT NAMED: ${file} including \"${include}\"; the check said:\n${text}")
        math(EXPR failures "${failures} + 1")
    else()
        message("caught: ${file} including \"${include}\"")
    endif()
    set(failures ${failures} PARENT_SCOPE)
endfunction()

# A domain folder includes a folder above it in the table.
plant(core/base/PlantedBase.cpp core/journal/Journal.h "core/base may not include core/journal")
plant(core/store/PlantedStore.h core/documents/DocumentPrinter.h
    "core/store may not include core/documents")
# A domain folder includes the use cases or the off-thread services.
file(WRITE "${tree}/core/usecases/PlantedAction.h" "#pragma once\n")
plant(core/journal/PlantedJournal.cpp core/usecases/PlantedAction.h
    "a domain folder never includes core/usecases/")
file(REMOVE "${tree}/core/usecases/PlantedAction.h")
plant(core/documents/PlantedDocuments.cpp core/services/StoreThread.h
    "a domain folder never includes core/services/")
# The core includes a layer above it.
plant(core/journal/PlantedUi.cpp ui/shell/MainWindow.h "core/ may include only core/")
plant(core/sync/PlantedServer.cpp server/TrainingRegistry.h "core/ may include only core/")
plant(core/desk/PlantedApp.cpp app/desk/Screenshots.h "core/ may include only core/")
# The windows include the server.
plant(ui/journal/PlantedServer.cpp server/TrainingRegistry.h "ui/ may include only core/, ui/")
# A project header by its bare name, and a core path without its folder.
plant(ui/intake/PlantedBare.cpp Journal.h "from the source root")
plant(app/cli/PlantedFlat.cpp core/Journal.h "no such file")
plant(core/NewFolder/PlantedFolder.cpp core/base/Result.h "core/NewFolder is not in the table")

# A table with a cycle: base may include journal, which reaches base.
file(READ "${check}" script)
string(REPLACE "set(IIN_MAY_INCLUDE_base)" "set(IIN_MAY_INCLUDE_base journal)" cyclic "${script}")
if(cyclic STREQUAL script)
    message("NOT PLANTED: the line set(IIN_MAY_INCLUDE_base) is gone from LayerCheck.cmake; update this test")
    math(EXPR failures "${failures} + 1")
else()
    file(WRITE "${WORK_DIR}/LayerCheckCyclic.cmake" "${cyclic}")
    iin_run_check("${WORK_DIR}/LayerCheckCyclic.cmake" code text)
    if(code EQUAL 0 OR NOT text MATCHES "has a cycle among: base")
        message("NOT CAUGHT: a table where base may include journal; the check said:\n${text}")
        math(EXPR failures "${failures} + 1")
    else()
        message("caught: a table where base may include journal")
    endif()
endif()

# The documented table says something else than the check's.
set(doc "${tree}/docs/architecture.md")
file(READ "${doc}" documented)
string(REPLACE "| `sync` | base," "| `sync` | documents, base," changed "${documented}")
if(changed STREQUAL documented)
    message("NOT PLANTED: the line of core/sync is gone from docs/architecture.md; update this test")
    math(EXPR failures "${failures} + 1")
else()
    file(WRITE "${doc}" "${changed}")
    iin_run_check("${check}" code text)
    file(WRITE "${doc}" "${documented}")
    if(code EQUAL 0 OR NOT text MATCHES "docs/architecture.md: core/sync may include")
        message("NOT CAUGHT: docs/architecture.md letting sync include documents; the check said:\n${text}")
        math(EXPR failures "${failures} + 1")
    else()
        message("caught: docs/architecture.md letting sync include documents")
    endif()
endif()

file(REMOVE_RECURSE "${tree}")
if(failures GREATER 0)
    message(FATAL_ERROR "LayerCheckPlanted: ${failures} planted include(s) not caught as they should be")
endif()
message("LayerCheckPlanted: every planted include failed the check, named with its file")
