# Cross build for 32-bit Raspberry Pi OS (Debian bookworm armhf) on a Debian amd64 machine.
# Compilers from crossbuild-essential-armhf. Libraries come from a separate armhf root (a sysroot) made
# by `toolchains/install-deps.sh --arch armhf` with mmdebstrap, not from multiarch: the armhf package
# index can lag the amd64 security updates and then apt cannot install :armhf -dev packages next to
# the amd64 ones (README, "Cross-building for Raspberry Pi"). Target binaries run through qemu-arm.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR armv7l)
set(KIOSK_TARGET_TRIPLET arm-linux-gnueabihf)
set(KIOSK_DEB_ARCH armhf CACHE STRING "Debian architecture of the packages this build makes")

# Where install-deps.sh puts the root; override with -DKIOSK_ARMHF_ROOT=... for one made elsewhere.
set(KIOSK_ARMHF_ROOT "/opt/kiosk-sysroot/armhf" CACHE PATH "armhf Debian root made by install-deps.sh --arch armhf")
if(NOT EXISTS "${KIOSK_ARMHF_ROOT}/usr/lib/${KIOSK_TARGET_TRIPLET}/pkgconfig/sdl2.pc")
  message(FATAL_ERROR "armhf root '${KIOSK_ARMHF_ROOT}' is missing or incomplete (no sdl2.pc): "
                      "run `bash toolchains/install-deps.sh --arch armhf` first")
endif()
set(KIOSK_TARGET_ROOT "${KIOSK_ARMHF_ROOT}")

set(CMAKE_C_COMPILER ${KIOSK_TARGET_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${KIOSK_TARGET_TRIPLET}-g++)
set(CMAKE_SYSROOT "${KIOSK_ARMHF_ROOT}")
set(CMAKE_LIBRARY_ARCHITECTURE ${KIOSK_TARGET_TRIPLET})
# Libraries, headers and CMake packages only from the root; programs (pkg-config, qemu) from the host.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config reads the root's .pc files and prefixes their -I/-L paths with the root.
set(ENV{PKG_CONFIG_LIBDIR}
    "${KIOSK_ARMHF_ROOT}/usr/lib/${KIOSK_TARGET_TRIPLET}/pkgconfig:${KIOSK_ARMHF_ROOT}/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "${KIOSK_ARMHF_ROOT}")

# The root holds the armhf loader and every runtime library the binaries need.
find_program(KIOSK_QEMU qemu-arm REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${KIOSK_QEMU};-L;${KIOSK_ARMHF_ROOT}")
