#!/usr/bin/python3
# test-ics.py: hitplan export-ics read back by an independent parser (Debian's python3-icalendar)
# Copyright 2026 The HIT Study Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The fixture tests/fixtures/schedule/ics.hitplan has blocks on both sides of the end of
# daylight saving time in America/Chicago, one ending at midnight, one done, one moved, one
# outside the range, and titles and notes with letters beyond ASCII, commas, semicolons,
# backslashes and more than 75 octets.  The answers below are worked by hand from it.
import datetime
import os
import subprocess
import sys
import tempfile

import icalendar

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, '..', 'fixtures', 'schedule', 'ics.hitplan')
HITPLAN = os.environ['HITPLAN']
LONG_TITLE = ('Coding \\ Billing: ICD-10-CM, CPT; HCPCS — a title long enough to fold twice over '
              'in a calendar file, naïve café façade Ærø Øresund 日本語')
UTC = datetime.timezone.utc

# uid: (start, end, summary, category, description lines)
EXPECTED = {
    'before-dst@test': (datetime.datetime(2026, 10, 30, 23, 0, tzinfo=UTC),   # 18:00 CDT (UTC-5)
                        datetime.datetime(2026, 10, 31, 0, 30, tzinfo=UTC),
                        'Study: HIT 101 Terminología médica, anatomía; y fisiología', 'Study',
                        ['Weekly study time for this course.', 'Done.', 'From HIT Study Planner.']),
    'after-dst@test': (datetime.datetime(2026, 11, 3, 0, 0, tzinfo=UTC),      # 18:00 CST (UTC-6)
                       datetime.datetime(2026, 11, 3, 1, 30, tzinfo=UTC),
                       'Study: HIT 102 ' + LONG_TITLE, 'Study',
                       ['Weekly study time for this course.',
                        'Chapters 3, 4; the “modifiers” \\ appendix', 'Bring flash cards.',
                        'From HIT Study Planner.']),
    'midnight@test': (datetime.datetime(2026, 11, 4, 4, 30, tzinfo=UTC),      # 22:30 to 24:00 CST
                      datetime.datetime(2026, 11, 4, 6, 0, tzinfo=UTC),
                      'Review: HIT 101 Terminología médica, anatomía; y fisiología', 'Review',
                      ['A spaced review of what you studied before.', 'From HIT Study Planner.']),
    'moved@test': (datetime.datetime(2026, 11, 4, 13, 0, tzinfo=UTC),
                   datetime.datetime(2026, 11, 4, 14, 0, tzinfo=UTC),
                   'Study: HIT 102 ' + LONG_TITLE, 'Study',
                   ['Weekly study time for this course.',
                    'Moved from 2026-11-02 20:00, when it was missed.', 'From HIT Study Planner.']),
}

failures = 0
count = 0


def check(condition, what):
    global failures, count
    count += 1
    print(('ok %d - ' if condition else 'not ok %d - ') % count + what)
    if not condition:
        failures += 1


def export(path):
    subprocess.run([HITPLAN, 'export-ics', FIXTURE, '--from', '2026-10-01', '--to', '2026-12-31',
                    '--today', '2026-11-27', '--time-zone', 'America/Chicago', '-o', path],
                   check=True, stdout=subprocess.DEVNULL)
    with open(path, 'rb') as f:
        return f.read()


with tempfile.TemporaryDirectory() as tmp:
    first = export(os.path.join(tmp, 'a.ics'))
    second = export(os.path.join(tmp, 'b.ics'))

check(first == second, 'two exports are the same, UIDs included')
lines = first.split(b'\r\n')
check(lines[-1] == b'' and b'\n' not in b''.join(lines), 'every line ends with CRLF, and only there')
check(all(len(line) <= 75 for line in lines), 'no line is longer than 75 octets')
check(all(line.decode('utf-8') is not None for line in lines), 'every folded line is whole UTF-8')

calendar = icalendar.Calendar.from_ical(first)
check(str(calendar['VERSION']) == '2.0' and 'PRODID' in calendar, 'VERSION and PRODID')
check(str(calendar['X-WR-CALNAME']) == 'Study schedule of Zoë O’Brien-Núñez', 'calendar name')
events = calendar.walk('VEVENT')
check(len(events) == len(EXPECTED), '%d events, the block outside the range left out' % len(events))
for event in events:
    uid = str(event['UID'])
    if uid not in EXPECTED:
        check(False, 'unexpected event ' + uid)
        continue
    start, end, summary, category, description = EXPECTED.pop(uid)
    check(event.decoded('DTSTART') == start, uid + ' starts at ' + start.isoformat())
    check(event.decoded('DTEND') == end, uid + ' ends at ' + end.isoformat())
    check(event.decoded('DTSTAMP') == datetime.datetime(2026, 11, 27, 6, 0, tzinfo=UTC),
          uid + ' is stamped with the day it was made')
    check(str(event['SUMMARY']) == summary, uid + ' summary: ' + str(event['SUMMARY']))
    check(str(event['DESCRIPTION']).split('\n') == description, uid + ' description')
    check(str(event['CATEGORIES'].to_ical().decode()) == category, uid + ' category')
check(not EXPECTED, 'every block is exported: ' + ', '.join(EXPECTED))

print('1..%d' % count)
sys.exit(1 if failures else 0)
