# sync/html: source files of this part (the static preview pages of kioskctl export-html).
target_sources(kiosk_sync PRIVATE
  html/escape.cpp     # escaping content strings for HTML text and attributes
  html/site.cpp       # the pages: home, indicators, events, exhibitors, crafts, attract loop; style.css
  html/svg_chart.cpp  # an indicator's chart as inline SVG
  html/site_dir.cpp   # writing the pages into a folder all or nothing
)
target_sources(kioskctl PRIVATE
  kioskctl/export_html.cpp  # kioskctl export-html --data-dir DIR -o OUT
)
