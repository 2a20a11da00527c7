x = 'x'.center(10**10)
