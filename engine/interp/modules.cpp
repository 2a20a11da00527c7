#include "modules.h"

#include "py/protocol.h"

namespace aw::interp {

Value makeModule(Interpreter &interp, const std::string &name)
{
    auto m = make<ModuleObject>(name);
    if (name == "asyncio")
        initAsyncioModule(interp, *m);
    else if (name == "sys")
        initSysModule(interp, *m);
    else if (name == "time")
        initTimeModule(interp, *m);
    else if (name == "contextlib")
        initContextlibModule(interp, *m);
    else if (name == "concurrent.futures")
        initConcurrentFuturesModule(interp, *m);
    else if (name == "threading")
        initThreadingModule(interp, *m);
    else if (name == "dataclasses")
        initDataclassesModule(*m);
    else if (name == "enum")
        initEnumModule(*m);
    else if (name == "json")
        initJsonModule(*m);
    else if (name == "types")
        initTypesModule(*m);
    else if (name == "typing")
        initTypingModule(*m);
    else if (name == "math")
        py::initMathModule(*m);
    else if (name == "random")
        py::initRandomModule(*m);
    else if (name == "collections")
        py::initCollectionsModule(*m);
    else if (name == "functools")
        py::initFunctoolsModule(*m);
    else if (name == "itertools")
        py::initItertoolsModule(*m);
    else if (name == "operator")
        py::initOperatorModule(*m);
    else if (name == "heapq")
        py::initHeapqModule(*m);
    else if (name == "bisect")
        py::initBisectModule(*m);
    else
        return Value();
    return Value(m);
}

bool isPackageOfModule(const std::string &name)
{
    return name == "concurrent";
}

} // namespace aw::interp
