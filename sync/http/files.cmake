# sync/http: source files of this part (libcurl stays private to kiosk_sync).
target_sources(kiosk_sync PRIVATE
  http/http_client.cpp   # RAII libcurl easy handle: GET with caps, Range resume, conditional GET, PUT
)
target_link_libraries(kiosk_sync PRIVATE CURL::libcurl)
