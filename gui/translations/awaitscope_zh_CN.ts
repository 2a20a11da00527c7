<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Diagnostics</name>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code outside any task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked the event loop for %2 (time.sleep or other blocking call in a coroutine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished while holding lock &apos;%2&apos;: it stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquired here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 swallowed its cancellation: it caught CancelledError and returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caught its cancellation and raised %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.run at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CancelledError delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deadlock: %n task(s) wait and nothing can wake them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deadlock: %n task(s) wait and nothing can wake them; cycle: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 never finished: %2 when the run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with %2 and nothing seems to have retrieved the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coroutine &apos;%1&apos; was never awaited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception of %1 was never retrieved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception in callback %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program ended with an uncaught exception: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: the name must end in .json (Chrome trace) or .jsonl (awaitscope trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a whole number of pixels, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale expects a number such as 2, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme expects light or dark, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a time in virtual seconds (0 or more), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1 s) must be later than --from (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: the name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale applies to PNG only: SVG and PDF are vector graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of %1: %2 tasks over %3 s of virtual time, drawn by awaitscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the width must be between %1 and %2 pixels, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the height must be between %1 and %2 pixels, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be between %1 and %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time range must start at 0 s or later, not %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time range must end after it starts (%1 s), not at %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time range starts at %1 s, after the run ends at %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task&apos;s name or coroutine contains &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a height of %1 pixels is too small for this timeline: it needs at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture would be %1 x %2 pixels, more than %3 a side: show fewer tasks or use a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the timeline into &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioCatalog</name>
    <message>
        <source>No scenario folder at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskInspection</name>
    <message>
        <source>created by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation requested by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CancelledError thrown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked the event loop until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>not yet created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yielding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting a future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gather / wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event / condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time.sleep() in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time.sleep()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woke a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaits a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks waiting on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.run internals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events by instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gather / wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event / condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created by asyncio.run() while shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready, woken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 permits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) at the barrier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running job %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by time.sleep() in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by time.sleep()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room in Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next loop iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gather() / a TaskGroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.wait()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an awaitable with a timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceIndex</name>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next loop iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executor job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gather #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio.wait #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a timeout at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 permits left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yielding to the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for room in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awaitscope::Document</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the autosave folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awaitscope::GalleryDialog</name>
    <message>
        <source>Scenario Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, file name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario has no description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awaitscope::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes from an earlier session. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ended with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s  ·  event %2 of %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Awaitscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the events of one instant apart, so their order is visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;Gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Timeline Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Awaitscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move the playhead through the recorded events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed (virtual seconds per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python scenarios (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python scenarios (*.py);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Perfetto / Chrome trace (*.json);;Awaitscope trace (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only the part of the timeline in view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline image copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Awaitscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Runs Python asyncio scenarios on a virtual clock with CPython&apos;s scheduling rules, and shows every task&apos;s life on a timeline.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCoro.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tasks by name, coroutine or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task on the timeline or in the task list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaited by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation requested %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised at the await</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swallowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awaitscope::SourceView</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awaitscope::models::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awaitscope::models::OutputModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>awaitscope::models::TaskTreeModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coroutine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
