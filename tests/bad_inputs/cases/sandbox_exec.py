exec("import os")
