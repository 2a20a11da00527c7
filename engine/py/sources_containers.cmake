# Sources of the containers area of the Python runtime.
target_sources(awaitscope_py PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/container_setup.h
  ${CMAKE_CURRENT_LIST_DIR}/sequence_util.h
  ${CMAKE_CURRENT_LIST_DIR}/sequence_util.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hashing.h
  ${CMAKE_CURRENT_LIST_DIR}/hashing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list_methods.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list_sort.h
  ${CMAKE_CURRENT_LIST_DIR}/list_sort.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tuple_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dict_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dict_views.cpp
  ${CMAKE_CURRENT_LIST_DIR}/set.h
  ${CMAKE_CURRENT_LIST_DIR}/set_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/set_ops.cpp
  ${CMAKE_CURRENT_LIST_DIR}/set_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/set_methods.cpp
  ${CMAKE_CURRENT_LIST_DIR}/range_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/slice.h
  ${CMAKE_CURRENT_LIST_DIR}/slice_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/generic_alias.cpp
)
