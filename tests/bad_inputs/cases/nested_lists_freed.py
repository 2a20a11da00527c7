l = []
for i in range(300000): l = [[[[[[[[[[l]]]]]]]]]]
print("built")
