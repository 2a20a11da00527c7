def f(x):
	if x:
		return 1
	else:
		for i in range(3):
			pass
	return 0
