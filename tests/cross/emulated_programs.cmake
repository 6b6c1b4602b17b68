# In a cross build the test executables run under CMAKE_CROSSCOMPILING_EMULATOR, but the programs they
# start themselves (kioskctl, kiosk, through /bin/sh or execv) would be handed to the host kernel, which
# cannot run ARM binaries (no binfmt_misc). So the tests get small wrapper scripts that start each
# program through the same emulator. Sets KIOSK_TEST_KIOSKCTL and KIOSK_TEST_KIOSK.
set(emulator_words "")
foreach(word IN LISTS CMAKE_CROSSCOMPILING_EMULATOR)
  string(APPEND emulator_words " '${word}'")
endforeach()
foreach(program kioskctl kiosk)
  set(wrapper "${CMAKE_BINARY_DIR}/emulated/${program}")
  file(GENERATE OUTPUT "${wrapper}"
       CONTENT "#!/bin/sh\n# ${program} (built for ${CMAKE_SYSTEM_PROCESSOR}) through the emulator.\nexec${emulator_words} '$<TARGET_FILE:${program}>' \"$@\"\n"
       FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
set(KIOSK_TEST_KIOSKCTL "${CMAKE_BINARY_DIR}/emulated/kioskctl")
set(KIOSK_TEST_KIOSK "${CMAKE_BINARY_DIR}/emulated/kiosk")
