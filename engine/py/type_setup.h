#pragma once
// One setup function per built-in type family, called once by initRuntime(). Each installs
// the slots and methods of the types it owns.

namespace aw::py {

void setupObjectAndType();                 // object_type.cpp
void setupExceptionTypes();                // exception_type.cpp
void setupStrType();                       // str_type.cpp
void setupStrMethods();                    // str_methods*.cpp
void setupNumberTypes();                   // number_methods.cpp: int(), float(), bool() and their methods
void setupListAndTuple();                  // list_type.cpp, tuple_type.cpp
void setupDictType();                      // dict_type.cpp
void setupSetTypes();                      // set_type.cpp
void setupRangeAndSlice();                 // range_type.cpp, slice_type.cpp
void setupIteratorTypes();                 // iterators.cpp: enumerate, zip, map, filter, reversed

} // namespace aw::py
