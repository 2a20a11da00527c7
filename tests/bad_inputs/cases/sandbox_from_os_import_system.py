from os import system
system("echo escaped")
