# sync/store: source files of this part.
target_sources(kiosk_sync PRIVATE
)
