print（'hi')
