# sync/store: source files of this part.
target_sources(kiosk_sync PRIVATE
  store/asset_check.cpp        # hashing the applied version's assets at start (bit flips on the card)
  store/asset_store.cpp        # content-addressed asset files: verify, fsync, rename, GC
  store/bundle_loader.cpp      # bundle dir -> assets + one transaction -> GC
  store/connection.cpp         # opening connections with the store's pragmas
  store/content_queries.cpp    # reader queries: version, categories, crafts, slides, strings, assets, floor
  store/content_reader.cpp     # ContentReader: the UI's read-only connection
  store/content_writer.cpp     # ContentWriter: applies a whole version in one transaction
  store/event_queries.cpp      # reader queries: events between, now/next, by id
  store/exhibitor_search.cpp   # reader queries: exhibitor substring search (FTS5 trigram + LIKE)
  store/indicator_queries.cpp  # reader queries: indicators with points
  store/rows.cpp               # model struct <-> table row mapping
  store/schema.cpp             # schema migrations keyed by PRAGMA user_version
  store/statement.cpp          # RAII prepared statements, exec helpers
  store/transaction.cpp        # RAII transactions (rollback unless committed)
)
target_sources(kioskctl PRIVATE
  kioskctl/load.cpp            # kioskctl load BUNDLE --data-dir DIR
  kioskctl/dump.cpp            # kioskctl dump --data-dir DIR
)
