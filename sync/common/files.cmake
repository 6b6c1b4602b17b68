# sync/common: source files of this part.
target_sources(kiosk_sync PRIVATE
  common/durable_file.cpp   # write temp, fsync, rename, fsync dir
  common/file_read.cpp      # whole small files with a size limit
  common/sha256.cpp         # SHA-256 of buffers and files (libcrypto)
  common/timestamp.cpp      # ISO-8601 UTC timestamps, civil dates
  common/utf8.cpp           # UTF-8 validation, BMP check
)
