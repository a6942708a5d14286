"""The ML Ops Engineer guide's seed content, as plain Python data.

`python manage.py load_guide` turns it into database rows. Text fields are Markdown.
Entries refer to each other by slug (skills, pathways), never by database id, so the
content can be read, reviewed and diffed without a database.
"""

import datetime

# When the content and every link below were last checked by a person.
REVIEWED_ON = datetime.date(2026, 11, 27)
