# Sources of the str area of the Python runtime.
target_sources(awaitscope_py PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/format.h
  ${CMAKE_CURRENT_LIST_DIR}/str_methods.h
  ${CMAKE_CURRENT_LIST_DIR}/str_methods.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_case.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_identifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_layout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_search.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_methods_split.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_format_fields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_format_percent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/str_format_value.cpp
)
