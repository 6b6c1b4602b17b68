# sync/engine and sync/heartbeat: source files of these parts.
target_sources(kiosk_sync PRIVATE
  engine/backoff.cpp           # poll interval, exponential back-off with jitter
  engine/bundle_staging.cpp    # verified manifest -> complete bundle folder, fetching only missing assets
  engine/folder_source.cpp     # bundles in a local folder / USB stick; open_source()
  engine/http_source.cpp       # bundles over HTTP(S): conditional manifest GET, ranged downloads
  engine/sync_state.cpp        # sync-state.json: manifest validators per source across restarts
  engine/trusted_time.cpp      # trusted-time: the latest signed created time, a floor under the clock
  engine/sync_engine.cpp       # one poll over the sources, the run loop, the status snapshot
  heartbeat/heartbeat.cpp      # status JSON a kiosk PUTs and kioskctl fleet reads
)

# The kioskctl commands built on the engine, the HTTP client and the heartbeat (one file per command).
target_sources(kioskctl PRIVATE
  kioskctl/fleet.cpp           # kioskctl fleet URL [--json]
  kioskctl/http_flags.cpp      # --user/--password-file/--token-file/--ca-file/timeouts
  kioskctl/publish.cpp         # kioskctl publish BUNDLE URL
  kioskctl/sync.cpp            # kioskctl sync ... --once
)
