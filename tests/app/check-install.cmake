# ctest app.install: `cmake --install` into a scratch prefix puts the app, its icon, its
# .desktop file and its AppStream metadata where a Linux desktop looks for them, and the
# installed metadata validates.
#   cmake -DBUILD_DIR=… -DPREFIX=… -DAPPSTREAMCLI=… -DDESKTOP_VALIDATE=… -P check-install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
include(GNUInstallDirs)
set(expected
    "${CMAKE_INSTALL_BINDIR}/orgdesk"
    "${CMAKE_INSTALL_DATADIR}/applications/orgdesk.desktop"
    "${CMAKE_INSTALL_DATADIR}/metainfo/app.orgdesk.OrgDesk.metainfo.xml"
    "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps/orgdesk.svg")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
    message(STATUS "installed: ${file}")
endforeach()
if(NOT APPSTREAMCLI OR NOT DESKTOP_VALIDATE)
    message(FATAL_ERROR "appstreamcli and desktop-file-validate are needed: run scripts/setup-debian.sh")
endif()
execute_process(COMMAND "${APPSTREAMCLI}" validate --no-net
                        "${PREFIX}/${CMAKE_INSTALL_DATADIR}/metainfo/app.orgdesk.OrgDesk.metainfo.xml"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed AppStream metadata does not validate")
endif()
execute_process(COMMAND "${DESKTOP_VALIDATE}" "${PREFIX}/${CMAKE_INSTALL_DATADIR}/applications/orgdesk.desktop"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed .desktop file does not validate")
endif()
file(REMOVE_RECURSE "${PREFIX}")
