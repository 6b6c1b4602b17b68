# sync/stats: proof of play (issue 8). Used by the kiosk (recording, upload) and by kioskctl stats.
target_sources(kiosk_sync PRIVATE
  stats/hour_document.cpp   # the JSON of one uploaded hour, its file name, local dates
  stats/hourly_totals.cpp   # events summed per hour, dwell split across hour boundaries
  stats/stats_recorder.cpp  # queue from the UI side, batched commits, unsent hours for the heartbeat
  stats/stats_store.cpp     # stats.sqlite: hours, rows, revisions, the size bound
  stats/visit_tracker.cpp   # what is on screen, frame by frame -> plays and visits with dwell
)
target_sources(kioskctl PRIVATE
  kioskctl/stats.cpp        # kioskctl stats URL [--from DATE --to DATE] [--csv]
)
