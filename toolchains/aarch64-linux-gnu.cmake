# Cross build for 64-bit Raspberry Pi OS (Debian bookworm arm64) on a Debian amd64 machine.
# Compilers from crossbuild-essential-arm64; libraries from Debian multiarch (the :arm64 -dev packages
# installed next to the amd64 ones by `toolchains/install-deps.sh --arch arm64`), so the target root is /.
# Target binaries (tests, and kioskctl building the built-in bundle) run through qemu-user.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(KIOSK_TARGET_TRIPLET aarch64-linux-gnu)
set(KIOSK_DEB_ARCH arm64 CACHE STRING "Debian architecture of the packages this build makes")
set(KIOSK_TARGET_ROOT /)  # the multiarch root: the target loader and libraries are under /

set(CMAKE_C_COMPILER ${KIOSK_TARGET_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${KIOSK_TARGET_TRIPLET}-g++)

# Multiarch: headers and libraries of every architecture live under /usr, only the lib dir differs.
# CMake's find_* already look in /usr/lib/<CMAKE_LIBRARY_ARCHITECTURE>; programs must stay host ones.
set(CMAKE_LIBRARY_ARCHITECTURE ${KIOSK_TARGET_TRIPLET})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)

# pkg-config must see only the target's .pc files, never the amd64 ones in /usr/lib/x86_64-linux-gnu.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/${KIOSK_TARGET_TRIPLET}/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# `-L /` is the multiarch root: the arm64 loader and libraries are in /lib/aarch64-linux-gnu.
# Not `-L /usr/aarch64-linux-gnu`: that mixes the cross toolchain's glibc with the multiarch one and
# hangs at the first pthread_create (PLATFORM.md).
find_program(KIOSK_QEMU qemu-aarch64 REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR "${KIOSK_QEMU};-L;/")
