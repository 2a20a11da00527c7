#pragma once
// The modules a scenario can import, and the built-ins that need the interpreter.

#include "interpreter.h"

#include "aio/ensure_future.h"

namespace aw::interp {

// A fresh module `name`, or None when scenarios cannot import it.
Value makeModule(Interpreter &interp, const std::string &name);
// Whether `name` is only a package holding built-in modules (concurrent for
// concurrent.futures): importing it gives an empty module that its submodules fill.
bool isPackageOfModule(const std::string &name);

// print, input, open, eval, exec, __import__, globals, locals, super, format, and the other
// built-ins whose behaviour depends on the run.
void installInterpreterBuiltins(Interpreter &interp, DictObject &builtins);

void initAsyncioModule(Interpreter &interp, ModuleObject &m);
void initAsyncioContextManagers(Interpreter &interp, ModuleObject &m);
// sys: exit, version, argv, stdout/stderr; nothing reaching the host.
void initSysModule(Interpreter &interp, ModuleObject &m);
// print(file=f) for sys.stdout / sys.stderr; false for any other object.
bool writeToStream(const Value &file, const std::string &text);
void initTimeModule(Interpreter &interp, ModuleObject &m);
void initContextlibModule(Interpreter &interp, ModuleObject &m);
void initConcurrentFuturesModule(Interpreter &interp, ModuleObject &m);
void initTypingModule(ModuleObject &m);
void initDataclassesModule(ModuleObject &m);
void initTypesModule(ModuleObject &m);
void initEnumModule(ModuleObject &m);
// json: dumps and loads only (load and dump would reach files).
void initJsonModule(ModuleObject &m);
// A generator of a function marked by types.coroutine.
bool isIterableCoroutine(const Value &v);
// threading: only the current thread's identity (scenarios cannot start threads).
void initThreadingModule(Interpreter &interp, ModuleObject &m);

// --- helpers shared by the asyncio binding

// The running loop; RuntimeError("no running event loop") outside one.
aio::EventLoop &runningLoop(Interpreter &interp);
// An awaitable for the engine: futures pass through, coroutines run in a task (or inline).
aio::Awaitable toAwaitable(const Value &v);
// ensure_future(): a future for any awaitable, on `loop`.
Ref<aio::Future> ensureFuture(aio::EventLoop &loop, const Value &v);
// Calls a Python callback from the loop (call_soon, call_later, done callbacks): an
// exception is reported on stderr as the loop's default exception handler does, and the
// loop carries on.
void runLoopCallback(const Value &fn, const std::vector<Value> &args);

// The task running `coro` (a coroutine object), named like CPython names it.
Ref<aio::Task> createTask(aio::EventLoop &loop, const Value &coro, const Value &name);

} // namespace aw::interp
