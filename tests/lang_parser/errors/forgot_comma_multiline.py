f(
  a
  b)
