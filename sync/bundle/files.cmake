# sync/bundle: source files of this part.
target_sources(kiosk_sync PRIVATE
  bundle/build_bundle.cpp          # validate, stage, rename into place
  bundle/content_json_read.cpp     # content.json -> Content, errors name the JSON path
  bundle/content_json_write.cpp    # Content -> content.json, fixed key order
  bundle/csv.cpp                   # RFC 4180 reader with physical line numbers
  bundle/ics.cpp                   # RFC 5545 lexing: unfold, components, text escapes
  bundle/dates.cpp                 # Asia/Tokyo dates and periods -> UTC intervals
  bundle/diagnostic.cpp            # Diagnostic::to_string
  bundle/json_reader.cpp           # typed JSON access that remembers the first error's path
  bundle/manifest.cpp              # manifest.json format and path safety
  bundle/signature.cpp             # Ed25519 key files and detached signatures (libsodium)
  bundle/trust_policy.cpp          # what a kiosk accepts: signer, expiry, version, sizes
  bundle/numbers.cpp               # strict locale-independent numbers
  bundle/read_bundle.cpp           # verify sizes and hashes, then parse
  bundle/read_calendar.cpp        # *.ics VEVENTs -> events
  bundle/read_catalogue.cpp        # exhibitors.csv, crafts.csv
  bundle/read_events.cpp           # events.csv
  bundle/read_floor.cpp            # floor.csv and the booth rectangles of exhibitors.csv
  bundle/read_indicators.cpp       # categories.csv, indicators.csv, indicator_points.csv
  bundle/read_slides.cpp           # slides.csv
  bundle/read_sources.cpp          # every source file -> Content + diagnostics
  bundle/read_strings.cpp          # strings.csv
  bundle/source_fields.cpp         # typed, checked field access
  bundle/source_table.cpp          # header mapping, BMP check, unique ids
)

# The staff commands of kioskctl that build on this part (one file per command).
target_sources(kioskctl PRIVATE
  kioskctl/build.cpp               # kioskctl build SRC -o OUT
  kioskctl/validate.cpp            # kioskctl validate SRC
  kioskctl/keygen.cpp              # kioskctl keygen --out NAME
  kioskctl/verify.cpp              # kioskctl verify BUNDLE --pubkey NAME.pub
)
