# Fails when ui/ decides by role instead of asking db::AccessRules::allows: a
# switch on a role or a comparison with a db::Role value. RoleText, which turns
# a role into its name, is the one file allowed to go through the roles.
# Run as: cmake -DUI_DIR=<source>/ui -P check_ui_asks_permissions.cmake
if(NOT UI_DIR)
    message(FATAL_ERROR "UI_DIR is not set")
endif()
file(GLOB_RECURSE sources ${UI_DIR}/*.cpp ${UI_DIR}/*.h)
set(found "")
foreach(source IN LISTS sources)
    get_filename_component(name ${source} NAME_WE)
    if(name STREQUAL "RoleText")
        continue()
    endif()
    file(STRINGS ${source} lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "switch[ ]*\\([^)]*[Rr]ole[^)]*\\)"
           OR line MATCHES "[!=]=[ ]*(db::)?Role::"
           OR line MATCHES "(db::)?Role::[A-Za-z]+[ ]*[!=]=")
            string(APPEND found "${source}:${number}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "ui/ decides by role; ask db::AccessRules::allows instead:\n${found}")
endif()
message(STATUS "ui/ asks for permissions, not roles (${CMAKE_CURRENT_LIST_FILE})")
