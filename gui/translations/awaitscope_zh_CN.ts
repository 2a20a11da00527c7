<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Diagnostics</name>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>code outside any task</source>
        <translation>任务之外的代码</translation>
    </message>
    <message>
        <source>%1 blocked the event loop for %2 (time.sleep or other blocking call in a coroutine)</source>
        <translation>%1 阻塞了事件循环 %2（协程中调用了 time.sleep 或其他阻塞调用）</translation>
    </message>
    <message>
        <source>%1 finished while holding lock &apos;%2&apos;: it stays locked</source>
        <translation>%1 在持有锁 &apos;%2&apos; 时结束：该锁将一直处于锁定状态</translation>
    </message>
    <message>
        <source>acquired here</source>
        <translation>在此获取</translation>
    </message>
    <message>
        <source>%1 finished here</source>
        <translation>%1 在此结束</translation>
    </message>
    <message>
        <source>%1 swallowed its cancellation: it caught CancelledError and returned</source>
        <translation>%1 吞掉了取消：它捕获了 CancelledError 并正常返回</translation>
    </message>
    <message>
        <source>%1 caught its cancellation and raised %2 instead</source>
        <translation>%1 捕获了取消，转而抛出了 %2</translation>
    </message>
    <message>
        <source>asyncio.run at exit</source>
        <translation>退出时的 asyncio.run</translation>
    </message>
    <message>
        <source>cancellation requested by %1</source>
        <translation>由 %1 请求取消</translation>
    </message>
    <message>
        <source>CancelledError delivered</source>
        <translation>CancelledError 已抛入</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>deadlock: %n task(s) wait and nothing can wake them</source>
        <translation>
            <numerusform>死锁：%n 个任务在等待，且没有任何东西能唤醒它们</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deadlock: %n task(s) wait and nothing can wake them; cycle: %1</source>
        <translation>
            <numerusform>死锁：%n 个任务在等待，且没有任何东西能唤醒它们；循环等待：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 never finished: %2 when the run ended</source>
        <translation>%1 始终没有完成：运行结束时的状态为 %2</translation>
    </message>
    <message>
        <source>%1 failed with %2 and nothing seems to have retrieved the exception</source>
        <translation>%1 因 %2 而失败，且该异常似乎从未被获取</translation>
    </message>
    <message>
        <source>coroutine &apos;%1&apos; was never awaited</source>
        <translation>协程 &apos;%1&apos; 从未被等待</translation>
    </message>
    <message>
        <source>exception of %1 was never retrieved: %2</source>
        <translation>%1 的异常从未被获取：%2</translation>
    </message>
    <message>
        <source>exception in callback %1: %2</source>
        <translation>回调 %1 中发生异常：%2</translation>
    </message>
    <message>
        <source>the program ended with an uncaught exception: %1</source>
        <translation>程序因未捕获的异常而结束：%1</translation>
    </message>
    <message>
        <source>the run was stopped: %1</source>
        <translation>运行已被停止：%1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>它是一个目录</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: the name must end in .json (Chrome trace) or .jsonl (awaitscope trace)</source>
        <translation>无法判断 &apos;%1&apos; 的格式：文件名必须以 .json（Chrome 跟踪）或 .jsonl（awaitscope 跟踪）结尾</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 不接受值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>%1 expects a whole number of pixels, not &apos;%2&apos;</source>
        <translation>%1 需要整数像素值，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--scale expects a number such as 2, not &apos;%1&apos;</source>
        <translation>--scale 需要一个数字（例如 2），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--theme expects light or dark, not &apos;%1&apos;</source>
        <translation>--theme 需要 light 或 dark，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 expects a time in virtual seconds (0 or more), not &apos;%2&apos;</source>
        <translation>%1 需要以虚拟秒为单位的时间（0 或更大），而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--to (%1 s) must be later than --from (%2 s)</source>
        <translation>--to（%1 s）必须晚于 --from（%2 s）</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>请用 -o OUT.png、OUT.svg 或 OUT.pdf 指定要写入的文件</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: the name must end in .png, .svg or .pdf</source>
        <translation>无法判断 &apos;%1&apos; 的格式：文件名必须以 .png、.svg 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>--scale applies to PNG only: SVG and PDF are vector graphics</source>
        <translation>--scale 仅适用于 PNG：SVG 和 PDF 是矢量图形</translation>
    </message>
    <message>
        <source>a scenario</source>
        <translation>一个场景</translation>
    </message>
    <message>
        <source>Timeline of %1: %2 tasks over %3 s of virtual time, drawn by awaitscope</source>
        <translation>%1 的时间线：%2 个任务，历时 %3 s 虚拟时间，由 awaitscope 绘制</translation>
    </message>
    <message>
        <source>the width must be between %1 and %2 pixels, not %3</source>
        <translation>宽度必须在 %1 到 %2 像素之间，而不是 %3</translation>
    </message>
    <message>
        <source>the height must be between %1 and %2 pixels, not %3</source>
        <translation>高度必须在 %1 到 %2 像素之间，而不是 %3</translation>
    </message>
    <message>
        <source>the scale must be between %1 and %2, not %3</source>
        <translation>缩放比例必须在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>the time range must start at 0 s or later, not %1 s</source>
        <translation>时间范围的起点不能早于 0 s，而不是 %1 s</translation>
    </message>
    <message>
        <source>the time range must end after it starts (%1 s), not at %2 s</source>
        <translation>时间范围的终点必须晚于起点（%1 s），而不是 %2 s</translation>
    </message>
    <message>
        <source>the time range starts at %1 s, after the run ends at %2 s</source>
        <translation>时间范围的起点 %1 s 晚于运行结束时间 %2 s</translation>
    </message>
    <message>
        <source>no task&apos;s name or coroutine contains &apos;%1&apos;</source>
        <translation>没有任何任务的名称或协程包含 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a height of %1 pixels is too small for this timeline: it needs at least %2</source>
        <translation>%1 像素的高度对这条时间线来说太小：至少需要 %2</translation>
    </message>
    <message>
        <source>the picture would be %1 x %2 pixels, more than %3 a side: show fewer tasks or use a smaller scale</source>
        <translation>图像将为 %1 x %2 像素，单边超过 %3：请减少显示的任务或使用更小的缩放比例</translation>
    </message>
    <message>
        <source>cannot draw the timeline into &apos;%1&apos;</source>
        <translation>无法将时间线绘制到 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ScenarioCatalog</name>
    <message>
        <source>No scenario folder at %1</source>
        <translation>%1 处没有场景文件夹</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>TaskInspection</name>
    <message>
        <source>created by %1</source>
        <translation>由 %1 创建</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>woken by %1</source>
        <translation>被 %1 唤醒</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>running</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation>抛出 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>cancellation requested by %1</source>
        <translation>由 %1 请求取消</translation>
    </message>
    <message>
        <source>cancellation requested by %1: %2</source>
        <translation>由 %1 请求取消：%2</translation>
    </message>
    <message>
        <source>CancelledError thrown in</source>
        <translation>抛入 CancelledError</translation>
    </message>
    <message>
        <source>printed: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>blocked the event loop until %1</source>
        <translation>阻塞事件循环直至 %1</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>not yet created</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待调度</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>yielding</source>
        <translation>让出控制权</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <source>awaiting a task</source>
        <translation>等待任务</translation>
    </message>
    <message>
        <source>awaiting a future</source>
        <translation>等待 Future</translation>
    </message>
    <message>
        <source>gather / wait</source>
        <translation>gather / wait</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>等待信号量</translation>
    </message>
    <message>
        <source>event / condition</source>
        <translation>等待事件/条件</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>等待队列</translation>
    </message>
    <message>
        <source>executor job</source>
        <translation>等待执行器</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>限时等待</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>awaits %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>%1 of %2 in use</source>
        <translation>已用 %1/%2</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 for %2</source>
        <translation>为 %2 执行作业 %1</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <source>time.sleep() in %1</source>
        <translation>%1 中的 time.sleep()</translation>
    </message>
    <message>
        <source>time.sleep()</source>
        <translation>time.sleep()</translation>
    </message>
    <message>
        <source>woke a task</source>
        <translation>唤醒任务</translation>
    </message>
    <message>
        <source>awaits a task</source>
        <translation>等待任务</translation>
    </message>
    <message>
        <source>cancel requested</source>
        <translation>请求取消</translation>
    </message>
    <message>
        <source>cancel delivered</source>
        <translation>取消已送达</translation>
    </message>
    <message>
        <source>loop blocked</source>
        <translation>事件循环阻塞</translation>
    </message>
    <message>
        <source>tasks waiting on it</source>
        <translation>等待它的任务</translation>
    </message>
    <message>
        <source>asyncio.run internals</source>
        <translation>asyncio.run 内部</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>死锁</translation>
    </message>
    <message>
        <source>waiting forever</source>
        <translation>永远等待</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>events by instant</source>
        <translation>按时刻展开的事件</translation>
    </message>
    <message>
        <source>virtual time</source>
        <translation>虚拟时间</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>休眠中</translation>
    </message>
    <message>
        <source>awaiting a task</source>
        <translation>等待任务</translation>
    </message>
    <message>
        <source>gather / wait</source>
        <translation>gather / wait</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>等待信号量</translation>
    </message>
    <message>
        <source>event / condition</source>
        <translation>等待事件/条件</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>等待队列</translation>
    </message>
    <message>
        <source>executor job</source>
        <translation>等待执行器</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>限时等待</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>Semaphore</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>屏障</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <source>Loop blocked</source>
        <translation>事件循环阻塞</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>created by asyncio.run() while shutting down</source>
        <translation>由 asyncio.run() 在关闭过程中创建</translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>ready, woken by %1</source>
        <translation>就绪，被 %1 唤醒</translation>
    </message>
    <message>
        <source>result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>raised:</source>
        <translation>抛出：</translation>
    </message>
    <message>
        <source>events %1 to %2</source>
        <translation>事件 %1 至 %2</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>被 %1 持有</translation>
    </message>
    <message>
        <source>a callback</source>
        <translation>某个回调</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>%1 of %2 permits left</source>
        <translation>剩余 %1/%2 个许可</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>未设置</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) at the barrier</source>
        <translation>
            <numerusform>%n 个任务在屏障处</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>running job %1 for %2</source>
        <translation>正在为 %2 执行作业 %1</translation>
    </message>
    <message>
        <source>running job %1</source>
        <translation>正在执行作业 %1</translation>
    </message>
    <message>
        <source>blocked by time.sleep() in %1</source>
        <translation>被 %1 中的 time.sleep() 阻塞</translation>
    </message>
    <message>
        <source>blocked by time.sleep()</source>
        <translation>被 time.sleep() 阻塞</translation>
    </message>
    <message>
        <source>room in Queue</source>
        <translation>队列空位</translation>
    </message>
    <message>
        <source>executor job %1</source>
        <translation>执行器作业 %1</translation>
    </message>
    <message>
        <source>a sleep</source>
        <translation>一次 sleep</translation>
    </message>
    <message>
        <source>the next loop iteration</source>
        <translation>下一轮事件循环</translation>
    </message>
    <message>
        <source>gather() / a TaskGroup</source>
        <translation>gather() / TaskGroup</translation>
    </message>
    <message>
        <source>asyncio.wait()</source>
        <translation>asyncio.wait()</translation>
    </message>
    <message>
        <source>an awaitable with a timeout</source>
        <translation>带超时的可等待对象</translation>
    </message>
    <message>
        <source>a Future</source>
        <translation>一个 Future</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) waiting</source>
        <translation>
            <numerusform>%n 个任务在等待</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceIndex</name>
    <message>
        <source>lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>屏障</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>task #%1</source>
        <translation>任务 #%1</translation>
    </message>
    <message>
        <source>the next loop iteration</source>
        <translation>下一轮事件循环</translation>
    </message>
    <message>
        <source>a timer (%1)</source>
        <translation>定时器（%1）</translation>
    </message>
    <message>
        <source>future #%1</source>
        <translation>Future #%1</translation>
    </message>
    <message>
        <source>executor job #%1</source>
        <translation>执行器作业 #%1</translation>
    </message>
    <message>
        <source>gather #%1</source>
        <translation>gather #%1</translation>
    </message>
    <message>
        <source>asyncio.wait #%1</source>
        <translation>asyncio.wait #%1</translation>
    </message>
    <message>
        <source>%1 with a timeout at %2</source>
        <translation>%1（超时时刻 %2）</translation>
    </message>
    <message>
        <source>%1 with a timeout</source>
        <translation>%1（带超时）</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 held by %2</source>
        <translation>%1，被 %2 持有</translation>
    </message>
    <message>
        <source>%1 (%2 permits left)</source>
        <translation>%1（剩余 %2 个许可）</translation>
    </message>
    <message>
        <source>%1 (%2 items)</source>
        <translation>%1（%2 项）</translation>
    </message>
    <message>
        <source>yielding to the loop</source>
        <translation>让出控制权给事件循环</translation>
    </message>
    <message>
        <source>sleeping until %1</source>
        <translation>休眠至 %1</translation>
    </message>
    <message>
        <source>waiting for room in %1</source>
        <translation>等待 %1 出现空位</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>等待 %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::Document</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Choose where to save this scenario.</source>
        <translation>请选择保存此场景的位置。</translation>
    </message>
    <message>
        <source>untitled.py</source>
        <translation>untitled.py</translation>
    </message>
    <message>
        <source>Cannot create the autosave folder %1</source>
        <translation>无法创建自动保存文件夹 %1</translation>
    </message>
</context>
<context>
    <name>awaitscope::GalleryDialog</name>
    <message>
        <source>Scenario Gallery</source>
        <translation>场景库</translation>
    </message>
    <message>
        <source>Filter by title, file name or description</source>
        <translation>按标题、文件名或描述筛选</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>No scenario matches the search.</source>
        <translation>没有符合搜索条件的场景。</translation>
    </message>
    <message>
        <source>This scenario has no description.</source>
        <translation>此场景没有描述。</translation>
    </message>
</context>
<context>
    <name>awaitscope::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>%1 has unsaved changes from an earlier session. Recover them?</source>
        <translation>%1 有上次会话中未保存的更改。是否恢复？</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n event(s)</source>
        <translation>
            <numerusform>已完成：%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended with exit code %1</source>
        <translation>已结束，退出码 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>%1 s  ·  event %2 of %3%4</source>
        <translation>%1 s  ·  事件 %2 / %3%4</translation>
    </message>
    <message>
        <source>%1[*] — Awaitscope</source>
        <translation>%1[*] — Awaitscope</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被更改</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your edits?</source>
        <translation>%1 已被其他程序修改。是否重新加载并丢弃你的编辑？</translation>
    </message>
    <message>
        <source>To Start</source>
        <translation>跳到开头</translation>
    </message>
    <message>
        <source>Previous Instant</source>
        <translation>上一时刻</translation>
    </message>
    <message>
        <source>Step Backward</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step Forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Next Instant</source>
        <translation>下一时刻</translation>
    </message>
    <message>
        <source>To End</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>Step Mode</source>
        <translation>单步模式</translation>
    </message>
    <message>
        <source>Spread the events of one instant apart, so their order is visible</source>
        <translation>将同一时刻的事件分开显示，以便看清它们的先后顺序</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open from &amp;Gallery…</source>
        <translation>从场景库打开(&amp;G)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Timeline…</source>
        <translation>导出时间线(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Timeline Image</source>
        <translation>复制时间线图像(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run Scenario</source>
        <translation>运行场景(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>回放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加快(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>减慢(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Resource Lanes</source>
        <translation>资源泳道(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Awaitscope</source>
        <translation>关于 Awaitscope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Drag to move the playhead through the recorded events</source>
        <translation>拖动以在已记录的事件中移动播放头</translation>
    </message>
    <message>
        <source>Playback speed (virtual seconds per second)</source>
        <translation>回放速度（每秒播放的虚拟秒数）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Python scenarios (*.py)</source>
        <translation>Python 场景 (*.py)</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Perfetto / Chrome trace (*.json);;Awaitscope trace (*.jsonl)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;Perfetto / Chrome 跟踪 (*.json);;Awaitscope 跟踪 (*.jsonl)</translation>
    </message>
    <message>
        <source>Export only the part of the timeline in view?</source>
        <translation>只导出当前视图中可见的那部分时间线？</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation>还没有可复制的内容</translation>
    </message>
    <message>
        <source>Timeline image copied to the clipboard</source>
        <translation>时间线图像已复制到剪贴板</translation>
    </message>
    <message>
        <source>About Awaitscope</source>
        <translation>关于 Awaitscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;Runs Python asyncio scenarios on a virtual clock with CPython&apos;s scheduling rules, and shows every task&apos;s life on a timeline.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCoro.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Awaitscope %1&lt;/h3&gt;&lt;p&gt;按照 CPython 的调度规则在虚拟时钟上运行 Python asyncio 场景，并在时间线上展示每个任务的完整生命周期。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 QCoro 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Filter tasks by name, coroutine or state</source>
        <translation>按名称、协程或状态筛选任务</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Select a task on the timeline or in the task list.</source>
        <translation>在时间线或任务列表中选择一个任务。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建：</translation>
    </message>
    <message>
        <source>by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Awaits:</source>
        <translation>等待：</translation>
    </message>
    <message>
        <source>Awaited by:</source>
        <translation>等待它的任务：</translation>
    </message>
    <message>
        <source>Cancellation requested %1 by %2</source>
        <translation>%2 于 %1 请求取消</translation>
    </message>
    <message>
        <source>the loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>raised at the await</source>
        <translation>在 await 处抛出</translation>
    </message>
    <message>
        <source>swallowed</source>
        <translation>已被吞掉</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Cannot open trace</source>
        <translation>无法打开追踪文件</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source># A recorded trace: %1
# Its scenario is not part of it; open the .py file to edit and rerun.
</source>
        <translation># 已录制的追踪：%1
# 其中不包含场景源码；请打开 .py 文件来编辑并重新运行。
</translation>
    </message>
    <message>
        <source>%1 — Awaitscope</source>
        <translation>%1 — Awaitscope</translation>
    </message>
    <message>
        <source>Event &amp;Budget…</source>
        <translation>事件预算(&amp;B)…</translation>
    </message>
    <message>
        <source>Event Budget</source>
        <translation>事件预算</translation>
    </message>
    <message>
        <source>A run stops after this many events (a scenario that never ends plays until then):</source>
        <translation>运行在记录这么多事件后停止（永不结束的场景会一直播放到此为止）：</translation>
    </message>
    <message>
        <source>Python scenarios (*.py);;Awaitscope traces (*.jsonl);;All files (*)</source>
        <translation>Python 场景 (*.py);;Awaitscope 追踪 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>awaitscope::SourceView</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Suspended here: %1</source>
        <translation>在此挂起：%1</translation>
    </message>
</context>
<context>
    <name>awaitscope::models::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>awaitscope::models::OutputModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>main thread</source>
        <translation>主线程</translation>
    </message>
    <message>
        <source>task #%1</source>
        <translation>任务 #%1</translation>
    </message>
</context>
<context>
    <name>awaitscope::models::TaskTreeModel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Coroutine</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
</TS>
