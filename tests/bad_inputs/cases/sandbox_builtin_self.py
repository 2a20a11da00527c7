print(print.__self__)
