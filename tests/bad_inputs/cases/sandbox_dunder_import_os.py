os = __import__("os")
os.system("echo escaped")
