import os
os.system("echo escaped")
